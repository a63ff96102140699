import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../core/import';
import { ImportError, type ImportResult } from '../../core/model/import-result';
import { reportCsv } from '../../core/print/report-csv';
import { buildReport, reportJson } from '../../core/report/index';
import { parseCsv } from '../hostile/parse-csv';
import { logSpec, type LogSpec } from './log-spec';
import { chunked, writeLog, type WrittenLog } from './log-writer';
import { checkReport } from './report-invariants';
import { settingsArb } from './settings-arb';

/** FUZZ_RUNS / FUZZ_SEED reproduce or widen a run (FUZZ_NO_SHRINK=1: report the first failure as found); the default stays quick on two cores. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** What the importer must make of rows whose meaning the test knows. */
function checkImport(spec: LogSpec, log: WrittenLog, imported: ImportResult, inputTimeZone: string): void {
  const { source } = imported;
  expect(source.shape).toBe(spec.shape);
  // naive wall times read in a zone with DST can land in a gap and end before they start
  const orderKept = spec.timeStyle !== 'space-naive' || inputTimeZone === 'UTC' || spec.columns.duration;
  if (spec.shape === 'interval' && orderKept) {
    // every well-formed row is one record per service its cell lists (end >= start by construction, SPEC 1),
    // junk never is
    expect(source.records, 'records = valid rows x listed services').toBe(log.validRecords);
  } else if (spec.shape === 'interval') {
    expect(source.records).toBeLessThanOrEqual(log.validRecords);
  } else {
    expect(source.records, 'status runs <= rows x listed services').toBeLessThanOrEqual(log.validRecords);
  }
  const delimited = ['csv', 'tsv', 'semicolon'].includes(spec.container);
  const delimitedOrLines = delimited || spec.container === 'ndjson';
  // (NDJSON's count of skipped lines is pinned in test/hostile/chunks-and-counts.test.ts)
  if (delimited) expect(source.skipped, 'skipped = junk rows').toBe(log.junkRows);
  for (const d of imported.diagnostics) {
    expect(d.line, d.message).toBeGreaterThanOrEqual(0);
    expect(d.line, d.message).toBeLessThanOrEqual(log.lineCount);
    expect(d.message.length).toBeGreaterThan(0);
  }
  // each junk row is named by its line, unless the list of diagnostics was cut at its limit
  if (delimitedOrLines && imported.diagnosticsTotal <= imported.diagnostics.length) {
    const named = new Set(imported.diagnostics.map((d) => d.line));
    for (const line of log.junkLines) expect(named.has(line), `junk on line ${line} is diagnosed`).toBe(true);
  }
}

describe('fuzz: generated logs through import and report (issue 6)', () => {
  it('throws nothing but ImportError, keeps every SPEC invariant, and the JSON round-trips', async () => {
    const outcomes = { reports: 0, importErrors: 0 };
    await fc.assert(
      fc.asyncProperty(logSpec, settingsArb, async (spec, settings) => {
        const log = writeLog(spec);
        let imported: ImportResult;
        try {
          imported = await importBytes(chunked(log.bytes, spec.chunkSize), {
            fileName: log.fileName,
            settings: settings.import,
          });
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
          expect(e.message, 'an import error names the file').toContain(log.fileName);
          // a log with a valid row, led by a valid row (JSON maps its columns from the first record), is read
          expect(log.mustImport, `a readable log was refused: ${e.message}`).toBe(false);
          outcomes.importErrors++;
          return;
        }
        checkImport(spec, log, imported, settings.import.inputTimeZone);
        const model = buildReport(imported, settings);
        checkReport(model);
        const json = reportJson(model);
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
        // services such as =HYPERLINK("x") reach the CSV export as text a spreadsheet will not run
        for (const cell of parseCsv(reportCsv(model)).flat()) {
          if (cell !== '' && !Number.isFinite(Number(cell))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
        outcomes.reports++;
      }),
      { numRuns: NUM_RUNS, seed: SEED, endOnFailure: process.env.FUZZ_NO_SHRINK === '1' },
    );
    // guard against a generator that only ever produces rejected files: that would test nothing
    expect(outcomes.reports).toBeGreaterThan(outcomes.importErrors);
  }, 240_000);
});
