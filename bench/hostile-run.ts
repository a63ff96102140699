import { threadSecondCore } from '../core/import/source/parallel-read/helper-thread';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLATFORM_SWEEP_BUNDLE, threadPlatformSweep } from '../core/compute/platform-sweep-thread';
import { ImportError } from '../core/model/import-result';
import { tableChunks } from '../core/print/report-table';
import { importAndReport } from './ours';
import { PRINT_INCIDENT_LIMIT } from '../core/pdf/print-model';

/**
 * One hostile file as `sla report FILE` runs it: import, report and the terminal table. Returns how it ended
 * (an ImportError is an outcome, as the CLI's one-line message is; any other throw fails the run).
 */
export async function hostileRun(path: string): Promise<string> {
  try {
    const { report } = await importAndReport(
      path,
      threadSecondCore(__filename),
      threadPlatformSweep(join(__dirname, PLATFORM_SWEEP_BUNDLE)),
    );
    // as the CLI writes it: a block at a time, never one string (issue 19 item 3); only its length is kept
    let chars = 0;
    for (const chunk of tableChunks(report, report.settings.report.language)) chars += chunk.length;
    const { source } = report;
    return (
      `${source.records.toLocaleString('en-US')} records, ${source.skipped} skipped, ` +
      `${report.diagnosticsTotal} diagnostics, ${report.services.length.toLocaleString('en-US')} services, ` +
      `table ${(chars / 1e6).toFixed(1)} M chars`
    );
  } catch (e) {
    if (e instanceof ImportError) return `refused: ${e.message.slice(0, 160)}`;
    throw e;
  }
}

/**
 * One hostile file as `sla report FILE --pdf OUT` runs it (issue 19 item 4): import, report and the PDF through the
 * machine's Chromium. Returns the PDF's size; the pages are for a person to count (pdfinfo).
 */
export async function hostilePdfRun(path: string): Promise<string> {
  const { report } = await importAndReport(
    path,
    threadSecondCore(__filename),
    threadPlatformSweep(join(__dirname, PLATFORM_SWEEP_BUNDLE)),
    PRINT_INCIDENT_LIMIT,
  );
  const dir = mkdtempSync(join(tmpdir(), 'sla-bench-pdf-'));
  try {
    const out = join(dir, 'report.pdf');
    // loaded here, as the CLI loads it: playwright-core at the bundle's start cost every bench child ~60 MB of RSS
    const { renderPdf } = await import('../core/pdf');
    await renderPdf(report, { outPath: out });
    return `${report.services.length.toLocaleString('en-US')} services, PDF ${(statSync(out).size / 1e6).toFixed(1)} MB`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
