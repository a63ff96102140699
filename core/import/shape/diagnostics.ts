import type { Diagnostic } from '../../model/import-result';

export const DIAGNOSTICS_KEPT = 100;

/**
 * Keeps the first 100 diagnostics and counts every one (SPEC: keep the first 100 and count the rest). An
 * assumption the import makes (SPEC 3: severity, service, time zone, columns matched by a suffix) is named
 * once and always kept, however many problems came before it: the report must show what it assumed.
 */
export class DiagnosticLog {
  readonly kept: Diagnostic[] = [];
  total = 0;
  /** problems kept (kept also holds the assumptions, which the cap does not count) */
  private problems = 0;
  private readonly assumed = new Set<string>();

  /** Adds another reader's diagnostics (kept and counted), after this one's; its assumptions once. */
  addAll(kept: readonly Diagnostic[], total: number): void {
    this.total += total;
    for (const d of kept) {
      if (isAssumption(d.message)) {
        this.total--;
        this.assume(d.line, d.message);
      } else if (this.problems < DIAGNOSTICS_KEPT) {
        this.problems++;
        this.kept.push(d);
      }
    }
  }

  add(line: number, message: string): void {
    this.total++;
    if (this.problems < DIAGNOSTICS_KEPT) {
      this.problems++;
      this.kept.push({ line, message });
    }
  }

  /**
   * Notes kept however many problems came before them (how a status log was read, records far off the rest of
   * the log), placed before or after the kept ones and counted: the last problems kept make room for theirs
   * within the cap, and every assumption stays.
   */
  keepAlways(notes: readonly Diagnostic[], where: 'first' | 'last'): void {
    const problems = notes.filter((d) => !isAssumption(d.message)).length;
    let drop = this.problems + problems - DIAGNOSTICS_KEPT;
    for (let i = this.kept.length - 1; i >= 0 && drop > 0; i--) {
      if (!isAssumption(this.kept[i]!.message)) {
        this.kept.splice(i, 1);
        this.problems--;
        drop--;
      }
    }
    if (where === 'first') this.kept.unshift(...notes);
    else this.kept.push(...notes);
    this.problems += problems;
    this.total += notes.length;
  }

  /** An assumption (its message begins with ASSUMED), named once: `line` is where it first applied (0: the file). */
  assume(line: number, message: string): void {
    if (this.assumed.has(message)) return;
    this.assumed.add(message);
    this.total++;
    this.kept.push({ line, message });
  }
}

/** How every assumption's message begins, so a reader of the diagnostics (and a merge of two halves) tells them. */
export const ASSUMED = 'assumed: ';

export function isAssumption(message: string): boolean {
  return message.startsWith(ASSUMED);
}
