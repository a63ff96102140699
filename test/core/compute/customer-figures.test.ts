import { describe, expect, it } from 'vitest';
import { buildReport, reportJson } from '../../../core/report/index';
import { reportCsv } from '../../../core/print/report-csv';
import { settingsSchema } from '../../../core/model/settings';
import { inputOf, report, row, settings, type Rec } from './helpers';

/** Issue 15 / SPEC 4-5: user base, credits in money, statistics. Every expected figure is derived by hand. */

// April 2024 (30 days = 43,200 min): a 60-min major outage of api on the 2nd, a 30-min partial of api on the
// 10th, and a 20-min major of web on the 20th; a platform-wide 10-min major on the 25th
const APRIL: Rec[] = [
  { start: '2024-04-02T00:00:00Z', end: '2024-04-02T01:00:00Z', service: 'api' },
  { start: '2024-04-10T00:00:00Z', end: '2024-04-10T00:30:00Z', service: 'api', severity: 'partial' },
  { start: '2024-04-20T00:00:00Z', end: '2024-04-20T00:20:00Z', service: 'web' },
  { start: '2024-04-25T00:00:00Z', end: '2024-04-25T00:10:00Z', service: null },
];

describe('user base (SPEC 4: none unless given)', () => {
  it('leaves user-minutes null without a user base, and prices them per service when given', () => {
    expect(row(report(APRIL), 'api', '2024-04').userMinutesLost).toBeNull();
    const m = report(APRIL, { users: 1000, usersByService: { web: 50 } });
    // api: ∫F = 60 x 1 + 30 x 0.3 + 10 (platform-wide) = 79 full-outage minutes; x 1,000 users = 79,000
    expect(row(m, 'api', '2024-04').userMinutesLost).toBeCloseTo(79_000, 9);
    // web: 20 + 10 = 30 minutes x its own 50 users = 1,500
    expect(row(m, 'web', '2024-04').userMinutesLost).toBe(1500);
    // user availability needs no user base: 1 - 79 / 43,200
    expect(row(report(APRIL), 'api', '2024-04').userAvailability).toBeCloseTo(1 - 79 / 43_200, 12);
  });

  it('reads a saved settings file whose users is a number, as before', () => {
    expect(settingsSchema.parse({ users: 2_000_000_000 }).users).toBe(2_000_000_000);
    expect(settingsSchema.parse({}).users).toBeNull();
  });
});

