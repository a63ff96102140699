import { describe, expect, it } from 'vitest';
import { report, row, summaryOf } from './helpers';

// Reference month: June 2024 in UTC = 30 d = 43200 min.
const JUNE = 43200;

describe('weighted downtime and availability (SPEC 5)', () => {
  it('counts a major outage fully', () => {
    const m = report([{ start: '2024-06-10T10:00:00Z', end: '2024-06-10T11:00:00Z' }]);
    const r = row(m, 'api', '2024-06');
    expect(r.periodMinutes).toBe(JUNE);
    expect(r.eligibleMinutes).toBe(JUNE);
    expect(r.downtimeMinutes).toBe(60);
    // 1 - 60/43200
    expect(r.availability).toBe(1 - 60 / JUNE);
  });

  it('weighs partial and degraded outages by the settings', () => {
    const recs = [
      { start: '2024-06-10T10:00:00Z', end: '2024-06-10T12:00:00Z', severity: 'partial' as const },
      { start: '2024-06-11T10:00:00Z', end: '2024-06-11T12:00:00Z', severity: 'degraded' as const },
    ];
    // defaults: 120 min x 0.3 + 120 min x 0 = 36
    expect(row(report(recs), 'api', '2024-06').downtimeMinutes).toBeCloseTo(36, 9);
    // weights 0.5 / 0.1: 60 + 12 = 72
    expect(
      row(report(recs, { weights: { partial: 0.5, degraded: 0.1 } }), 'api', '2024-06').downtimeMinutes,
    ).toBeCloseTo(72, 9);
  });

  it('takes the largest weight where severities overlap, never their sum', () => {
    // partial 10:00-12:00, major 11:00-11:30 inside it:
    // 10:00-11:00 partial 60 x 0.3 = 18, 11:00-11:30 major 30, 11:30-12:00 partial 30 x 0.3 = 9 -> 57
    const m = report([
      { start: '2024-06-10T10:00:00Z', end: '2024-06-10T12:00:00Z', severity: 'partial' },
      { start: '2024-06-10T11:00:00Z', end: '2024-06-10T11:30:00Z', severity: 'major' },
    ]);
    expect(row(m, 'api', '2024-06').downtimeMinutes).toBeCloseTo(57, 9);
    // a degraded weight above partial wins where both are active: 120 x 0.6 = 72
    const d = report(
      [
        { start: '2024-06-10T10:00:00Z', end: '2024-06-10T12:00:00Z', severity: 'partial' },
        { start: '2024-06-10T10:00:00Z', end: '2024-06-10T12:00:00Z', severity: 'degraded' },
      ],
      { weights: { partial: 0.3, degraded: 0.6 } },
    );
    expect(row(d, 'api', '2024-06').downtimeMinutes).toBeCloseTo(72, 9);
  });

  it('merges overlapping outages of one severity', () => {
    // 10:00-11:00 and 10:30-11:30 cover 10:00-11:30 = 90 min, not 120
    const m = report([
      { start: '2024-06-10T10:00:00Z', end: '2024-06-10T11:00:00Z' },
      { start: '2024-06-10T10:30:00Z', end: '2024-06-10T11:30:00Z' },
    ]);
    expect(row(m, 'api', '2024-06').downtimeMinutes).toBe(90);
  });

  it('keeps a zero-length record without downtime', () => {
    const m = report([{ start: '2024-06-10T10:00:00Z', end: '2024-06-10T10:00:00Z' }]);
    const r = row(m, 'api', '2024-06');
    expect(r.downtimeMinutes).toBe(0);
    expect(r.episodes).toBe(0);
    expect(r.availability).toBe(1);
    expect(m.incidents).toHaveLength(1);
    expect(m.incidents[0]!.durationMinutes).toBe(0);
  });

  it('splits an outage across the months it crosses', () => {
    // 31 May 23:00 .. 1 June 02:00 UTC: 60 min in May, 120 in June
    const m = report([{ start: '2024-05-31T23:00:00Z', end: '2024-06-01T02:00:00Z' }]);
    expect(m.monthKeys).toEqual(['2024-05', '2024-06']);
    expect(row(m, 'api', '2024-05').downtimeMinutes).toBe(60);
    expect(row(m, 'api', '2024-06').downtimeMinutes).toBe(120);
  });

  it('ends the range in the month before when the last end is a month boundary', () => {
    const m = report([{ start: '2024-05-31T23:00:00Z', end: '2024-06-01T00:00:00Z' }]);
    expect(m.monthKeys).toEqual(['2024-05']);
    expect(row(m, 'api', '2024-05').downtimeMinutes).toBe(60);
  });

  it('buckets months in the report time zone', () => {
    // 1 June 02:00-03:00 UTC is 31 May 22:00-23:00 in New York (UTC-4 in summer)
    const m = report([{ start: '2024-06-01T02:00:00Z', end: '2024-06-01T03:00:00Z' }], {
      reportTimeZone: 'America/New_York',
    });
    expect(m.monthKeys).toEqual(['2024-05']);
    expect(row(m, 'api', '2024-05').downtimeMinutes).toBe(60);
  });

  it('uses the real length of a DST month for availability', () => {
    // March 2024 in New York: 44580 min (31 d - 1 h); one hour down -> 1 - 60/44580
    const m = report([{ start: '2024-03-10T12:00:00Z', end: '2024-03-10T13:00:00Z' }], {
      reportTimeZone: 'America/New_York',
    });
    const r = row(m, 'api', '2024-03');
    expect(r.periodMinutes).toBe(44580);
    expect(r.availability).toBe(1 - 60 / 44580);
  });

  it('counts records outside a user-given range nowhere', () => {
    const m = report(
      [
        { start: '2024-05-10T10:00:00Z', end: '2024-05-10T11:00:00Z' },
        { start: '2024-06-10T10:00:00Z', end: '2024-06-10T10:30:00Z' },
      ],
      { range: { from: '2024-06', to: '2024-07' } },
    );
    expect(m.monthKeys).toEqual(['2024-06', '2024-07']);
    expect(summaryOf(m, 'api').downtimeMinutes).toBe(30);
    expect(m.incidents.map((i) => i.durationMinutes)).toEqual([30]);
  });
});

