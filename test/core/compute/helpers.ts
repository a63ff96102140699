import { endAt, tableFromRecords } from '../../../core/model/record-table';
import type { OutageRecord, SampleCounts } from '../../../core/model/records';
import { settingsSchema, type Settings, type SettingsInput } from '../../../core/model/settings';
import type { ReportModel, PeriodFigures } from '../../../core/model/report-model';
import { buildReport, type ReportInput } from '../../../core/report/index';

/** ms of an ISO instant; tests write instants as text so the derivations stay readable. */
export const at = (iso: string): number => Date.parse(iso);

export const MIN = 60_000;

export type Rec = Partial<Omit<OutageRecord, 'start' | 'end'>> & { start: string | number; end: string | number };

export function record(r: Rec): OutageRecord {
  const { start, end, ...rest } = r;
  return {
    service: 'api',
    severity: 'major',
    open: false,
    line: 0,
    ...rest,
    start: typeof start === 'number' ? start : at(start),
    end: typeof end === 'number' ? end : at(end),
  };
}

/** `grouped`: the records as an import that keeps no texts stores them (RecordTable.groups) */
export function inputOf(records: Rec[], samples: SampleCounts | null = null, grouped = false): ReportInput {
  const table = tableFromRecords(records.map(record), grouped);
  let latest = -Infinity;
  for (let i = 0; i < table.count; i++) latest = Math.max(latest, endAt(table, i));
  return {
    source: {
      file: 'test.csv',
      sha256: '0'.repeat(64),
      format: 'csv',
      shape: samples ? 'status' : 'interval',
      records: table.count,
      skipped: 0,
      bytes: 0,
      rows: table.count,
    },
    records: table,
    samples,
    diagnostics: [],
    diagnosticsTotal: 0,
    latestInstant: latest,
  };
}

export const settings = (s: SettingsInput = {}): Settings => settingsSchema.parse(s);

export function report(records: Rec[], s: SettingsInput = {}, samples: SampleCounts | null = null): ReportModel {
  return buildReport(inputOf(records, samples), settings(s), 0);
}

/** The month row of a service. */
export function row(model: ReportModel, service: string, month: string): PeriodFigures {
  const r = model.months.find((m) => m.service === service && m.month === month);
  if (!r) throw new Error(`no row ${service} ${month}`);
  return r;
}

export function summaryOf(model: ReportModel, service: string): PeriodFigures {
  const r = model.summary.find((m) => m.service === service);
  if (!r) throw new Error(`no summary ${service}`);
  return r;
}

/** A small seeded generator (mulberry32): the same numbers in [0, 1) on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
