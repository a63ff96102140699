import type { LongPeriodFigures, ReportModel } from '../model/report-model';
import type { ServiceRows } from '../report/report-engine';
import { jsonSource, periodRows, reportJsonTail, summaryRow, type JsonExtras, type JsonRow } from './month-json';
import { jsonChunks } from './json-chunks';

/**
 * `sla report --format json` of a streamed report (ReportEngine.stream): the text of reportJson, byte for byte,
 * written as the engine makes each service's rows. Each service's period rows are written and dropped; only its
 * summary row (and its previous one) waits for the `summary` array, which SPEC 7 puts after every month.
 */
export function* reportJsonChunks(
  model: ReportModel,
  services: Iterable<ServiceRows>,
  extras: JsonExtras = {},
): Generator<string> {
  const summary: LongPeriodFigures[] = [];
  const previous: LongPeriodFigures[] = [];
  function* months(): Generator<JsonRow> {
    for (const r of services) {
      yield* periodRows(model.settings.period, r);
      summary.push(r.summary);
      if (r.previous) previous.push(r.previous.all);
    }
  }
  function* entries(): Generator<readonly [string, unknown]> {
    yield ['source', jsonSource(model)];
    yield ['settings', model.settings];
    yield ['months', months()];
    yield ['summary', lazySummary(summary)];
    // the rest reads the summaries, and the episodes, status bars and replays the services filled in as they went
    const done = { ...model, summary, previous: model.previous && { ...model.previous, summary: previous } };
    yield* Object.entries(reportJsonTail(done, extras));
  }
  yield* jsonChunks(entries());
}

/** Each summary row as SPEC 7 writes it, made as it is written. */
function* lazySummary(rows: readonly LongPeriodFigures[]): Generator<JsonRow> {
  for (const r of rows) yield summaryRow(r);
}
