import { describe, expect, it } from 'vitest';
import type { PeriodFigures } from '@core/model/report-model';
import { budgetBurn } from '@core/report/budget-burn';

/** A month as budgetBurn reads it: its key, its error budget and its downtime, in minutes. */
const month = (key: string, budgetMinutes: number, downtimeMinutes: number) =>
  ({ month: key, budgetMinutes, downtimeMinutes }) as PeriodFigures;

describe('the budget burn-down chart', () => {
  it('spends the whole range’s budget month by month, and goes below zero when overspent', () => {
    // two 30-day months at 99.9 %: 43,200 min x 0.001 = 43.2 min of budget each, 86.4 min in all
    const { points } = budgetBurn([month('2024-04', 43.2, 50), month('2024-05', 43.2, 40)]);
    expect(points.map((p) => p.month)).toEqual(['2024-04', '2024-05']);
    // 86.4 - 50 = 36.4 left, 36.4 / 86.4 of the budget; then 36.4 - 40 = -3.6
    expect(points[0]!.remainingMinutes).toBeCloseTo(36.4, 9);
    expect(points[0]!.remainingShare).toBeCloseTo(36.4 / 86.4, 12);
    expect(points[1]!.remainingMinutes).toBeCloseTo(-3.6, 9);
    expect(points[1]!.remainingShare).toBeLessThan(0);
  });

  it('draws the even burn as a straight line in eligible time, ending at zero', () => {
    // a 31-day month (44.64 min of budget) then a 30-day one (43.2): after the first, 43.2 / 87.84 is left
    const { points } = budgetBurn([month('2024-03', 44.64, 0), month('2024-04', 43.2, 0)]);
    expect(points[0]!.evenShare).toBeCloseTo(43.2 / 87.84, 12);
    expect(points[1]!.evenShare).toBeCloseTo(0, 12);
    // no downtime: the whole budget is still there
    expect(points.map((p) => p.remainingShare)).toEqual([1, 1]);
  });

  it('has no shares under a 100 % target (no budget), only the minutes it is over', () => {
    const { points } = budgetBurn([month('2024-04', 0, 5), month('2024-05', 0, 0)]);
    expect(points.map((p) => [p.remainingMinutes, p.remainingShare, p.evenShare])).toEqual([
      [-5, null, null],
      [-5, null, null],
    ]);
  });

  it('draws nothing for a range without months', () => {
    expect(budgetBurn([])).toEqual({ totalMinutes: 0, points: [] });
  });
});
