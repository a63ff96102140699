import type { ReportModel } from '../model/report-model';
import {
  formatAvailability,
  formatDuration,
  formatTarget,
  formatUserHours,
  type Locale,
  type MetWords,
} from '../format';
import { terminalText } from './terminal-text';
import { serviceFacts } from '../report/service-facts';
import { MONTH_LABEL_COLUMN, TEXT_MONTH_COLUMNS, monthTextRows } from './month-text';

const COLUMNS = [MONTH_LABEL_COLUMN, ...TEXT_MONTH_COLUMNS];

const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text from the log (a file or service name, a diagnostic) as inert Markdown: a renderer shows it as typed.
 * `<`, `>` and `&` become entities, so no raw HTML (`<img onerror=...>`, `<script>`) and no autolink
 * (`<javascript:...>`); brackets, emphasis, code and strike marks are backslash-escaped, so no
 * `[text](javascript:...)` link or reference can form; pipes are escaped so a cell stays one cell; line
 * breaks become spaces (a newline would end the table row) and other control characters are written as
 * `\uXXXX`, as on a terminal.
 */
function cell(s: string): string {
  return terminalText(s.replace(/\r?\n/g, ' '))
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/[&<>]/g, (c) => MARKDOWN_ENTITIES[c]!);
}

const MET_WORDS: MetWords = { met: '✅ met', missed: '❌ missed', none: '—' };

/**
 * `| a | b |`, and the alignment row under a header: `---:` right-aligns a column. The cells are our own words and
 * figures (and Markdown such as the bold Total); text from the log goes through cell() before it gets here.
 */
function mdLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
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
        s.service === '*' ? 'All services' : cell(s.service),
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
    out.push(`## ${service === '*' ? 'All services (platform)' : cell(service)}`);
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
