import type { ReportModel } from '../model/report-model';
import {
  formatAvailability,
  formatDuration,
  formatTarget,
  formatUserHours,
  type Locale,
  type MetWords,
} from '../format';
import { serviceFacts } from '../report/service-facts';
import { MONTH_LABEL_COLUMN, TEXT_MONTH_COLUMNS, monthTextRows } from './month-text';

const COLUMNS = [MONTH_LABEL_COLUMN, ...TEXT_MONTH_COLUMNS];

/** Pipes and newlines inside a cell would break the table. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const MET_WORDS: MetWords = { met: '✅ met', missed: '❌ missed', none: '—' };

/** `| a | b |`, and the alignment row under a header: `---:` right-aligns a column. */
function mdLine(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}
const MONTH_HEADER = mdLine(COLUMNS.map((c) => c.header));
const MONTH_ALIGN = `|${COLUMNS.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`;

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
      mdLine([
        s.service === '*' ? 'All services' : s.service,
        formatAvailability(s.availability, locale),
        formatTarget(s.target, locale),
        s.met === null ? '—' : s.met ? '✅' : '❌',
        formatDuration(s.downtimeMinutes, locale),
        formatUserHours(s.userMinutesLost, locale),
      ]),
    );
  }
  for (const service of model.services) {
    out.push('');
    out.push(`## ${cell(service === '*' ? 'All services (platform)' : service)}`);
    out.push('');
    out.push(MONTH_HEADER);
    out.push(MONTH_ALIGN);
    for (const r of monthTextRows(serviceFacts(model, service), locale, '**Total**', MET_WORDS)) out.push(mdLine(r));
  }
  if (model.diagnosticsTotal > 0) {
    out.push('');
    out.push(`## Diagnostics (${model.diagnosticsTotal})`);
    out.push('');
    for (const d of model.diagnostics) out.push(`- ${d.line > 0 ? `line ${d.line}: ` : ''}${cell(d.message)}`);
  }
  return out.join('\n') + '\n';
}