describe('credits that mean something (SPEC 4-5)', () => {
  it('turns custom tiers into money with a monthly fee, and sums the amounts over the range', () => {
    const s = {
      credits: {
        preset: 'custom' as const,
        tiers: [
          { belowPercent: 99.9, creditPercent: 10 },
          { belowPercent: 99, creditPercent: 25 },
        ],
      },
      fees: { default: 1000, services: { web: 40 } },
      currency: 'USD',
      range: { from: '2024-04', to: '2024-05' },
    };
    const m = report(APRIL, s);
    const api = row(m, 'api', '2024-04');
    // api downtime: 60 + 30 x 0.3 + 10 = 79 min of 43,200: 99.8171 % is below 99.9 but not 99: 10 % of 1,000
    expect(api.creditPercent).toBe(10);
    expect(api.creditAmount).toBe(100);
    // web: 30 min: 99.9306 %, below no tier: 0 of its own fee 40
    expect(row(m, 'web', '2024-04').creditAmount).toBe(0);
    // May has no outage: 0; the range sums the months: 100 + 0 = 100
    expect(row(m, 'api', '2024-05').creditAmount).toBe(0);
    expect(m.summary.find((r) => r.service === 'api')!.creditAmount).toBe(100);
    // the JSON's total over the services (`*` left out): api 100 + web 0 = 100, in USD
    const json = reportJson(m);
    expect(json.credits).toMatchObject({ currency: 'USD', totalAmount: 100 });
    // CSV: the amount, with its currency beside it
    const [header, ...rows] = reportCsv(m).trim().split('\r\n');
    const cols = header!.split(',');
    const apiApril = rows.find((r) => r.startsWith('api,2024-04'))!.split(',');
    expect(apiApril[cols.indexOf('creditAmount')]).toBe('100');
    expect(apiApril[cols.indexOf('currency')]).toBe('USD');
  });

  it('has no credit amount without a fee', () => {
    expect(row(report(APRIL, { credits: { preset: 'aws-ec2' } }), 'api', '2024-04').creditAmount).toBeNull();
  });

  it('names a target that differs from the tiers’ commitment, once for the services it holds for', () => {
    // aws-ec2's highest threshold is 99.99 %: against a 99.9 % target a month can be met and owe 10 %
    const m = report(APRIL, { credits: { preset: 'aws-ec2' }, targets: { default: 0.999, services: { web: 0.9999 } } });
    expect(m.creditCommitments.find((c) => c.service === 'api')).toEqual({
      service: 'api',
      tiers: 'aws-ec2',
      commitment: 0.9999,
      target: 0.999,
      matchesTarget: false,
    });
    expect(m.creditCommitments.find((c) => c.service === 'web')!.matchesTarget).toBe(true);
    const said = m.diagnostics.filter((d) => d.message.includes('99.99 %'));
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toMatch(
      /^services \*, api: credit tiers aws-ec2 pay credits below 99\.99 % but the target is 99\.9 %/,
    );
    // web's own tiers (per service) that match its target: nothing to say about web
    const own = report(APRIL, {
      credits: { preset: 'none' },
      creditsByService: { web: { preset: 'm365' } },
      targets: { default: 0.999 },
    });
    expect(own.creditCommitments).toEqual([
      { service: 'web', tiers: 'm365', commitment: 0.999, target: 0.999, matchesTarget: true },
    ]);
    expect(own.diagnostics).toEqual([]);
  });
});

