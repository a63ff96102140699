import { describe, expect, it } from 'vitest';
import { impactBars, impactSeries } from '../../../../renderer/src/charts/impact-series';
import { impactChart } from '../../../../renderer/report/chart-configs';
import { report, row } from '../../../core/compute/helpers';

/**
 * Three services and one platform-wide major outage of 60 min on 10 Apr 2024 (no service: it hit all three), plus
 * api's own 30 min on 2 May. With 2 billion users: April's platform row lost 2e9 × 60 user-minutes once,
 * though each of the three services lost as much; May's lost 2e9 × 30 (api alone).
 */
const model = report(
  [
    { service: null, start: '2024-04-10T10:00:00Z', end: '2024-04-10T11:00:00Z' },
    { service: 'api', start: '2024-05-02T00:00:00Z', end: '2024-05-02T00:30:00Z' },
    { service: 'web', start: '2024-06-01T00:00:00Z', end: '2024-06-01T00:00:01Z' },
    { service: 'search', start: '2024-06-01T00:00:00Z', end: '2024-06-01T00:00:01Z' },
  ],
  { range: { from: '2024-04', to: '2024-06' }, users: 2e9 },
);

/** The user-minutes the bars of a chart draw per month: their layers added up, as a stacked chart shows them. */
function barTotals(datasets: readonly { type?: string; data: unknown[] }[]): number[] {
  const bars = datasets.filter((d) => d.type === 'bar');
  return model.monthKeys.map((_, i) => bars.reduce((sum, d) => sum + (d.data[i] as number) * 60, 0));
}

/** Equal but for the last bit of a division by 60 and back. */
function expectSameMinutes(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected[i]!)));
}

describe('the user-impact charts (issue 16 finding 1)', () => {
  const platform = model.monthKeys.map((k) => row(model, '*', k).userMinutesLost ?? NaN);

  it('the sample model really has a platform-wide outage each service counts in full', () => {
    expect(platform[0]).toBe(2e9 * 60);
    for (const s of ['api', 'web', 'search']) expect(row(model, s, '2024-04').userMinutesLost).toBe(2e9 * 60);
  });

  it('the dashboard’s bars sum to the platform row each month: the outage counts once, not once per service', () => {
    expectSameMinutes(barTotals(impactBars(impactSeries(model), '#000')), platform);
  });

  it('the PDF’s bars sum to the platform row each month', () => {
    const datasets = impactChart(model, 'en').data.datasets as { type?: string; data: unknown[] }[];
    expectSameMinutes(barTotals(datasets), platform);
  });
});
