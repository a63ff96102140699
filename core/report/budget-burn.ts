import type { PeriodFigures } from '../model/report-model';

/** The range's error budget at the end of one month. */
export interface BurnPoint {
  month: string;
  /** budget of the whole range left at the end of this month, minutes (negative: overspent) */
  remainingMinutes: number;
  /** remainingMinutes / range budget; null when the range has no budget (100 % target) */
  remainingShare: number | null;
  /** what would be left had the budget burned evenly with eligible time */
  evenShare: number | null;
}

export interface BudgetBurn {
  /** the range's budget: the sum of the monthly budgets (SPEC 5: longer periods sum minutes) */
  totalMinutes: number;
  /** one point per month, in month order */
  points: BurnPoint[];
}

/**
 * The range's error budget burned down month by month: the range budget less the downtime so far. The last point is
 * the summary row's budgetRemainingMinutes (to rounding: the summary takes (1 - target) of the summed eligible time).
 */
export function budgetBurn(months: readonly PeriodFigures[]): BudgetBurn {
  const totalMinutes = months.reduce((s, m) => s + m.budgetMinutes, 0);
  let down = 0;
  let budgetSoFar = 0;
  const points = months.map((m) => {
    down += m.downtimeMinutes;
    budgetSoFar += m.budgetMinutes;
    const remainingMinutes = totalMinutes - down;
    return {
      month: m.month ?? '',
      remainingMinutes,
      remainingShare: totalMinutes > 0 ? remainingMinutes / totalMinutes : null,
      evenShare: totalMinutes > 0 ? 1 - budgetSoFar / totalMinutes : null,
    };
  });
  return { totalMinutes, points };
}
