import { useContext, useEffect, useRef } from 'react';
import { Chart, type ChartConfiguration, type Plugin } from 'chart.js';
// the dashboard's chart.js registration: the print view draws with the same controllers and scales
import '../src/charts/register';
import { DrawTrackerContext } from './draw-tracker';
import { FONT_FAMILY, PALETTE } from './palette';

Chart.defaults.font.family = FONT_FAMILY;
Chart.defaults.font.size = 10;
Chart.defaults.color = PALETTE.muted;
Chart.defaults.borderColor = PALETTE.grid;

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
const PX_PER_MM = 96 / 25.4;
/**
 * Canvas pixels per CSS pixel: charts are bitmaps inside the PDF. 2 (≈ 190 dpi) prints lines and 9 pt labels
 * cleanly; 3 made each chart 2.25 times the bytes, and a multi-service report passed 2 MB on its charts alone.
 */
const PRINT_PIXEL_RATIO = 2;

interface Props {
  config: ChartConfiguration<'bar' | 'line'>;
  widthMm: number;
  heightMm: number;
  /** read out by screen readers and kept in the tagged PDF */
  label: string;
}

/** A Chart.js chart sized in millimetres, drawn once, without animation, at print resolution. */
export function PrintChart({ config, widthMm, heightMm, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const tracker = useContext(DrawTrackerContext);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const drawn = tracker?.expect();
    const signal: Plugin = { id: 'print-drawn', afterRender: () => drawn?.() };
    const chart = new Chart(el, {
      ...config,
      options: {
        ...config.options,
        animation: false,
        responsive: false,
        devicePixelRatio: PRINT_PIXEL_RATIO,
        events: [],
      },
      plugins: [...(config.plugins ?? []), signal],
    } as ChartConfiguration<'bar' | 'line'>);
    return () => chart.destroy();
  }, [config, tracker]);

  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={label}
      width={Math.round(widthMm * PX_PER_MM)}
      height={Math.round(heightMm * PX_PER_MM)}
      style={{ width: `${widthMm}mm`, height: `${heightMm}mm` }}
    />
  );
}
