import { beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatAvailability, formatDuration, formatPercent, formatTarget, formatUserHours } from '@core/format';
import { REGISTER_ROWS } from '@core/pdf/print-model';
import { ensureCli } from '../cli/run-cli';
import { describePdf } from './pdf-suite';
import { pageTexts, pdfInfo, ROOT, squash, writePageImages } from './pdf-tools';
import type { MonthFigures } from './report-rows';

/** GitHub's public incident history (mrshu/github-statuses, LICENSE beside it): 1,250 incidents, 12 services, 54 months. */
const LOG = 'test/fixtures/githubstatus/incidents.jsonl.gz';

interface Row extends MonthFigures {
  service: string;
  month: string | null;
  budgetConsumed: number | null;
  creditPercent: number;
}
interface JsonReport {
  months: Row[];
  summary: Row[];
}

function sla(args: string[]) {
  return spawnSync(process.execPath, ['out/cli.js', 'report', LOG, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
}

/** A service's row of page one's table, as the executive summary prints it, from the JSON's figures alone. */
function summaryRow(json: JsonReport, s: Row): string {
  const months = json.months.filter((m) => m.service === s.service);
  const met = months.filter((m) => m.met === true).length;
  const judged = months.filter((m) => m.met !== null).length;
  const credited = months.filter((m) => m.creditPercent > 0);
  const credit = credited.reduce((sum, m) => sum + m.creditPercent, 0);
  const consumed = s.budgetConsumed!;
  return [
    formatAvailability(s.availability, 'en'),
    formatTarget(s.target, 'en'),
    s.met ? 'Met' : 'Missed',
    `${met} of ${judged}`,
    formatDuration(s.budgetRemainingMinutes, 'en'),
    consumed <= 1
      ? `${formatPercent(1 - consumed, 'en', 0)} of the budget`
      : `${formatPercent(consumed - 1, 'en', 0)} over budget`,
    formatTarget(credit / 100, 'en'),
    `${credited.length} months with a credit`,
    formatUserHours(s.userMinutesLost, 'en'),
  ].join(' ');
}

describePdf('the GitHub incidents PDF at its defaults (issue 16 finding 3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-github-pdf-'));
  const pdf = join(dir, 'github.pdf');
  const jsonPath = join(dir, 'github.json');
  let json: JsonReport;
  let pages: string[];

  beforeAll(() => {
    ensureCli();
    const r = sla(['--format', 'json', '--out', jsonPath, '--pdf', pdf, '--customer', 'Platform team']);
    expect(r.status, r.stderr).toBe(0);
    json = JSON.parse(readFileSync(jsonPath, 'utf8')) as JsonReport;
    pages = pageTexts(pdf);
    writePageImages(pdf, 'github-incidents');
  }, 180_000);

  it('is under 20 pages and 2 MB (it was 83 pages and 8 MB)', () => {
    expect(pdfInfo(pdf).pages).toBeLessThan(20);
    expect(statSync(pdf).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('prints on page one every service’s figures exactly as --format json gives them, in the JSON’s order', () => {
    expect(json.summary.length).toBe(13);
    const first = squash(pages[0]!);
    let from = 0;
    for (const s of json.summary) {
      const at = first.indexOf(squash(summaryRow(json, s)), from);
      expect(at, `${s.service}: ${summaryRow(json, s)}`).toBeGreaterThan(from - 1);
      from = at;
    }
    const platform = json.summary.find((s) => s.service === '*')!;
    expect(first).toContain(squash(`available ${formatAvailability(platform.availability, 'en')} of eligible time`));
    expect(first).toContain(squash('Prepared for Platform team'));
  });

  it('gives each service one page of its own, listing only that service’s incidents', () => {
    for (const s of json.summary.filter((r) => r.service !== '*')) {
      const own = pages.filter((p) => p.includes(`Service: ${s.service}\n`));
      expect(own, s.service).toHaveLength(1);
    }
    // incident 21398869 ("Incident with Copilot", Jul 13, 2024) is Copilot's alone: it was printed under every
    // component before; now on Copilot's page and in the register
    const titled = pages.filter((p) => p.includes('21398869'));
    expect(titled.map((p) => /Service: ([^\n]+)/.exec(p)?.[1] ?? 'not a service page').sort()).toEqual([
      'Copilot',
      'not a service page',
    ]);
  });

  it('says how many incidents its register left out', () => {
    const register = squash(pages.find((p) => p.includes('Appendix B. Incident register'))!);
    // 1,250 incidents in the log (the JSON's source.records: one incident per record), REGISTER_ROWS printed
    expect(register).toContain(
      squash(`The ${REGISTER_ROWS} incidents with the largest user impact of 1,250, in order of start.`),
    );
    expect(register).toContain(squash(`${(1250 - REGISTER_ROWS).toLocaleString('en')} incidents are left out`));
  });
});
