import { describe, expect, it } from 'vitest';
import { alertSpans, outages, ruleLabel } from '../../../core/compute/burn-rate';
import { DEFAULT_BURN_RULES } from '../../../core/model/burn-rules';
import { at, MIN, report } from './helpers';

const t0 = at('2024-01-10T10:00:00Z');
// a 30-minute full outage at 99.9 %
const thirty = [{ start: '2024-01-10T10:00:00Z', end: '2024-01-10T10:30:00Z', service: 'api' }];
const replay = report(thirty, { burnRules: [...DEFAULT_BURN_RULES], services: ['api'] });

describe('burn-rate replay (docs/spec.md 5b)', () => {
  it("fires the 14.4 page when the 1 h window's downtime passes 0.864 min: 51.84 s into the outage", () => {
    const a = replay.alerts.find((x) => x.rule === '14.4:1h:5m')!;
    // burn over 1 h = D / 60 min / 0.001 > 14.4  <=>  D > 0.001 x 14.4 x 60 = 0.864 min; over 5 min the
    // threshold is 0.001 x 14.4 x 5 = 0.072 min, passed earlier. In a full outage D grows 1 min per min, so
    // both hold from 0.864 min = 51.84 s on.
    expect(a.firedAt - t0).toBeCloseTo(0.864 * MIN, 3);
    expect(a.delayMinutes).toBeCloseTo(0.864, 9);
    expect(a.episodeStart).toBe(t0);
    // after the end (10:30) the 5 min window holds 5 - x min of downtime x min later: below 0.072 when
    // x > 4.928, so it resolves 34.928 min after the start (the 1 h window still holds 30 min)
    expect(a.resolvedAt - t0).toBeCloseTo(34.928 * MIN, 3);
  });

  it('fires the 6x page at 2.16 min and the ticket at 4.32 min, each resolving with its short window', () => {
    const six = replay.alerts.find((x) => x.rule === '6:6h:30m')!;
    // 0.001 x 6 x 360 = 2.16 min over 6 h (0.18 min over 30 min comes first)
    expect(six.delayMinutes).toBeCloseTo(2.16, 9);
    // the 30 min window holds 30 - x min x min after the end: below 0.18 when x > 29.82
    expect(six.resolvedAt - t0).toBeCloseTo((30 + 29.82) * MIN, 3);
    const ticket = replay.alerts.find((x) => x.rule === '1:3d:6h')!;
    // 0.001 x 1 x 4,320 = 4.32 min over 3 d (0.36 min over 6 h first)
    expect(ticket.delayMinutes).toBeCloseTo(4.32, 9);
    // the 6 h window holds all 30 min until 16:00, then loses 1 min per min: below 0.36 at 16:29.64
    expect(ticket.resolvedAt - t0).toBeCloseTo((360 + 29.64) * MIN, 3);
    expect(replay.alerts.map((x) => x.rule)).toEqual(['14.4:1h:5m', '6:6h:30m', '1:3d:6h']);
    expect(replay.uncaught).toEqual([]);
  });

  it('lists an outage too short for every rule as uncaught', () => {
    // 0.8 min < 0.864 (14.4 over 1 h), < 2.16, < 4.32
    const m = report([{ start: '2024-01-10T10:00:00Z', end: '2024-01-10T10:00:48Z', service: 'api' }], {
      burnRules: [...DEFAULT_BURN_RULES],
      services: ['api'],
    });
    expect(m.alerts).toEqual([]);
    expect(m.uncaught).toEqual([{ service: 'api', episodeStart: t0, minutes: 0.8 }]);
  });

  it('weighs a partial outage at 0.3: a 10 min partial is 3 min of downtime, caught by the pages only', () => {
    const m = report(
      [{ start: '2024-01-10T10:00:00Z', end: '2024-01-10T10:10:00Z', service: 'api', severity: 'partial' }],
      { burnRules: [...DEFAULT_BURN_RULES], services: ['api'] },
    );
    // downtime grows 0.3 min per min: 0.864 / 0.3 = 2.88 min; 2.16 / 0.3 = 7.2 min; 4.32 needs 14.4 min > 10
    expect(m.alerts.map((a) => [a.rule, a.delayMinutes])).toEqual([
      ['14.4:1h:5m', expect.closeTo(2.88, 9)],
      ['6:6h:30m', expect.closeTo(7.2, 9)],
    ]);
    expect(m.uncaught).toEqual([]);
  });

  it('needs both windows: the long one over its threshold alone does not fire', () => {
    // full outages of 0.85 min at 0 and 0.05 min at 30 min. The 1 h window passes 0.864 min 0.014 min into
    // the second; the 5 min window then holds at most 0.05 min, under its 0.072: 14.4:1h:5m stays quiet.
    const times = Float64Array.from([0, 0.85, 30, 30.05].map((m) => m * MIN));
    const w = Float64Array.from([1, 0, 1, 0]);
    expect(alertSpans({ times, w }, { burnRate: 14.4, longMinutes: 60, shortMinutes: 5 }, 0.999)).toEqual([]);
    // with a 1 h short window too it fires at 30.014 min; it resolves as the first outage leaves the window:
    // at 60 + x min the window holds 0.85 - x + 0.05 = 0.9 - x min, under 0.864 once x > 0.036
    const spans = alertSpans({ times, w }, { burnRate: 14.4, longMinutes: 60, shortMinutes: 60 }, 0.999);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.firedAt).toBeCloseTo(30.014 * MIN, 3);
    expect(spans[0]!.resolvedAt).toBeCloseTo(60.036 * MIN, 3);
    expect(outages({ times, w })).toEqual([
      { start: 0, end: 0.85 * MIN },
      { start: 30 * MIN, end: 30.05 * MIN },
    ]);
  });

  it('labels rules as --burn-rule takes them', () => {
    expect(DEFAULT_BURN_RULES.map(ruleLabel)).toEqual(['14.4:1h:5m', '6:6h:30m', '1:3d:6h']);
  });
});
