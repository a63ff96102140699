import { beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatAvailability, formatDuration, formatUserHours } from '@core/format';
import { probeSandbox, sandboxUnavailable } from '@core/pdf/find-chrome';
import { unsandboxedNote } from '@core/pdf/render-pdf';
import { ensureCli } from '../cli/run-cli';
import { describePdf } from './pdf-suite';
import { pageTexts, pdfInfo, ROOT, squash, writePageImages } from './pdf-tools';
import { monthRow, type MonthFigures } from './report-rows';

const SAMPLE = 'samples/messaging-platform-2021-2022.csv';
const SAMPLE_SETTINGS = 'samples/messaging-platform.settings.json';

interface JsonReport {
  months: (MonthFigures & { service: string })[];
  summary: (MonthFigures & { service: string })[];
}

function sla(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['out/cli.js', 'report', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    timeout: 180_000,
  });
}

describePdf('sla report --pdf (the built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-cli-pdf-'));
  const pdf = join(dir, 'report.pdf');
  const jsonPath = join(dir, 'report.json');
  let json: JsonReport;
  let text: string;

  beforeAll(() => {
    ensureCli();
    const r = sla([SAMPLE, '--settings', SAMPLE_SETTINGS, '--format', 'json', '--out', jsonPath, '--pdf', pdf]);
    // the one line allowed: where Chromium cannot be sandboxed (as root here), the CLI says so (issue 19 item 14)
    const why = sandboxUnavailable(probeSandbox());
    expect(r.stderr).toBe(why === null ? '' : `sla: ${unsandboxedNote(why)}\n`);
    expect(r.status).toBe(0);
    json = JSON.parse(readFileSync(jsonPath, 'utf8')) as JsonReport;
    text = pageTexts(pdf).join('\n');
    writePageImages(pdf, 'cli-sample');
  }, 180_000);

  it('writes a multi-page A4 PDF and nothing else beside it (the temporary file is renamed)', () => {
    const info = pdfInfo(pdf);
    expect(info.pageSize).toContain('(A4)');
    expect(info.pages).toBeGreaterThanOrEqual(10);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.pdf']);
  });

  it('carries the same availability, budget and user-impact figures as --format json', () => {
    const rows = text.split('\n').map(squash);
    for (const m of json.months) expect(rows, `${m.service} ${m.month}`).toContain(squash(monthRow(m, 'en')));
    const all = squash(text);
    for (const s of json.summary) {
      expect(all).toContain(squash(formatAvailability(s.availability, 'en')));
      expect(all).toContain(squash(formatDuration(s.budgetRemainingMinutes, 'en')));
      expect(all).toContain(squash(formatUserHours(s.userMinutesLost, 'en')));
    }
  });

  it('names the path it could not write, with exit status 1', () => {
    const out = join(dir, 'no-such-folder', 'report.pdf');
    const r = sla([SAMPLE, '--pdf', out, '--format', 'json']);
    expect(r.status).toBe(1);
    // every output is checked before anything is written (core/cli/report-job.ts), so the missing folder is
    // named before Chromium starts
    expect(r.stderr.trim()).toBe(`sla: --pdf ${out}: the folder ${join(dir, 'no-such-folder')} does not exist`);
  });

  it('fails with one clear line and exit status 1 when CHROME_PATH points nowhere, leaving no file', () => {
    const out = join(dir, 'nowhere.pdf');
    const r = sla([SAMPLE, '--pdf', out, '--format', 'json'], { ...process.env, CHROME_PATH: '/nonexistent/chrome' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('CHROME_PATH is set to /nonexistent/chrome');
    expect(existsSync(out)).toBe(false);
  });
});
