import type { ReportModel } from '../model/report-model';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatUserHours,
  formatRateValue,
  type Locale,
  type MetWords,
} from '../format';
import { serviceFacts } from '../report/service-facts';
import { compositeComparison, compositeComparisonText } from '../report/composite-comparison';
import { MONTH_LABEL_COLUMN, TEXT_MONTH_COLUMNS, monthTextRows } from './month-text';
import { textTable } from './text-table';
import { terminalText } from './terminal-text';

const COLUMNS = [MONTH_LABEL_COLUMN, ...TEXT_MONTH_COLUMNS];
/** Capitals for a miss: the one word a reader scanning a terminal must not overlook. */
const MET_WORDS: MetWords = { met: 'yes', missed: 'NO', none: '—' };

/** The terminal report: a header, one block per service (its months, then its total), fitting 100 columns. */
export function formatTable(model: ReportModel, locale: Locale): string {
  const { source, settings } = model;
  const out: string[] = [];
  const first = model.monthKeys[0] ?? '—';
  const last = model.monthKeys[model.monthKeys.length - 1] ?? '—';
  out.push(`SLA report · ${terminalText(source.file)} (${source.format}, ${source.shape} log)`);
  out.push(
    `${source.records} records, ${source.skipped} rows skipped · ${first} to ${last} · time zone ${settings.reportTimeZone}` +
      (settings.users === null ? ' · no user base set' : ` · ${formatCount(settings.users, locale)} users`),
  );
  out.push(
    `maintenance ${settings.countMaintenance ? 'counted as downtime' : 'excluded'} · weights partial ${settings.weights.partial}` +
      `, degraded ${settings.weights.degraded} · credits ${settings.credits.preset}`,
  );
  for (const service of model.services) {
    const facts = serviceFacts(model, service);
    const total = facts.summary;
    out.push('');
    out.push(service === '*' ? 'All services (platform)' : `Service: ${terminalText(service)}`);
    out.push(textTable(COLUMNS, monthTextRows(facts, locale, 'Total', MET_WORDS)));
    if (total) {
      const extra: string[] = [];
      if (total.mttrMinutes !== null) extra.push(`MTTR ${formatDuration(total.mttrMinutes, locale)}`);
      if (total.longestEpisodeMinutes > 0) extra.push(`longest ${formatDuration(total.longestEpisodeMinutes, locale)}`);
      extra.push(`user impact ${formatUserHours(total.userMinutesLost, locale)}`);
      for (const rate of settings.rates) {
        const v = total.impact[rate.name];
        if (v !== undefined) extra.push(terminalText(`${rate.name} ${formatRateValue(v, rate.unit, locale)}`));
      }
      if (total.sampleAvailability !== null)
        extra.push(`sample availability ${formatAvailability(total.sampleAvailability, locale)}`);
      out.push(extra.join(' · '));
      const composite = compositeComparison(settings.composites, total);
      if (composite) out.push(terminalText(compositeComparisonText(composite, locale)));
    }
  }
  if (model.diagnosticsTotal > 0) {
    out.push('');
    out.push(
      `Diagnostics (${model.diagnosticsTotal}${model.diagnosticsTotal > model.diagnostics.length ? `, first ${model.diagnostics.length} shown` : ''}):`,
    );
    for (const d of model.diagnostics) out.push(`  ${d.line > 0 ? `line ${d.line}: ` : ''}${terminalText(d.message)}`);
  }
  return out.join('\n') + '\n';
}
