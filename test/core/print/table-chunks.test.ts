import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBytes } from '../../../core/import';
import { DEFAULT_SETTINGS } from '../../../core/model/settings';
import { tableChunks } from '../../../core/print/report-table';
import { buildReport } from '../../../core/report';
import { writeToStdout } from '../../../core/cli/stdout-writer';
import { writeFileAtomic } from '../../../core/io/write-file-atomic';

/**
 * Issue 19 item 3: the table of 200,000 services was built as one string (the CLI peaked near 1 GB). It is written a
 * service block at a time now; these tests check the blocks are right and leave before the last one is made.
 */
const SERVICES = 20_000;
const enc = new TextEncoder();

/** Service k is down k % 60 + 1 minutes on day 1 + k % 28 of January 2024. */
function* log(): Generator<Uint8Array> {
  yield enc.encode('start,end,service\n');
  for (let k = 0; k < SERVICES; k++) {
    const day = String(1 + (k % 28)).padStart(2, '0');
    const end = String(k % 60 === 59 ? 0 : (k % 60) + 1).padStart(2, '0');
    const hour = k % 60 === 59 ? '01' : '00';
    yield enc.encode(`2024-01-${day}T00:00:00Z,2024-01-${day}T${hour}:${end}:00Z,svc${k}\n`);
  }
}

let built: ReturnType<typeof buildReport> | undefined;
/** The report, built once for the three tests (20,000 services take seconds). */
async function model() {
  if (built) return built;
  const imported = await importBytes(log(), { fileName: 'fleet.csv', settings: DEFAULT_SETTINGS.import });
  return (built = buildReport(imported, DEFAULT_SETTINGS, 0, { maxIncidents: 0 }));
}

/** A reader slower than the writer: its buffer holds 64 KB, and it says what it had been given at each write. */
class SlowReader extends Writable {
  text = '';
  writes = 0;
  constructor() {
    super({ highWaterMark: 1 << 16, decodeStrings: false });
  }
  override _write(chunk: string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk;
    this.writes++;
    setImmediate(done);
  }
}

describe('the table of 20,000 services, written as it is made (issue 19 item 3)', () => {
  it('yields the header, then one block per service with that service’s own figures', async () => {
    const m = await model();
    const chunks = tableChunks(m, 'en');
    const first = chunks.next();
    // the header is out before any service block has been made
    expect(first.value).toMatch(/^SLA report · fleet\.csv/);
    const blocks = [...chunks];
    // the platform's block, one per service, then the diagnostics (the import's assumptions)
    expect(blocks.filter((b) => b.startsWith('\nService: '))).toHaveLength(SERVICES);
    expect(blocks.at(-1)).toMatch(/^\nDiagnostics/);
    expect(blocks[0]).toMatch(/^\nAll services \(platform\)\n/);
    // svc7 is down 8 minutes of January's 44,640: 1 − 8 / 44,640 = 99.98208 %, shown as 99.982 %
    const svc7 = blocks.find((b) => b.startsWith('\nService: svc7\n'))!;
    expect(svc7).toMatch(/2024-01 +99\.982 %.* 8 min/);
    // each block ends on a line break, so a terminal escape of one chunk never splits a CRLF
    expect(blocks.every((b) => b.endsWith('\n'))).toBe(true);
  }, 120_000);

  it('reaches stdout while the rest is still being made, waiting for a slow reader', async () => {
    const m = await model();
    const reader = new SlowReader();
    let made = 0;
    let seenBeforeEnd = 0;
    function* counted(): Generator<string> {
      for (const chunk of tableChunks(m, 'en')) {
        made++;
        // what the reader had been handed before the writer made its last block
        if (made === SERVICES) seenBeforeEnd = reader.text.length;
        yield chunk;
      }
    }
    await writeToStdout(counted(), reader);
    await new Promise<void>((resolve) => reader.end(resolve));
    expect(seenBeforeEnd).toBeGreaterThan(0);
    expect(reader.writes).toBeGreaterThan(10);
    expect(reader.text.split('\nService: ')).toHaveLength(SERVICES + 1);
  }, 120_000);

  it('writes --out from the chunks, the whole table in order', async () => {
    const m = await model();
    const out = join(mkdtempSync(join(tmpdir(), 'sla-table-')), 'table.txt');
    await writeFileAtomic(out, tableChunks(m, 'en'));
    const text = readFileSync(out, 'utf8');
    const names = [...text.matchAll(/^Service: (svc\d+)$/gm)].map((x) => x[1]);
    // services sort by name (svc0, svc1, svc10, ...): the file holds every one, once, in that order
    expect(names).toEqual(m.services.filter((s) => s !== '*'));
  }, 120_000);
});
