import { describe, expect, it } from 'vitest';
import type { ScaleOptions } from 'chart.js';
import { availabilityScale, MIN_BAR_PX, roundBounds } from '../../../../renderer/src/charts/availability-scale';
import { availabilityChart, burnDownChart } from '../../../../renderer/report/chart-configs';
import { budgetBurn } from '@core/report/budget-burn';
import { monthRow } from '../../../core/report/period-row';

/** Three months at 99.9 %: one without downtime, one at 99.5 %, one entirely down (0 %). */
const months = [
  monthRow('api', '2024-01', { availability: 1 }),
  monthRow('api', '2024-02', { availability: 0.995, met: false }),
  monthRow('api', '2024-03', { availability: 0, met: false }),
];

describe('the availability axis both faces draw (issue 16 finding 2)', () => {
  const scale = availabilityScale(
    months.map((m) => m.availability),
    [0.999],
  );

  it('draws a month without downtime above the top tick, never on it', () => {
    // 99.9 % is 3 nines: ninesBounds gives a top tick of ceil(3 + 0.25) = 4 nines, the axis ends half a nine above
    expect(scale.topTick).toBe(4);
    expect(scale.max).toBe(4.5);
    expect(scale.plot(1)).toBe(scale.max);
    expect(scale.plot(0.9999)).toBeCloseTo(4, 9);
  });

  it('starts at 0 % when a month was fully down, and draws that month at the bottom', () => {
    expect(scale.min).toBe(0);
    expect(scale.plot(0)).toBe(0);
    expect(scale.plot(null)).toBeNull();
  });

  it('the PDF chart: a visible stub for the 0 % month, no label above the top tick, an axis title naming the start', () => {
    const config = availabilityChart(months, 0.999, 'en', (bottom) => `nines from ${bottom}`);
    const bars = config.data.datasets[0] as { data: (number | null)[]; minBarLength?: number };
    // 99.5 % is -log10(0.005) = 2.301 nines
    expect(bars.data[0]).toBe(4.5);
    expect(bars.data[1]).toBeCloseTo(2.30103, 5);
    expect(bars.data[2]).toBe(0);
    expect(bars.minBarLength).toBe(MIN_BAR_PX);
    expect(MIN_BAR_PX).toBeGreaterThan(0);
    const y = config.options!.scales!['y'] as ScaleOptions<'linear'> & { title: { text: string } };
    expect([y.min, y.max]).toEqual([0, 4.5]);
    expect((y.ticks as { includeBounds: boolean }).includeBounds).toBe(false);
    expect(y.title.text).toBe('nines from 0 %');
  });

  it('a month with no data is not drawn as a bar of the availability series, but as its own grey share', () => {
    const withGap = [...months, monthRow('api', '2024-04', { availability: null, met: null, noDataMinutes: 43_200 })];
    const config = availabilityChart(withGap, 0.999, 'en', (b) => b);
    expect((config.data.datasets[0]!.data as (number | null)[])[3]).toBeNull();
    // 43,200 of 43,200 minutes without data: 100 % on the no-data axis
    expect((config.data.datasets[2]!.data as (number | null)[])[3]).toBe(100);
  });
});

describe('round axis bounds (the burn-down)', () => {
  it('ends on whole steps that hold 0 %, 100 % and every value', () => {
    // -94 % .. 100 %: a range of 194 over 5 ticks wants 38.8, the next nice step is 50
    expect(roundBounds([-94, 20, 100], [0, 100])).toEqual({ min: -100, max: 100, step: 50 });
    // 225 % overspent: -225 .. 100 wants 65, so 100
    expect(roundBounds([-225], [0, 100])).toEqual({ min: -300, max: 100, step: 100 });
  });

  it('the PDF burn-down ends on whole duration steps, zero included', () => {
    // two months of 43.2 min of budget, 100 min down in the second: 86.4 left at the start, 43.2 - 100 at the end
    const rows = [
      monthRow('api', '2024-01', {}),
      monthRow('api', '2024-02', { downtimeMinutes: 100, budgetRemainingMinutes: -56.8 }),
    ];
    const y = burnDownChart(budgetBurn(rows), 'en', 'Start').options!.scales!['y'] as ScaleOptions<'linear'>;
    const step = (y.ticks as { stepSize: number }).stepSize;
    expect(Number(y.min) % step).toBe(-0);
    expect(Number(y.max) % step).toBe(0);
    expect(Number(y.min)).toBeLessThan(0);
    expect(Number(y.max)).toBeGreaterThanOrEqual(86.4);
  });
});
