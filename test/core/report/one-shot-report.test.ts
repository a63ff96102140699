import { describe, expect, it } from 'vitest';
import { sweepPlatform, type PlatformSweeper } from '../../../core/compute/platform-sweep';
import { buildReport, createReportEngine, type ReportEngine, type ServiceRows } from '../../../core/report/index';
import { formatTable, tableChunks } from '../../../core/print/report-table';
import { factsOf } from '../../../core/report/service-facts';
import { reportText } from '../../../core/print/report-text';
import { reportJsonChunks } from '../../../core/print/report-json-chunks';
import { DEFAULT_BURN_RULES } from '../../../core/model/burn-rules';
import { inputOf, settings, type Rec } from '../compute/helpers';

/**
 * Issue 19 item 3: a one-shot report of 200,000 services took 3 GB. It kept every service's minutes (made ahead
 * while `*` was swept on its thread), ninety status-bar days per service that the table never shows, and four
 * rows of figures per service until the last one was printed. A one-shot engine now keeps at most a batch of
 * services' values, and the table is written from rows made a service at a time.
 */
const SERVICES = 300;

/** Service k is down 60 minutes on day 1 + k % 28 of January or February 2024, so the range has two months. */
const records: Rec[] = Array.from({ length: SERVICES }, (_, k) => {
  const day = `2024-0${1 + (k % 2)}-${String(1 + (k % 28)).padStart(2, '0')}`;
  return { start: `${day}T00:00:00Z`, end: `${day}T01:00:00Z`, service: `svc${k}` };
});
const input = inputOf(records);
const s = settings({ rolling: [7], burnRules: [...DEFAULT_BURN_RULES] });

/** A sweeper done at once (on this thread): prepare() sweeps services only until it is. */
const atOnce: PlatformSweeper = { minRecords: 0, sweep: (job) => Promise.resolve(sweepPlatform(job())) };

const oneShot = (): ReportEngine =>
  createReportEngine(input, { retainSweeps: false, statusDays: false, maxIncidents: 0, platformSweeper: atOnce });

/** Everything an engine keeps per service, summed over its layers. */
const heldTotal = (engine: ReportEngine): number => Object.values(engine.held()).reduce((a, b) => a + b, 0);

describe('a one-shot report keeps no service once it is written (issue 19 item 3)', () => {
  it('makes ahead at most one batch of services while `*` is swept, and holds none once all are read', async () => {
    const engine = oneShot();
    await engine.prepare(s);
    // the sweeper resolves at once, so prepare() looks after its first batch of 64 services (PREPARE_BATCH in
    // report-engine.ts) and stops; before, it made and kept all 301 (the services and `*`)
    expect(engine.held().minutes).toBeLessThanOrEqual(64);
    const { model, services } = engine.stream(s, 0);
    let most = 0;
    let n = 0;
    for (const r of services()) {
      n++;
      most = Math.max(most, heldTotal(engine));
      expect(r.months.map((m) => m.month)).toEqual(['2024-01', '2024-02']);
    }
    expect(n).toBe(SERVICES + 1);
    // only what prepare() made ahead is ever held, each dropped as it is read: at most 64 minutes, no sweep,
    // index, sample totals or spans (one-shot layers keep none of those)
    expect(most).toBeLessThanOrEqual(64);
    expect(heldTotal(engine)).toBe(0);
    // the rows went to the reader, not into the model; no status bars were made for a table that shows none
    expect([model.months, model.quarters, model.years, model.summary, model.statusDays]).toEqual([[], [], [], [], []]);
  });

  it('streams the rows and the table of the app engine’s full build, byte for byte', async () => {
    const app = createReportEngine(input, { maxIncidents: 0 });
    const full = app.build(s, 0);
    // the app keeps each service's minutes, sweep and observed spans for its next build
    expect(app.held().minutes).toBe(SERVICES + 1);

    const engine = oneShot();
    await engine.prepare(s);
    const { model, services } = engine.stream(s, 0);
    const rows: ServiceRows[] = [];
    const facts = function* () {
      for (const r of services()) {
        rows.push(r);
        yield factsOf(r.service, r.months, r.years, r.summary);
      }
    };
    const streamed = [...tableChunks(model, 'en', facts())].join('');
    expect(streamed).toBe(formatTable(full, 'en'));
    expect(rows.flatMap((r) => r.months)).toEqual(full.months);
    expect(rows.flatMap((r) => r.quarters)).toEqual(full.quarters);
    expect(rows.flatMap((r) => r.years)).toEqual(full.years);
    expect(rows.map((r) => r.summary)).toEqual(full.summary);
    // the lists beside the rows fill as the services are read: rolling windows and the burn-rate replay
    expect(model.rolling).toEqual(full.rolling);
    expect(model.alerts).toEqual(full.alerts);
    expect(model.diagnostics).toEqual(full.diagnostics);
  });

  it.each([
    ['months, rolling windows and burn-rate alerts', s, false],
    ['quarters, users, listed episodes and status bars', settings({ period: 'quarter', users: 1000 }), true],
    // the range's previous period, January 2024, is in the log: each service's previous summary is compared
    ['the previous period', settings({ range: { from: '2024-02', to: '2024-02' } }), false],
    ['no service shown', settings({ services: ['none of them'] }), false],
  ])('streams the JSON of a full build byte for byte: %s', async (_, given, extras) => {
    const full = buildReport(input, given, 0, { maxIncidents: 0, listEpisodes: extras });
    const engine = createReportEngine(input, {
      retainSweeps: false,
      statusDays: extras,
      listEpisodes: extras,
      maxIncidents: 0,
      platformSweeper: atOnce,
    });
    await engine.prepare(given);
    const { model, services } = engine.stream(given, 0);
    const streamed = [...reportJsonChunks(model, services(), { statusDays: extras })].join('');
    expect(streamed).toBe(reportText(full, 'json', { statusDays: extras }));
  });
});