describe('services and platform-wide records (SPEC 5)', () => {
  const recs = [
    { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', service: 'api' },
    { start: '2024-06-02T00:00:00Z', end: '2024-06-02T00:30:00Z', service: 'web' },
    // platform-wide: applies to every service
    { start: '2024-06-03T00:00:00Z', end: '2024-06-03T00:10:00Z', service: null },
    // overlaps api's own outage: no extra downtime for api, but it is extra for web
    { start: '2024-06-01T00:30:00Z', end: '2024-06-01T01:30:00Z', service: null },
  ];

  it('adds platform-wide records to every service and all records to `*`', () => {
    const m = report(recs);
    // api: 00:00-01:30 on the 1st (own 60 + platform 30 beyond it) + 10 = 100
    expect(row(m, 'api', '2024-06').downtimeMinutes).toBe(100);
    // web: 30 + 10 + 60 = 100
    expect(row(m, 'web', '2024-06').downtimeMinutes).toBe(100);
    // `*`: union of everything: 90 (1st) + 30 (2nd) + 10 (3rd) = 130
    expect(row(m, '*', '2024-06').downtimeMinutes).toBe(130);
  });

  it('sorts rows by service, `*` first, then month, with every month for every service', () => {
    const m = report([...recs, { start: '2024-08-01T00:00:00Z', end: '2024-08-01T00:10:00Z', service: 'web' }]);
    expect(m.services).toEqual(['*', 'api', 'web']);
    expect(m.months.map((r) => `${r.service} ${r.month}`)).toEqual([
      '* 2024-06',
      '* 2024-07',
      '* 2024-08',
      'api 2024-06',
      'api 2024-07',
      'api 2024-08',
      'web 2024-06',
      'web 2024-07',
      'web 2024-08',
    ]);
    expect(m.summary.map((r) => [r.service, r.month, r.period])).toEqual([
      ['*', null, 'all'],
      ['api', null, 'all'],
      ['web', null, 'all'],
    ]);
  });

  it('filters services by name, `*` included only when named', () => {
    const m = report(recs, { services: ['web'] });
    expect(m.services).toEqual(['web']);
    expect(m.months.map((r) => r.service)).toEqual(['web']);
    // web's own record and both platform-wide ones are its incidents; api's is not
    expect(m.incidents.map((i) => i.service).sort()).toEqual([null, null, 'web']);
  });
});

describe('maintenance (SPEC 4-5)', () => {
  const recs = [
    { start: '2024-06-10T00:00:00Z', end: '2024-06-10T02:00:00Z', severity: 'maintenance' as const },
    // the outage overlaps the window by 30 min
    { start: '2024-06-10T01:30:00Z', end: '2024-06-10T02:30:00Z' },
  ];

  it('is excluded from eligible time by default, and so is downtime inside it', () => {
    const r = row(report(recs), 'api', '2024-06');
    expect(r.eligibleMinutes).toBe(JUNE - 120);
    // only 02:00-02:30 is outside the window
    expect(r.downtimeMinutes).toBe(30);
    expect(r.availability).toBe(1 - 30 / (JUNE - 120));
  });

  it('counts as downtime with weight 1 when switched on', () => {
    const r = row(report(recs, { countMaintenance: true }), 'api', '2024-06');
    expect(r.eligibleMinutes).toBe(JUNE);
    // 00:00-02:30 = 150 min at weight 1
    expect(r.downtimeMinutes).toBe(150);
  });

  it('leaves `*` eligible time to platform-wide maintenance only', () => {
    const m = report([
      { start: '2024-06-10T00:00:00Z', end: '2024-06-10T02:00:00Z', severity: 'maintenance', service: 'api' },
      { start: '2024-06-11T00:00:00Z', end: '2024-06-11T01:00:00Z', severity: 'maintenance', service: null },
      { start: '2024-06-12T00:00:00Z', end: '2024-06-12T00:10:00Z', service: 'web' },
    ]);
    // `*`: only the platform-wide hour is excluded; api's window does not count
    expect(row(m, '*', '2024-06').eligibleMinutes).toBe(JUNE - 60);
    // api: its own 120 + the platform-wide 60
    expect(row(m, 'api', '2024-06').eligibleMinutes).toBe(JUNE - 180);
    expect(row(m, 'web', '2024-06').eligibleMinutes).toBe(JUNE - 60);
    // counted: `*` does not turn api's window into platform downtime: web 10 + platform 60 = 70
    const c = report(
      [
        { start: '2024-06-10T00:00:00Z', end: '2024-06-10T02:00:00Z', severity: 'maintenance', service: 'api' },
        { start: '2024-06-11T00:00:00Z', end: '2024-06-11T01:00:00Z', severity: 'maintenance', service: null },
        { start: '2024-06-12T00:00:00Z', end: '2024-06-12T00:10:00Z', service: 'web' },
      ],
      { countMaintenance: true },
    );
    expect(row(c, '*', '2024-06').downtimeMinutes).toBe(70);
  });

  it('gives no availability to a month that is all maintenance', () => {
    const r = row(
      report([{ start: '2024-06-01T00:00:00Z', end: '2024-07-01T00:00:00Z', severity: 'maintenance' }]),
      'api',
      '2024-06',
    );
    expect(r.eligibleMinutes).toBe(0);
    expect(r.availability).toBeNull();
    expect(r.met).toBeNull();
    expect(r.budgetConsumed).toBeNull();
    expect(r.creditPercent).toBe(0);
  });
});

describe('open records', () => {
  it('count up to the end the import gave them and are flagged in incidents', () => {
    const m = report([
      { start: '2024-06-10T00:00:00Z', end: '2024-06-10T01:00:00Z' },
      { start: '2024-06-10T00:30:00Z', end: '2024-06-10T03:00:00Z', open: true, service: 'web' },
    ]);
    expect(row(m, 'web', '2024-06').downtimeMinutes).toBe(150);
    expect(m.incidents.find((i) => i.service === 'web')!.open).toBe(true);
  });
});
