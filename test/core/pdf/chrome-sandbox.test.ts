import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeSandbox, sandboxUnavailable } from '@core/pdf/find-chrome';
import { renderPdf, unsandboxedNote } from '@core/pdf/render-pdf';
import { buildReport } from '@core/report/index';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import { importText } from '../import/import-helpers';
import { describePdf } from './pdf-suite';

// issue 19 item 14: the CLI's Chromium always ran with --no-sandbox
describe('whether Chromium can be sandboxed', () => {
  it.each([
    [{ platform: 'linux', uid: 1000, userNamespaces: true }, null],
    [{ platform: 'linux', uid: 1000, userNamespaces: null }, null],
    [{ platform: 'linux', uid: 0, userNamespaces: true }, 'running as root, where Chromium refuses its sandbox'],
    [{ platform: 'linux', uid: 1000, userNamespaces: false }, 'this system allows no unprivileged user namespaces'],
    [{ platform: 'darwin', uid: 0, userNamespaces: null }, null],
    [{ platform: 'win32', uid: null, userNamespaces: null }, null],
  ] as const)('%o: %s', (probe, why) => {
    expect(sandboxUnavailable(probe)).toBe(why);
  });

  it.runIf(process.platform === 'linux')("reads Linux's user-namespace switches", () => {
    const files = (clone: string | null, max: string | null) => (path: string) =>
      path.endsWith('unprivileged_userns_clone') ? clone : path.endsWith('max_user_namespaces') ? max : null;
    expect(probeSandbox(files('0', '63000')).userNamespaces).toBe(false);
    expect(probeSandbox(files(null, '0')).userNamespaces).toBe(false);
    expect(probeSandbox(files('1', '63000')).userNamespaces).toBe(true);
    expect(probeSandbox(files(null, null)).userNamespaces).toBeNull();
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'sla-sandbox-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describePdf('renderPdf and the sandbox', (chromePath) => {
  const model = async () =>
    buildReport(
      await importText('start,end,service\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,web\n', 'tiny.csv'),
      DEFAULT_SETTINGS,
    );

  it('says so when the probe rules the sandbox out, and still writes the PDF', async () => {
    const notes: string[] = [];
    const out = join(tmp, 'root.pdf');
    await renderPdf(await model(), {
      outPath: out,
      chromePath,
      sandbox: { platform: 'linux', uid: 0, userNamespaces: true },
      note: (m) => notes.push(m),
    });
    expect(existsSync(out)).toBe(true);
    expect(notes).toEqual([unsandboxedNote('running as root, where Chromium refuses its sandbox')]);
  }, 120_000);

  // as root (CI containers) a sandboxed start cannot succeed: that case is the one above
  it.runIf(sandboxUnavailable(probeSandbox()) === null)(
    'runs sandboxed where the probe allows it, and says nothing',
    async () => {
      const notes: string[] = [];
      await renderPdf(await model(), { outPath: join(tmp, 'user.pdf'), chromePath, note: (m) => notes.push(m) });
      expect(notes).toEqual([]);
    },
    120_000,
  );

  // only a root process is sure to see Chromium refuse the sandbox; elsewhere it starts sandboxed
  it.runIf(process.getuid?.() === 0)(
    'falls back and says why when a sandboxed start fails that the probe thought possible',
    async () => {
      const notes: string[] = [];
      const out = join(tmp, 'fallback.pdf');
      await renderPdf(await model(), {
        outPath: out,
        chromePath,
        sandbox: { platform: 'linux', uid: 1000, userNamespaces: true },
        note: (m) => notes.push(m),
      });
      expect(existsSync(out)).toBe(true);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/^note: Chromium made the PDF with its sandbox off: a sandboxed start failed \(/);
    },
    120_000,
  );
});
