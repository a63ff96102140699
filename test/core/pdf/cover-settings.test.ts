import { describe, expect, it } from 'vitest';
import { parseCliArgs, type ReportArgs } from '@core/cli/args';
import { settingsFromArgs } from '@core/cli/settings-from-args';
import { UsageError } from '@core/cli/usage';
import { parseSettings } from '@core/model/settings';

function args(...argv: string[]): ReportArgs {
  const a = parseCliArgs(['report', 'log.csv', ...argv]);
  if (a.command !== 'report') throw new Error('expected a report command');
  return a;
}

describe('the PDF cover and register settings (issue 16)', () => {
  it('--title, --customer, --note and --full-register land in settings.report, trimmed', () => {
    const s = settingsFromArgs(
      args('--title', ' Q3 availability ', '--customer', 'Acme Corp', '--note', 'Two outages.', '--full-register'),
      null,
    );
    expect(s.report).toEqual({
      paper: 'A4',
      language: 'en',
      title: 'Q3 availability',
      customer: 'Acme Corp',
      note: 'Two outages.',
      fullRegister: true,
    });
  });

  it('a settings file from before keeps reading, and the command line overrides its cover', () => {
    const old = { report: { paper: 'Letter', language: 'id' } };
    expect(parseSettings(old)).toEqual({ ok: true, value: expect.objectContaining({ report: old.report }) });
    const s = settingsFromArgs(args('--customer', 'Acme'), { report: { ...old.report, customer: 'Old', note: 'n' } });
    expect(s.report).toEqual({ paper: 'Letter', language: 'id', customer: 'Acme', note: 'n' });
  });

  it('refuses a note longer than the cover can hold, naming the field', () => {
    expect(() => settingsFromArgs(args('--note', 'x'.repeat(2001)), null)).toThrow(UsageError);
    expect(() => settingsFromArgs(args('--note', 'x'.repeat(2001)), null)).toThrow(/report\.note/);
  });
});
