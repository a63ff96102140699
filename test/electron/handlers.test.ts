import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema, type Settings } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';
import {
  EventChannel,
  eventSchemas,
  InvokeChannel,
  type Envelope,
  type InvokeChannel as Channel,
} from '../../electron/shared/ipc-contract';
import { decodeFromJson, encodeForJson } from '../../electron/shared/import-result-codec';
import { dispatch, type HandlerContext } from '../../electron/main/ipc-dispatch';
import { createMainServices, type MainServices } from '../../electron/main/main-services';
import { reportText } from '../../electron/main/report-export';
import { buildEngineWorker } from './worker-build';
import { ipcCalls } from './ipc-calls';

const SAMPLE = {
  log: resolve(__dirname, '../../samples/messaging-platform-2021-2022.csv'),
  settings: resolve(__dirname, '../../samples/messaging-platform.settings.json'),
};
const INTERVAL_CSV = 'start,end,service,severity\n2022-01-01T00:00:00Z,2022-01-01T01:00:00Z,api,major\n';

let workerPath: string;
let dir: string;
let services: MainServices;
/** what the scripted dialogs answer next (null: the user closed the dialog) */
let dialogAnswers: {
  log: (string | null)[];
  settings: (string | null)[];
  save: (string | null)[];
  /** whether the user confirms opening a dropped file (empty: yes) */
  drop: boolean[];
};
/** the dropped paths the user was asked about */
let dropQuestions: string[];
let pdfs: { model: ReportModel; path: string }[];
let opened: string[];
let openedFiles: string[];
let openPathAnswer: string;
let events: { channel: string; data: unknown }[];

const context: HandlerContext = { windowId: 1, send: (channel, data) => events.push({ channel, data }) };
const { call, value } = ipcCalls(() => services.handlers, context);

async function start(): Promise<void> {
  services = await createMainServices({
    userDataDir: join(dir, 'user-data'),
    workerPath,
    sample: SAMPLE,
    dialogs: {
      chooseLogFile: async () => dialogAnswers.log.shift() ?? null,
      chooseSettingsFile: async () => dialogAnswers.settings.shift() ?? null,
      chooseSloFile: async () => dialogAnswers.settings.shift() ?? null,
      chooseReportFile: async () => dialogAnswers.settings.shift() ?? null,
      chooseLogoFile: async () => dialogAnswers.settings.shift() ?? null,
      chooseSaveFile: async () => dialogAnswers.save.shift() ?? null,
      confirmDroppedFile: async (_windowId, path) => {
        dropQuestions.push(path);
        return dialogAnswers.drop.shift() ?? true;
      },
    },
    appInfo: {
      locale: 'id',
      preferredLanguages: ['id-ID', 'en-US'],
      platform: 'linux',
      versions: { app: '0.1.0', electron: '45', chrome: '140' },
    },
    openExternal: async (url) => {
      if (!url.startsWith('https://github.com/')) return false;
      opened.push(url);
      return true;
    },
    openPath: async (path) => {
      openedFiles.push(path);
      return openPathAnswer;
    },
    exportPdf: async (model, path) => {
      pdfs.push({ model, path });
    },
  });
}

beforeAll(async () => {
  workerPath = await buildEngineWorker();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-handlers-'));
  dialogAnswers = { log: [], settings: [], save: [], drop: [] };
  dropQuestions = [];
  pdfs = [];
  opened = [];
  openedFiles = [];
  openPathAnswer = '';
  events = [];
  await start();
});
afterEach(async () => {
  await services.dispose();
  await rm(dir, { recursive: true, force: true });
});
afterAll(() => undefined);

