import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../core/model/report-model';
import type { Settings } from '../../../core/model/settings';
import { createReportEngine } from '../../../core/report/index';
import { retarget } from '../../../core/report/retarget';
import type { Envelope, OpenedLog } from '../../../electron/shared/ipc-contract';
import { ReportRequests, type ReportState } from '../../../renderer/src/app/report-requests';
import { inputOf, settings } from '../../core/compute/helpers';

const NOW = Date.UTC(2024, 6, 1);
const input = inputOf([
  { start: '2024-03-10T00:00:00Z', end: '2024-03-10T02:00:00Z', service: 'api' },
  { start: '2024-04-02T00:00:00Z', end: '2024-04-02T00:30:00Z', service: 'web', severity: 'partial' },
]);

/** A log as the open call returns it; only its identity and id matter here. */
const openedLog = (logId: string): OpenedLog => ({
  logId,
  fileName: `${logId}.csv`,
  summary: { ...input, regions: [], columns: [], mapping: {} },
  settings: settings(),
  settingsSource: 'defaults',
});

/**
 * The engine as the renderer sees it: each ask waits until the test answers it, built by a real report
 * engine over the same records (as the main process's engine would).
 */
function scriptedEngine() {
  const engine = createReportEngine(input);
  const asked: { logId: string; settings: Settings; answer(fail?: string): void }[] = [];
  const ask = (logId: string, s: Settings) =>
    new Promise<Envelope<ReportModel>>((resolve) =>
      asked.push({
        logId,
        settings: s,
        answer: (fail) =>
          resolve(
            fail ? { ok: false, error: { code: 'import', message: fail } } : { ok: true, value: engine.build(s, NOW) },
          ),
      }),
    );
  return { ask, asked };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const engine = scriptedEngine();
  const states: ReportState[] = [];
  const requests = new ReportRequests(engine.ask, (s) => states.push(s));
  return { ...engine, states, requests, last: () => states.at(-1)! };
}

describe('report requests (the window asks the log engine)', () => {
  it('asks the engine for the first report and shows its answer', async () => {
    const { requests, asked, last } = setup();
    const log = openedLog('a');
    requests.setLog(log);
    requests.setSettings(settings());
    expect(asked.map((a) => a.logId)).toEqual(['a']);
    asked[0]!.answer();
    await settle();
    expect(last().model!.services).toEqual(['*', 'api', 'web']);
    expect(last()).toMatchObject({ error: null, stale: false });
  });

  it('keeps one request in flight and only the newest settings waiting', async () => {
    const { requests, asked, last } = setup();
    requests.setLog(openedLog('a'));
    requests.setSettings(settings());
    // three edits that move minutes, while the first build runs
    for (const zone of ['Asia/Tokyo', 'Europe/Paris', 'America/New_York'])
      requests.setSettings(settings({ reportTimeZone: zone }));
    expect(asked).toHaveLength(1);
    asked[0]!.answer();
    await settle();
    expect(asked.map((a) => a.settings.reportTimeZone)).toEqual(['UTC', 'America/New_York']);
    // the first answer is on screen while the newest settings are built
    expect(last().model!.settings.reportTimeZone).toBe('UTC');
    asked[1]!.answer();
    await settle();
    expect(last().model!.settings.reportTimeZone).toBe('America/New_York');
  });

  it('re-derives a target change at once, without asking the engine', async () => {
    const { requests, asked, last } = setup();
    requests.setLog(openedLog('a'));
    const base = settings();
    requests.setSettings(base);
    asked[0]!.answer();
    await settle();
    const looser = settings({ targets: { default: 0.99, services: { api: 0.95 } }, credits: { preset: 'aws-ec2' } });
    requests.setSettings(looser);
    // synchronously: no await, no request
    expect(asked).toHaveLength(1);
    expect(last().model).toEqual(retarget(createReportEngine(input).build(base, NOW), looser));
    expect(last().model!.months.find((m) => m.service === 'api')!.target).toBe(0.95);
  });

  it('retargets a waiting target change on the answer it waited for', async () => {
    const { requests, asked, last } = setup();
    requests.setLog(openedLog('a'));
    requests.setSettings(settings({ reportTimeZone: 'Asia/Tokyo' }));
    const target = settings({ reportTimeZone: 'Asia/Tokyo', targets: { default: 0.9 } });
    requests.setSettings(target);
    asked[0]!.answer();
    await settle();
    expect(asked).toHaveLength(1);
    expect(last().model!.settings).toBe(target);
    expect(last().model!.summary.every((r) => r.target === 0.9)).toBe(true);
  });

  it("shows the previous log marked stale until the new log's first report, and drops answers about the old one", async () => {
    const { requests, asked, last } = setup();
    const a = openedLog('a');
    requests.setLog(a);
    requests.setSettings(settings());
    asked[0]!.answer();
    await settle();
    requests.setSettings(settings({ users: 7 }));
    const b = openedLog('b');
    requests.setLog(b);
    expect(last().stale).toBe(true);
    requests.setSettings(settings());
    // the new log is asked at once, not after the old log's answer
    expect(asked.map((x) => x.logId)).toEqual(['a', 'a', 'b']);
    asked[1]!.answer();
    await settle();
    expect(last().stale).toBe(true);
    asked[2]!.answer();
    await settle();
    expect(last()).toMatchObject({ stale: false, error: null });
    // a target change on the new log retargets the new log's model, not the old one's
    requests.setSettings(settings({ targets: { default: 0.5 } }));
    expect(asked).toHaveLength(3);
  });

  it("shows the engine's message when a report fails, and recovers on the next settings", async () => {
    const { requests, asked, last } = setup();
    requests.setLog(openedLog('a'));
    requests.setSettings(settings());
    asked[0]!.answer('a.csv: the report range would be 10,000 years');
    await settle();
    expect(last()).toMatchObject({ model: null, error: 'a.csv: the report range would be 10,000 years' });
    // no model to retarget from: even a target change asks the engine
    requests.setSettings(settings({ targets: { default: 0.9 } }));
    expect(asked).toHaveLength(2);
    asked[1]!.answer();
    await settle();
    expect(last().error).toBeNull();
  });
});
