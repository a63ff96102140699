import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '@core/pdf';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { DEFAULT_BURN_RULES } from '@core/model/burn-rules';
import { DEFAULT_SETTINGS, type Settings } from '@core/model/settings';
import type { Locale } from '@core/format';
import { describePdf } from './pdf-suite';
import { pageTexts, squash, writePageImages } from './pdf-tools';

/**
 * api is down 30 minutes on 10 January 2024, web 30 seconds on 20 January (UTC, target 99.9 %), with a 30-day
 * rolling window and the workbook's burn-rate rules (docs/spec.md 5a, 5b; the same figures as cli-rolling-burn).
 */
const LOG = [
  'service,start,end,severity',
  'api,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z,major',
  'web,2024-01-20T08:00:00Z,2024-01-20T08:00:30Z,major',
].join('\n');

/** The page holding `heading` as a line of its own, whitespace squashed. */
const pageWith = (pages: string[], heading: string) => squash(pages.find((p) => p.split('\n').includes(heading)) ?? '');

describePdf('renderPdf: the rolling-window and burn-rate pages (issue 18 items 1, 4)', (chromePath) => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-pdf-replay-'));
  const pages: Partial<Record<Locale, string[]>> = {};

  beforeAll(async () => {
    const log = join(dir, 'outages.csv');
    writeFileSync(log, LOG + '\n');
    const imported = await importFile(log, { fileName: 'outages.csv', settings: DEFAULT_SETTINGS.import });
    for (const language of ['en', 'id'] as const) {
      const settings: Settings = {
        ...DEFAULT_SETTINGS,
        rolling: [30],
        burnRules: [...DEFAULT_BURN_RULES],
        report: { ...DEFAULT_SETTINGS.report, language },
      };
      const out = join(dir, `replay-${language}.pdf`);
      await renderPdf(buildReport(imported, settings), { outPath: out, chromePath });
      pages[language] = pageTexts(out);
      writePageImages(out, `replay-${language}`);
    }
  }, 300_000);

  it('prints each service’s worst 30-day window, worst first, with the day it ended and the budget left', () => {
    const page = pageWith(pages.en!, 'Rolling windows');
    // the window ending 11 January 00:00 is the first to hold api's outage: 1 − 30 / 43,200 = 99.931 %, and
    // 0.001 × 43,200 − 30 = 13.2 min of budget left; the platform holds both outages: 1 − 30.5 / 43,200 = 99.929 %;
    // web's 30 s: 1 − 0.5 / 43,200 = 99.9988 %
    const platform = page.indexOf(squash('All services (platform) 30 days 99.929 %'));
    const api = page.indexOf(squash('api 30 days 99.931 % Jan 11, 2024, 00:00 UTC 13 min 12 s'));
    const web = page.indexOf(squash('web 30 days 99.999 %'));
    expect(platform).toBeGreaterThan(-1);
    expect(api).toBeGreaterThan(platform);
    expect(web).toBeGreaterThan(api);
  });

  it('prints the alerts that would have fired, their delay, and the outage no rule caught', () => {
    const page = pageWith(pages.en!, 'Burn-rate alerts, replayed');
    expect(page).toContain(squash('Rules: 14.4× over 1 h and 5 min; 6× over 6 h and 30 min; 1× over 3 d and 6 h.'));
    // api: three alerts; the 14.4 page fires once 0.001 × 14.4 × 60 = 0.864 min (52 s) are down; the 1× ticket once
    // 0.001 × 4,320 = 4.32 min are: mean (0.864 + 2.16 + 4.32) / 3 = 2.448 min = 2 min 27 s
    expect(page).toContain(squash('api 3 52 s 2 min 27 s 0 0 min'));
    // web's 30 s never reach the 52 s any rule needs: caught by none
    expect(page).toContain(squash('web 0 — — 1 30 s'));
    expect(page).toContain(squash('web Jan 20, 2024, 08:00 UTC 30 s'));
    expect(page).toContain(squash('api 14.4:1h:5m Jan 10, 2024, 10:00 UTC'));
  });

  it('prints both pages in Bahasa Indonesia', () => {
    expect(pageWith(pages.id!, 'Jendela bergulir')).toContain(squash('api 30 hari 99,931 %'));
    expect(pageWith(pages.id!, 'Peringatan laju pembakaran, diputar ulang')).toContain(
      squash('Gangguan tanpa peringatan'),
    );
  });
});
