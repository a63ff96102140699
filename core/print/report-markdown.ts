import type { ReportModel } from '../model/report-model';
import { formatAvailability, formatDuration, formatTarget, formatUserHours, type Locale } from '../format';
import { terminalText } from './terminal-text';
import { serviceFacts } from '../report/service-facts';
import { monthTextColumns, monthTextRows } from './month-text';
import { TEXT_STRINGS } from './text-strings';
import { businessHoursNote } from './business-hours-note';

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

/**
 * `| a | b |`, and the alignment row under a header: `---:` right-aligns a column. The cells are our own words and
 * figures (and Markdown such as the bold Total); text from the log goes through cell() before it gets here.
 */
function mdLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The report as Markdown, for a ticket, a wiki page or a post-incident review. */
export function reportMarkdown(model: ReportModel, locale: Locale): string {
  const { source, settings } = model;
  const w = TEXT_STRINGS[locale];
  const columns = monthTextColumns(locale);
  const out: string[] = [];
  out.push(`# ${w.title}: ${cell(source.file)}`);
  out.push('');
  out.push(
    [
      `${w.records(source.records, source.skipped)} (${source.format}, ${w.shape[source.shape]})`,
      w.range(model.monthKeys[0] ?? '—', model.monthKeys[model.monthKeys.length - 1] ?? '—'),
      w.timeZone(settings.reportTimeZone),
      ...businessHoursNote(settings, locale),
    ].join(' · '),
  );
  out.push('');
  const c = w.columns;
  out.push(mdLine([w.markdownService, c.availability, c.target, c.met, c.downtime, w.markdownUserImpact]));
  out.push('|---|---:|---:|---|---:|---:|');
  for (const s of model.summary) {
    out.push(
      mdLine([
        s.service === '*' ? w.platformShort : cell(s.service),
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
    out.push(`## ${service === '*' ? w.platform : cell(service)}`);
    out.push('');
    out.push(mdLine(columns.map((col) => col.header)));
    out.push(`|${columns.map((col) => (col.align === 'right' ? '---:' : '---')).join('|')}|`);
    const rows = monthTextRows(serviceFacts(model, service), locale, `**${w.total}**`, w.markdownMet);
    for (const r of rows) out.push(mdLine(r));
  }
  if (model.diagnosticsTotal > 0) {
    out.push('');
    out.push(`## ${w.diagnostics} (${model.diagnosticsTotal})`);
    out.push('');
    for (const d of model.diagnostics) out.push(`- ${d.line > 0 ? `${w.line(d.line)}: ` : ''}${cell(d.message)}`);
  }
  return out.join('\n') + '\n';
}
