import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../core/format';
import { monthTextRows, TEXT_FORMATS, TEXT_MONTH_COLUMNS } from '../../../core/print/month-text';
import { formatTable } from '../../../core/print/report-table';
import { reportMarkdown } from '../../../core/print/report-markdown';
import { serviceFacts } from '../../../core/report/service-facts';
import { report } from '../compute/helpers';

const WORDS = { met: 'yes', missed: 'NO', none: '—' };

describe('the text faces’ cells', () => {
  it('writes a credit of 0 as a dash and any other as a percentage', () => {
    expect(formatCell('creditPercent', 0, 'en', WORDS, TEXT_FORMATS)).toBe('—');
    expect(formatCell('creditPercent', 10, 'en', WORDS, TEXT_FORMATS)).toBe('10 %');
    expect(formatCell('creditPercent', 2.5, 'id', WORDS, TEXT_FORMATS)).toBe('2,5 %');
  });

  it('writes user-minutes as user-hours: 90 user-minutes are 1.5 user-hours', () => {
    expect(formatCell('userMinutes', 90, 'en', WORDS, TEXT_FORMATS)).toBe('1.5');
  });

  it('says met, missed and not judged in the face’s words, and a missing figure as a dash', () => {
    expect([true, false, null].map((v) => formatCell('met', v, 'en', WORDS, TEXT_FORMATS))).toEqual(['yes', 'NO', '—']);
    expect(formatCell('minutes', null, 'en', WORDS, TEXT_FORMATS)).toBe('—');
    expect(formatCell('availability', null, 'en', WORDS, TEXT_FORMATS)).toBe('—');
  });
});

/**
 * api down 60 min on 10 Apr 2024 (30 d: 1 - 60/43,200 = 99.861 %, below 99.9 %), range Apr-May 2024, 1,000 users:
 * 60,000 user-minutes, 1,000 user-hours.
 */
const model = report([{ service: 'api', start: '2024-04-10T10:00:00Z', end: '2024-04-10T11:00:00Z' }], {
  range: { from: '2024-04', to: '2024-05' },
  users: 1000,
});

describe('monthTextRows', () => {
  it('gives the terminal table and Markdown the same cells, but for the met words and the total’s label', () => {
    const rows = monthTextRows(serviceFacts(model, 'api'), 'en', 'Total', WORDS);
    // Month, then one cell per column: April missed by 60 min, budget 43.2 min, 16.8 over (16 min 48 s: durations
    // under an hour are to the second since issue 16, finding 6)
    expect(rows[0]).toEqual(['2024-04', '99.861 %', '99.9 %', 'NO', '1 h', '−16 min 48 s', '—', '1', '1,000']);
    expect(rows.map((r) => r[0])).toEqual(['2024-04', '2024-05', 'Total']);
    expect(rows.every((r) => r.length === TEXT_MONTH_COLUMNS.length + 1)).toBe(true);

    const table = formatTable(model, 'en');
    const md = reportMarkdown(model, 'en');
    expect(table).toMatch(/2024-04 +99\.861 % +99\.9 % +NO +1 h +−16 min 48 s +— +1 +1,000\n/);
    expect(md).toContain('| 2024-04 | 99.861 % | 99.9 % | ❌ missed | 1 h | −16 min 48 s | — | 1 | 1,000 |');
    expect(md).toContain(
      '| Month | Availability | Target | Met | Downtime | Budget left | Credit | Episodes | User-hours lost |\n|---|---:|---:|---|---:|---:|---:|---:|---:|',
    );
  });
});
