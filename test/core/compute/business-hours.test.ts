import { describe, expect, it } from 'vitest';
import { at, report, row, summaryOf } from './helpers';
import { reportJson } from '../../../core/print/month-json';

// March 2026 in UTC: it starts on a Sunday; its weekdays are 2-6, 9-13, 16-20, 23-27, 30-31 = 22 days.
// Under Mon-Fri 09:00-17:00 that is 22 x 8 h = 176 h = 10,560 covered minutes.
const NINE_TO_FIVE = { preset: 'custom' as const, hours: ['Mon-Fri 09:00-17:00'], holidays: [] as string[] };
const MARCH = { from: '2026-03', to: '2026-03' };

describe('business hours (docs/spec.md 5d)', () => {
  it('counts only the covered part of an outage: Tue 16:00-18:00 under 09:00-17:00 is 60 min', () => {
    // Tuesday 3 March 2026
    const model = report([{ start: '2026-03-03T16:00:00Z', end: '2026-03-03T18:00:00Z' }], {
      businessHours: NINE_TO_FIVE,
      range: MARCH,
    });
    const r = row(model, 'api', '2026-03');
    expect(r.periodMinutes).toBe(31 * 1440);
    expect(r.coveredMinutes).toBe(10_560);
    expect(r.eligibleMinutes).toBe(10_560);
    expect(r.downtimeMinutes).toBe(60);
    expect(r.availability).toBe(1 - 60 / 10_560);
    // the month's budget uses its covered minutes: 0.001 x 10,560 = 10.56 min, 10.56 - 60 = -49.44 left
    expect(r.budgetMinutes).toBeCloseTo(10.56, 9);
    expect(r.budgetRemainingMinutes).toBeCloseTo(-49.44, 9);
    expect(r.episodes).toBe(1);
    expect(r.mttrMinutes).toBe(60);
    expect(r.longestEpisodeMinutes).toBe(60);
    // MTBF: (10,560 - 60) / 1
    expect(r.mtbfMinutes).toBe(10_500);
  });

  it('counts an overnight outage once, with its two covered hours', () => {
    // Tue 16:00 to Wed 10:00: 16:00-17:00 Tuesday and 09:00-10:00 Wednesday are covered = 120 min, one episode
    const model = report([{ start: '2026-03-03T16:00:00Z', end: '2026-03-04T10:00:00Z' }], {
      businessHours: NINE_TO_FIVE,
      range: MARCH,
    });
    const r = row(model, 'api', '2026-03');
    expect(r.downtimeMinutes).toBe(120);
    expect(r.episodes).toBe(1);
    expect(r.longestEpisodeMinutes).toBe(120);
  });

  it('measures the record basis of MTTR on covered parts too', () => {
    // two overlapping records Tue 16:00-Wed 10:00 and Wed 09:30-11:00: covered parts 120 min and 90 min
    // (09:30-11:00 is inside 09:00-17:00), mean 105 min; one episode Tue 16:00-Wed 11:00 with 60 + 120 = 180
    const model = report(
      [
        { start: '2026-03-03T16:00:00Z', end: '2026-03-04T10:00:00Z' },
        { start: '2026-03-04T09:30:00Z', end: '2026-03-04T11:00:00Z' },
      ],
      { businessHours: NINE_TO_FIVE, range: MARCH, mttrBasis: 'record' },
    );
    const r = row(model, 'api', '2026-03');
    expect(r.mttrMinutes).toBe(105);
    expect(r.downtimeMinutes).toBe(180);
    expect(r.longestEpisodeMinutes).toBe(180);
  });

  it('leaves a weekend outage and one on a holiday out, episodes included', () => {
    const model = report(
      [
        // Saturday 7 March, all day
        { start: '2026-03-07T00:00:00Z', end: '2026-03-08T00:00:00Z' },
        // Monday 9 March 10:00-12:00, a holiday
        { start: '2026-03-09T10:00:00Z', end: '2026-03-09T12:00:00Z' },
      ],
      { businessHours: { ...NINE_TO_FIVE, holidays: ['2026-03-09'] }, range: MARCH },
    );
    const r = row(model, 'api', '2026-03');
    // the holiday takes Monday's 8 h: 10,560 - 480 = 10,080
    expect(r.coveredMinutes).toBe(10_080);
    expect(r.downtimeMinutes).toBe(0);
    expect(r.availability).toBe(1);
    expect(r.episodes).toBe(0);
    expect(r.mttrMinutes).toBeNull();
    // the record still happened: counts are records starting in the month
    expect(r.counts.major).toBe(2);
  });

  it('excludes maintenance inside covered time only', () => {
    // maintenance Mon 2 March 08:00-10:00: one of its hours is covered, so eligible = 10,560 - 60
    const model = report([{ start: '2026-03-02T08:00:00Z', end: '2026-03-02T10:00:00Z', severity: 'maintenance' }], {
      businessHours: NINE_TO_FIVE,
      range: MARCH,
    });
    expect(row(model, 'api', '2026-03').eligibleMinutes).toBe(10_500);
    // counted instead, the covered hour is downtime over the whole covered time
    const counted = report([{ start: '2026-03-02T08:00:00Z', end: '2026-03-02T10:00:00Z', severity: 'maintenance' }], {
      businessHours: NINE_TO_FIVE,
      range: MARCH,
      countMaintenance: true,
    });
    expect(row(counted, 'api', '2026-03').eligibleMinutes).toBe(10_560);
    expect(row(counted, 'api', '2026-03').downtimeMinutes).toBe(60);
  });

  it("gives Berlin's March 2026 (a DST month) 22 x 10 h under business days", () => {
    const model = report([{ start: '2026-03-10T12:00:00Z', end: '2026-03-10T12:30:00Z' }], {
      businessHours: { preset: 'business-days' },
      reportTimeZone: 'Europe/Berlin',
      range: MARCH,
    });
    const r = row(model, 'api', '2026-03');
    // the month loses an hour on the 29th: 31 x 1,440 - 60 = 44,580 real minutes
    expect(r.periodMinutes).toBe(44_580);
    // 22 weekdays x 10 h (08:00-18:00 local, the clock change falls on a Sunday night) = 13,200 min
    expect(r.coveredMinutes).toBe(13_200);
    expect(r.eligibleMinutes).toBe(13_200);
    expect(r.downtimeMinutes).toBe(30);
  });

  it('sums the months into the summary and leaves 24x7 rows as SPEC 5 gives them', () => {
    // February 2026 under 09:00-17:00: 20 weekdays x 8 h = 9,600 min; with March's 10,560 the range covers 20,160
    const model = report([{ start: '2026-02-03T16:00:00Z', end: '2026-02-03T18:00:00Z' }], {
      businessHours: NINE_TO_FIVE,
      range: { from: '2026-02', to: '2026-03' },
    });
    const s = summaryOf(model, 'api');
    expect(s.coveredMinutes).toBe(20_160);
    expect(s.eligibleMinutes).toBe(20_160);
    expect(s.downtimeMinutes).toBe(60);
    const plain = report([{ start: '2026-02-03T16:00:00Z', end: '2026-02-03T18:00:00Z' }], { range: MARCH });
    expect(row(plain, 'api', '2026-03').coveredMinutes).toBeUndefined();
    expect(reportJson(plain).months[0]).not.toHaveProperty('coveredMinutes');
    expect(reportJson(model).months.find((m) => m.service === 'api')!.coveredMinutes).toBe(9_600);
  });

  it('takes rolling windows over covered time: a 1-day window on the outage day holds 8 h', () => {
    const model = report([{ start: '2026-03-03T16:00:00Z', end: '2026-03-03T18:00:00Z' }], {
      businessHours: NINE_TO_FIVE,
      range: MARCH,
      rolling: [1],
    });
    const days = model.rolling.find((s) => s.service === 'api')!.days;
    // the window of Tuesday 3 March ends at 4 March 00:00: 60 of its 480 covered minutes down
    const tuesday = days.find((d) => d.end === at('2026-03-04T00:00:00Z'))!;
    expect(tuesday.availability).toBe(1 - 60 / 480);
    // budget 0.001 x 480 = 0.48 min, 0.48 - 60 = -59.52
    expect(tuesday.budgetRemainingMinutes).toBeCloseTo(-59.52, 9);
    // Saturday 7 March has no covered time: no availability
    expect(days.find((d) => d.end === at('2026-03-08T00:00:00Z'))!.availability).toBeNull();
  });

  it('replays burn-rate rules over covered time: a night outage fires nothing and is no outage', () => {
    const night = report([{ start: '2026-03-03T20:00:00Z', end: '2026-03-03T23:00:00Z' }], {
      businessHours: NINE_TO_FIVE,
      range: MARCH,
      burnRules: [{ burnRate: 14.4, longMinutes: 60, shortMinutes: 5 }],
    });
    expect(night.alerts).toEqual([]);
    expect(night.uncaught).toEqual([]);
    // 16:30-18:00 Tuesday: the covered outage is 16:30-17:00; 14.4 x 0.001 x 60 = 0.864 min of downtime fires
    // the 1-hour rule, 0.864 min = 51.84 s after 16:30, as without a calendar
    const late = report([{ start: '2026-03-03T16:30:00Z', end: '2026-03-03T18:00:00Z' }], {
      businessHours: NINE_TO_FIVE,
      range: MARCH,
      burnRules: [{ burnRate: 14.4, longMinutes: 60, shortMinutes: 5 }],
    });
    const alert = late.alerts.find((a) => a.service === 'api')!;
    expect(alert.firedAt).toBeCloseTo(at('2026-03-03T16:30:00Z') + 51_840, 0);
    expect(alert.episodeStart).toBe(at('2026-03-03T16:30:00Z'));
  });
});
