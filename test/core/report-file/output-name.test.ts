import { describe, expect, it } from 'vitest';
import { outputName } from '../../../core/report-file/output-name';
import { settingsSchema } from '../../../core/model/settings';

const model = (range: { from: string | null; to: string | null }, monthKeys: string[], zone = 'UTC') => ({
  settings: settingsSchema.parse({ range, reportTimeZone: zone }),
  monthKeys,
  // 2026-11-30 20:00 UTC: already 1 December in Jakarta (UTC+7)
  generatedAt: Date.UTC(2026, 10, 30, 20),
});

describe('outputName: {period} and {date} in a report file output', () => {
  it('names one month, several, or the days a range gives', () => {
    expect(outputName('sla-{period}.pdf', model({ from: '2026-11', to: '2026-11' }, ['2026-11']))).toBe(
      'sla-2026-11.pdf',
    );
    // no range set: the months the log covers
    expect(outputName('r/{period}.json', model({ from: null, to: null }, ['2026-01', '2026-02', '2026-03']))).toBe(
      'r/2026-01_2026-03.json',
    );
    expect(outputName('{period}.csv', model({ from: '2026-11-10', to: '2026-11-30' }, ['2026-11']))).toBe(
      '2026-11-10_2026-11-30.csv',
    );
  });

  it('{date} is the day the report was made in the report time zone', () => {
    expect(outputName('{date}.md', model({ from: null, to: null }, ['2026-11']))).toBe('2026-11-30.md');
    expect(outputName('{date}-{date}.md', model({ from: null, to: null }, ['2026-11'], 'Asia/Jakarta'))).toBe(
      '2026-12-01-2026-12-01.md',
    );
  });
});