async function logFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('startup and opening logs', () => {
  it('reports a first run, the locale and no pending file', async () => {
    const info = await value(InvokeChannel.startup);
    expect(info).toMatchObject({
      firstRun: true,
      pendingFile: null,
      locale: 'id',
      preferredLanguages: ['id-ID', 'en-US'],
      notices: [],
    });
    // only the very first start is a first run, even if the user saved nothing
    await services.dispose();
    await start();
    expect((await value(InvokeChannel.startup)).firstRun).toBe(false);
  });

  it('opens the chosen log, remembers it in the recent list, and returns null when the dialog is closed', async () => {
    const path = await logFile('outages.csv', INTERVAL_CSV);
    dialogAnswers.log.push(path, null);
    const log = await value(InvokeChannel.openDialog);
    expect(log).toMatchObject({ fileName: 'outages.csv', settingsSource: 'defaults', settings: DEFAULT_SETTINGS });
    expect(log!.summary.source.records).toBe(1);
    // the records stay with the log's engine in the main process
    expect(log!.summary).not.toHaveProperty('records');
    expect(log!.logId).toMatch(/^[A-Za-z0-9_-]+$/);
    const progress = events.filter((e) => e.channel === EventChannel.importProgress);
    expect(progress.length).toBeGreaterThan(0);
    // what the renderer receives matches the contract's event schema
    for (const e of progress) expect(eventSchemas[EventChannel.importProgress].parse(e.data)).toEqual(e.data);
    expect(progress.at(-1)!.data).toMatchObject({
      fileName: 'outages.csv',
      bytesRead: INTERVAL_CSV.length,
      bytesTotal: INTERVAL_CSV.length,
    });
    expect(await value(InvokeChannel.openDialog)).toBeNull();

    const recent = await value(InvokeChannel.recentList);
    expect(recent.map((r) => r.fileName)).toEqual(['outages.csv']);
    const again = await value(InvokeChannel.openRecent, { id: recent[0]!.id });
    expect(again.summary.source.records).toBe(1);
    expect((await call(InvokeChannel.openRecent, { id: 'feedfacefeedface' })).ok).toBe(false);
  });

  it('refuses a dropped folder, FIFO or missing file with a message naming it', async () => {
    const folder = join(dir, 'a-folder.csv');
    await mkdir(folder);
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    for (const [path, code] of [
      [folder, 'denied'],
      [fifo, 'denied'],
      [join(dir, 'gone.csv'), 'io'],
    ] as const) {
      const r = await call(InvokeChannel.openDropped, { path });
      expect(r).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message).toContain(path.split('/').pop()!);
    }
  });

  it('opens the bundled sample with its own settings, without adding it to the recent list', async () => {
    const sample = await value(InvokeChannel.openSample);
    const bundled = parseSettings(JSON.parse(await readFile(SAMPLE.settings, 'utf8')));
    expect(bundled.ok).toBe(true);
    expect(sample.settings).toEqual(bundled.ok && bundled.value);
    expect(sample.summary.source.records).toBeGreaterThan(100);
    expect(await value(InvokeChannel.recentList)).toEqual([]);
  });

  it('opens a log waiting from the command line once', async () => {
    const path = await logFile('cli.csv', INTERVAL_CSV);
    services.pending.push(path);
    expect((await value(InvokeChannel.startup)).pendingFile).toBe('cli.csv');
    expect((await value(InvokeChannel.openPending))!.fileName).toBe('cli.csv');
    expect(await value(InvokeChannel.openPending)).toBeNull();
  });

  it('reports an unmappable log with its logId, previews it, and remembers the mapping the user picks', async () => {
    const path = await logFile('odd.csv', 'when_it_broke;when_fixed;box\n2022-03-01 10:00;2022-03-01 10:30;db\n');
    const first = await call(InvokeChannel.openDropped, { path });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error).toMatchObject({ code: 'import', fileName: 'odd.csv' });
    const logId = first.error.logId!;

    const preview = await value(InvokeChannel.preview, { logId, import: {} });
    expect(preview.columns).toEqual(['when_it_broke', 'when_fixed', 'box']);
    expect(preview.rows[0]).toEqual(['2022-03-01 10:00', '2022-03-01 10:30', 'db']);

    const mapped = settingsSchema.parse({
      import: { columns: { start: 'when_it_broke', end: 'when_fixed', service: 'box' }, inputTimeZone: 'Asia/Jakarta' },
    });
    const log = await value(InvokeChannel.reimport, { logId, settings: mapped });
    expect(log.summary.source.records).toBe(1);
    const model = await value(InvokeChannel.report, { logId, settings: mapped });
    // 10:00 in Jakarta (UTC+7) is 03:00 UTC
    expect(model.incidents.map((r) => r.start)).toEqual([Date.UTC(2022, 2, 1, 3, 0)]);
    expect(model.services).toEqual(['*', 'db']);

    // the choice is remembered for that file, also after a restart
    await services.dispose();
    await start();
    const reopened = await value(InvokeChannel.openDropped, { path });
    expect(reopened.settingsSource).toBe('file');
    expect(reopened.settings.import.columns).toEqual({ start: 'when_it_broke', end: 'when_fixed', service: 'box' });
  });

  it('cancels a running import through the API', async () => {
    const rows = ['start,end,service,severity'];
    for (let i = 0; i < 200_000; i++)
      rows.push(`${new Date(i * 7_200_000).toISOString()},${new Date(i * 7_200_000 + 60_000).toISOString()},api,major`);
    const path = await logFile('big.csv', rows.join('\n') + '\n');
    let cancel: Promise<Envelope<boolean>> | null = null;
    const running = dispatch(
      services.handlers,
      InvokeChannel.openDropped,
      {
        windowId: 1,
        send: () => {
          cancel ??= call(InvokeChannel.cancelImport);
        },
      },
      { path },
    );
    const r = await running;
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled', fileName: 'big.csv' } });
    expect(await cancel).toEqual({ ok: true, value: true });
    expect(await call(InvokeChannel.cancelImport)).toEqual({ ok: true, value: false });
  });
});

