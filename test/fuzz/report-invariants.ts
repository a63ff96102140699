import { expect } from 'vitest';
import type { PeriodFigures, ReportModel } from '../../core/model/report-model';

/** a ≈ b relative to the figures' size: sums of doubles in another order differ in the last bits */
function close(a: number, b: number, what: string): void {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(scale * 1e-9);
}

function atMost(a: number, b: number, what: string): void {
  expect(a, what).toBeLessThanOrEqual(b + Math.max(1, Math.abs(b)) * 1e-9);
}

const SUMMED = [
  'periodMinutes',
  'eligibleMinutes',
  'downtimeMinutes',
  'noDataMinutes',
  'budgetMinutes',
  'userMinutesLost',
] as const;

/** SPEC 5 for one row: each figure follows from the others. */
export function checkRow(r: PeriodFigures, users: number): void {
  const at = `${r.service} ${r.month ?? 'period'}`;
  expect(r.periodMinutes, at).toBeGreaterThan(0);
  expect(r.eligibleMinutes, at).toBeGreaterThanOrEqual(0);
  expect(r.downtimeMinutes, at).toBeGreaterThanOrEqual(0);
  atMost(r.downtimeMinutes, r.eligibleMinutes, `${at}: downtime <= eligible`);
  atMost(r.eligibleMinutes, r.periodMinutes, `${at}: eligible <= period`);
  // SPEC 5: no data lies inside the period and outside eligible time
  expect(r.noDataMinutes, at).toBeGreaterThanOrEqual(0);
  atMost(r.eligibleMinutes, r.periodMinutes - r.noDataMinutes, `${at}: eligible <= period - no data`);

  if (r.eligibleMinutes === 0) expect(r.availability, `${at}: availability null without eligible time`).toBeNull();
  else {
    expect(r.availability, at).not.toBeNull();
    expect(r.availability!, at).toBeGreaterThanOrEqual(0);
    expect(r.availability!, at).toBeLessThanOrEqual(1);
    close(r.availability!, 1 - r.downtimeMinutes / r.eligibleMinutes, `${at}: availability`);
  }
  if (r.availability === null) expect(r.met, at).toBeNull();
  else expect(r.met, `${at}: met iff availability >= target`).toBe(r.availability >= r.target);

  close(r.budgetMinutes, (1 - r.target) * r.eligibleMinutes, `${at}: budget`);
  close(r.budgetRemainingMinutes, r.budgetMinutes - r.downtimeMinutes, `${at}: budget remaining`);
  if (r.budgetMinutes === 0) expect(r.budgetConsumed, at).toBeNull();
  else close(r.budgetConsumed!, r.downtimeMinutes / r.budgetMinutes, `${at}: budget consumed`);

  expect(r.creditPercent, at).toBeGreaterThanOrEqual(0);
  expect(r.creditPercent, at).toBeLessThanOrEqual(100);
  expect(Number.isInteger(r.episodes), at).toBe(true);
  expect(r.episodes, at).toBeGreaterThanOrEqual(0);
  if (r.episodes === 0) expect(r.mttrMinutes, `${at}: no episodes, no MTTR`).toBeNull();
  else {
    expect(r.mttrMinutes!, at).toBeGreaterThan(0);
    atMost(r.mttrMinutes!, r.longestEpisodeMinutes, `${at}: mean <= longest episode`);
  }
  atMost(r.longestEpisodeMinutes, r.periodMinutes, `${at}: longest episode <= period`);

  expect(r.userMinutesLost, at).toBeGreaterThanOrEqual(0);
  atMost(r.userMinutesLost, users * r.periodMinutes, `${at}: user minutes <= users x period`);
  // SPEC 5: user availability over observed time, null when nothing was observed
  if (r.noDataMinutes === r.periodMinutes) expect(r.userAvailability, `${at}: nothing observed`).toBeNull();
  else {
    expect(r.userAvailability, at).not.toBeNull();
    expect(r.userAvailability!, at).toBeGreaterThanOrEqual(0);
    expect(r.userAvailability!, at).toBeLessThanOrEqual(1);
  }
  for (const [k, v] of Object.entries(r.impact)) {
    expect(Number.isFinite(v) && v >= 0, `${at}: impact ${k} = ${v}`).toBe(true);
  }
  if (r.sampleAvailability !== null) {
    expect(r.sampleAvailability, at).toBeGreaterThanOrEqual(0);
    expect(r.sampleAvailability, at).toBeLessThanOrEqual(1);
  }
}

/** SPEC 5 and 7 over the whole model: every row, the month grid, and longer periods as sums of months. */
export function checkReport(model: ReportModel): void {
  const users = model.settings.users;
  for (const r of [...model.months, ...model.quarters, ...model.years, ...model.summary]) checkRow(r, users);

  expect(model.services[0]).toBe('*');
  // every month of the range for every service, sorted by service (`*` first) then month
  expect(model.months.map((m) => `${m.service}|${m.month}`)).toEqual(
    model.services.flatMap((s) => model.monthKeys.map((k) => `${s}|${k}`)),
  );
  expect([...model.monthKeys].sort()).toEqual(model.monthKeys);
  expect(model.summary.map((s) => s.service)).toEqual(model.services);

  for (const period of [...model.quarters, ...model.years, ...model.summary]) {
    const inside = model.months.filter(
      (m) => m.service === period.service && m.month! >= period.fromMonth && m.month! <= period.toMonth,
    );
    expect(inside.length, `${period.service} ${period.period}`).toBeGreaterThan(0);
    for (const k of SUMMED) {
      close(
        period[k],
        inside.reduce((a, m) => a + m[k], 0),
        `${period.service} ${period.period} ${k} = sum of months`,
      );
    }
    // an episode crossing a month boundary counts once in the longer period, never more than in its months
    expect(period.episodes).toBeLessThanOrEqual(inside.reduce((a, m) => a + m.episodes, 0));
  }
}
