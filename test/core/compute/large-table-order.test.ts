import { describe, expect, it } from 'vitest';
import { orderByKey } from '../../../core/compute/sort-order';
import { SEVERITIES } from '../../../core/model/records';
import { report, type Rec, seededRandom as random } from './helpers';

const stableSort = (keys: Float64Array): number[] =>
  Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);

describe('start order of timestamp keys (past the radix threshold of 2048 rows)', () => {
  const base = Date.parse('2024-01-01T00:00:00Z');
  // each case picks the integer sort's step (minutes, seconds, ms), or a span it cannot hold in 32 bits, or
  // keys that are not integers; ties (one key in about 40 repeats) check that equal keys keep their order
  const cases: [string, (u: number) => number][] = [
    ['whole minutes over two years', (u) => base + Math.floor(u * 2 * 525_600) * 60_000],
    ['whole seconds over two years', (u) => base + Math.floor(u * 63_072_000) * 1000],
    ['whole ms over a day', (u) => base + Math.floor(u * 86_400_000)],
    ['whole ms over two years (more than 2^32 ms: the 64-bit path)', (u) => base + Math.floor(u * 63_072_000_000)],
    ['whole seconds before and after 1970, with -0', (u) => (u < 0.01 ? -0 : Math.floor((u - 0.5) * 2e6) * 1000)],
    ['fractions of a ms', (u) => base + u * 1e6],
  ];
  for (const [name, key] of cases) {
    it(name, () => {
      const next = random(name.length);
      const keys = new Float64Array(5000);
      for (let i = 0; i < keys.length; i++) keys[i] = i > 0 && next() < 0.025 ? keys[i - 1]! : key(next());
      expect(Array.from(orderByKey(keys))).toEqual(stableSort(keys));
    });
  }

  it('orders a subset of rows the same way, ties in the order given', () => {
    const next = random(7);
    const keys = Float64Array.from({ length: 6000 }, () => base + Math.floor(next() * 500) * 1000);
    const rows = Int32Array.from({ length: 3000 }, (_, i) => 5999 - 2 * i);
    const expected = Array.from(rows).sort((a, b) => keys[a]! - keys[b]! || rows.indexOf(a) - rows.indexOf(b));
    expect(Array.from(orderByKey(keys, rows))).toEqual(expected);
  });
});

describe('each service swept from its own group of a large shuffled log', () => {
  it('gives every service the figures of a report where the platform-wide records are its own', () => {
    const next = random(20261124);
    const start = Date.parse('2024-01-01T00:00:00Z');
    const services = ['api', 'auth', 'billing', 'search', 'web'];
    const recs: Rec[] = [];
    for (let i = 0; i < 4000; i++) {
      // starts on a 5-minute grid so many records share a start and an end (ties between own and
      // platform-wide records at the same instant); in no order, like an export merged from many teams
      const s = start + Math.floor(next() * 12 * 8640) * 300_000;
      const len = Math.floor(next() * next() * 24) * 300_000;
      recs.push({
        start: s,
        end: s + len,
        service: next() < 0.05 ? null : services[Math.floor(next() * services.length)]!,
        severity: SEVERITIES[Math.floor(next() * 4)]!,
        region: next() < 0.3 ? undefined : ['eu', 'us'][Math.floor(next() * 2)],
        affected: next() < 0.5 ? undefined : Math.ceil(next() * 100) / 100,
      });
    }
    const opts = { range: { from: '2024-01', to: '2024-12' }, regionShares: { eu: 0.25 } };
    const all = report(recs, opts);
    for (const s of services) {
      // the platform-wide records written as the service's own: one group, so this report does not merge
      const alone = report(
        recs.filter((r) => r.service === s || r.service === null).map((r) => ({ ...r, service: s })),
        opts,
      );
      const rowsOf = (m: typeof all) => m.months.filter((r) => r.service === s);
      expect(rowsOf(all).length).toBe(12);
      expect(rowsOf(all)).toEqual(rowsOf(alone));
      expect(all.summary.find((r) => r.service === s)).toEqual(alone.summary.find((r) => r.service === s));
    }
    // the platform row holds every record: its downtime is at least each service's
    const platform = all.summary.find((r) => r.service === '*')!;
    for (const s of services) {
      expect(platform.downtimeMinutes).toBeGreaterThanOrEqual(
        all.summary.find((r) => r.service === s)!.downtimeMinutes,
      );
    }
  });
});
