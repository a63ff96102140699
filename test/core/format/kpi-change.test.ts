import { describe, expect, it } from 'vitest';
import { formatKpiChange } from '../../../core/format/kpi-change';
import { changeIsBetter, previousSpan } from '../../../core/report/kpi-changes';

const quarter = { unit: 'quarter', count: 1 } as const;

describe('a KPI against the previous period, as people read it (issue 16)', () => {
  it('names the previous period by its calendar length', () => {
    expect(previousSpan({ from: '2024-01-01', to: '2024-03-31' })).toEqual(quarter);
    expect(previousSpan({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ unit: 'month', count: 1 });
    expect(previousSpan({ from: '2023-01-01', to: '2023-12-31' })).toEqual({ unit: 'year', count: 1 });
    // twelve months that are not a calendar year, three that are not a calendar quarter
    expect(previousSpan({ from: '2023-12-01', to: '2024-11-30' })).toEqual({ unit: 'months', count: 12 });
    expect(previousSpan({ from: '2024-02-01', to: '2024-04-30' })).toEqual({ unit: 'months', count: 3 });
    expect(previousSpan({ from: '2024-04-21', to: '2024-04-30' })).toEqual({ unit: 'days', count: 10 });
  });

  it('writes the change with an arrow, in percentage points for availability', () => {
    // 99.97 % now against 99.85 % before: up 0.12 points
    expect(formatKpiChange('availability', { previous: 0.9985, change: 0.0012 }, quarter, 'en')).toBe(
      '▲ 0.12 pp vs previous quarter',
    );
    expect(formatKpiChange('availability', { previous: 0.9985, change: 0.0012 }, quarter, 'id')).toBe(
      '▲ 0,12 pp dibanding kuartal sebelumnya',
    );
    // 60/131040 = 0.000458: 0.0458 pp, kept to four decimals so it does not read as 0
    expect(formatKpiChange('availability', { previous: 0.9993, change: 60 / 131_040 }, quarter, 'en')).toBe(
      '▲ 0.0458 pp vs previous quarter',
    );
    expect(formatKpiChange('downtimeMinutes', { previous: 90, change: -60 }, quarter, 'en')).toBe(
      '▼ 1 h vs previous quarter',
    );
    expect(
      formatKpiChange('creditAmount', { previous: 30, change: 15 }, { unit: 'days', count: 10 }, 'en', 'USD'),
    ).toBe('▲ 15.00 USD vs previous 10 days');
    expect(formatKpiChange('episodes', { previous: 2, change: 0 }, quarter, 'en')).toBe('same as previous quarter');
  });

  it('says "no data" for a period the log does not reach, never a change from 0', () => {
    expect(formatKpiChange('downtimeMinutes', { previous: null, change: null }, quarter, 'en')).toBe(
      'previous quarter: no data',
    );
    expect(
      formatKpiChange('downtimeMinutes', { previous: null, change: null }, { unit: 'months', count: 12 }, 'id'),
    ).toBe('12 bulan sebelumnya: tidak ada data');
  });

  it('knows which way is better', () => {
    expect(changeIsBetter('availability', { previous: 0.99, change: 0.001 })).toBe(true);
    expect(changeIsBetter('downtimeMinutes', { previous: 90, change: -60 })).toBe(true);
    expect(changeIsBetter('mttrMinutes', { previous: 10, change: 5 })).toBe(false);
    expect(changeIsBetter('episodes', { previous: 2, change: 0 })).toBeNull();
  });
});