describe('settings', () => {
  it('saves per log and as defaults, and answers from them', async () => {
    const path = await logFile('a.csv', INTERVAL_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    await value(InvokeChannel.settingsSave, { logId, settings: { targets: { default: 0.95 } } });
    await value(InvokeChannel.settingsSave, { logId: null, settings: { users: 1000 } });
    expect((await value(InvokeChannel.settingsGet, { logId })).settings.targets.default).toBe(0.95);
    expect(await value(InvokeChannel.settingsGet, { logId: null })).toMatchObject({
      source: 'defaults',
      settings: { users: 1000 },
    });
    expect((await value(InvokeChannel.startup)).firstRun).toBe(true); // first run is decided at start
  });

  it('exports the JSON the CLI reads and imports it back; a bad file is refused naming the field', async () => {
    const out = join(dir, 'exported.json');
    const mine: Settings = settingsSchema.parse({
      targets: { default: 0.9999, services: { api: 0.99 } },
      credits: { preset: 'aws-ec2' },
    });
    dialogAnswers.save.push(out);
    expect(await value(InvokeChannel.settingsExport, { settings: mine })).toEqual({ fileName: 'exported.json' });
    expect(parseSettings(JSON.parse(await readFile(out, 'utf8')))).toEqual({ ok: true, value: mine });
    dialogAnswers.settings.push(out);
    expect(await value(InvokeChannel.settingsImport)).toEqual(mine);

    const bad = await logFile('bad-settings.json', '{"targets":{"default":99.9}}');
    dialogAnswers.settings.push(bad);
    const r = await call(InvokeChannel.settingsImport);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).toMatch(/bad-settings\.json: targets\.default/);
  });

  it('exports the targets of the open log as OpenSLO and imports them back over other settings', async () => {
    const path = await logFile('slo-log.csv', INTERVAL_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    const out = join(dir, 'slos.yaml');
    dialogAnswers.save.push(out);
    const mine = { targets: { default: 0.995, services: { api: 0.9999 } }, reportTimeZone: 'Asia/Jakarta' };
    expect(await value(InvokeChannel.sloExport, { logId, settings: mine })).toEqual({ fileName: 'slos.yaml' });
    // the log's services: `*` (its target the default) and api
    expect(await readFile(out, 'utf8')).toMatch(
      /service: "\*"[\s\S]*target: 0\.995[\s\S]*service: api[\s\S]*target: 0\.9999/,
    );

    dialogAnswers.settings.push(out);
    const back = await value(InvokeChannel.sloImport, { settings: { users: 1000 } });
    expect(back!.settings).toMatchObject({ ...mine, users: 1000 });
    expect(back!.notes).toEqual([
      'slos.yaml:9: document 1 (all-services-availability) spec.indicatorRef: the SLI is not read: availability here comes from the outage log (also in 1 more document)',
      'slos.yaml:20: document 1 (all-services-availability) spec.objectives[0].timeSliceTarget: time slices are not counted: availability is the share of time up, to the millisecond (also in 1 more document)',
      'slos.yaml:21: document 1 (all-services-availability) spec.objectives[0].timeSliceWindow: time slices are not counted: availability is the share of time up, to the millisecond (also in 1 more document)',
    ]);
  });

  it('refuses an OpenSLO file with a bad target, naming file and line, and never writes over the log', async () => {
    const bad = await logFile(
      'bad-slo.yaml',
      'apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: x }\nspec:\n  service: api\n  budgetingMethod: Timeslices\n  objectives: [{ target: 99.9 }]\n',
    );
    dialogAnswers.settings.push(bad);
    const r = await call(InvokeChannel.sloImport, { settings: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok)
      expect(r.error.message).toBe(
        'bad-slo.yaml:7: document 1: spec.objectives[0].target: target is a fraction, at most 1',
      );

    const path = await logFile('kept.csv', INTERVAL_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    dialogAnswers.save.push(path);
    const w = await call(InvokeChannel.sloExport, { logId, settings: {} });
    expect(w).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(await readFile(path, 'utf8')).toBe(INTERVAL_CSV);
  });

  it('tells the user once when a corrupt settings file was set aside', async () => {
    await services.dispose();
    await writeFile(join(dir, 'user-data', 'settings.json'), '{ not json');
    await start();
    const info = await value(InvokeChannel.startup);
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]!.code).toBe('settings-reset');
    expect((await value(InvokeChannel.startup)).notices).toEqual([]);
    expect((await readdir(join(dir, 'user-data'))).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});

describe('exports', () => {
  it('writes the same CSV/JSON as the report engine and hands PDFs to the PDF export', async () => {
    const sample = await value(InvokeChannel.openSample);
    const settings = sample.settings;
    const csvPath = join(dir, 'report.csv');
    const jsonPath = join(dir, 'report.json');
    dialogAnswers.save.push(csvPath, jsonPath, join(dir, 'report.pdf'), null);
    expect(await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'csv', settings })).toEqual({
      fileName: 'report.csv',
    });
    expect(await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'json', settings })).toEqual({
      fileName: 'report.json',
    });
    const model = buildReport(
      await importFile(SAMPLE.log, { fileName: sample.fileName, settings: settings.import }),
      settings,
    );
    expect(await readFile(csvPath, 'utf8')).toBe(reportText(model, 'csv'));
    const json = JSON.parse(await readFile(jsonPath, 'utf8'));
    expect(json.summary).toEqual(JSON.parse(reportText(model, 'json')).summary);

    await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'pdf', settings });
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]!.path).toBe(join(dir, 'report.pdf'));
    expect(pdfs[0]!.model.summary).toEqual(model.summary);
    // dialog closed: nothing written, null back
    expect(await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'csv', settings })).toBeNull();
  });

  it('opens the file this window exported last, and only that', async () => {
    const sample = await value(InvokeChannel.openSample);
    // nothing exported yet: nothing to open
    expect(await call(InvokeChannel.openExport, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    dialogAnswers.save.push(join(dir, 'first.csv'), join(dir, 'second.pdf'));
    await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'csv', settings: sample.settings });
    await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'pdf', settings: sample.settings });
    expect(await value(InvokeChannel.openExport, {})).toBeNull();
    expect(openedFiles).toEqual([join(dir, 'second.pdf')]);
    // the OS has no viewer for it: the user is told, by file name
    openPathAnswer = 'no application is associated with this file';
    expect(await call(InvokeChannel.openExport, {})).toMatchObject({
      ok: false,
      error: { code: 'io', message: 'second.pdf could not be opened: no application is associated with this file' },
    });
    // the renderer cannot name a path to open
    expect(await call(InvokeChannel.openExport, { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('never writes a report over the log itself', async () => {
    const path = await logFile('keep.csv', INTERVAL_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    dialogAnswers.save.push(path);
    const r = await call(InvokeChannel.exportReport, { logId, format: 'csv', settings: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(await readFile(path, 'utf8')).toBe(INTERVAL_CSV);
  });
});

describe('saved reports, the outage list and chart images (issue 16)', () => {
  /** api down 10:00-11:00 (INC-1) and 10:30-11:30 (INC-2): one episode of 90 minutes; web down 12:00-12:20 */
  const TITLED_CSV =
    'id,start,end,service,title\n' +
    'INC-1,2022-01-01T10:00:00Z,2022-01-01T11:00:00Z,api,Failover\n' +
    'INC-2,2022-01-01T10:30:00Z,2022-01-01T11:30:00Z,api,Cache\n' +
    'INC-3,2022-01-01T12:00:00Z,2022-01-01T12:20:00Z,web,DNS\n';

  it('saves the open log, settings and cover as a report file, and opens it again under them', async () => {
    const path = await logFile('outages.csv', TITLED_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    const settings = settingsSchema.parse({
      targets: { default: 0.995 },
      reportTimeZone: 'Asia/Jakarta',
      report: { title: 'January', customer: 'ACME', note: 'Two outages.' },
    });
    await mkdir(join(dir, 'reports'));
    dialogAnswers.save.push(join(dir, 'reports', 'monthly.json'));
    expect(await value(InvokeChannel.saveReportFile, { logId, settings })).toEqual({ fileName: 'monthly.json' });
    const file = JSON.parse(await readFile(join(dir, 'reports', 'monthly.json'), 'utf8'));
    // the log relative to the report file's folder, so the two can move together
    expect(file).toMatchObject({ kind: 'sla-report', version: 1, source: { log: join('..', 'outages.csv') } });
    expect(file.settings).toEqual(settings);
    expect(file.outputs.map((o: { file: string }) => o.file)).toEqual([
      'outages-sla-{period}.pdf',
      'outages-sla-{period}.csv',
      'outages-sla-{period}.json',
    ]);

    await services.dispose();
    await start();
    dialogAnswers.settings.push(join(dir, 'reports', 'monthly.json'));
    const opened = await value(InvokeChannel.openReportFile);
    expect(opened).toMatchObject({ fileName: 'outages.csv', settingsSource: 'file', settings });
    expect(opened!.summary.source.records).toBe(3);
    // and they are the log's settings from now on
    expect(await value(InvokeChannel.settingsGet, { logId: opened!.logId })).toEqual({ settings, source: 'file' });
    expect(await readFile(path, 'utf8')).toBe(TITLED_CSV);
  });

  it('saves a range preset the user chose as the preset, so sla run reads it on the day it runs', async () => {
    const path = await logFile('outages.csv', TITLED_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    // the days are what the engine read "last month" as when the window last drew it
    const settings = settingsSchema.parse({ range: { from: '2026-11', to: '2026-11', preset: 'last-month' } });
    dialogAnswers.save.push(join(dir, 'last-month.json'));
    expect(await value(InvokeChannel.saveReportFile, { logId, settings })).toEqual({ fileName: 'last-month.json' });
    const file = JSON.parse(await readFile(join(dir, 'last-month.json'), 'utf8'));
    expect(file.settings.range).toEqual({ from: null, to: null, preset: 'last-month' });
  });

  it('refuses a report file with a bad field by name, one of a server without a range, and saving over the log', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ kind: 'sla-report', version: 1, source: { log: 'x.csv' }, outputs: [] }));
    dialogAnswers.settings.push(bad);
    expect(await call(InvokeChannel.openReportFile)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^bad\.json: outputs: /) },
    });
    const server = join(dir, 'server.json');
    const prometheus = { url: 'http://127.0.0.1:9090', query: 'probe_success' };
    await writeFile(
      server,
      JSON.stringify({
        kind: 'sla-report',
        version: 1,
        source: { prometheus },
        outputs: [{ format: 'json', file: 'a' }],
      }),
    );
    dialogAnswers.settings.push(server);
    // the app opens a server's report file as File > Open from Prometheus does (test/electron/prometheus-open),
    // and a server is read over a range, which this file does not give
    expect(await call(InvokeChannel.openReportFile)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^server\.json: .*needs the report range/) },
    });
    const path = await logFile('keep.csv', INTERVAL_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    dialogAnswers.save.push(path);
    expect(await call(InvokeChannel.saveReportFile, { logId, settings: {} })).toMatchObject({
      ok: false,
      error: { code: 'denied' },
    });
    expect(await readFile(path, 'utf8')).toBe(INTERVAL_CSV);
  });

  it('exports the outage list from the log engine, records joined, in the report zone', async () => {
    const path = await logFile('outages.csv', TITLED_CSV);
    const { logId } = await value(InvokeChannel.openDropped, { path });
    const out = join(dir, 'list.csv');
    dialogAnswers.save.push(out);
    const settings = { reportTimeZone: 'Asia/Jakarta' };
    expect(await value(InvokeChannel.exportReport, { logId, format: 'episodes-csv', settings })).toEqual({
      fileName: 'list.csv',
    });
    const rows = (await readFile(out, 'utf8')).trimEnd().split('\r\n');
    expect(rows[0]).toBe('service,start,end,minutes,severity,records,ids,titles,lines');
    // Jakarta is UTC+7: the api episode 10:00-11:30 UTC is 17:00-18:30 there
    expect(rows).toContain(
      'api,2022-01-01T17:00:00+07:00,2022-01-01T18:30:00+07:00,90,major,2,INC-1; INC-2,Failover; Cache,2; 3',
    );
    expect(rows).toContain('web,2022-01-01T19:00:00+07:00,2022-01-01T19:20:00+07:00,20,major,1,INC-3,DNS,4');
    // * has both episodes; api one, web one
    expect(rows).toHaveLength(1 + 2 + 1 + 1);
  });

  it('saves a chart PNG the page sends, and only a PNG, never over an open log', async () => {
    // the 8-byte signature and an IHDR chunk's start: what chart.js toBase64Image gives begins so
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const out = join(dir, 'chart.png');
    dialogAnswers.save.push(out);
    expect(await value(InvokeChannel.saveChartPng, { name: 'Availability (api)', png })).toEqual({
      fileName: 'chart.png',
    });
    expect(new Uint8Array(await readFile(out))).toEqual(png);
    const notPng = new TextEncoder().encode('<svg onload="alert(1)"/>');
    expect(await call(InvokeChannel.saveChartPng, { name: 'x', png: notPng })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call(InvokeChannel.saveChartPng, { name: '../../etc/passwd', png })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const path = await logFile('keep.csv', INTERVAL_CSV);
    await value(InvokeChannel.openDropped, { path });
    dialogAnswers.save.push(path);
    expect(await call(InvokeChannel.saveChartPng, { name: 'x', png })).toMatchObject({
      ok: false,
      error: { code: 'denied' },
    });
    expect(await readFile(path, 'utf8')).toBe(INTERVAL_CSV);
  });
});

