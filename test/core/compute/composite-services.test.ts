import { describe, expect, it } from 'vitest';
import { createReportEngine } from '../../../core/report/index';
import { inputOf, report, row, settings, type Rec } from './helpers';

/** January 2024: 31 days of 1440 minutes. */
const JAN = 31 * 1440;

const log: Rec[] = [
  // overlapping majors: API 00:00-01:00, DB 00:30-02:00 (30 minutes together)
  { start: '2024-01-10T00:00:00Z', end: '2024-01-10T01:00:00Z', service: 'API' },
  { start: '2024-01-10T00:30:00Z', end: '2024-01-10T02:00:00Z', service: 'DB' },
  // outages of one component alone
  { start: '2024-01-20T00:00:00Z', end: '2024-01-20T01:00:00Z', service: 'DB', severity: 'partial' },
  { start: '2024-01-25T00:00:00Z', end: '2024-01-25T00:20:00Z', service: 'API' },
  // a major and a partial overlapping for one hour
  { start: '2024-01-15T00:00:00Z', end: '2024-01-15T02:00:00Z', service: 'CDN1' },
  { start: '2024-01-15T01:00:00Z', end: '2024-01-15T03:00:00Z', service: 'CDN2', severity: 'partial' },
];

const composites = [
  { name: 'App', expression: 'API&DB' },
  { name: 'Edge', expression: 'API|DB' },
  { name: 'Cdn', expression: 'CDN1|CDN2' },
  { name: 'CdnSeries', expression: 'CDN1&CDN2' },
  { name: 'Site', expression: 'CDN1&(API|DB)' },
  { name: 'Site2', expression: 'CDN1 & Edge' },
];

