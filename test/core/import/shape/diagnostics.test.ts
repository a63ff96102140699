import { describe, expect, it } from 'vitest';
import { ASSUMED, DIAGNOSTICS_KEPT, DiagnosticLog } from '@core/import/shape/diagnostics';

/** A log whose cap is full: DIAGNOSTICS_KEPT + 5 bad rows on lines 2, 3, ..., and one assumption among them. */
function fullLog(): DiagnosticLog {
  const log = new DiagnosticLog();
  log.add(2, 'bad row');
  log.assume(0, `${ASSUMED}one service`);
  for (let line = 3; line < DIAGNOSTICS_KEPT + 7; line++) log.add(line, 'bad row');
  return log;
}

const problems = (log: DiagnosticLog): number => log.kept.filter((d) => !d.message.startsWith(ASSUMED)).length;

describe('the kept diagnostics keep room for the notes that must stay', () => {
  it('puts how the log was read after the rows, dropping the last rows kept, and counts every note', () => {
    const log = fullLog();
    log.keepAlways(
      [
        { line: 0, message: 'samples more than 30 minutes apart' },
        { line: 0, message: `${ASSUMED}a sample stands for its interval` },
      ],
      'last',
    );
    // one problem note needs one place: the last bad row kept (line 101, the 100th kept) gives it up
    expect(problems(log)).toBe(DIAGNOSTICS_KEPT);
    expect(log.kept.at(-3)).toEqual({ line: 100, message: 'bad row' });
    expect(log.kept.slice(-2).map((d) => d.message)).toEqual([
      'samples more than 30 minutes apart',
      `${ASSUMED}a sample stands for its interval`,
    ]);
    // 105 bad rows + 1 assumption + 2 notes
    expect(log.total).toBe(DIAGNOSTICS_KEPT + 5 + 1 + 2);
  });

  it('names far-off records first and never drops an assumption to make room', () => {
    const log = fullLog();
    const far = [1, 2, 3].map((line) => ({ line, message: 'starts years before the rest' }));
    log.keepAlways(far, 'first');
    expect(log.kept.slice(0, 3)).toEqual(far);
    expect(problems(log)).toBe(DIAGNOSTICS_KEPT);
    expect(log.kept.filter((d) => d.message.startsWith(ASSUMED))).toEqual([
      { line: 0, message: `${ASSUMED}one service` },
    ]);
    // the three far notes took the places of the last three bad rows kept (lines 99-101)
    expect(log.kept.at(-1)).toEqual({ line: 98, message: 'bad row' });
  });

  it('drops nothing while the cap has room', () => {
    const log = new DiagnosticLog();
    log.add(7, 'bad row');
    log.keepAlways([{ line: 9, message: 'starts years before the rest' }], 'first');
    expect(log.kept).toEqual([
      { line: 9, message: 'starts years before the rest' },
      { line: 7, message: 'bad row' },
    ]);
    expect(log.total).toBe(2);
  });
});
