import { describe, expect, it } from 'vitest';
import { buildReport } from '@core/report';
import { recordsFromTable } from '@core/model/record-table';
import { settingsSchema, type SettingsInput } from '@core/model/settings';
import type { ImportResult } from '@core/model/import-result';
import { at, importText } from './import-helpers';
import type { SettingsInput as ImportInput } from './import-helpers';

/** SPEC 2 "Observed time" and SPEC 5 NoData, through the importer and the report. */

const T0 = at('2024-01-01T00:00:00Z');
const MIN = 60_000;
const minute = (m: number): string => new Date(T0 + m * MIN).toISOString();
const csv = (rows: [number, string, string][], header = 'timestamp,service,status'): string =>
  `${header}\n${rows.map(([m, s, st]) => `${minute(m)},${s},${st}`).join('\n')}\n`;

/** api probed every minute 00:00-00:09 (down at 00:03 and 00:04), silent until 10:00, then 10:00-10:04 (down at 10:00). */
const GAP_LOG = csv([
  ...Array.from({ length: 10 }, (_, m): [number, string, string] => [m, 'api', m === 3 || m === 4 ? 'down' : 'up']),
  ...Array.from({ length: 5 }, (_, k): [number, string, string] => [600 + k, 'api', k === 0 ? 'down' : 'up']),
]);

const spans = (r: ImportResult) => recordsFromTable(r.records).map((x) => [(x.start - T0) / MIN, (x.end - T0) / MIN]);
const reportOf = (r: ImportResult, s: SettingsInput = {}) => buildReport(r, settingsSchema.parse(s), 0);
const month = (r: ImportResult, service: string, s: SettingsInput = {}) =>
  reportOf(r, s).months.find((m) => m.service === service && m.month === '2024-01')!;

describe('observed time of a sample log (SPEC 2)', () => {
  it('cuts a status at a gap over 5 x the median interval and counts the gap as no data', async () => {
    const r = await importText(GAP_LOG);
    // 14 row pairs, 4 status changes (up>down, down>up, up>down across the gap, down>up): 10 of 14 repeat, so
    // a sample log. Intervals: 13 x 1 min and one of 591 min: med 1 min, maxGap 5 min.
    // Rows 00:00-00:09 cover [00:00, 00:09 + 5) = [0, 14); 10:00-10:04 cover [600, 604) and the last row one
    // med more: [600, 605). The down at 00:03 lasts to the next status (00:05); the down at 10:00 to 10:01.
    expect(spans(r)).toEqual([
      [3, 5],
      [600, 601],
    ]);
    expect(r.observed!.kind).toBe('sample');
    expect([...r.observed!.services[0]!.spans].map((t) => (t - T0) / MIN)).toEqual([0, 14, 600, 605]);
    const m = month(r, 'api');
    // January 2024: 31 x 1440 = 44,640 min; observed 14 + 5 = 19 min, so no data 44,621 min
    expect(m.periodMinutes).toBe(44_640);
    expect(m.noDataMinutes).toBe(44_621);
    expect(m.eligibleMinutes).toBe(19);
    expect(m.downtimeMinutes).toBe(3);
    // 1 - 3/19 (SPEC 5: availability over eligible time), and the user figure over observed time alike
    expect(m.availability).toBeCloseTo(1 - 3 / 19, 12);
    expect(m.userAvailability).toBeCloseTo(1 - 3 / 19, 12);
    // `*` is observed when any stream is: the same single stream here
    expect(month(r, '*').noDataMinutes).toBe(44_621);
  });

  it('never stretches one down sample across a long gap', async () => {
    // one stream, every minute up, then one down sample, then 631 days without rows, then up again
    const rows: [number, string, string][] = Array.from({ length: 20 }, (_, m) => [m, 'web', 'up']);
    rows.push([20, 'web', 'down'], [20 + 631 * 1440, 'web', 'up'], [21 + 631 * 1440, 'web', 'up']);
    const r = await importText(csv(rows));
    // med 1 min, maxGap 5 min: the down row covers [20, 25), not 631 days
    expect(spans(r)).toEqual([[20, 25]]);
    const gap = r.diagnostics.find((d) => d.message.startsWith('web: longest gap'))!;
    expect(gap.message).toContain('631 d');
    expect(gap.message).toContain('no data from 2024-01-01T00:25:00Z');
  });

  it('takes the user gap limit, or none', async () => {
    // --max-gap 2h: the 591-minute gap still cuts, now at 00:09 + 120 min; the last row covers one med
    const two = await importText(GAP_LOG, 'gap.csv', { maxGapMinutes: 120 } satisfies ImportInput);
    expect([...two.observed!.services[0]!.spans].map((t) => (t - T0) / MIN)).toEqual([0, 129, 600, 605]);
    // none: every row covers up to the next; the down at 10:00 still ends at 10:01
    const none = await importText(GAP_LOG, 'gap.csv', { maxGapMinutes: 'none' });
    expect([...none.observed!.services[0]!.spans].map((t) => (t - T0) / MIN)).toEqual([0, 605]);
    expect(none.diagnostics.some((d) => d.message.includes('no gap limit (set by the user)'))).toBe(true);
  });

  it('uses the mean of the two middle intervals for an even count, and the log median for a lone row', async () => {
    // a: rows at 0, 1, 3, 6, 10: intervals 1, 2, 3, 4 -> med 2.5 min, maxGap 12.5 min; every row repeats "up"
    // b: a single row at 0 (no interval of its own): the log-wide median of 1, 2, 3, 4 = 2.5 min
    const r = await importText(
      csv([
        [0, 'a', 'up'],
        [0, 'b', 'down'],
        [1, 'a', 'up'],
        [3, 'a', 'up'],
        [6, 'a', 'up'],
        [10, 'a', 'up'],
      ]),
    );
    // a's last row covers one med: [0, 12.5); b's only row covers [0, 2.5), its down run with it
    const cov = Object.fromEntries(
      r.observed!.services.map((s) => [s.service, [...s.spans].map((t) => (t - T0) / MIN)]),
    );
    expect(cov).toEqual({ a: [0, 12.5], b: [0, 2.5] });
    expect(spans(r)).toEqual([[0, 2.5]]);
  });
});

