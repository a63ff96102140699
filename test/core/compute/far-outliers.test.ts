import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../core/import';
import { DEFAULT_SETTINGS } from '../../../core/model/settings';
import { buildReport } from '../../../core/report';
import { isAssumption } from '../../../core/import/shape/diagnostics';

/** The problems among the diagnostics: what the import assumed (SPEC 3) is named apart. */
const problems = (r: { diagnostics: { line: number; message: string }[] }) =>
  r.diagnostics.filter((d) => !isAssumption(d.message));

/**
 * Issue 19 item 5: one far-future typo (2099 among rows of 2024) stretched the report range and every open
 * record over 75 years without a word. The rule (docs/methodology.md, "Far outliers"): a record starting or
 * ending more than three quartile spans of the log's starts, and more than a year, outside them is named.
 */
const settings = DEFAULT_SETTINGS.import;
const HEADER = 'start,end,service';

/** 30 rows of api downtime, one every third day from 2024-01-01 (lines 2..31). */
const bulk = Array.from({ length: 30 }, (_, k) => {
  const day = new Date(Date.UTC(2024, 0, 1 + 3 * k)).toISOString().slice(0, 10);
  return `${day}T00:00:00Z,${day}T01:00:00Z,api`;
});

async function importLines(lines: string[], keepTexts = true) {
  const text = [HEADER, ...lines].join('\n') + '\n';
  return importBytes([new TextEncoder().encode(text)], { fileName: 'typo.csv', settings, keepTexts });
}

describe('far outliers (issue 19 item 5)', () => {
  it('names a start in 2099 among rows of 2024 by its line, and the range still follows SPEC 4', async () => {
    // line 32: an open record (no end); line 33: the typo
    const r = await importLines([
      ...bulk,
      '2024-03-15T00:00:00Z,,api',
      '2099-03-01T00:00:00Z,2099-03-01T01:00:00Z,api',
    ]);
    const far = r.diagnostics.filter((d) => /bulk of the log/.test(d.message));
    expect(far).toEqual([
      {
        line: 33,
        // 32 starts sorted: quartile 1 at index floor(31 / 4) = 7 is 2024-01-01 + 3 x 7 days = 01-22; quartile 3
        // at index ceil(3 x 31 / 4) = 24 is the bulk's 25th row, 2024-01-01 + 3 x 24 days = 03-13 (leap year)
        message: expect.stringMatching(
          /^start 2099-03-01T00:00:00\.000Z lies 75 years after the bulk of the log \(its middle half runs 2024-01-22 \.\. 2024-03-13\).*give --from\/--to$/,
        ),
      },
    ]);
    // SPEC 4 still sets the range from the data: it runs to March 2099, and the open record with it
    const model = buildReport(r, DEFAULT_SETTINGS, 0, { maxIncidents: 0 });
    expect(model.monthKeys.at(-1)).toBe('2099-03');
    // the diagnostic comes first, before any row's, as the report shows it
    expect(model.diagnostics[0]).toEqual(far[0]);
  });

  it('names an end typed far in the future (2099 for 2024)', async () => {
    const r = await importLines([...bulk, '2024-02-01T00:00:00Z,2099-02-01T00:00:00Z,api']);
    expect(problems(r)).toEqual([
      { line: 32, message: expect.stringMatching(/^end 2099-02-01T00:00:00\.000Z lies 75 years after/) },
    ]);
  });

  it('names a start far in the past, and without lines (the CLI text formats) names its instant', async () => {
    const r = await importLines(['1970-01-01T00:00:00Z,1970-01-01T01:00:00Z,api', ...bulk], false);
    expect(problems(r)).toEqual([
      {
        line: 0,
        message: expect.stringMatching(/^start 1970-01-01T00:00:00\.000Z lies 54 years before .*starts from it/),
      },
    ]);
  });

  it('leaves a log that really spans ten years alone, and its open records', async () => {
    // one row every quarter from 2014 to 2024, the last one open: the first and last are 10 years apart
    const rows = Array.from({ length: 41 }, (_, k) => {
      const day = new Date(Date.UTC(2014, 3 * k, 1)).toISOString().slice(0, 10);
      return k === 40 ? `${day}T00:00:00Z,,api` : `${day}T00:00:00Z,${day}T01:00:00Z,api`;
    });
    const r = await importLines(rows);
    expect(r.source.records).toBe(41);
    expect(r.diagnostics.filter((d) => /bulk of the log/.test(d.message))).toEqual([]);
  });
});
