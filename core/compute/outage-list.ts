import type { EpisodeRow } from '../model/report-model';
import { MAINTENANCE, type RecordTable } from '../model/records';
import { endAt, startAt } from '../model/record-table';
import { textAt } from '../model/text-column';
import { UNATTRIBUTED_SERVICE, type Settings } from '../model/settings';
import { compositeLeaves, parseCompositeExpression } from './composite-expression';
import { PLATFORM } from './service-rows';
import { serviceCodeOf } from '../model/service-codes';

/** One record behind an episode, as the outage list names it. */
export interface OutageRecordRef {
  id: string | null;
  title: string | null;
  /** the log's line; 0 when the import kept no lines */
  line: number;
}

/** An episode (SPEC 5) with the records that made it. */
export interface OutageListRow extends EpisodeRow {
  recordRefs: OutageRecordRef[];
}

type ListSettings = Pick<Settings, 'weights' | 'minOutageMinutes' | 'unattributed' | 'composites'>;

/**
 * The outage list (issue 16): each episode with the records behind it. An episode is a maximal stretch where
 * w_s(t) > 0 over R_s's non-maintenance records (SPEC 5), so a record of positive weight lies inside exactly
 * one of its service's episodes (clipped to the range: it may lie partly outside); a record of weight 0
 * (degraded at its default weight), a maintenance record and one shorter than the minimum outage made no
 * episode and is not listed. A composite's records are its components' (its timeline is theirs).
 */
export function outageList(
  table: RecordTable,
  episodes: readonly EpisodeRow[],
  settings: ListSettings,
): OutageListRow[] {
  const byService = new Map<string, EpisodeRow[]>();
  for (const e of episodes) {
    const list = byService.get(e.service);
    if (list) list.push(e);
    else byService.set(e.service, [e]);
  }
  const refs = new Map<EpisodeRow, OutageRecordRef[]>(episodes.map((e) => [e, []]));
  const weight = [1, settings.weights.partial, settings.weights.degraded, 0];
  const minMs = settings.minOutageMinutes * 60_000;
  for (const [service, list] of byService) {
    const owns = recordOwner(table, service, settings);
    for (let r = 0; r < table.count; r++) {
      const severity = table.kinds.severity[table.kind[r]!]!;
      if (severity === MAINTENANCE || !(weight[severity]! > 0) || !owns(table.service[r]!)) continue;
      const start = startAt(table, r);
      const end = endAt(table, r);
      if (end - start < minMs || end <= start) continue;
      const episode = containing(list, start, end);
      if (episode) refs.get(episode)!.push(refOf(table, r));
    }
  }
  return episodes.map((e) => ({ ...e, recordRefs: refs.get(e)! }));
}

/** Whether a record of service code `c` (-1: platform-wide) is in R_s of `service` (SPEC 5, SPEC 4 unattributed). */
function recordOwner(table: RecordTable, service: string, settings: ListSettings): (c: number) => boolean {
  if (service === PLATFORM) return () => true;
  const names = new Set(componentsOf(service, settings.composites));
  const codes = new Set([...names].map((n) => serviceCodeOf(table.services, n)).filter((c) => c >= 0));
  const shared =
    settings.unattributed === 'own'
      ? names.has(UNATTRIBUTED_SERVICE)
      : [...names].some((n) => n !== UNATTRIBUTED_SERVICE);
  return (c) => (c < 0 ? shared : codes.has(c));
}

/** The log's services a service stands for: itself, or a composite's components, composites opened in turn. */
function componentsOf(service: string, composites: ListSettings['composites'], seen = new Set<string>()): string[] {
  const composite = composites.find((c) => c.name === service);
  if (!composite || seen.has(service)) return [service];
  seen.add(service);
  return compositeLeaves(parseCompositeExpression(composite.expression)).flatMap((leaf) =>
    componentsOf(leaf, composites, seen),
  );
}

/** The episode of `list` (in start order) that [start, end) overlaps, if any. */
function containing(list: readonly EpisodeRow[], start: number, end: number): EpisodeRow | undefined {
  // the last episode starting before the record ends
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  const e = list[lo - 1];
  return e && e.end > start ? e : undefined;
}

function refOf(table: RecordTable, r: number): OutageRecordRef {
  return {
    id: (table.ids && textAt(table.ids, r)) ?? null,
    title: (table.titles && textAt(table.titles, r)) ?? null,
    line: table.line?.[r] ?? 0,
  };
}
