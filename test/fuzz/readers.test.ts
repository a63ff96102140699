import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../core/import';
import { ImportError, type ImportResult } from '../../core/model/import-result';
import { DEFAULT_SETTINGS } from '../../core/model/settings';
import { logSpec } from './log-spec';
import { writeLog } from './log-writer';

/**
 * Issue 19: every reader (CSV, TSV, JSON, NDJSON, each plain or gzip) fed random bytes, damaged logs and
 * random chunk boundaries ends with records or an ImportError naming the file, never another throw, and the
 * same bytes give the same outcome however they are cut. A hang fails by the test's timeout.
 */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const settings = DEFAULT_SETTINGS.import;

const NAMES = ['log.csv', 'log.tsv', 'log.json', 'log.ndjson'] as const;

/** Bytes that steer the readers' state machines: quotes, delimiters, line ends, brackets, escapes, a BOM. */
const SPECIAL = [0x22, 0x2c, 0x09, 0x3b, 0x0a, 0x0d, 0x5b, 0x5d, 0x7b, 0x7d, 0x5c, 0x3a, 0xef, 0xbb, 0xbf, 0x00];

/** A generated log (any container the fuzz of issue 6 writes) with bytes overwritten, inserted or cut. */
const damagedLog = fc
  .tuple(
    logSpec,
    fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('set', 'insert', 'cut'),
        byte: fc.oneof(fc.constantFrom(...SPECIAL), fc.integer({ min: 0, max: 255 })),
      }),
      { maxLength: 8 },
    ),
  )
  .map(([spec, edits]) => {
    let bytes = Array.from(writeLog(spec).bytes);
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % bytes.length;
      if (e.op === 'set' && bytes.length > 0) bytes[at] = e.byte;
      else if (e.op === 'insert') bytes.splice(at, 0, e.byte);
      else bytes = bytes.slice(0, at);
    }
    return Uint8Array.from(bytes);
  });

/** Random bytes: mostly the special ones, so they reach deep into the readers. */
const randomBytes = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL, 0x61, 0x31, 0x20), fc.integer({ min: 0, max: 255 })), {
    maxLength: 600,
  })
  .map((a) => Uint8Array.from(a));

/** The bytes as stored: plain, gzip, gzip cut short, or gzip with a byte flipped. */
const stored = fc
  .tuple(fc.oneof(damagedLog, randomBytes), fc.constantFrom('plain', 'gzip', 'gzip-cut', 'gzip-flipped'), fc.nat())
  .map(([bytes, how, n]) => {
    if (how === 'plain') return bytes;
    const gz = new Uint8Array(gzipSync(bytes));
    if (how === 'gzip') return gz;
    if (how === 'gzip-cut') return gz.subarray(0, 2 + (n % (gz.length - 1)));
    const flipped = gz.slice();
    flipped[n % gz.length]! ^= 0xff;
    return flipped;
  });

/** Cuts bytes at the given offsets into chunks (empty chunks included, as a stream may hand over). */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = offsets.map((o) => o % (bytes.length + 1)).sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.slice(prev, p));
    prev = p;
  }
  return out;
}

type Outcome = Pick<ImportResult, 'records' | 'samples' | 'diagnostics'> | { error: string };

async function outcome(chunks: Uint8Array[], fileName: string): Promise<Outcome> {
  try {
    const r = await importBytes(chunks, { fileName, settings });
    // an interval log has records; a status log may be all up, and then has samples
    expect(r.source.records > 0 || r.samples !== null).toBe(true);
    return { records: r.records, samples: r.samples, diagnostics: r.diagnostics };
  } catch (e) {
    // anything but an ImportError (a RangeError, a TypeError, zlib's own error) fails the property here
    if (!(e instanceof ImportError)) throw e;
    expect(e.message.startsWith(`${fileName}: `), e.message).toBe(true);
    return { error: e.message };
  }
}

describe('fuzz: every reader on hostile bytes (issue 19)', () => {
  it('ends with records or an ImportError naming the file, the same however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        stored,
        fc.constantFrom(...NAMES),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (bytes, fileName, offsets) => {
          const whole = await outcome([bytes], fileName);
          const pieces = await outcome(cut(bytes, offsets), fileName);
          expect(pieces).toEqual(whole);
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  }, 180_000);
});
