/**
 * File > Open from Prometheus, the main-process half: the handlers read a real prometheus (Debian's package,
 * a backfilled fixture on 127.0.0.1) through the log's own engine thread, and the report equals the CLI's.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { EventChannel, eventSchemas, InvokeChannel, type PrometheusRequest } from '../../electron/shared/ipc-contract';
import { type HandlerContext } from '../../electron/main/ipc-dispatch';
import { createMainServices, type MainServices } from '../../electron/main/main-services';
import { reportText } from '../../electron/main/report-export';
import { ensureCli, runCli } from '../core/cli/run-cli';
import { openMetrics, PROBES } from '../core/import/source/prometheus/fixture';
import {
  describeWithPrometheus,
  freePort,
  startPrometheus,
  type RunningPrometheus,
} from '../core/import/source/prometheus/prometheus-server';
import { buildEngineWorker } from './worker-build';
import { ipcCalls } from './ipc-calls';
import { CLOSED_DIALOGS, PLAIN_APP_INFO } from './quiet-main';

/** the report's JSON, as far as this test reads it */
type Json = { source: { server: { promql: string[] } } };

let workerPath: string;
let dir: string;
let services: MainServices;
let events: { channel: string; data: unknown }[];
const context: HandlerContext = { windowId: 1, send: (channel, data) => events.push({ channel, data }) };

const { call, value } = ipcCalls(() => services.handlers, context);

let reportFilePath: string | null = null;
let savePath: string | null = null;
async function start(): Promise<void> {
  services = await createMainServices({
    userDataDir: join(dir, 'user-data'),
    workerPath,
    sample: {
      log: resolve(__dirname, '../../samples/messaging-platform-2021-2022.csv'),
      settings: resolve(__dirname, '../../samples/messaging-platform.settings.json'),
    },
    // no file dialog is part of reading a server; a report file is given to Open report and Save report
    dialogs: {
      ...CLOSED_DIALOGS,
      // File > Open report… of a report file whose source is this server, and Save report's answer
      chooseReportFile: async () => reportFilePath,
      chooseSaveFile: async () => savePath,
    },
    appInfo: PLAIN_APP_INFO,
    openExternal: async () => false,
    exportPdf: async () => undefined,
    openPath: async () => '',
  });
}

/** The dialog's values for the test server: the CLI's defaults for the labels, the fixture's two months. */
const request = (url: string, query = 'probe_success'): PrometheusRequest => ({
  url,
  query,
  serviceLabel: 'job',
  regionLabel: 'instance',
  from: '2026-01',
  to: '2026-02',
});

beforeAll(async () => {
  workerPath = await buildEngineWorker();
});

/** A report file `sla run` reads for this server and query, which File > Open report… is then given. */
async function serverReportFile(url: string, settings: object, extra: object = {}): Promise<void> {
  reportFilePath = join(dir, 'server.sla-report.json');
  const source = { prometheus: { url, query: 'probe_success', ...extra } };
  const file = { kind: 'sla-report', version: 1, source, settings, outputs: [{ format: 'json', file: 'a.json' }] };
  await writeFile(reportFilePath, JSON.stringify(file));
}
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-prom-app-'));
  events = [];
  await start();
});
afterEach(async () => {
  reportFilePath = null;
  savePath = null;
  await services.dispose();
  await rm(dir, { recursive: true, force: true });
});

