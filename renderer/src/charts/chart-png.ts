import { createContext } from 'react';
import { Chart } from 'chart.js';

/** Saves a chart's PNG (through the main process's save dialog); null outside the desktop shell. */
export const ChartPngContext = createContext<((name: string, png: Uint8Array) => void) | null>(null);

/** The chart drawn in `container` as PNG bytes (chart.js toBase64Image), or null when none is drawn there. */
export function chartPngBytes(container: HTMLElement): Uint8Array | null {
  const canvas = container.querySelector('canvas');
  const chart = canvas ? Chart.getChart(canvas) : undefined;
  if (!chart) return null;
  const url = chart.toBase64Image('image/png', 1);
  const text = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** A chart's title as a file name the main process accepts: letters, digits, spaces and `. _ ( ) -`. */
export function pngName(title: string): string {
  const name = title
    .replace(/[^\p{L}\p{N} _.()-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return name === '' || /^\.+$/.test(name) ? 'chart' : name;
}