describe('composite services from the components timelines', () => {
  const model = report(log, { composites });
  // API: 60 + 20 = 80 min down; DB: 90 + 0.3 x 60 = 108 min
  const aApi = 1 - 80 / JAN;
  const aDb = 1 - 108 / JAN;

  it('a series is down whenever any component is, at the heaviest weight', () => {
    // Jan 10 00:00-02:00 (union of the overlap, 120) + Jan 20 partial 0.3 x 60 (18) + Jan 25 (20) = 158
    const r = row(model, 'App', '2024-01');
    expect(r.downtimeMinutes).toBeCloseTo(158, 9);
    expect(r.availability).toBeCloseTo(1 - 158 / JAN, 12);
    expect(r.episodes).toBe(3);
    // naive product (80 and 108 min counted as if they never overlapped): lower than the real figure
    expect(r.naiveAvailability).toBeCloseTo(aApi * aDb, 12);
    expect(r.naiveAvailability!).toBeLessThan(r.availability!);
  });

  it('a parallel is down only while every component is, at the lightest weight', () => {
    // only Jan 10 00:30-01:00 has both down: 30 min
    const r = row(model, 'Edge', '2024-01');
    expect(r.downtimeMinutes).toBeCloseTo(30, 9);
    expect(r.episodes).toBe(1);
    expect(r.longestEpisodeMinutes).toBeCloseTo(30, 9);
    // naive: down with probability (80/JAN)(108/JAN), about 0.0004 min: far better than the 30 min real
    expect(r.naiveAvailability).toBeCloseTo(1 - (80 / JAN) * (108 / JAN), 12);
    expect(r.naiveAvailability!).toBeGreaterThan(r.availability!);
  });

  it('takes min of the weights in parallel and max in series', () => {
    // CDN1 major 00:00-02:00, CDN2 partial 01:00-03:00: both down 01:00-02:00, the lighter is partial
    expect(row(model, 'Cdn', '2024-01').downtimeMinutes).toBeCloseTo(0.3 * 60, 9);
    // series: major 00:00-02:00 (120) then partial 02:00-03:00 (18)
    expect(row(model, 'CdnSeries', '2024-01').downtimeMinutes).toBeCloseTo(138, 9);
  });

  it('nests with parentheses and by naming an earlier composite', () => {
    // CDN1 down Jan 15 00:00-02:00 (120) and API|DB down Jan 10 00:30-01:00 (30): disjoint, 150
    const site = row(model, 'Site', '2024-01');
    expect(site.downtimeMinutes).toBeCloseTo(150, 9);
    expect(site.episodes).toBe(2);
    const site2 = row(model, 'Site2', '2024-01');
    expect(site2.downtimeMinutes).toBeCloseTo(150, 9);
    // naive of a nested composite: CDN1 x (1 - (1 - aApi)(1 - aDb)), expanded down to the log's services
    const aCdn1 = 1 - 120 / JAN;
    expect(site2.naiveAvailability).toBeCloseTo(aCdn1 * (1 - (1 - aApi) * (1 - aDb)), 12);
    expect(site.naiveAvailability).toBe(site2.naiveAvailability);
  });

  it('appears as a service of its own, sorted among the others, in months and summary', () => {
    expect(model.services).toEqual([
      '*',
      'API',
      'App',
      'CDN1',
      'CDN2',
      'Cdn',
      'CdnSeries',
      'DB',
      'Edge',
      'Site',
      'Site2',
    ]);
    const sum = model.summary.find((r) => r.service === 'App')!;
    expect(sum.downtimeMinutes).toBeCloseTo(158, 9);
    expect(sum.naiveAvailability).toBeCloseTo(aApi * aDb, 12);
    // the platform row and the components are as without composites
    const plain = report(log);
    expect(row(model, '*', '2024-01')).toEqual(row(plain, '*', '2024-01'));
    expect(row(model, 'API', '2024-01')).toEqual(row(plain, 'API', '2024-01'));
    expect(row(plain, 'API', '2024-01').naiveAvailability).toBeUndefined();
  });

  it('a platform-wide record takes every component, so series and parallel alike, down', () => {
    const m = report(
      [
        { start: '2024-01-05T00:00:00Z', end: '2024-01-05T00:10:00Z', service: null },
        { start: '2024-01-06T00:00:00Z', end: '2024-01-06T00:30:00Z', service: 'A' },
        { start: '2024-01-07T00:00:00Z', end: '2024-01-07T00:40:00Z', service: 'B' },
      ],
      {
        composites: [
          { name: 'S', expression: 'A&B' },
          { name: 'P', expression: 'A|B' },
        ],
      },
    );
    // series: 10 (platform) + 30 + 40; parallel: the platform's 10 only
    expect(row(m, 'S', '2024-01').downtimeMinutes).toBeCloseTo(80, 9);
    expect(row(m, 'P', '2024-01').downtimeMinutes).toBeCloseTo(10, 9);
  });

  it('maintenance: a series is in maintenance while any part is; a parallel only while none is up', () => {
    const recs: Rec[] = [
      { start: '2024-01-05T00:00:00Z', end: '2024-01-05T01:00:00Z', service: 'A', severity: 'maintenance' },
      { start: '2024-01-05T00:30:00Z', end: '2024-01-05T01:30:00Z', service: 'B' },
    ];
    const s = {
      composites: [
        { name: 'S', expression: 'A&B' },
        { name: 'P', expression: 'A|B' },
      ],
    };
    const m = report(recs, s);
    // series: 00:00-01:00 maintenance (excluded, as it masks an outage within one service), 01:00-01:30 down
    expect(row(m, 'S', '2024-01').eligibleMinutes).toBeCloseTo(JAN - 60, 9);
    expect(row(m, 'S', '2024-01').downtimeMinutes).toBeCloseTo(30, 9);
    // parallel: B carries 00:00-00:30, A carries 01:00-01:30; 00:30-01:00 A in maintenance and B down: down
    expect(row(m, 'P', '2024-01').eligibleMinutes).toBe(JAN);
    expect(row(m, 'P', '2024-01').downtimeMinutes).toBeCloseTo(30, 9);
    // counted maintenance weighs 1: series 00:00-01:30 down (90)
    const counted = report(recs, { ...s, countMaintenance: true });
    expect(row(counted, 'S', '2024-01').downtimeMinutes).toBeCloseTo(90, 9);
    expect(row(counted, 'P', '2024-01').downtimeMinutes).toBeCloseTo(30, 9);
  });

  it('no data: a series knows it is down when any part is, a parallel knows it is up when any part is', () => {
    const recs: Rec[] = [
      { start: '2024-01-03T00:00:00Z', end: '2024-01-03T01:00:00Z', service: 'A' },
      { start: '2024-01-20T00:00:00Z', end: '2024-01-20T00:10:00Z', service: 'B' },
    ];
    const m = report(recs, {
      serviceStart: { B: '2024-01-16' },
      composites: [
        { name: 'S', expression: 'A&B' },
        { name: 'P', expression: 'A|B' },
      ],
    });
    // B is no data Jan 1-16 (15 days = 21,600 min); A's hour on Jan 3 lies inside it
    const s = row(m, 'S', '2024-01');
    expect(s.noDataMinutes).toBeCloseTo(21_600 - 60, 9);
    expect(s.downtimeMinutes).toBeCloseTo(60 + 10, 9);
    const p = row(m, 'P', '2024-01');
    // A up covers B's silence, except the hour A was down: unknown, so no data
    expect(p.noDataMinutes).toBeCloseTo(60, 9);
    expect(p.downtimeMinutes).toBe(0);
    for (const r of [s, p]) expect(r.downtimeMinutes).toBeLessThanOrEqual(r.eligibleMinutes);
  });

  it('follows the minimum outage and unattributed own as its components do', () => {
    const recs: Rec[] = [
      { start: '2024-01-05T00:00:00Z', end: '2024-01-05T00:10:00Z', service: 'A' },
      { start: '2024-01-05T00:05:00Z', end: '2024-01-05T00:35:00Z', service: 'B' },
      { start: '2024-01-06T00:00:00Z', end: '2024-01-06T00:20:00Z', service: null },
    ];
    const composites = [{ name: 'S', expression: 'A&B' }];
    // series: Jan 5 00:00-00:35 (35) and the platform-wide 20 min
    expect(row(report(recs, { composites }), 'S', '2024-01').downtimeMinutes).toBeCloseTo(55, 9);
    // A's 10 min blip is dropped under a 15 min minimum: B's 30 and the platform-wide 20
    expect(row(report(recs, { composites, minOutageMinutes: 15 }), 'S', '2024-01').downtimeMinutes).toBeCloseTo(50, 9);
    // unattributed own: the platform-wide record is (unattributed)'s alone, not A's or B's
    expect(row(report(recs, { composites, unattributed: 'own' }), 'S', '2024-01').downtimeMinutes).toBeCloseTo(35, 9);
  });

  it('leaves out a composite naming a service the log lacks, with a diagnostic', () => {
    const m = report(log, { composites: [{ name: 'X', expression: 'API&Nope' }] });
    expect(m.services).not.toContain('X');
    expect(m.diagnostics.map((d) => d.message)).toContain(
      'composite X: the log has no service "Nope"; it is left out of the report',
    );
  });

  it('an engine rebuilt under a redefined composite, new weights or ranges gives what a fresh build gives', () => {
    const engine = createReportEngine(inputOf(log));
    const steps = [
      settings({ composites }),
      // the same name redefined: App from series to parallel
      settings({ composites: [{ name: 'App', expression: 'API|DB' }] }),
      settings({ composites, weights: { partial: 0.5, degraded: 0.7 } }),
      settings({ composites: [{ name: 'App', expression: 'API&DB' }], serviceStart: { DB: '2024-01-15' } }),
      settings({ composites, range: { from: '2024-01', to: '2024-02' }, reportTimeZone: 'Asia/Tokyo' }),
    ];
    for (const s of steps) expect(engine.build(s, 1)).toEqual(createReportEngine(inputOf(log)).build(s, 1));
  });
});
