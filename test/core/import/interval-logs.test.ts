import { describe, expect, it } from 'vitest';
import { LogImporter } from '@core/import';
import { ImportError } from '@core/model/import-result';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import { recordsFromTable } from '@core/model/record-table';
import { textsOf } from '@core/model/text-column';
import { buildReport } from '@core/report/index';
import { at, importSettings, importText, problemsOf, recordsOf } from './import-helpers';

const T0 = '2024-01-01T00:00:00Z';
const T1 = '2024-01-01T01:00:00Z';

describe('interval logs', () => {
  it('keeps end == start as a zero-length record and rejects end < start with a diagnostic', async () => {
    const r = await importText(`start,end\n${T0},${T0}\n${T1},${T0}\n`);
    expect(r.records.count).toBe(1);
    const [zero] = recordsFromTable(r.records);
    expect(zero!.end).toBe(zero!.start);
    expect(problemsOf(r)).toEqual([{ line: 3, message: 'end is before start' }]);
    expect(r.source.skipped).toBe(1);
  });

  it('ends open records at the latest instant seen anywhere in the log', async () => {
    const recs = await recordsOf(`start,end,service\n${T0},,api\n2024-01-05T00:00:00Z,2024-01-09T12:00:00Z,web\n`);
    expect(recs[0]).toMatchObject({ open: true, end: at('2024-01-09T12:00:00Z') });
    expect(recs[1]!.open).toBe(false);
  });

  it('reads an empty service or `*` as platform-wide', async () => {
    const recs = await recordsOf(`start,end,service\n${T0},${T1},\n${T0},${T1},*\n${T0},${T1}, api \n`);
    expect(recs.map((r) => r.service)).toEqual([null, null, 'api']);
  });

  it('names the one service after the file stem when the log has no service column', async () => {
    const r = await importText(`start,end\n${T0},${T1}\n`, 'outages.csv.gz');
    expect(r.records.services).toEqual(['outages']);
    expect(r.records.service[0]).toBe(0);
  });

  it('maps severity words case-insensitively (SPEC 3), empty or no column = major', async () => {
    const words = [
      'Critical',
      'MAJOR_OUTAGE',
      'minor',
      'Partial Outage',
      'degraded_performance',
      'none',
      'planned',
      'Under Maintenance',
      '',
    ];
    const text = `start,end,impact\n${words.map((w) => `${T0},${T1},${w}`).join('\n')}\n`;
    expect((await recordsOf(text)).map((r) => r.severity)).toEqual([
      'major',
      'major',
      'partial',
      'partial',
      'degraded',
      'degraded',
      'maintenance',
      'maintenance',
      'major',
    ]);
    expect((await recordsOf(`start,end\n${T0},${T1}\n`))[0]!.severity).toBe('major');
  });

  it('counts an unknown word as major and names it once, on its first line', async () => {
    // SEV1/SEV2 were the unknown words here; SPEC 3 now knows them as priorities, so sev0/sev9 stand in
    const r = await importText(
      `start,end,severity\n${T0},${T1},sev0\n${T0},${T1},SEV0\n${T0},${T1},sev9\n${T0},${T1},sev0\n`,
    );
    expect(r.records.count).toBe(4);
    expect(recordsFromTable(r.records).map((x) => x.severity)).toEqual(['major', 'major', 'major', 'major']);
    expect(problemsOf(r).map((d) => [d.line, d.message.slice(0, 20)])).toEqual([
      [2, 'unknown word "sev0" '],
      [4, 'unknown word "sev9" '],
    ]);
    expect(r.source.skipped).toBe(0);
  });

  it('applies the user remapping of words before the built-in lists', async () => {
    const recs = await recordsOf(`start,end,severity\n${T0},${T1},SEV2\n${T0},${T1},minor\n`, 'x.csv', {
      words: { sev2: 'degraded', Minor: 'major' },
    });
    expect(recs.map((r) => r.severity)).toEqual(['degraded', 'major']);
  });

  it('reads affected shares, percentages and pct/percent columns, and ignores out-of-range values', async () => {
    const text = `start,end,affected\n${T0},${T1},0.25\n${T0},${T1},40%\n${T0},${T1},1.5\n${T0},${T1},0\n${T0},${T1},\n`;
    const r = await importText(text);
    expect(recordsFromTable(r.records).map((x) => x.affected)).toEqual([0.25, 0.4, undefined, undefined, undefined]);
    expect(problemsOf(r).map((d) => d.line)).toEqual([4, 5]);
    expect(r.records.count).toBe(5);
    const pct = await recordsOf(`start,end,users_affected_pct\n${T0},${T1},12.5\n`);
    expect(pct[0]!.affected).toBe(0.125);
  });

  it('reads region, title and id, and interns names', async () => {
    const text = `id,start,end,service,region,title\n7,${T0},${T1},api,eu,Slow API\n8,${T0},${T1},api,,\n`;
    const r = await importText(text);
    expect(r.records.services).toEqual(['api']);
    expect(r.records.regions).toEqual(['eu']);
    expect(recordsFromTable(r.records).map((x) => x.region)).toEqual(['eu', undefined]);
    expect(textsOf(r.records.titles!)).toEqual(['Slow API', undefined]);
    expect(textsOf(r.records.ids!)).toEqual(['7', '8']);
  });

  it('uses `name` as the title only when there is no other title column', async () => {
    expect((await recordsOf(`start,end,name\n${T0},${T1},Outage A\n`))[0]!.title).toBe('Outage A');
    const both = await importText(`start,end,name,summary\n${T0},${T1},A,B\n`);
    expect(both.mapping.title).toBe('summary');
  });

  it('matches column names after normalising case and punctuation, preferring earlier synonyms', async () => {
    const r = await importText(`Outage Start,Outage-End,SERVICE,Time Span\n${T0},${T1},api,5\n`);
    expect(r.mapping).toEqual({ start: 'Outage Start', end: 'Outage-End', service: 'SERVICE', duration: 'Time Span' });
    expect(r.source.shape).toBe('interval');
  });

  it('follows user column overrides, by header name or normalised name', async () => {
    const text = `opened,closed,svc,start\n${T0},${T1},api,junk\n`;
    const r = await importText(text, 'x.csv', { columns: { start: 'opened', end: 'CLOSED', service: 'svc' } });
    expect(r.mapping).toMatchObject({ start: 'opened', end: 'closed', service: 'svc' });
    expect(r.records.count).toBe(1);
    await expect(importText(text, 'x.csv', { columns: { start: 'nope' } })).rejects.toThrow(
      /x.csv: the column "nope" chosen for start is not in the header/,
    );
  });

  it('rejects a header it cannot map, listing the columns', async () => {
    const err = await importText('when,what\n2024,x\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/^outages.csv: cannot tell what the columns mean.*header has: when, what/);
  });

  it('reads a status column as severity when an interval log has no severity column, dropping up rows', async () => {
    const r = await importText(`start,end,status\n${T0},${T1},down\n${T0},${T1},resolved\n${T0},${T1},degraded\n`);
    expect(recordsFromTable(r.records).map((x) => x.severity)).toEqual(['major', 'degraded']);
    expect(r.source.skipped).toBe(0);
  });

  it('without texts (no incident rows to list) reports the same figures', () => {
    // test/core/import/two-core-import.test.ts checks the records themselves; here, every month, quarter, year and
    // summary figure of a 3,000-record log with ids, titles and regions
    const rows = ['id,title,service,start,end,severity,region'];
    const iso = (t: number): string => new Date(t).toISOString();
    for (let i = 0; i < 3000; i++) {
      const start = Date.UTC(2024, 0, 1) + ((i * 7919) % 50_000) * 60_000;
      const severity = ['major', 'minor', 'degraded'][i % 3];
      rows.push(
        `INC-${i},outage ${i},svc-${i % 7},${iso(start)},${iso(start + (i % 90) * 60_000)},${severity},r${i % 4}`,
      );
    }
    const bytes = new TextEncoder().encode(rows.join('\n') + '\n');
    const figures = (keepTexts: boolean) => {
      const importer = new LogImporter({ fileName: 'incidents.csv', settings: importSettings(), keepTexts });
      importer.push(bytes);
      const r = importer.finish({ sha256: '', bytes: bytes.length });
      const m = buildReport(r, DEFAULT_SETTINGS, 0, { maxIncidents: 0 });
      return { line: r.records.line === null, figures: [m.months, m.quarters, m.years, m.summary] };
    };
    const bare = figures(false);
    const full = figures(true);
    expect([bare.line, full.line]).toEqual([true, false]);
    expect(bare.figures).toEqual(full.figures);
  });
});
