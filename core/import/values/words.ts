import type { WordMeaning } from '../../model/import-settings';
import { MAINTENANCE, MAJOR, SEVERITY_CODE, type SeverityCode } from '../../model/records';

/** A severity code 0..3 (SEVERITIES order) or UP: the word's meaning as the readers store it. */
export type WordCode = SeverityCode | typeof UP;
export const UP = 4;
export { MAJOR, MAINTENANCE };

const CODE_OF: Record<WordMeaning, WordCode> = { ...SEVERITY_CODE, up: UP };

/** SPEC 3, plus the status-log failure words (which are all `major`). */
const WORD_LISTS: Record<WordMeaning, readonly string[]> = {
  major: ['major', 'critical', 'outage', 'major_outage', 'down', 'full', 'red', 'fail', 'failed', 'error', 'false'],
  partial: ['partial', 'minor', 'partial_outage', 'orange'],
  degraded: ['degraded', 'degraded_performance', 'performance', 'slow', 'none', 'yellow'],
  maintenance: ['maintenance', 'under_maintenance', 'scheduled', 'planned', 'paused'],
  up: ['up', 'ok', 'good', 'success', 'operational', 'resolved', 'green', 'true'],
};

const BUILT_IN = new Map<string, WordCode>();
for (const [meaning, words] of Object.entries(WORD_LISTS) as [WordMeaning, readonly string[]][]) {
  for (const w of words) BUILT_IN.set(w, CODE_OF[meaning]);
}

/**
 * How numbers in a status or severity column read: HTTP codes (100-399 up, 0 and >= 400 major), Uptime Kuma's
 * heartbeat states (0 down, 1 up, 2 pending = down, 3 maintenance), Statuspage's impact levels (a severity
 * column, SPEC 3: 0 none, 1 minor, 2 major, 3 critical, 4 maintenance), or no numbers at all.
 */
export type NumericStatus = 'http' | 'kuma' | 'impact' | 'none';

/** Statuspage's impact levels 0..4 (none, minor, major, critical, maintenance) as meanings (SPEC 3). */
const IMPACT_LEVELS: readonly WordCode[] = [2, 1, 0, 0, MAINTENANCE];

/** Priorities P1..P5 and SEV1..SEV5 (SPEC 3): 1-2 major, 3 partial, 4-5 degraded; index = level - 1. */
const PRIORITY_LEVELS: readonly WordCode[] = [0, 0, 1, 2, 2];

export class WordMeanings {
  private readonly overrides = new Map<string, WordCode>();

  constructor(
    words: Readonly<Record<string, WordMeaning>>,
    private readonly numeric: NumericStatus,
  ) {
    for (const [w, meaning] of Object.entries(words)) this.overrides.set(w.trim().toLowerCase(), CODE_OF[meaning]);
  }

  /** The meaning of a word (already trimmed), or null when no list knows it (then it counts as major). */
  meaning(word: string): WordCode | null {
    const lower = word.toLowerCase();
    const own = this.overrides.get(lower);
    if (own !== undefined) return own;
    const joined = lower.replace(/[^a-z0-9]+/g, '_');
    const known = BUILT_IN.get(lower) ?? BUILT_IN.get(joined);
    if (known !== undefined) return known;
    // P1, p-2, SEV3, sev_4, "Sev 5"
    const priority = /^(?:p|sev)_?([1-5])$/.exec(joined);
    if (priority) return PRIORITY_LEVELS[Number(priority[1]) - 1]!;
    if (this.numeric === 'impact') {
      // a level written by a spreadsheet or pandas as 2.0 is still level 2
      const level = /^([0-4])(?:\.0*)?$/.exec(lower);
      return level ? IMPACT_LEVELS[Number(level[1])]! : null;
    }
    if (this.numeric !== 'none' && /^\d{1,3}$/.test(lower)) {
      const n = Number(lower);
      if (this.numeric === 'kuma') return n === 1 ? UP : n === 3 ? MAINTENANCE : n === 0 || n === 2 ? MAJOR : null;
      if (n === 0 || n >= 400) return MAJOR;
      if (n >= 100) return UP;
    }
    return null;
  }
}
