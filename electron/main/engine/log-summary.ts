import type { ImportResult } from '@core/model/import-result';
import type { LogSummary } from '../../shared/ipc-contract';

/** What the window is told of an import: everything its views read, none of the records. */
export function summarize(result: ImportResult): LogSummary {
  const { records, samples: _samples, observed: _observed, ...rest } = result;
  return { ...rest, regions: [...records.regions] };
}