describeWithPrometheus('File > Open from Prometheus against a real Prometheus', () => {
  let prom: RunningPrometheus;

  beforeAll(async () => {
    ensureCli();
    prom = await startPrometheus(openMetrics(PROBES));
  }, 240_000);
  afterAll(async () => {
    await prom?.stop();
  });

  it("reads the server in the log's engine and reports what `sla report --prometheus` reports", async () => {
    const opened = await value(InvokeChannel.openPrometheus, { source: request(prom.url) });
    expect(opened.fileName).toBe(`probe_success @ ${prom.url}`);
    expect(opened.settings.range).toEqual({ from: '2026-01', to: '2026-02' });
    expect(opened.summary.source.format).toBe('prometheus');
    const model = await value(InvokeChannel.report, { logId: opened.logId, settings: opened.settings });

    const cli = runCli([
      'report',
      '--prometheus',
      prom.url,
      '--query',
      'probe_success',
      '--from',
      '2026-01',
      '--to',
      '2026-02',
      '--format',
      'json',
    ]);
    expect(cli.stderr).toBe('');
    // the queries are the same; their order is not, as up to 8 are in flight at once
    const [app, fromCli] = [JSON.parse(reportText(model, 'json')), JSON.parse(cli.stdout)] as Json[];
    const promql = (j: Json): string[] => [...j.source.server.promql].sort();
    expect(promql(app!)).toEqual(promql(fromCli!));
    expect(app!.source.server.promql.length).toBeGreaterThan(8);
    for (const j of [app!, fromCli!]) j.source.server.promql = [];
    expect(app).toEqual(fromCli);

    // progress named the series counted and the requests answered, step by step up to the last
    const progress = events.filter((e) => e.channel === EventChannel.importProgress).map((e) => e.data);
    for (const p of progress) expect(eventSchemas[EventChannel.importProgress].parse(p)).toEqual(p);
    // six probe_success series; 2 months counted, then 2 months' samples: 4 steps
    expect(progress.at(-1)).toMatchObject({ server: { series: 6, step: 4, steps: 4 } });
  });

  it('File > Open report… of a server report file reads it as Open from Prometheus does, under its settings', async () => {
    const settings = { range: { from: '2026-01', to: '2026-02' }, targets: { default: 0.99 } };
    await serverReportFile(prom.url, settings);
    const opened = await value(InvokeChannel.openReportFile);
    expect(opened).toMatchObject({ fileName: `probe_success @ ${prom.url}`, settingsSource: 'file' });
    expect(opened!.summary.source.format).toBe('prometheus');
    expect(opened!.settings).toMatchObject(settings);
    const fromFile = await value(InvokeChannel.report, { logId: opened!.logId, settings: opened!.settings });

    // the dialog's read of the same server, months and labels, under the same settings, reports the same
    const dialog = await value(InvokeChannel.openPrometheus, { source: request(prom.url) });
    const fromDialog = await value(InvokeChannel.report, { logId: dialog.logId, settings: opened!.settings });
    const comparable = (m: typeof fromFile) => {
      const j = JSON.parse(reportText(m, 'json')) as Json & { generatedAt?: unknown };
      j.source.server.promql = [];
      return { ...j, generatedAt: null };
    };
    expect(comparable(fromFile)).toEqual(comparable(fromDialog));
    expect(fromFile.summary.find((r) => r.service === '*')!.target).toBe(0.99);
  });

  it('File > Save report… of a server log writes its source without the login, and opens again', async () => {
    const withLogin = prom.url.replace('http://', 'http://sre:s3cret@');
    const opened = await value(InvokeChannel.openPrometheus, { source: request(withLogin) });
    savePath = join(dir, 'monthly.sla-report.json');
    expect(await value(InvokeChannel.saveReportFile, { logId: opened.logId, settings: opened.settings })).toEqual({
      fileName: 'monthly.sla-report.json',
    });
    const text = await readFile(savePath, 'utf8');
    expect(text).not.toContain('s3cret');
    const file = JSON.parse(text);
    expect(file.source).toEqual({
      prometheus: {
        url: `${prom.url}/`,
        query: 'probe_success',
        serviceLabel: 'job',
        regionLabel: 'instance',
        timeoutSeconds: 60,
        maxSeries: 20_000,
      },
    });
    expect(file.settings.range).toEqual({ from: '2026-01', to: '2026-02' });
    expect(file.outputs[0].file).toBe('prometheus-sla-{period}.pdf');

    reportFilePath = savePath;
    const again = await value(InvokeChannel.openReportFile);
    expect(again!.summary.source.records).toBe(opened.summary.source.records);
  });

  it('remembers the values for the dialog, and the settings of that server and query', async () => {
    expect(await value(InvokeChannel.prometheusLast)).toBeNull();
    const opened = await value(InvokeChannel.openPrometheus, { source: request(prom.url) });
    const jakarta = { ...opened.settings, reportTimeZone: 'Asia/Jakarta' };
    await value(InvokeChannel.settingsSave, { logId: opened.logId, settings: jakarta });
    await services.dispose();
    await start();
    expect(await value(InvokeChannel.prometheusLast)).toEqual(request(prom.url));
    const again = await value(InvokeChannel.openPrometheus, { source: request(prom.url) });
    expect(again.settingsSource).toBe('file');
    expect(again.settings.reportTimeZone).toBe('Asia/Jakarta');
  });

  it('reads the server again when the report asks for other months than it holds', async () => {
    const opened = await value(InvokeChannel.openPrometheus, { source: request(prom.url) });
    const february = { ...opened.settings, range: { from: '2026-02', to: '2026-02' } };
    events = [];
    const model = await value(InvokeChannel.report, { logId: opened.logId, settings: february });
    expect(model.monthKeys).toEqual(['2026-02']);
    // the re-read counted one month and fetched its samples: 2 steps
    const progress = events.filter((e) => e.channel === EventChannel.importProgress).map((e) => e.data);
    expect(progress.at(-1)).toMatchObject({ server: { steps: 2 } });
  });

  it('tests the connection: the server version and how many series the query selects in the months', async () => {
    const check = await value(InvokeChannel.prometheusTest, { source: request(prom.url) });
    // Debian's prometheus is 2.x; the fixture's probe_success has six series (api eu/us, web eu/us/ap, edge eu)
    expect(check).toMatchObject({ url: prom.url, series: 6, maxSeries: 20_000 });
    expect(check.version).toMatch(/^2\./);
    const one = await value(InvokeChannel.prometheusTest, { source: request(prom.url, 'probe_success{job="web"}') });
    expect(one.series).toBe(3);
  });

  it('keeps a user and password out of every name, message and stored value', async () => {
    const withLogin = prom.url.replace('http://', 'http://sre:s3cret@');
    // Prometheus asks for no login: the Basic header it is sent is ignored, and the read goes through
    const opened = await value(InvokeChannel.openPrometheus, { source: request(withLogin) });
    const shown = prom.url.replace('http://', 'http://***@');
    expect(opened.fileName).toBe(`probe_success @ ${shown}`);
    expect(JSON.stringify(opened.summary)).not.toContain('s3cret');
    expect((await value(InvokeChannel.prometheusLast))!.url).toBe(`${prom.url}/`);
    expect(await readFile(join(dir, 'user-data', 'settings.json'), 'utf8')).not.toContain('s3cret');
  });

  it('says when the server refuses the query, and reports nothing', async () => {
    const r = await call(InvokeChannel.openPrometheus, { source: request(prom.url, 'probe_success{job=~"("}') });
    expect(r).toMatchObject({ ok: false, error: { code: 'import' } });
    if (!r.ok) expect(r.error.message).toMatch(/the server refused .*error parsing regexp/);
    const test = await call(InvokeChannel.prometheusTest, { source: request(prom.url, 'probe_success == 0') });
    expect(test).toMatchObject({ ok: false, error: { code: 'import' } });
    if (!test.ok) expect(test.error.message).toMatch(/must be a series selector/);
  });

  it('names a series without the service label', async () => {
    const r = await call(InvokeChannel.openPrometheus, { source: { ...request(prom.url), serviceLabel: 'team' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'import' } });
    if (!r.ok)
      expect(r.error.message).toMatch(/^series \{instance="\w+", job="\w+"\} of probe_success has no label "team" /);
  });
});

