import { useDeferredValue, useMemo } from 'react';
import { createReportEngine } from '@core/report';
import type { ImportResult } from '@core/model/import-result';
import type { ReportModel } from '@core/model/report-model';
import type { Settings } from '@core/model/settings';

/**
 * Incident rows kept (largest user impact first): a million-row log would otherwise build, sort and hold a
 * million rows on every settings change, and nobody reads past the first few thousand.
 */
export const INCIDENT_LIMIT = 5000;

export type ReportState = { model: ReportModel; error: null } | { model: null; error: string } | { model: null; error: null };

/**
 * The report of the open log under the settings being edited, computed here in the renderer with the same
 * engine the CLI uses. The engine keeps the work a settings change does not invalidate (sweeps, minutes), so a
 * target change is arithmetic; the settings are deferred so typing and dragging stay responsive while charts
 * redraw with the newest value.
 */
export function useReport(result: ImportResult | null, settings: Settings | null): ReportState {
  const engine = useMemo(() => (result ? createReportEngine(result, { maxIncidents: INCIDENT_LIMIT }) : null), [result]);
  const deferred = useDeferredValue(settings);
  const state = useMemo<ReportState>(() => {
    if (!engine || !deferred) return { model: null, error: null };
    try {
      return { model: engine.build(deferred), error: null };
    } catch (e) {
      return { model: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [engine, deferred]);
  return state;
}
