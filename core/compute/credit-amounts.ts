import type { Period } from '../model/settings';
import type { LongPeriodFigures, PeriodFigures } from '../model/report-model';

/**
 * Credits are owed per SLA period (SPEC 4 `--period`): a longer period's credit amount is the sum of the
 * amounts of the SLA periods inside it, not its own availability's credit times its months. Sets
 * `creditAmount` on every row longer than the SLA period, for one service's rows.
 */
export function sumLongerAmounts(
  period: Period,
  rows: {
    months: readonly PeriodFigures[];
    quarters: readonly LongPeriodFigures[];
    years: readonly LongPeriodFigures[];
    all: LongPeriodFigures | undefined;
  },
): void {
  const { months, quarters, years, all } = rows;
  const whole = all ? [all] : [];
  const sla = period === 'month' ? months : period === 'quarter' ? quarters : years;
  const longer =
    period === 'month' ? [...quarters, ...years, ...whole] : period === 'quarter' ? [...years, ...whole] : whole;
  for (const p of longer) p.creditAmount = sumAmounts(sla, p);
}

/** The credit amounts of the SLA periods inside a longer one; null when none has a fee. */
function sumAmounts(rows: readonly PeriodFigures[], p: LongPeriodFigures): number | null {
  let total: number | null = null;
  for (const r of rows) {
    const key = r.month ?? (r as LongPeriodFigures).fromMonth;
    if (r.creditAmount === null || key < p.fromMonth || key > p.toMonth) continue;
    total = (total ?? 0) + r.creditAmount;
  }
  return total;
}
