import type { Diagnostic } from '../../model/import-result';

export const DIAGNOSTICS_KEPT = 100;

/** Keeps the first 100 diagnostics and counts every one (SPEC: keep the first 100 and count the rest). */
export class DiagnosticLog {
  readonly kept: Diagnostic[] = [];
  total = 0;

  /** Adds another reader's diagnostics (kept and counted), after this one's. */
  addAll(kept: readonly Diagnostic[], total: number): void {
    this.total += total;
    for (const d of kept) {
      if (this.kept.length >= DIAGNOSTICS_KEPT) break;
      this.kept.push(d);
    }
  }

  add(line: number, message: string): void {
    this.total++;
    if (this.kept.length < DIAGNOSTICS_KEPT) this.kept.push({ line, message });
  }
}
