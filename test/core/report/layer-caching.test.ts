import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildReport, createReportEngine } from '../../../core/report/index';
import { sweepService } from '../../../core/compute/sweep';
import { recordIndex } from '../../../core/compute/record-index';
import { serviceMinutes } from '../../../core/report/service-minutes';
import type { SettingsInput } from '../../../core/model/settings';
import { inputOf, settings } from '../compute/helpers';

// each layer's work, counted: the engine's caching contract is which of these a settings change repeats
vi.mock('../../../core/compute/sweep', async (original) => {
  const m = await original<typeof import('../../../core/compute/sweep')>();
  return { ...m, sweepService: vi.fn(m.sweepService) };
});
vi.mock('../../../core/compute/record-index', async (original) => {
  const m = await original<typeof import('../../../core/compute/record-index')>();
  return { ...m, recordIndex: vi.fn(m.recordIndex) };
});
vi.mock('../../../core/report/service-minutes', async (original) => {
  const m = await original<typeof import('../../../core/report/service-minutes')>();
  return { ...m, serviceMinutes: vi.fn(m.serviceMinutes) };
});

const work = () => ({
  // every sweep, `*` (sweepPlatform) included, runs sweepService
  sweeps: vi.mocked(sweepService).mock.calls.length,
  indexes: vi.mocked(recordIndex).mock.calls.length,
  minutes: vi.mocked(serviceMinutes).mock.calls.length,
});

const input = inputOf([
  { start: '2024-03-09T22:00:00Z', end: '2024-03-10T09:00:00Z', service: 'api', region: 'eu' },
  { start: '2024-03-31T23:00:00Z', end: '2024-04-01T03:00:00Z', service: 'web', severity: 'partial' },
  { start: '2024-04-02T00:00:00Z', end: '2024-04-02T02:00:00Z', service: null, severity: 'maintenance' },
  { start: '2024-05-02T00:00:00Z', end: '2024-05-02T00:30:00Z', service: 'web', affected: 0.4 },
]);
// the report's services: `*`, api, web; the service-major table's groups: platform-wide rows, api, web
const SERVICES = 3;
const GROUPS = 3;

describe('report engine layers', () => {
  beforeEach(() => vi.clearAllMocks());

  it('builds every layer once on the first build', () => {
    createReportEngine(input).build(settings(), 1);
    expect(work()).toEqual({ sweeps: SERVICES, indexes: GROUPS, minutes: SERVICES });
  });

  /** the work a build under `s` does after a first build under the defaults, and that its model is a fresh build's */
  const workOfChange = (...steps: SettingsInput[]): ReturnType<typeof work>[] => {
    const engine = createReportEngine(input);
    engine.build(settings(), 1);
    return steps.map((step) => {
      vi.clearAllMocks();
      const s = settings(step);
      const model = engine.build(s, 1);
      const done = work();
      expect(model).toEqual(buildReport(input, s, 1));
      return done;
    });
  };

  it('a time-zone change re-derives the minutes from the kept sweeps and record indexes, reading no record', () => {
    expect(workOfChange({ reportTimeZone: 'Asia/Kolkata' })).toEqual([{ sweeps: 0, indexes: 0, minutes: SERVICES }]);
  });

  it('a target, credit or user change reuses the month minutes: figures only', () => {
    const change: SettingsInput = {
      targets: { default: 0.99, services: { web: 0.995 } },
      credits: { preset: 'm365' },
      users: 5,
    };
    expect(workOfChange(change)).toEqual([{ sweeps: 0, indexes: 0, minutes: 0 }]);
  });

  it('a weight change sweeps again; the record indexes wait for a severity to stop weighing', () => {
    expect(workOfChange({ weights: { partial: 0.5, degraded: 0 } }, { weights: { partial: 0, degraded: 0 } })).toEqual([
      // partial still weighs (0.3 -> 0.5): the same records are outages
      { sweeps: SERVICES, indexes: 0, minutes: SERVICES },
      { sweeps: SERVICES, indexes: GROUPS, minutes: SERVICES },
    ]);
  });

  it('a new import starts with nothing kept, and leaves the other engine its layers', () => {
    const engine = createReportEngine(input);
    engine.build(settings(), 1);
    vi.clearAllMocks();
    const other = inputOf([{ start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', service: 'db' }]);
    createReportEngine(other).build(settings(), 1);
    // `*` and db; groups: platform-wide rows (none) and db
    expect(work()).toEqual({ sweeps: 2, indexes: 2, minutes: 2 });
    vi.clearAllMocks();
    engine.build(settings(), 1);
    expect(work()).toEqual({ sweeps: 0, indexes: 0, minutes: 0 });
  });
});
