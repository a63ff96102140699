import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCli, runCli } from './run-cli';
import { englishWordsIn } from '../../renderer/i18n/english-words';

const SAMPLE = 'samples/messaging-platform-2021-2022.csv';
/** The sample's own services, names from the log that no language changes. */
const SERVICES = ['messaging', 'calls', 'media', 'web'];

/**
 * The English words in a report's own text: a diagnostic quotes the importer (whose messages are English, as
 * the JSON's are) and a service name is the log's, so those lines and names are left out.
 */
function ourEnglish(text: string, diagnosticsHeading: string): string[] {
  const [body] = text.split(diagnosticsHeading);
  return body!
    .split('\n')
    .flatMap((line) =>
      englishWordsIn(SERVICES.reduce((l, s) => l.replaceAll(s, ' '), line)).map((w) => `${w} in "${line}"`),
    );
}

beforeAll(() => ensureCli(), 300_000);

// issue 16 finding 7: `--lang id` translated only the numbers
describe('the CLI in Bahasa Indonesia (--lang id)', () => {
  it('prints the table with no English word of ours', () => {
    const r = runCli(['report', SAMPLE, '--lang', 'id']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Laporan SLA');
    expect(r.stdout).toMatch(/Bulan +Ketersediaan +Target +Tercapai +Waktu henti/);
    expect(ourEnglish(r.stdout, 'Diagnostik (')).toEqual([]);
  });
  it('prints Markdown with no English word of ours', () => {
    const r = runCli(['report', SAMPLE, '--lang', 'id', '--format', 'md']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| Bulan | Ketersediaan |');
    expect(ourEnglish(r.stdout, '## Diagnostik (')).toEqual([]);
  });
  it('the check sees the English it replaced', () => {
    const r = runCli(['report', SAMPLE, '--lang', 'en']);
    expect(ourEnglish(r.stdout, 'Diagnostics (').length).toBeGreaterThan(10);
  });
});
