import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '@core/import';
import { recordsFromTable } from '@core/model/record-table';
import type { OutageRecord } from '@core/model/records';
import { importSettings, type SettingsInput } from './import-helpers';

const fixtures = join(__dirname, '..', '..', 'fixtures');
const load = (path: string, settings: SettingsInput = {}) =>
  importFile(join(fixtures, path), { fileName: path.split('/').pop()!, settings: importSettings(settings) });

describe('real logs', () => {
  it('GitHub downtime windows: all 819 rows become records, none rejected', async () => {
    const r = await load('githubstatus/downtime_windows.csv');
    expect(r.source).toMatchObject({ format: 'csv', shape: 'interval', records: 819, skipped: 0, rows: 819 });
    expect(r.diagnosticsTotal).toBe(0);
    // no service column: every record belongs to the file stem
    expect(r.records.services).toEqual(['downtime_windows']);
    // impact column counts in the file: minor 604, major 138 + critical 28, none 31, maintenance 18
    const bySeverity = { major: 0, partial: 0, degraded: 0, maintenance: 0 };
    for (const { severity } of recordsFromTable(r.records)) bySeverity[severity]++;
    expect(bySeverity).toEqual({ major: 166, partial: 604, degraded: 31, maintenance: 18 });
    const first = recordsFromTable(r.records)[0]!;
    expect(first).toMatchObject({
      id: '9632825',
      title: 'Incident with Codespaces',
      severity: 'partial',
      start: Date.parse('2022-03-26T01:43:00Z'),
      end: Date.parse('2022-03-26T03:35:00Z'),
      line: 2,
    });
    // the last data row is on the file's last line (820): quoted titles hold no newlines here
    expect(r.records.line![818]).toBe(820);
  });

  it('GitHub incidents (Statuspage-style NDJSON): one record per component', async () => {
    const r = await load('githubstatus/incidents-first40.jsonl');
    expect(r.source).toMatchObject({ format: 'ndjson statuspage', shape: 'interval', skipped: 0 });
    expect(r.mapping).toMatchObject({
      start: 'started_at',
      end: 'resolved_at',
      service: 'components',
      severity: 'impact',
    });
    expect(r.records.count).toBeGreaterThanOrEqual(40);
    expect(r.records.services).toContain('Codespaces');
  });

  it('Upptime event log (Cloudesire): a status log with three streams', async () => {
    const r = await load('upptime-cloudesire/cloudesire_status_events.csv');
    expect(r.source).toMatchObject({ format: 'csv upptime', shape: 'status', rows: 2287, skipped: 0 });
    expect(r.mapping).toEqual({ timestamp: 'timestamp_utc', service: 'site', status: 'status' });
    expect(r.samples!.streams.map((s) => s.service).sort()).toEqual([
      'https://backend-staging-eng.cloudesire.com',
      'https://marketplace.cloudeng.it',
      'https://vc2.cloudeng.it',
    ]);
    // every sample is counted once: 2287 rows, 2013 of them up
    const sum = (k: 'all' | 'up') => r.samples!.streams.reduce((n, s) => n + s[k].reduce((a, b) => a + b, 0), 0);
    expect(sum('all')).toBe(2287);
    expect(sum('up')).toBe(2013);
  });

  it('Upptime runs equal the outages the same repository derived from those events', async () => {
    const events = await load('upptime-cloudesire/cloudesire_status_events.csv');
    // the outage list's own columns are not in the synonym lists: mapped by hand, as a user would
    const outages = await load('upptime-cloudesire/cloudesire_status_outages.csv', {
      columns: { start: 'start_utc', end: 'end_utc', service: 'site' },
    });
    const key = (r: OutageRecord) => `${r.service} ${r.start} ${r.open ? 'open' : r.end}`;
    const a = recordsFromTable(events.records).map(key).sort();
    const b = recordsFromTable(outages.records).map(key).sort();
    expect(a).toHaveLength(46);
    expect(a).toEqual(b);
    // the one outage still open ends at each log's own latest instant
    expect(new Date(events.latestInstant).toISOString()).toBe('2026-06-10T23:35:05.000Z');
  });
});
