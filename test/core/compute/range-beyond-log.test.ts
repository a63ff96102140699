import { describe, expect, it } from 'vitest';
import { report } from './helpers';

const beyond = (m: { diagnostics: { message: string }[] }) =>
  m.diagnostics.filter((d) => d.message.includes('outside the months the log has records in'));

// one outage in March 2024: the log's months are 2024-03 alone
const log = [{ service: 'api', start: '2024-03-10T10:00:00Z', end: '2024-03-10T11:00:00Z' }];

describe('a report range past an interval log says its months count as up (docs/spec.md 4)', () => {
  it('names how many months lie outside the log, and which months the log has', () => {
    // 2024-01 .. 2024-06: January and February before, April to June after: 5 months outside
    const m = report(log, { range: { from: '2024-01', to: '2024-06' } });
    expect(beyond(m).map((d) => d.message)).toEqual([
      '5 months of the report range lie outside the months the log has records in (2024-03 to 2024-03): an ' +
        'incident log cannot tell unrecorded time from time that was up, so they count as up (docs/spec.md 4); ' +
        'choose a range within the log, or set a service start',
    ]);
    // the figures stay the contract's: April is a month with no outage
    expect(m.months.find((r) => r.service === 'api' && r.month === '2024-04')?.availability).toBe(1);
  });

  it('is silent when the range is the log’s own months, and counts a wholly later range', () => {
    expect(beyond(report(log))).toEqual([]);
    expect(beyond(report(log, { range: { from: '2024-03', to: '2024-03' } }))).toEqual([]);
    const later = report(log, { range: { from: '2025-01', to: '2025-12' } });
    expect(beyond(later)[0]?.message).toMatch(/^12 months of the report range/);
  });

  it('reads the log’s months in the report zone: an outage ending at midnight UTC ends in the month before', () => {
    // ends 2024-04-01T00:00Z: the log's last month is March in UTC, so April is outside
    const edge = [{ service: 'api', start: '2024-03-31T23:00:00Z', end: '2024-04-01T00:00:00Z' }];
    expect(beyond(report(edge, { range: { from: '2024-03', to: '2024-04' } }))[0]?.message).toMatch(/^1 month of/);
    // in Tokyo (UTC+9) it started and ended on 1 April: March is outside instead
    const tokyo = report(edge, { range: { from: '2024-03', to: '2024-04' }, reportTimeZone: 'Asia/Tokyo' });
    expect(beyond(tokyo)[0]?.message).toMatch(/\(2024-04 to 2024-04\)/);
  });
});
