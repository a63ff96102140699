import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RANKS } from '../../../core/compute/share-groups';
import { orderByKey } from '../../../core/compute/sort-order';
import { SEVERITIES } from '../../../core/model/records';
import { report, row, type Rec, seededRandom as random } from './helpers';

describe('row order', () => {
  it('matches a stable comparator sort, for small and radix-sized inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true })), {
          maxLength: 50,
        }),
        fc.integer({ min: 1, max: 3 }),
        (values, repeat) => {
          // repeat the values past the radix threshold (2048) so both paths run, with many ties
          const keys = Float64Array.from(
            Array.from({ length: values.length * repeat * 50 }, (_, i) => values[i % values.length]!),
          );
          const expected = Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
          expect(Array.from(orderByKey(keys))).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});

const REGIONS = ['eu', 'us', 'ap'];

describe('agreement with a minute-by-minute reference', () => {
  // the share groups count records per distinct share up to MAX_RANKS of them, and keep heaps past that
  it.each([
    ['a hundred distinct shares', 0.5, 100],
    ['more distinct shares than are counted', 1, 1e6],
  ])(
    'gives the same monthly downtime, maintenance, episodes, MTTR, longest and user-minutes on 3000 random records (%s)',
    (_, own, grain) => {
      const next = random(20240601);
      const year = Date.parse('2024-01-01T00:00:00Z');
      const minutes = 366 * 1440;
      const recs: Rec[] = [];
      for (let i = 0; i < 3000; i++) {
        const s = Math.floor(next() * (minutes - 3000));
        const len = Math.floor(next() * next() * 600);
        recs.push({
          start: year + s * 60_000,
          end: year + (s + len) * 60_000,
          service: next() < 0.2 ? null : next() < 0.5 ? 'a' : 'b',
          severity: SEVERITIES[Math.floor(next() * 4)]!,
          region: next() < 0.4 ? undefined : REGIONS[Math.floor(next() * REGIONS.length)],
          affected: next() < 1 - own ? undefined : Math.ceil(next() * grain) / grain,
        });
      }
      // maintenance affects nobody, whatever share it gives
      const distinct = new Set(
        recs.filter((r) => r.severity !== 'maintenance' && r.affected !== undefined).map((r) => r.affected),
      ).size;
      expect(distinct > MAX_RANKS).toBe(grain > 100);
      const weights = { partial: 0.3, degraded: 0.1 };
      const regionShares = { eu: 0.35, us: 0.5 };
      const m = report(recs, { weights, regionShares, users: 1, range: { from: '2024-01', to: '2024-12' } });

      // reference for service a: per minute, the max weight and whether maintenance is active
      const w = new Float64Array(minutes);
      const maint = new Uint8Array(minutes);
      const weightOf = { major: 1, partial: 0.3, degraded: 0.1, maintenance: 0 };
      // affected share: per minute, the largest f without a region and per region
      const noRegion = new Float64Array(minutes);
      const byRegion = new Map(REGIONS.map((g) => [g, new Float64Array(minutes)]));
      for (const r of recs) {
        if (r.service === 'b') continue;
        const s = ((r.start as number) - year) / 60_000;
        const e = ((r.end as number) - year) / 60_000;
        const f =
          r.severity === 'maintenance'
            ? 0
            : (r.affected ??
              (r.region && r.region in regionShares ? regionShares[r.region as 'eu'] : weightOf[r.severity!]));
        const shares = r.region === undefined ? noRegion : byRegion.get(r.region)!;
        for (let t = s; t < e; t++) {
          if (r.severity === 'maintenance') maint[t] = 1;
          else w[t] = Math.max(w[t]!, weightOf[r.severity!]);
          shares[t] = Math.max(shares[t]!, f);
        }
      }
      const F = (t: number) => {
        let sum = 0;
        for (const a of byRegion.values()) sum += a[t]!;
        return Math.min(1, Math.max(noRegion[t]!, sum));
      };
      let monthStart = 0;
      for (let month = 0; month < 12; month++) {
        const monthEnd = (Date.UTC(2024, month + 1, 1) - year) / 60_000;
        let down = 0;
        let maintenance = 0;
        let episodes = 0;
        let share = 0;
        let episodeMinutes = 0;
        let longest = 0;
        let current = 0;
        for (let t = monthStart; t < monthEnd; t++) {
          share += F(t);
          if (maint[t]) maintenance++;
          else down += w[t]!;
          if (w[t]! > 0) {
            if (t === monthStart || w[t - 1] === 0) episodes++;
            episodeMinutes++;
            current++;
            longest = Math.max(longest, current);
          } else current = 0;
        }
        const r = row(m, 'a', `2024-${String(month + 1).padStart(2, '0')}`);
        expect(r.downtimeMinutes).toBeCloseTo(down, 6);
        expect(r.periodMinutes - r.eligibleMinutes).toBe(maintenance);
        expect(r.episodes).toBe(episodes);
        // minutes from ms divided by the episodes, against whole minutes divided: equal up to rounding
        if (episodes === 0) expect(r.mttrMinutes).toBeNull();
        else expect(r.mttrMinutes).toBeCloseTo(episodeMinutes / episodes, 9);
        expect(r.longestEpisodeMinutes).toBe(longest);
        expect(r.userMinutesLost).toBeCloseTo(share, 6);
        monthStart = monthEnd;
      }
      // over the year, an episode crossing a month boundary counts once
      let yearEpisodes = 0;
      let yearLongest = 0;
      for (let t = 0, run = 0; t < minutes; t++) {
        if (w[t]! > 0 && (t === 0 || w[t - 1] === 0)) yearEpisodes++;
        run = w[t]! > 0 ? run + 1 : 0;
        yearLongest = Math.max(yearLongest, run);
      }
      const year2024 = m.years.find((r) => r.service === 'a')!;
      expect(year2024.episodes).toBe(yearEpisodes);
      expect(year2024.longestEpisodeMinutes).toBe(yearLongest);
      // enough episodes that the engine's blocks of 64 are crossed
      expect(yearEpisodes).toBeGreaterThan(300);
    },
  );
});