describe('observed time of an event log (SPEC 2)', () => {
  it('lets each status last to its next row and the last one to the latest instant of the log', async () => {
    // rows mark changes: no pair repeats, so an event log with no gap limit
    const r = await importText(
      csv([
        [0, 'site', 'up'],
        [100, 'site', 'down'],
        [130, 'site', 'up'],
        [200, 'other', 'up'],
        [300, 'other', 'down'],
      ]),
    );
    expect(r.observed!.kind).toBe('event');
    // site: [0, 300) (its last row covers to the log's latest instant, 300); other: [200, 300)
    const cov = Object.fromEntries(
      r.observed!.services.map((s) => [s.service, [...s.spans].map((t) => (t - T0) / MIN)]),
    );
    expect(cov).toEqual({ site: [0, 300], other: [200, 300] });
    // other's last row, at the latest instant, covers nothing: its down is a record of no length, open
    expect(recordsFromTable(r.records).map((x) => [(x.start - T0) / MIN, (x.end - T0) / MIN, x.open])).toEqual([
      [100, 130, false],
      [300, 300, true],
    ]);
    // `*` is observed when any stream is: [0, 300) -> 44,640 - 300 min of no data; other: 44,640 - 100
    expect(month(r, '*').noDataMinutes).toBe(44_340);
    expect(month(r, 'other').noDataMinutes).toBe(44_540);
    expect(r.diagnostics[0]!.message).toMatch(/^assumed: read as an event log/);
  });
});

describe('service start (SPEC 4, 5)', () => {
  const intervalLog = 'start,end,service\n2024-03-10T00:00:00Z,2024-03-10T01:00:00Z,api\n';

  it('makes time before it no data, interval logs too', async () => {
    const r = await importText(intervalLog);
    const m = reportOf(r, { serviceStart: { api: '2024-03-05' } }).months.find((x) => x.service === 'api')!;
    // March 2024: 31 x 1440 = 44,640 min; before 5 March: 4 x 1440 = 5,760 min of no data
    expect(m.noDataMinutes).toBe(5_760);
    expect(m.eligibleMinutes).toBe(44_640 - 5_760);
    expect(m.downtimeMinutes).toBe(60);
    expect(m.availability).toBeCloseTo(1 - 60 / 38_880, 12);
    // `*` has no service start: observed throughout
    expect(reportOf(r, { serviceStart: { api: '2024-03-05' } }).months[0]!.noDataMinutes).toBe(0);
  });

  it('drops what a service logged before it began', async () => {
    const r = await importText(intervalLog);
    // the outage of 10 March falls before a start on 11 March: no downtime, no episode
    const m = reportOf(r, { serviceStart: { api: '2024-03-11' } }).months.find((x) => x.service === 'api')!;
    expect(m.noDataMinutes).toBe(10 * 1440);
    expect(m.downtimeMinutes).toBe(0);
    expect(m.episodes).toBe(0);
  });

  it('is read in the report time zone', async () => {
    const r = await importText(intervalLog);
    // 5 March 00:00 in Asia/Jakarta (UTC+7) is 4 March 17:00 UTC; the month starts 29 Feb 17:00 UTC:
    // 4 d of no data in that zone's March as well
    const m = reportOf(r, { serviceStart: { api: '2024-03-05' }, reportTimeZone: 'Asia/Jakarta' }).months.find(
      (x) => x.service === 'api',
    )!;
    expect(m.noDataMinutes).toBe(5_760);
  });

  it('is named when a service first appears more than 90 days after the range starts', async () => {
    const r = await importText(
      'start,end,service\n2024-01-02T00:00:00Z,2024-01-02T01:00:00Z,api\n2024-05-01T00:00:00Z,2024-05-01T01:00:00Z,web\n',
    );
    // web starts 121 days after 1 January (31 + 29 + 31 + 30); api on day 1
    const notes = reportOf(r).diagnostics.map((d) => d.message);
    expect(notes.filter((n) => n.includes('counted as up before then'))).toEqual([
      'web: first record on 2024-05-01, 121 days after the report starts: counted as up before then ' +
        '(set its service start, e.g. --service-start "web=2024-05-01", if it began later)',
    ]);
    expect(reportOf(r, { serviceStart: { web: '2024-05-01' } }).diagnostics).toEqual(r.diagnostics);
  });
});
