import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepPlatform, type PlatformSweeper } from '../../../core/compute/platform-sweep';
import { threadPlatformSweep } from '../../../core/compute/platform-sweep-thread';
import { SEVERITIES } from '../../../core/model/records';
import { buildReport, buildReportOnCores } from '../../../core/report/index';
import { inputOf, settings, seededRandom, type Rec } from './helpers';

/**
 * 4,000 records over a year on a 10-minute grid, so many share a start across services and the platform,
 * with regions, shares and maintenance: every part of the sweep of `*` has something to do.
 */
function records(): Rec[] {
  const next = seededRandom(5150);
  const services = [null, 'api', 'auth', 'web', 'db'];
  const regions = [undefined, 'eu', 'us', 'ap'];
  return Array.from({ length: 4000 }, () => {
    const start = Date.UTC(2024, 0, 1) + Math.floor(next() * 52_000) * 600_000;
    return {
      start,
      end: start + Math.floor(next() ** 2 * 30) * 600_000,
      service: services[Math.floor(next() * services.length)]!,
      severity: SEVERITIES[Math.floor(next() * 4)]!,
      region: regions[Math.floor(next() * regions.length)],
      affected: next() < 0.4 ? Math.ceil(next() * 20) / 20 : undefined,
    };
  });
}

const input = inputOf(records());
const s = settings({ regionShares: { eu: 0.4, us: 0.35 }, weights: { partial: 0.5, degraded: 0.2 } });
const oneThread = buildReport(input, s, 0, { maxIncidents: 0 });

type Job = ReturnType<Parameters<PlatformSweeper['sweep']>[0]>;

/** A sweeper on this thread that takes the job as a worker would: a structured clone of it. */
function sameThread(minRecords = 0, change = (job: Job): Job => job): PlatformSweeper & { calls: number; jobs: Job[] } {
  const sweeper = {
    calls: 0,
    jobs: [] as Job[],
    minRecords,
    sweep: (make: () => Job) => {
      sweeper.calls++;
      const job = make();
      sweeper.jobs.push(job);
      return Promise.resolve(sweepPlatform(change(structuredClone(job))));
    },
  };
  return sweeper;
}

describe('`*` swept on another thread', () => {
  it('gives the report of one thread, from columns another thread reads in place', async () => {
    const sweeper = sameThread();
    expect(await buildReportOnCores(input, s, sweeper, 0, { maxIncidents: 0 })).toEqual(oneThread);
    expect(sweeper.calls).toBe(1);
    const { start, end, kind } = sweeper.jobs[0]!.major.table;
    for (const column of [start, end, kind]) expect(column.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("takes `*` from the other thread's sweep, and only `*`", async () => {
    // swept there as if partial and degraded weighed 1: only `*` can tell
    const heavier = sameThread(0, (job) => ({ ...job, weights: { partial: 1, degraded: 1 } }));
    const model = await buildReportOnCores(input, s, heavier, 0, { maxIncidents: 0 });
    const platform = (m: typeof model) => m.months.filter((r) => r.service === '*');
    const others = (m: typeof model) => m.months.filter((r) => r.service !== '*');
    expect(others(model)).toEqual(others(oneThread));
    expect(platform(model)).not.toEqual(platform(oneThread));
    const down = (m: typeof model) => platform(m).reduce((sum, r) => sum + r.downtimeMinutes, 0);
    expect(down(model)).toBeGreaterThan(down(oneThread));
  });

  it('is not asked below its fewest records, nor when `*` is not shown', async () => {
    const few = sameThread(input.records.count + 1);
    expect(await buildReportOnCores(input, s, few, 0, { maxIncidents: 0 })).toEqual(oneThread);
    const noPlatform = sameThread();
    const filtered = { ...s, services: ['api', 'web'] };
    expect(await buildReportOnCores(input, filtered, noPlatform, 0, { maxIncidents: 0 })).toEqual(
      buildReport(input, filtered, 0, { maxIncidents: 0 }),
    );
    expect([few.calls, noPlatform.calls]).toEqual([0, 0]);
  });

  it('reads records that lie grouped by service where they lie, with the report of log order', async () => {
    const grouped = inputOf(records(), null, true);
    expect(grouped.records.groups).not.toBeNull();
    expect(buildReport(grouped, s, 0, { maxIncidents: 0 })).toEqual(oneThread);
    const sweeper = sameThread();
    expect(await buildReportOnCores(grouped, s, sweeper, 0, { maxIncidents: 0 })).toEqual(oneThread);
    const { table, from } = sweeper.jobs[0]!.major;
    // the job's columns are the records' own (shared memory), not a copy
    expect([table.start, table.end, table.kind].map((c) => c.buffer)).toEqual(
      [grouped.records.instants.start, grouped.records.instants.end, grouped.records.kind].map((c) => c.buffer),
    );
    expect(table.start.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(from)).toEqual(Array.from(grouped.records.groups!));
  });

  it('leaves `*` to this thread when the other fails', async () => {
    const failing: PlatformSweeper = { minRecords: 0, sweep: () => Promise.reject(new Error('thread died')) };
    expect(await buildReportOnCores(input, s, failing, 0, { maxIncidents: 0 })).toEqual(oneThread);
  });
});

describe('`*` swept on a worker thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-platform-sweep-'));
  const entry = join(dir, 'platform-sweep.js');
  beforeAll(async () => {
    // the bundle scripts/build-cli.mjs builds beside the CLI
    await build({
      entryPoints: [join(__dirname, '../../../core/compute/platform-sweep-entry.ts')],
      outfile: entry,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the report of one thread, its columns read from shared memory', async () => {
    // as with a log past PLATFORM_SWEEP_MIN_RECORDS
    const sweeper = { ...threadPlatformSweep(entry, 2)!, minRecords: 0 };
    expect(await buildReportOnCores(input, s, sweeper, 0, { maxIncidents: 0 })).toEqual(oneThread);
    // and from records grouped by service, read in place
    const again = { ...threadPlatformSweep(entry, 2)!, minRecords: 0 };
    expect(await buildReportOnCores(inputOf(records(), null, true), s, again, 0, { maxIncidents: 0 })).toEqual(
      oneThread,
    );
  });

  it('is not offered on one core or without its bundle', () => {
    expect(threadPlatformSweep(entry, 1)).toBeUndefined();
    expect(threadPlatformSweep(join(dir, 'missing.js'), 2)).toBeUndefined();
  });
});