describe('statistics (SPEC 4-5)', () => {
  it('MTBF and counts per severity', () => {
    const m = report(APRIL, { weights: { partial: 0.3, degraded: 0 } });
    const api = row(m, 'api', '2024-04');
    // episodes of api: 60 min, 30 min (partial weighs 0.3 > 0), 10 min: 3; downtime 79; eligible 43,200
    // MTBF = (43,200 - 79) / 3 = 14,373.666...
    expect(api.episodes).toBe(3);
    expect(api.mtbfMinutes).toBeCloseTo((43_200 - 79) / 3, 9);
    // records starting in April of R_api: two majors (own and platform-wide) and one partial
    expect(api.counts).toEqual({ major: 2, partial: 1, degraded: 0, maintenance: 0 });
    expect(row(m, '*', '2024-04').counts).toEqual({ major: 3, partial: 1, degraded: 0, maintenance: 0 });
  });

  it('MTTR on the record basis: the records’ own lengths, clipped to the period', () => {
    // two overlapping majors 00:00-02:00 and 01:00-01:30, and a third 23:00 on 30 April to 01:00 on 1 May
    const recs: Rec[] = [
      { start: '2024-04-05T00:00:00Z', end: '2024-04-05T02:00:00Z' },
      { start: '2024-04-05T01:00:00Z', end: '2024-04-05T01:30:00Z' },
      { start: '2024-04-30T23:00:00Z', end: '2024-05-01T01:00:00Z' },
    ];
    const episode = report(recs, { range: { from: '2024-04', to: '2024-05' } });
    // episodes in April: 120 and 60 (clipped): mean 90
    expect(row(episode, 'api', '2024-04').mttrMinutes).toBe(90);
    const record = report(recs, { range: { from: '2024-04', to: '2024-05' }, mttrBasis: 'record' });
    // records in April: 120, 30, 60 (clipped): mean 70; May: the last one's 60
    expect(row(record, 'api', '2024-04').mttrMinutes).toBe(70);
    expect(row(record, 'api', '2024-05').mttrMinutes).toBe(60);
    // over the range the crossing record counts once, whole: (120 + 30 + 120) / 3 = 90
    expect(record.summary.find((r) => r.service === 'api')!.mttrMinutes).toBe(90);
  });

  it('drops records shorter than the minimum outage, with one diagnostic', () => {
    const m = report(APRIL, { minOutageMinutes: 15 });
    // the 10-min platform-wide record goes: api keeps 60 + 30 x 0.3 = 69 min
    expect(row(m, 'api', '2024-04').downtimeMinutes).toBeCloseTo(69, 9);
    expect(row(m, '*', '2024-04').counts.major).toBe(2);
    expect(m.diagnostics).toEqual([{ line: 0, message: '1 record shorter than the minimum outage of 15 min dropped' }]);
    expect(m.incidents.map((i) => i.durationMinutes).sort((a, b) => a - b)).toEqual([20, 30, 60]);
  });

  it('puts records without a service in (unattributed) with --unattributed own', () => {
    const m = report(APRIL, { unattributed: 'own' });
    expect(m.services).toEqual(['*', '(unattributed)', 'api', 'web']);
    // api loses the platform-wide 10 min: 60 + 9 = 69
    expect(row(m, 'api', '2024-04').downtimeMinutes).toBeCloseTo(69, 9);
    expect(row(m, '(unattributed)', '2024-04').downtimeMinutes).toBe(10);
    // `*` still holds every record: 60 + 9 + 20 + 10 = 99
    expect(row(m, '*', '2024-04').downtimeMinutes).toBeCloseTo(99, 9);
  });

  it('clips the first and last month to a day-precise range', () => {
    // 2024-04-10 .. 2024-04-20 inclusive: 11 days = 15,840 min; api's partial (10th) counts, the 60-min major
    // of the 2nd does not; the platform-wide 25th does not: downtime 30 x 0.3 = 9
    const m = report(APRIL, { range: { from: '2024-04-10', to: '2024-04-20' } });
    const api = row(m, 'api', '2024-04');
    expect(api.periodMinutes).toBe(15_840);
    expect(api.downtimeMinutes).toBeCloseTo(9, 9);
    expect(api.counts).toEqual({ major: 0, partial: 1, degraded: 0, maintenance: 0 });
  });

  it('rows are quarters with --period quarter, and episodes are listed', () => {
    const recs: Rec[] = [
      { start: '2024-03-31T23:00:00Z', end: '2024-04-01T01:00:00Z' },
      { start: '2024-05-01T00:00:00Z', end: '2024-05-01T00:30:00Z', severity: 'partial' },
    ];
    const s = settings({
      period: 'quarter',
      range: { from: '2024-01', to: '2024-06' },
      fees: { default: 100 },
      credits: { preset: 'aws-ec2' },
      targets: { default: 0.9999 },
    });
    const m = buildReport(inputOf(recs), s, 0, { listEpisodes: true });
    const json = reportJson(m);
    const api = json.months.filter((r) => r.service === 'api');
    expect(api.map((r) => [r.month, r.period])).toEqual([
      ['2024-01', '2024-Q1'],
      ['2024-04', '2024-Q2'],
    ]);
    // Q2 = 91 days = 131,040 min; downtime 60 + 30 x 0.3 = 69: 99.947 % is below 99.99: 10 % of 3 months' fee
    expect(api[1]!.downtimeMinutes).toBeCloseTo(69, 9);
    expect(api[1]!.creditPercent).toBe(10);
    expect(api[1]!.creditAmount).toBe(30);
    // Q1: 60 min of 131,040 (91 days): 99.954 %: also 10 % of 300 = 30; the range: 30 + 30
    expect(api[0]!.creditAmount).toBe(30);
    expect(json.summary.find((r) => r.service === 'api')!.creditAmount).toBe(60);
    expect(json.episodes!.filter((e) => e.service === 'api')).toEqual([
      {
        service: 'api',
        start: '2024-03-31T23:00:00.000Z',
        end: '2024-04-01T01:00:00.000Z',
        minutes: 120,
        severity: 'major',
        records: 1,
      },
      {
        service: 'api',
        start: '2024-05-01T00:00:00.000Z',
        end: '2024-05-01T00:30:00.000Z',
        minutes: 30,
        severity: 'partial',
        records: 1,
      },
    ]);
  });
});
