import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCli, runCli } from '../../hostile/run-cli';

// issue 19 item 12: escape codes in a log reached the terminal raw through the table, diagnostics and
// errors, so a log could clear the screen, retitle the window or print a figure over the real one
const ESC = '\x1b';
const CLEAR = `${ESC}[2J${ESC}[H`;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const RAW = /[\u0000-\u0009\u000b-\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), 'sla-terminal-'));
const cwd = mkdtempSync(join(tmpdir(), 'sla-terminal-cwd-'));
const log = join(dir, 'outages.csv');
writeFileSync(
  log,
  [
    'start,end,service',
    `2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,web${CLEAR}100.000 %`,
    `2024-01-02T00:00:00Z,2024-01-02T00:30:00Z,api\u202e\u009b31m`,
    // an unreadable start: its diagnostic quotes the cell
    `${ESC}]0;owned${ESC}\\,2024-01-03T00:00:00Z,api`,
  ].join('\n') + '\n',
);

beforeAll(() => ensureCli(), 300_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

describe('what the CLI prints shows control characters escaped', () => {
  it('the table: service names and diagnostics', async () => {
    const r = await runCli(['report', log], cwd, 30_000);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('Service: web\\u001b[2J\\u001b[H100.000 %');
    expect(r.stdout).toContain('Service: api\\u202e\\u009b31m');
    expect(r.stdout).toMatch(/line 4: .*\\u001b\]0;owned\\u001b\\/);
  }, 40_000);

  it.each(['json', 'csv', 'md'])(
    '--format %s on stdout',
    async (format) => {
      const r = await runCli(['report', log, '--format', format], cwd, 30_000);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(RAW);
      // JSON stays JSON and keeps the names as they are in the log
      if (format === 'json') {
        const services = (JSON.parse(r.stdout) as { summary: { service: string }[] }).summary.map((s) => s.service);
        expect(services).toContain(`web${CLEAR}100.000 %`);
        expect(services).toContain('api\u202e\u009b31m');
      }
    },
    40_000,
  );

  it.runIf(process.platform !== 'win32')(
    'an error naming a file whose name holds escape codes',
    async () => {
      const evil = join(dir, `empty${CLEAR}\u202e.csv`);
      writeFileSync(evil, '');
      const r = await runCli(['report', evil], cwd, 30_000);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stderr).toContain('empty\\u001b[2J\\u001b[H\\u202e.csv');
    },
    40_000,
  );
});