it('says the server cannot be reached, naming it', async () => {
  const port = await freePort();
  for (const channel of [InvokeChannel.openPrometheus, InvokeChannel.prometheusTest] as const) {
    const r = await call(channel, { source: request(`http://127.0.0.1:${port}`) });
    expect(r).toMatchObject({ ok: false, error: { code: 'import' } });
    if (!r.ok)
      expect(r.error.message).toBe(`cannot reach the Prometheus server at http://127.0.0.1:${port} (ECONNREFUSED)`);
  }
});

it('File > Open report… of a server report file: a range is needed, and an unreachable server is named', async () => {
  await serverReportFile('http://127.0.0.1:9', {});
  const none = await call(InvokeChannel.openReportFile);
  expect(none).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  if (!none.ok)
    expect(none.error.message).toBe(
      'server.sla-report.json: source.prometheus needs the report range: settings.range.from and settings.range.to, or a range preset',
    );
  const port = await freePort();
  await serverReportFile(`http://127.0.0.1:${port}`, { range: { preset: 'last-month' } });
  const unreachable = await call(InvokeChannel.openReportFile);
  expect(unreachable).toMatchObject({ ok: false, error: { code: 'import' } });
  if (!unreachable.ok)
    expect(unreachable.error.message).toBe(
      `cannot reach the Prometheus server at http://127.0.0.1:${port} (ECONNREFUSED)`,
    );
});

it('refuses a URL that is not http(s) with a host before asking anything', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://example.org', 'javascript:alert(1)', 'localhost:9090']) {
    const r = await call(InvokeChannel.openPrometheus, { source: request(url) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).toContain('expected an http:// or https:// address with a host');
  }
  expect(await value(InvokeChannel.prometheusLast)).toBeNull();
});

it('cancels a read the server is slow to answer, and the window can open again', async () => {
  // a server that accepts the request and never answers: only the cancel ends the read
  const held: import('node:http').ServerResponse[] = [];
  const slow: Server = createServer((_req, res) => void held.push(res));
  await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
  const { port } = slow.address() as { port: number };
  try {
    const reading = call(InvokeChannel.openPrometheus, { source: request(`http://127.0.0.1:${port}`) });
    while (held.length === 0) await new Promise((r) => setTimeout(r, 20));
    expect(await value(InvokeChannel.cancelImport)).toBe(true);
    const r = await reading;
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    if (!r.ok) expect(r.error.message).toBe(`Import of probe_success @ http://127.0.0.1:${port} cancelled.`);
    // the engine thread and its connection are gone: the server sees the request closed
    await new Promise((r) => setTimeout(r, 200));
    expect(held.every((res) => res.destroyed || res.socket === null || res.socket.destroyed)).toBe(true);
  } finally {
    for (const res of held) res.destroy();
    await new Promise((r) => slow.close(() => r(undefined)));
  }
});
