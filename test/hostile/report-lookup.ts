import { expect } from 'vitest';
import type { JsonRow, ReportJson } from '../../core/print/month-json';

/** The month row of a service; fails the test when the report lacks it. */
export function monthRow(json: ReportJson, service: string, month: string): JsonRow {
  const row = json.months.find((m) => m.service === service && m.month === month);
  expect(
    row,
    `no row for ${service} ${month} in ${json.months.map((m) => `${m.service}/${m.month}`).join(' ')}`,
  ).toBeDefined();
  return row!;
}

/** 1-based lines the diagnostics name. */
export function diagnosedLines(json: ReportJson): number[] {
  return [...new Set(json.diagnostics.map((d) => d.line))].sort((a, b) => a - b);
}

/** Fields SPEC 7 never makes null: a null here is a NaN or Infinity that JSON.stringify printed as null. */
const ALWAYS_NUMBERS = [
  'periodMinutes',
  'eligibleMinutes',
  'downtimeMinutes',
  'target',
  'budgetMinutes',
  'budgetRemainingMinutes',
  'creditPercent',
  'episodes',
  'longestEpisodeMinutes',
  // userMinutesLost is null until a user base is set (SPEC 4, issue 15)
  'noDataMinutes',
] as const;

/** Every number in the report is finite and every fraction is a fraction. */
export function expectAllFinite(json: ReportJson): void {
  for (const row of [...json.months, ...json.summary]) {
    for (const k of ALWAYS_NUMBERS) expect(typeof row[k], `${row.service} ${row.month} ${k}`).toBe('number');
    for (const [k, v] of Object.entries(row)) {
      if (typeof v === 'number') expect(Number.isFinite(v), `${row.service} ${row.month} ${k} = ${v}`).toBe(true);
    }
    for (const [k, v] of Object.entries(row.impact)) expect(Number.isFinite(v), `impact ${k}`).toBe(true);
    if (row.availability !== null) expect(row.availability).toBeGreaterThanOrEqual(0);
    if (row.availability !== null) expect(row.availability).toBeLessThanOrEqual(1);
    if (row.userAvailability !== null) expect(row.userAvailability).toBeGreaterThanOrEqual(0);
    if (row.userAvailability !== null) expect(row.userAvailability).toBeLessThanOrEqual(1);
  }
}
