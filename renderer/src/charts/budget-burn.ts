import type { PeriodFigures } from '@core/model/report-model';

export interface BurnPoint {
  month: string;
  /** budget of the whole range left at the end of this month, minutes (negative: overspent) */
  remainingMinutes: number;
  /** remainingMinutes / range budget; null when the range has no budget (100 % target) */
  remainingShare: number | null;
  /** what would be left had the budget burned evenly with eligible time */
  evenShare: number | null;
}

/**
 * The range's error budget burned down month by month. The range budget is the sum of the monthly budgets
 * (SPEC 5: longer periods sum minutes), so the last point equals the summary's budgetRemainingMinutes.
 */
export function budgetBurn(months: readonly PeriodFigures[]): BurnPoint[] {
  const total = months.reduce((s, m) => s + m.budgetMinutes, 0);
  let down = 0;
  let budgetSoFar = 0;
  return months.map((m) => {
    down += m.downtimeMinutes;
    budgetSoFar += m.budgetMinutes;
    const remainingMinutes = total - down;
    return {
      month: m.month ?? '',
      remainingMinutes,
      remainingShare: total > 0 ? remainingMinutes / total : null,
      evenShare: total > 0 ? 1 - budgetSoFar / total : null,
    };
  });
}
