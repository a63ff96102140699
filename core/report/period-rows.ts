import type { LongPeriodFigures, PeriodFigures, PreviousPeriod } from '../model/report-model';
import type { Settings } from '../model/settings';
import { monthKey } from '../time/month-key';
import { dayKey, rangeDays } from '../time/period-presets';
import type { PeriodMinutes } from '../compute/period-minutes';
import { periodFigures } from '../compute/period-figures';
import { sumLongerAmounts } from '../compute/credit-amounts';
import type { LongPeriod, RangeFrame } from './range-frame';
import type { ServiceMinutes } from './service-minutes';

/** A quarter, year or the whole range of one service from its minutes. */
export function longRow(service: string, p: LongPeriod, m: PeriodMinutes, settings: Settings): LongPeriodFigures {
  // assigned onto the fresh row rather than spread: a spread copy of every row was most of a target change
  return Object.assign(periodFigures(service, null, m, settings, p.key, p.to - p.from + 1), {
    month: null as null,
    fromMonth: monthKey(p.from),
    toMonth: monthKey(p.to),
  });
}

/** The rows of one service over a frame: its months, quarters, years and the whole, credits summed per SLA period. */
export function periodRows(
  service: string,
  m: ServiceMinutes,
  f: RangeFrame,
  settings: Settings,
): { months: PeriodFigures[]; quarters: LongPeriodFigures[]; years: LongPeriodFigures[]; all: LongPeriodFigures } {
  const months = m.months.map((pm, k) => {
    const key = monthKey(f.range.from + k);
    return periodFigures(service, key, pm, settings, key, 1);
  });
  const quarters = f.quarters.map((p, i) => longRow(service, p, m.quarters[i]!, settings));
  const years = f.years.map((p, i) => longRow(service, p, m.years[i]!, settings));
  const all = longRow(service, { key: 'all', from: f.range.from, to: f.range.to }, m.all, settings);
  const rows = { months, quarters, years, all };
  sumLongerAmounts(settings.period, rows);
  return rows;
}

/** The model's previous period, its rows still to be filled per service. */
export function previousPeriodOf(p: NonNullable<RangeFrame['previous']>, period: Settings['period']): PreviousPeriod {
  const { first, last } = rangeDays(p.sides);
  return {
    from: dayKey(first),
    to: dayKey(last),
    period,
    covered: p.frame !== null,
    months: [],
    quarters: [],
    years: [],
    summary: [],
  };
}
