import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../core/import';
import { buildReport } from '../../core/report/index';
import { DEFAULT_SETTINGS } from '../../core/model/settings';

/**
 * Upptime publishes its own per-day downtime (summary.json dailyMinutesDown) next to the check log it commits.
 * Our monthly downtime from the check log must agree with it. Two systematic differences, both understood:
 * - Upptime derives dailyMinutesDown from the GitHub issues it opens for incidents, rounded to whole minutes per
 *   day, and does not open one for every short failed-check run: on 2025-07-22 the log has two runs (14.4 and
 *   17.2 min) and Upptime counts 17; on 2025-08-28 vc2 has 25.2 + 10.2 min and Upptime counts 25. So we are
 *   never below Upptime by more than its rounding, and above it by at most the length of such short runs.
 * - Upptime's summary keeps about the last year (from 2025-07 here) and counts the last day up to when the
 *   summary was made; our log ends at its last check (2026-06-10 23:35), so the final month is left out.
 */
const DIR = join(__dirname, '../fixtures/upptime-cloudesire');

interface UpptimeSite {
  url: string;
  name: string;
  dailyMinutesDown: Record<string, number>;
}

describe('Upptime check log vs Upptime summary', async () => {
  const imported = await importFile(join(DIR, 'cloudesire_status_events.csv'), {
    fileName: 'cloudesire_status_events.csv',
    settings: DEFAULT_SETTINGS.import,
  });
  const model = buildReport(imported, DEFAULT_SETTINGS);
  const sites = JSON.parse(readFileSync(join(DIR, 'summary.json'), 'utf8')) as UpptimeSite[];

  it('reads the check log as a status log of three monitored sites', () => {
    expect(imported.source.shape).toBe('status');
    expect(model.services).toEqual(
      ['*', ...sites.map((s) => s.name)].sort((a, b) => (a === '*' ? -1 : b === '*' ? 1 : a.localeCompare(b))),
    );
  });

  for (const site of sites) {
    const perMonth = new Map<string, number>();
    for (const [day, minutes] of Object.entries(site.dailyMinutesDown)) {
      perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + minutes);
    }
    const lastMonth = [...perMonth.keys()].sort().at(-1);
    it(`${site.name}: monthly downtime agrees with Upptime's dailyMinutesDown`, () => {
      let compared = 0;
      for (const [month, upptime] of perMonth) {
        if (month === lastMonth) continue;
        const ours = model.months.find((m) => m.service === site.name && m.month === month);
        expect(ours, `${site.name} ${month}`).toBeDefined();
        const d = ours!.downtimeMinutes;
        // never below Upptime beyond its whole-minute rounding (1 min per day with downtime)
        expect(d, `${month}`).toBeGreaterThanOrEqual(
          upptime - Object.keys(site.dailyMinutesDown).filter((k) => k.startsWith(month)).length,
        );
        // above it only by the short runs Upptime opened no issue for (the largest such month: 16.8 min)
        expect(d - upptime, `${month}`).toBeLessThanOrEqual(20);
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
    });
  }

  it('counts whole months of a site that stayed down as fully down, as Upptime does', () => {
    // backend-staging was down from 2025-10-29 on: December has 31 x 1440 = 44,640 minutes, all down
    const dec = model.months.find(
      (m) => m.service === 'https://backend-staging-eng.cloudesire.com' && m.month === '2025-12',
    )!;
    expect(dec.downtimeMinutes).toBe(44640);
    expect(dec.availability).toBe(0);
  });
});
