import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  monthAxis,
  monthBars,
  screenChartOptions,
  targetLine,
  valueAxis,
} from '../../../../renderer/src/charts/chart-parts';

/** A page whose OS setting asks for reduced motion, or not. */
function osAsksForLessMotion(reduce: boolean): void {
  vi.stubGlobal('window', {
    matchMedia: (query: string) => ({ matches: reduce && query === '(prefers-reduced-motion: reduce)' }),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the pieces every chart is built from', () => {
  it('draw the target line over the month bars', () => {
    // chart.js draws the dataset of higher order first, so the lower order ends on top
    const bars = monthBars([0.999, 0.998], '#2563eb');
    const target = targetLine([0.999, 0.999], '#111827', { width: 1.5, dash: [6, 4] });
    expect(target.order).toBeLessThan(bars.order!);
  });

  it('draw a target as a dashed line without points, in the colour and stroke asked for', () => {
    const target = targetLine([0.999, null], '#111827', { width: 1.5, dash: [6, 4] });
    expect(target).toMatchObject({
      type: 'line',
      data: [0.999, null],
      borderColor: '#111827',
      borderWidth: 1.5,
      borderDash: [6, 4],
      pointRadius: 0,
    });
  });

  it('never turn the month labels, and draw no vertical grid lines even when asked', () => {
    const axis = monthAxis({ color: '#6b7280' }, { grid: { display: true } });
    expect(axis.grid?.display).toBe(false);
    expect(axis.ticks).toMatchObject({ maxRotation: 0, color: '#6b7280' });
  });

  it('draw value grid lines in the grid colour, unless the chart replaces them', () => {
    expect(valueAxis('rgba(0,0,0,0.1)', { color: '#6b7280' }).grid).toEqual({ color: 'rgba(0,0,0,0.1)' });
    expect(valueAxis('rgba(0,0,0,0.1)', undefined, { grid: { display: false } }).grid).toEqual({ display: false });
  });
});

describe('a dashboard chart', () => {
  it('does not move when the OS asks for less motion', () => {
    osAsksForLessMotion(true);
    expect(screenChartOptions().animation).toBe(false);
  });

  it('moves briefly otherwise, and one tooltip names the whole month', () => {
    osAsksForLessMotion(false);
    const options = screenChartOptions();
    expect(options.animation).toEqual({ duration: 200 });
    expect(options.interaction).toEqual({ mode: 'index', intersect: false });
  });
});