/** An interval log of `rows` 10-minute outages, one an hour from 2000-01-01, over three services. */
async function largeLog(name: string, rows: number): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  out.write('start,end,service,severity\n');
  const t0 = Date.UTC(2000, 0, 1);
  for (let i = 0; i < rows; i++) {
    const s = t0 + i * 3_600_000;
    const line = `${new Date(s).toISOString()},${new Date(s + 600_000).toISOString()},svc${i % 3},major\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
  return path;
}

describe('reports from the log engine', () => {
  it('answers the report channel with the model a full build gives for those settings', async () => {
    const sample = await value(InvokeChannel.openSample);
    const settings = settingsSchema.parse({
      ...sample.settings,
      targets: { default: 0.9995 },
      reportTimeZone: 'Asia/Tokyo',
    });
    const model = await value(InvokeChannel.report, { logId: sample.logId, settings });
    const imported = await importFile(SAMPLE.log, { fileName: sample.fileName, settings: settings.import });
    expect(model).toEqual(buildReport(imported, settings, model.generatedAt));
    expect(model.settings.reportTimeZone).toBe('Asia/Tokyo');
  });

  it('refuses a report for a log id it never gave or with invalid settings', async () => {
    const sample = await value(InvokeChannel.openSample);
    expect(await call(InvokeChannel.report, { logId: 'nope', settings: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-log' },
    });
    expect(
      await call(InvokeChannel.report, { logId: sample.logId, settings: { targets: { default: 99.9 } } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('ends the engine of a log the window replaces; that log is no longer known', async () => {
    const first = await value(InvokeChannel.openSample);
    expect(services.engines.open).toEqual(new Set([first.logId]));
    const path = await logFile('next.csv', INTERVAL_CSV);
    dialogAnswers.log.push(path);
    const next = (await value(InvokeChannel.openDialog))!;
    expect(services.engines.open).toEqual(new Set([next.logId]));
    expect(await call(InvokeChannel.report, { logId: first.logId, settings: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-log' },
    });
    // the window closes: its log ends with its engine
    services.closeWindow(context.windowId);
    expect(services.engines.open).toEqual(new Set());
  });

  it('keeps a log that failed to open for its mapping dialog until the window opens another', async () => {
    const odd = await logFile('odd.csv', 'when_it_broke;when_fixed;box\n2022-03-01 10:00;2022-03-01 10:30;db\n');
    const failed = await call(InvokeChannel.openDropped, { path: odd });
    if (failed.ok) throw new Error('odd.csv should not open as it is');
    const logId = failed.error.logId!;
    // the mapping dialog's previews are read by that log's engine, which holds no records
    expect((await value(InvokeChannel.preview, { logId, import: {} })).columns).toEqual([
      'when_it_broke',
      'when_fixed',
      'box',
    ]);
    expect(services.engines.open).toEqual(new Set([logId]));
    const other = await value(InvokeChannel.openSample);
    expect(services.engines.open).toEqual(new Set([other.logId]));
    expect(await call(InvokeChannel.preview, { logId, import: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-log' },
    });
  });

  it("exports under the export's own import settings, not the import the window made (issue 19, 10b)", async () => {
    // an hour of outage at 03:00 on 1 March, written without an offset: UTC reads it in March, Jakarta
    // (UTC+7) as 20:00 on 28 February UTC
    const path = await logFile('naive.csv', 'start,end,service\n2022-03-01 03:00,2022-03-01 04:00,api\n');
    const { logId } = await value(InvokeChannel.openDropped, { path });
    await value(InvokeChannel.report, { logId, settings: {} });
    const out = join(dir, 'jakarta.json');
    dialogAnswers.save.push(out);
    const jakarta = { import: { inputTimeZone: 'Asia/Jakarta' } };
    await value(InvokeChannel.exportReport, { logId, format: 'json', settings: jakarta });
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(json.months.filter((m: { service: string }) => m.service === 'api')).toMatchObject([
      { month: '2022-02', downtimeMinutes: 60 },
    ]);
    expect(json.settings.import.inputTimeZone).toBe('Asia/Jakarta');
  });

  it("keeps the main thread turning while a large log's report is built for export", async () => {
    const path = await largeLog('large.csv', 300_000);
    dialogAnswers.log.push(path);
    const { logId } = (await value(InvokeChannel.openDialog))!;
    // count the turns of main's event loop from the export's start until the model reaches the PDF printer
    let turns = 0;
    let counting = true;
    const spin = (): void => {
      if (!counting) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    let turnsAtModel = -1;
    const exportPdf = services.handlers[InvokeChannel.exportReport];
    dialogAnswers.save.push(join(dir, 'large.pdf'));
    const before = pdfs.length;
    const settings = settingsSchema.parse({ weights: { partial: 0.5 }, reportTimeZone: 'America/New_York' });
    const done = exportPdf(context, { logId, format: 'pdf', settings }).then((r) => {
      turnsAtModel = turns;
      return r;
    });
    expect(await done).toEqual({ fileName: 'large.pdf' });
    counting = false;
    expect(pdfs.length).toBe(before + 1);
    expect(pdfs.at(-1)!.model.source.records).toBe(300_000);
    // built on this thread (as before the engine), every await until the model was a microtask and the loop
    // turned 0 times; the engine builds a 300,000-record report on its own thread, so the loop keeps turning
    // (thousands of times on an idle machine; 50 leaves room for a busy one)
    expect(turnsAtModel).toBeGreaterThan(50);
  }, 120_000);
});

describe('dropped files (issue 19, 13a)', () => {
  it('asks the user before opening a dropped path main has not seen, and reads nothing when refused', async () => {
    const path = await logFile('dropped.csv', INTERVAL_CSV);
    dialogAnswers.drop.push(false);
    const refused = await call(InvokeChannel.openDropped, { path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'dropped.csv was not opened.' } });
    expect(dropQuestions).toEqual([path]);
    expect(events).toEqual([]);
    expect(services.engines.open).toEqual(new Set());
    // confirmed: opened, and not asked again for the same file
    const log = await value(InvokeChannel.openDropped, { path });
    expect(log.summary.source.records).toBe(1);
    await value(InvokeChannel.openDropped, { path });
    expect(dropQuestions).toEqual([path, path]);
  });

  it('opens without asking a path the user gave through the open dialog, a pending open or the recent list', async () => {
    const chosen = await logFile('chosen.csv', INTERVAL_CSV);
    dialogAnswers.log.push(chosen);
    await value(InvokeChannel.openDialog);
    const pending = await logFile('pending.csv', INTERVAL_CSV);
    services.pending.push(pending);
    await value(InvokeChannel.openPending);
    await services.dispose();
    await start();
    // after a restart, only the recent list remembers them
    for (const path of [chosen, pending])
      expect((await value(InvokeChannel.openDropped, { path })).fileName).toBeTruthy();
    expect(dropQuestions).toEqual([]);
    const sneaky = await logFile('never-given.csv', INTERVAL_CSV);
    dialogAnswers.drop.push(false);
    expect(await call(InvokeChannel.openDropped, { path: `${dir}/./never-given.csv` })).toMatchObject({ ok: false });
    expect(dropQuestions).toEqual([sneaky]);
  });
});

describe('payload validation', () => {
  it.each([
    [InvokeChannel.openDropped, { path: 42 }],
    [InvokeChannel.openDropped, { path: '/x', extra: 1 }],
    [InvokeChannel.settingsSave, { logId: null, settings: { targets: { default: 99.9 } } }],
    [InvokeChannel.preview, { logId: '../../etc/passwd', import: {} }],
    [InvokeChannel.exportReport, { logId: 'abc', format: 'exe', settings: {} }],
    [InvokeChannel.report, { logId: 'abc', settings: { users: -1 } }],
    [InvokeChannel.report, { logId: 'abc' }],
    [InvokeChannel.openDialog, { path: '/etc/passwd' }],
  ])('%s refuses %j', async (channel, payload) => {
    expect(await call(channel, payload)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses unknown channels and unknown logs', async () => {
    expect(await call('shell:exec' as Channel, {})).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(await call(InvokeChannel.settingsGet, { logId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-log' },
    });
  });

  it('opens only allowed external links', async () => {
    expect(await call(InvokeChannel.openExternal, { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'denied' },
    });
    expect(await call(InvokeChannel.openExternal, { url: 'https://github.com/x' })).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://github.com/x']);
  });
});

describe('JSON harness codec', () => {
  it('carries an opened log through JSON unchanged', async () => {
    const r = await call(InvokeChannel.openSample);
    const back = decodeFromJson(JSON.parse(JSON.stringify(encodeForJson(r))));
    expect(back).toEqual(r);
  });
});
