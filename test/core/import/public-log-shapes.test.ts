import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '@core/import';
import { recordsFromTable } from '@core/model/record-table';
import { assumptionsOf, at, importSettings, problemsOf } from './import-helpers';

const shapes = join(__dirname, '..', '..', 'fixtures', 'public-shapes');
const load = (name: string) => importFile(join(shapes, name), { fileName: name, settings: importSettings() });
const MIN = 60_000;
/** [service, severity, minutes from start to end, open] of each record */
const summary = (r: Awaited<ReturnType<typeof load>>) =>
  recordsFromTable(r.records).map((x) => [x.service, x.severity, (x.end - x.start) / MIN, x.open]);

/** Public log shapes, each opened with no hand mapping (test/fixtures/README.md says where each comes from). */
describe('public log shapes', () => {
  it("the LLM incident study's CSV shape: incident_impact_level drives the severities", async () => {
    // the first 40 GitHub incidents of the githubstatus fixture in the study's columns; their impact words
    // are minor 24, major 9, maintenance 6, none 1, so levels 1, 2, 4, 0 give partial 24, major 9,
    // maintenance 6, degraded 1 (SPEC 3's impact scale)
    const r = await load('github-incidents-study-shape.csv');
    expect(r.mapping).toMatchObject({
      start: 'start_timestamp',
      end: 'close_timestamp',
      severity: 'incident_impact_level',
      service: 'provider',
    });
    const count = { major: 0, partial: 0, degraded: 0, maintenance: 0 };
    for (const x of recordsFromTable(r.records)) count[x.severity]++;
    expect(count).toEqual({ major: 9, partial: 24, degraded: 1, maintenance: 6 });
    expect(r.diagnostics).toEqual([]);
    // the first row: 01:43 to 03:35 is 112 minutes, level 1 (minor)
    expect(summary(r)[0]).toEqual(['github', 'partial', 112, false]);
  });

  it('Statuspage incidents.json: one record per component, none = platform-wide', async () => {
    const r = await load('statuspage-incidents.json');
    expect(r.source.format).toBe('json statuspage');
    // Codespaces 01:43-03:35 = 112 min; Actions 03-25 15:31 to 03-28 15:03 = 3 days - 28 min = 4292 min;
    // the third incident lists no component: 03-25 17:35 to 03-28 15:02 = 3 days - 2 h 33 min = 4167 min
    expect(summary(r)).toEqual([
      ['Codespaces', 'partial', 112, false],
      ['Actions', 'maintenance', 4292, false],
      [null, 'maintenance', 4167, false],
    ]);
    expect(assumptionsOf(r)).toEqual(['a record with no service (empty or *) applies to every service']);
  });

  it('UptimeRobot export: Down rows for their duration, Up rows no outage, Paused maintenance', async () => {
    const r = await load('uptimerobot-export.csv');
    expect(r.source.format).toBe('csv uptimerobot');
    // "0 hrs, 25 mins" = 25, "1 hrs, 5 mins" = 65, "0 hrs, 30 mins" = 30
    expect(summary(r)).toEqual([
      ['shop.example.com', 'major', 25, false],
      ['api.example.com', 'major', 65, false],
      ['api.example.com', 'maintenance', 30, false],
    ]);
    // its times have no offset: read in UTC, said once
    expect(assumptionsOf(r)[0]).toMatch(/^timestamps without a UTC offset are read in the input time zone, UTC/);
    expect(problemsOf(r)).toEqual([]);
  });

  it('Uptime Kuma heartbeats: pending counts as down, 3 is maintenance', async () => {
    const r = await load('uptime-kuma-heartbeat.csv');
    expect(r.source).toMatchObject({ format: 'csv uptime-kuma', shape: 'status', rows: 7 });
    // down at 12:02, pending at 12:03 (the same run), up at 12:05: 3 minutes; maintenance 12:06-12:08
    expect(summary(r)).toEqual([
      ['4', 'major', 3, false],
      ['4', 'maintenance', 2, false],
    ]);
    expect(recordsFromTable(r.records)[0]!.start).toBe(at('2024-05-01T12:02:00Z'));
  });

  it('PagerDuty incidents (Analytics raw incidents as CSV): priorities, service lists, open incidents', async () => {
    const r = await load('pagerduty-incidents.csv');
    expect(r.source.format).toBe('csv pagerduty');
    expect(r.mapping).toMatchObject({
      start: 'created_at',
      end: 'resolved_at',
      service: 'service_name',
      severity: 'priority_name',
    });
    // P1 major 45 min; P3 partial 30 min; P4 degraded 20 min on both listed services; the last has no
    // priority (major, said once) and no end: open, ending at the log's latest instant, its own start
    expect(summary(r)).toEqual([
      ['Checkout API', 'major', 45, false],
      ['Search', 'partial', 30, false],
      ['Checkout API', 'degraded', 20, false],
      ['Search', 'degraded', 20, false],
      ['Search', 'major', 0, true],
    ]);
    expect(assumptionsOf(r)).toEqual(['a record with an empty severity counts as a major outage']);
  });

  it('Opsgenie incidents (API list response): impact window, impacted services, P1-P5', async () => {
    const r = await load('opsgenie-incidents.json');
    expect(r.source.format).toBe('json opsgenie');
    // P1 06:00-07:00 on billing and accounts; P3 with no impact start: from its creation 10:00 to 11:30
    expect(summary(r)).toEqual([
      ['billing', 'major', 60, false],
      ['accounts', 'major', 60, false],
      ['reports', 'partial', 90, false],
    ]);
    expect(recordsFromTable(r.records)[2]!.title).toBe('Slow report generation');
  });
});
