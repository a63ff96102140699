import type { PeriodFigures, ReportModel } from '../model/report-model';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatTarget,
  formatUserHours,
  formatNumber,
  formatRateValue,
  type Locale,
} from '../format';
import { textTable, type Column } from './text-table';
import { byService } from '../model/by-service';

const COLUMNS: Column[] = [
  { header: 'Month', align: 'left' },
  { header: 'Availability', align: 'right' },
  { header: 'Target', align: 'right' },
  { header: 'Met', align: 'left' },
  { header: 'Downtime', align: 'right' },
  { header: 'Budget left', align: 'right' },
  { header: 'Credit', align: 'right' },
  { header: 'Episodes', align: 'right' },
  { header: 'User-hours lost', align: 'right' },
];

function met(m: boolean | null): string {
  return m === null ? '—' : m ? 'yes' : 'NO';
}

function row(label: string, f: PeriodFigures, locale: Locale): string[] {
  return [
    label,
    formatAvailability(f.availability, locale),
    formatTarget(f.target, locale),
    met(f.met),
    formatDuration(f.downtimeMinutes, locale),
    formatDuration(f.budgetRemainingMinutes, locale),
    f.creditPercent ? `${formatNumber(f.creditPercent, locale)} %` : '—',
    String(f.episodes),
    formatCount(f.userMinutesLost / 60, locale),
  ];
}

/** The terminal report: a header, one block per service (its months, then its total), fitting 100 columns. */
export function formatTable(model: ReportModel, locale: Locale): string {
  const { source, settings } = model;
  const out: string[] = [];
  const first = model.monthKeys[0] ?? '—';
  const last = model.monthKeys[model.monthKeys.length - 1] ?? '—';
  out.push(`SLA report · ${source.file} (${source.format}, ${source.shape} log)`);
  out.push(
    `${source.records} records, ${source.skipped} rows skipped · ${first} to ${last} · time zone ${settings.reportTimeZone}` +
      ` · ${formatCount(settings.users, locale)} users`,
  );
  out.push(
    `maintenance ${settings.countMaintenance ? 'counted as downtime' : 'excluded'} · weights partial ${settings.weights.partial}` +
      `, degraded ${settings.weights.degraded} · credits ${settings.credits.preset}`,
  );
  // grouped once: filtering every row for every service was quadratic (40,000 services took 35 s)
  const monthsOf = byService(model.months);
  const totalOf = new Map(model.summary.map((s) => [s.service, s]));
  for (const service of model.services) {
    const total = totalOf.get(service);
    const rows = (monthsOf.get(service) ?? []).map((m) => row(m.month ?? '', m, locale));
    if (total) rows.push(row('Total', total, locale));
    out.push('');
    out.push(service === '*' ? 'All services (platform)' : `Service: ${service}`);
    out.push(textTable(COLUMNS, rows));
    if (total) {
      const extra: string[] = [];
      if (total.mttrMinutes !== null) extra.push(`MTTR ${formatDuration(total.mttrMinutes, locale)}`);
      if (total.longestEpisodeMinutes > 0) extra.push(`longest ${formatDuration(total.longestEpisodeMinutes, locale)}`);
      extra.push(`user impact ${formatUserHours(total.userMinutesLost, locale)}`);
      for (const rate of settings.rates) {
        const v = total.impact[rate.name];
        if (v !== undefined) extra.push(`${rate.name} ${formatRateValue(v, rate.unit, locale)}`);
      }
      if (total.sampleAvailability !== null)
        extra.push(`sample availability ${formatAvailability(total.sampleAvailability, locale)}`);
      out.push(extra.join(' · '));
    }
  }
  if (model.diagnosticsTotal > 0) {
    out.push('');
    out.push(
      `Diagnostics (${model.diagnosticsTotal}${model.diagnosticsTotal > model.diagnostics.length ? `, first ${model.diagnostics.length} shown` : ''}):`,
    );
    for (const d of model.diagnostics) out.push(`  ${d.line > 0 ? `line ${d.line}: ` : ''}${d.message}`);
  }
  return out.join('\n') + '\n';
}
