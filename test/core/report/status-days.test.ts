import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../core/model/report-model';
import { report, type Rec } from '../compute/helpers';

/** A hand-made log of ten March days, one thing happening on each. */
const LOG: Rec[] = [
  { start: '2024-03-05T10:00Z', end: '2024-03-05T11:00Z', severity: 'major' },
  // crosses midnight: an hour on each day, at partial's weight 0.3 -> 18 min each
  { start: '2024-03-06T23:00Z', end: '2024-03-07T01:00Z', severity: 'partial' },
  // degraded weighs 0: no downtime, yet the day is not clean
  { start: '2024-03-08T12:00Z', end: '2024-03-08T13:00Z', severity: 'degraded' },
  { start: '2024-03-09T02:00Z', end: '2024-03-09T04:00Z', severity: 'maintenance' },
  // the worst of a day wins: major 30 min beside an hour of degraded
  { start: '2024-03-10T10:00Z', end: '2024-03-10T10:30Z', severity: 'major' },
  { start: '2024-03-10T11:00Z', end: '2024-03-10T12:00Z', severity: 'degraded' },
];

const bar = (m: ReportModel, service: string) => m.statusDays.find((s) => s.service === service)!.days;

describe('status bars: each day coloured by its worst severity (issue 18 item 6)', () => {
  it('colours each day of a hand-made log and gives its downtime', () => {
    const days = bar(report(LOG), 'api');
    // the range is March 2024 and the log's latest instant is 10 March 12:00: the bar is 1..10 March
    expect(days.map((d) => d.date)).toEqual([
      '2024-03-01',
      '2024-03-02',
      '2024-03-03',
      '2024-03-04',
      '2024-03-05',
      '2024-03-06',
      '2024-03-07',
      '2024-03-08',
      '2024-03-09',
      '2024-03-10',
    ]);
    expect(days.map((d) => d.worst)).toEqual([
      'up',
      'up',
      'up',
      'up',
      'major',
      'partial',
      'partial',
      'degraded',
      'maintenance',
      'major',
    ]);
    // 60 min major; 60 min x 0.3 on each side of midnight; 0 for degraded and for maintenance (excluded); 30 min
    expect(days.map((d) => d.downtimeMinutes)).toEqual([0, 0, 0, 0, 60, 18, 18, 0, 0, 30]);
    // 5 March: 60 of 1,440 minutes down -> 1 - 60/1440
    expect(days[4]!.availability).toBeCloseTo(1 - 60 / 1440, 12);
    // 9 March: 2 h maintenance leaves 1,320 eligible minutes, all up
    expect(days[8]!.availability).toBe(1);
  });

  it('counts maintenance as downtime when the settings say so, without changing its colour', () => {
    const days = bar(report(LOG, { countMaintenance: true }), 'api');
    expect(days[8]).toMatchObject({ worst: 'maintenance', downtimeMinutes: 120 });
  });

  it('draws the platform row `*` first, from every service', () => {
    const m = report([...LOG, { start: '2024-03-02T00:00Z', end: '2024-03-02T00:10Z', service: 'web' }]);
    expect(m.statusDays.map((s) => s.service)).toEqual(['*', 'api', 'web']);
    expect(bar(m, '*')[1]).toMatchObject({ date: '2024-03-02', worst: 'major', downtimeMinutes: 10 });
    expect(bar(m, 'web')[4]!.worst).toBe('up');
  });

  it('counts days in the report time zone', () => {
    // 20:00-21:00 UTC on 5 March is 03:00-04:00 on 6 March in Jakarta (UTC+7)
    const days = bar(report(LOG.slice(0, 1), { reportTimeZone: 'Asia/Jakarta' }), 'api');
    expect(days[days.length - 1]).toMatchObject({ date: '2024-03-05', worst: 'major' });
    const late = bar(
      report([{ start: '2024-03-05T20:00Z', end: '2024-03-05T21:00Z' }], { reportTimeZone: 'Asia/Jakarta' }),
      'api',
    );
    expect(late[late.length - 1]).toMatchObject({ date: '2024-03-06', worst: 'major', downtimeMinutes: 60 });
  });

  it('keeps the last 90 days of a longer range', () => {
    const days = bar(report([{ start: '2024-01-10T00:00Z', end: '2024-06-30T10:00Z', severity: 'degraded' }]), 'api');
    // 90 days ending 30 June: June 30 + May 31 + 29 of April's 30 -> from 2 April
    expect(days).toHaveLength(90);
    expect(days[0]!.date).toBe('2024-04-02');
    expect(days[89]!.date).toBe('2024-06-30');
  });
});
