import type { PeriodFigures, ReportModel } from '../model/report-model';
import {
  formatAvailability,
  formatDuration,
  formatNumber,
  formatTarget,
  formatUserHours,
  formatCount,
  type Locale,
} from '../format';

/** Pipes and newlines inside a cell would break the table. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(label: string, f: PeriodFigures, locale: Locale): string {
  const cells = [
    label,
    formatAvailability(f.availability, locale),
    formatTarget(f.target, locale),
    f.met === null ? '—' : f.met ? '✅ met' : '❌ missed',
    formatDuration(f.downtimeMinutes, locale),
    formatDuration(f.budgetRemainingMinutes, locale),
    f.creditPercent ? `${formatNumber(f.creditPercent, locale)} %` : '—',
    String(f.episodes),
    formatCount(f.userMinutesLost === null ? null : f.userMinutesLost / 60, locale),
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** The report as Markdown, for a ticket, a wiki page or a post-incident review. */
export function reportMarkdown(model: ReportModel, locale: Locale): string {
  const { source, settings } = model;
  const out: string[] = [];
  out.push(`# SLA report: ${cell(source.file)}`);
  out.push('');
  out.push(
    `${source.records} records (${source.format}, ${source.shape} log), ${source.skipped} rows skipped · ` +
      `${model.monthKeys[0] ?? '—'} to ${model.monthKeys[model.monthKeys.length - 1] ?? '—'} · time zone ${settings.reportTimeZone}`,
  );
  out.push('');
  out.push('| Service | Availability | Target | Met | Downtime | User impact |');
  out.push('|---|---:|---:|---|---:|---:|');
  for (const s of model.summary) {
    out.push(
      `| ${cell(s.service === '*' ? 'All services' : s.service)} | ${formatAvailability(s.availability, locale)} | ` +
        `${formatTarget(s.target, locale)} | ${s.met === null ? '—' : s.met ? '✅' : '❌'} | ` +
        `${formatDuration(s.downtimeMinutes, locale)} | ${formatUserHours(s.userMinutesLost, locale)} |`,
    );
  }
  for (const service of model.services) {
    out.push('');
    out.push(`## ${cell(service === '*' ? 'All services (platform)' : service)}`);
    out.push('');
    out.push('| Month | Availability | Target | Met | Downtime | Budget left | Credit | Episodes | User-hours lost |');
    out.push('|---|---:|---:|---|---:|---:|---:|---:|---:|');
    for (const m of model.months) if (m.service === service) out.push(row(m.month ?? '', m, locale));
    const total = model.summary.find((s) => s.service === service);
    if (total) out.push(row('**Total**', total, locale));
  }
  if (model.diagnosticsTotal > 0) {
    out.push('');
    out.push(`## Diagnostics (${model.diagnosticsTotal})`);
    out.push('');
    for (const d of model.diagnostics) out.push(`- ${d.line > 0 ? `line ${d.line}: ` : ''}${cell(d.message)}`);
  }
  return out.join('\n') + '\n';
}
