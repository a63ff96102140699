/**
 * Quick answers without a log (issue 18 item 5): one outage, or just a target, measured against the
 * allowed downtime of SPEC 6 and the budget, credit and impact rules of SPEC 5, as if the outage were the
 * only record of a one-service log.
 */
import type { AllowedDowntime } from '../model/report-model';
import { MONTH_CONVENTIONS, type MonthConvention } from '../model/settings';
import type { CreditTier } from '../model/credit-settings';
import type { Rate } from '../model/setting-values';
import { allowedDowntime, allowedDowntimeMinutes, availabilityForDowntime } from './nines';
import { creditPercent } from './credits';
import { monthKey, type MonthIndex } from '../time/month-key';
import { monthOfInstant, monthStart } from '../time/zoned-months';

export interface QuickOutage {
  /** ms since epoch */
  start: number;
  minutes: number;
  /** share of users affected, (0, 1] */
  share: number;
}

export interface QuickQuestion {
  /** fraction, e.g. 0.999 */
  target: number;
  outage: QuickOutage | null;
  /** the month the table is measured in when there is no outage: ms of any instant in it */
  reference: number;
  zone: string;
  /** how the period the outage is charged to is measured (SPEC 6); calendar by default */
  convention: MonthConvention;
  users: number | null;
  rates: readonly Rate[];
  tiers: readonly CreditTier[];
}

/** What one outage does to one period: SPEC 5's figures for a month holding only this outage. */
export interface QuickOutageAnswer {
  start: number;
  end: number;
  minutes: number;
  share: number;
  /** the period the outage is charged to: the calendar month of its start, or a fixed-length month */
  periodMinutes: number;
  /** the part of the outage inside that period (all of it for a fixed-length month) */
  downtimeMinutes: number;
  budgetMinutes: number;
  budgetRemainingMinutes: number;
  /** null when the target is 100 % (no budget) */
  budgetConsumed: number | null;
  availability: number | null;
  met: boolean | null;
  creditPercent: number;
  /** users x minutes x share, over the whole outage; null without a user base */
  userMinutesLost: number | null;
  /** rate x minutes x share per rate name (SPEC 5's impact), over the whole outage */
  impact: Record<string, number>;
}

export interface QuickAnswer {
  target: number;
  zone: string;
  /** "YYYY-MM": the calendar month the table and the period are measured in */
  month: string;
  convention: MonthConvention;
  /** SPEC 6's table in every convention, the selected one first, each labelled by its own `convention` */
  nines: AllowedDowntime[];
  outage: QuickOutageAnswer | null;
}

const MINUTES_PER_DAY = 1440;

export function quickAnswer(q: QuickQuestion): QuickAnswer {
  const month = monthOfInstant(q.outage?.start ?? q.reference, q.zone);
  const order = [q.convention, ...MONTH_CONVENTIONS.filter((c) => c !== q.convention)];
  const nines = order.map((c) => allowedDowntime(q.target, c, q.zone, month));
  return {
    target: q.target,
    zone: q.zone,
    month: monthKey(month),
    convention: q.convention,
    nines,
    outage: q.outage === null ? null : outageAnswer(q, q.outage, month, nines[0]!.monthDays),
  };
}

function outageAnswer(q: QuickQuestion, o: QuickOutage, month: MonthIndex, monthDays: number): QuickOutageAnswer {
  const end = o.start + o.minutes * 60_000;
  const periodMinutes = monthDays * MINUTES_PER_DAY;
  // a calendar month is a real span of time, so an outage running past its end is charged only its share (the
  // next month pays the rest, as a report over the log would); a fixed-length month has no place in time
  const downtimeMinutes =
    q.convention === 'calendar'
      ? Math.max(0, Math.min(end, monthStart(month + 1, q.zone)) - o.start) / 60_000
      : Math.min(o.minutes, periodMinutes);
  const availability = availabilityForDowntime(downtimeMinutes, periodMinutes);
  const budgetMinutes = allowedDowntimeMinutes(q.target, periodMinutes);
  const fullMinutes = o.minutes * o.share;
  return {
    start: o.start,
    end,
    minutes: o.minutes,
    share: o.share,
    periodMinutes,
    downtimeMinutes,
    budgetMinutes,
    budgetRemainingMinutes: budgetMinutes - downtimeMinutes,
    budgetConsumed: budgetMinutes > 0 ? downtimeMinutes / budgetMinutes : null,
    availability,
    met: availability === null ? null : availability >= q.target,
    creditPercent: creditPercent(availability, q.tiers),
    userMinutesLost: q.users === null ? null : q.users * fullMinutes,
    impact: Object.fromEntries(q.rates.map((r) => [r.name, r.perMinute * fullMinutes])),
  };
}
