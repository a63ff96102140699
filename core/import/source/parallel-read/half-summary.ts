import type { DiagnosticLog } from '../../shape/diagnostics';
import type { RowContext } from '../../shape/row-context';
import { UNKNOWN_WORD } from '../../shape/row-context';
import type { StatusRows } from '../../records/status-rows';
import type { StatusHalf } from './status-log-halves';

/** What one importer read of a CSV status log, in the form a half hands to the thread that reads the other. */
export interface HalfReading {
  readonly ctx: RowContext;
  readonly sink: StatusRows;
  readonly diagnostics: DiagnosticLog;
}

/** The summary of a half an importer read (the header line, then the rows of that half). */
export function halfSummary({ ctx, sink, diagnostics }: HalfReading): StatusHalf {
  return {
    rows: ctx.rows,
    rejected: ctx.rejected,
    samples: sink.samples,
    latest: ctx.latest,
    diagnostics: diagnostics.kept,
    diagnosticsTotal: diagnostics.total,
    unknownWords: ctx.unknownWordLines(),
    services: ctx.services.names,
    regions: ctx.regions.names,
    streams: sink.halfStreams(),
    serviceSamples: sink.halfSamples(),
  };
}

/**
 * Takes the second half's summary into the first half's reading, as if its rows had been read after the
 * first half's own: `offset` moves the half's line numbers (it counted its header as line 1) to the file's.
 */
export function absorbHalf({ ctx, sink, diagnostics }: HalfReading, half: StatusHalf, offset: number): void {
  sink.absorb(half, offset);
  ctx.rows += half.rows;
  ctx.rejected += half.rejected;
  ctx.seen(half.latest);
  // an unknown word is reported once, on the line it is first seen: drop the half's report of a word this
  // half reported already
  const repeated = new Set<number>();
  for (const [word, line] of half.unknownWords) if (!ctx.noteUnknownWord(word, line + offset)) repeated.add(line);
  const kept = half.diagnostics
    .filter((d) => !(repeated.has(d.line) && d.message.startsWith(UNKNOWN_WORD)))
    .map((d) => ({ ...d, line: d.line + offset }));
  diagnostics.addAll(kept, half.diagnosticsTotal - repeated.size);
}
