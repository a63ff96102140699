// Starts the BUILT main process (out/main/index.js, as electron-vite emits it) under plain Node with the
// electron stub, then drives it through its registered IPC handlers as the app window would, and prints
// what happened as one JSON line. Paths come from the environment, so the app's own command line holds no
// log path: SLA_OUT_MAIN (the out/main folder), SLA_EXPORT_PATH, SLA_STUB_USER_DATA, SLA_STUB_APP_PATH.
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const stubPath = join(here, 'electron-stub.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? stubPath : resolve.call(this, request, ...rest);
};

const outMain = process.env.SLA_OUT_MAIN;
const exportPath = process.env.SLA_EXPORT_PATH;

async function main() {
  require(join(outMain, 'index.js'));
  const stub = globalThis.__electronStub;
  for (let i = 0; i < 200 && stub.windows[0]?.loaded.length !== 1; i++) await new Promise((r) => setTimeout(r, 25));
  const win = stub.windows[0];
  const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const call = (channel, payload) => stub.ipcHandlers.get(channel)(event, payload);

  const startup = await call('app:startup', undefined);
  const sample = await call('log:open-sample', undefined);
  const report = sample.ok
    ? await call('report:build', { logId: sample.value.logId, settings: sample.value.settings })
    : null;
  stub.saveAnswers.push(exportPath);
  const exported = sample.ok
    ? await call('report:export', { logId: sample.value.logId, format: 'json', settings: sample.value.settings })
    : null;
  const page = await stub.protocolHandlers.get('app')(new Request('app://sla/index.html'));
  const stranger = await stub.ipcHandlers.get('app:startup')(
    { sender: { id: 999, send() {} }, senderFrame: { url: 'app://sla/index.html', parent: null } },
    undefined,
  );
  process.stdout.write(
    JSON.stringify({
      loaded: win.loaded,
      preload: win.options.webPreferences.preload,
      privileged: stub.privileged,
      channels: [...stub.ipcHandlers.keys()].sort(),
      startup,
      sample: sample.ok
        ? {
            ok: true,
            fileName: sample.value.fileName,
            records: sample.value.summary.source.records,
            holdsRecords: 'records' in sample.value.summary,
          }
        : sample,
      report: report?.ok ? { ok: true, services: report.value.services } : report,
      progressEvents: stub.sent.filter((e) => e.channel === 'event:import-progress').length,
      exported,
      page: { status: page.status, csp: page.headers.get('content-security-policy') },
      stranger,
    }) + '\n',
  );
  await stub.listeners.get('before-quit')?.();
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
