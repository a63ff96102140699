import type { ReportModel } from '../model/report-model';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatUserHours,
  formatNumber,
  formatRateValue,
  type Locale,
} from '../format';
import { serviceFacts, type ServiceFacts } from '../report/service-facts';
import { compositeComparison, compositeComparisonText } from '../report/composite-comparison';
import { monthTextColumns, monthTextRows } from './month-text';
import { textTable } from './text-table';
import { terminalText } from './terminal-text';
import { TEXT_STRINGS, type TextStrings } from './text-strings';
import { businessHoursNote } from './business-hours-note';

/** The credit preset as the settings line names it: a provider's key is a name in any language, none is a word. */
function presetWord(preset: string, s: TextStrings): string {
  return preset === 'none' ? s.creditPresetNone : preset === 'custom' ? s.creditPresetCustom : preset;
}

/** The terminal report as one string (tests, the bench); the CLI writes tableChunks as they come. */
export function formatTable(model: ReportModel, locale: Locale): string {
  return [...tableChunks(model, locale)].join('');
}

/** Every service's facts from the model's rows, in its order. */
function* modelFacts(model: ReportModel): Generator<ServiceFacts> {
  for (const service of model.services) yield serviceFacts(model, service);
}

/**
 * The terminal report: a header, one block per service (its months, then its total), fitting 100 columns. Yielded a
 * block at a time, each ending in a line break, so 200,000 services never sit in memory as one string (issue 19
 * item 3: the joined table of 200,000 services held the CLI near 1 GB). `services`: each service's facts in the
 * model's order, by default from the model's rows; a one-shot report passes them as the engine makes them
 * (ReportEngine.stream), so no service's rows outlive its block.
 */
export function* tableChunks(
  model: ReportModel,
  locale: Locale,
  services: Iterable<ServiceFacts> = modelFacts(model),
): Generator<string> {
  const { source, settings } = model;
  const s = TEXT_STRINGS[locale];
  const columns = monthTextColumns(locale);
  let out: string[] = [];
  const flush = (): string => {
    const chunk = out.join('\n') + '\n';
    out = [];
    return chunk;
  };
  const first = model.monthKeys[0] ?? '—';
  const last = model.monthKeys[model.monthKeys.length - 1] ?? '—';
  out.push(`${s.title} · ${terminalText(source.file)} (${source.format}, ${s.shape[source.shape]})`);
  out.push(
    [
      s.records(source.records, source.skipped),
      s.range(first, last),
      s.timeZone(settings.reportTimeZone),
      settings.users === null ? s.noUserBase : s.users(formatCount(settings.users, locale)),
    ].join(' · '),
  );
  out.push(
    [
      s.maintenance(settings.countMaintenance),
      s.weights(formatNumber(settings.weights.partial, locale), formatNumber(settings.weights.degraded, locale)),
      s.credits(presetWord(settings.credits.preset, s)),
      ...businessHoursNote(settings, locale),
    ].join(' · '),
  );
  yield flush();
  for (const facts of services) {
    const { service, summary: total } = facts;
    out.push('');
    out.push(service === '*' ? s.platform : s.service(terminalText(service)));
    // capitals for a miss: the one word a reader scanning a terminal must not overlook
    out.push(textTable(columns, monthTextRows(facts, locale, s.total, s.terminalMet)));
    if (total) {
      const extra: string[] = [];
      if (total.mttrMinutes !== null) extra.push(`${s.mttr} ${formatDuration(total.mttrMinutes, locale)}`);
      if (total.longestEpisodeMinutes > 0)
        extra.push(`${s.longest} ${formatDuration(total.longestEpisodeMinutes, locale)}`);
      extra.push(`${s.userImpact} ${formatUserHours(total.userMinutesLost, locale)}`);
      for (const rate of settings.rates) {
        const v = total.impact[rate.name];
        if (v !== undefined) extra.push(terminalText(`${rate.name} ${formatRateValue(v, rate.unit, locale)}`));
      }
      if (total.sampleAvailability !== null)
        extra.push(`${s.sampleAvailability} ${formatAvailability(total.sampleAvailability, locale)}`);
      out.push(extra.join(' · '));
      const composite = compositeComparison(settings.composites, total);
      if (composite) out.push(terminalText(compositeComparisonText(composite, locale)));
    }
    yield flush();
  }
  if (model.diagnosticsTotal > 0) {
    out.push('');
    out.push(
      `${s.diagnostics} (${model.diagnosticsTotal}${model.diagnosticsTotal > model.diagnostics.length ? `, ${s.firstShown(model.diagnostics.length)}` : ''}):`,
    );
    for (const d of model.diagnostics)
      out.push(`  ${d.line > 0 ? `${s.line(d.line)}: ` : ''}${terminalText(d.message)}`);
    yield flush();
  }
}
