import {
  formatAvailability,
  formatCredit,
  formatDuration,
  formatKpiChange,
  formatNumber,
  formatUserHours,
} from '@core/format';
import { changeIsBetter, serviceComparison, type ComparedKpi } from '@core/report/kpi-changes';
import type { PeriodFigures } from '@core/model/report-model';
import { useReportView } from './report-context';

/**
 * Page one's comparison with the period before (issue 16): the platform's headline figures now, and each one's
 * change ("▲ 0.05 pp vs previous quarter"), or "no data" when the log does not reach that period.
 */
export function PreviousComparison({ summary }: { summary: PeriodFigures }) {
  const { model, locale, s } = useReportView();
  const comparison = serviceComparison(model, summary.service);
  if (!comparison || !model.previous) return null;
  const currency = model.settings.currency;
  const credits: ComparedKpi = summary.creditAmount !== null ? 'creditAmount' : 'creditPercent';
  const rows: { kpi: ComparedKpi; label: string; value: string }[] = [
    { kpi: 'availability', label: s.kpiAvailability, value: formatAvailability(summary.availability, locale) },
    { kpi: 'downtimeMinutes', label: s.cmpDowntime, value: formatDuration(summary.downtimeMinutes, locale) },
    { kpi: 'episodes', label: s.cmpOutages, value: formatNumber(summary.episodes, locale, 0) },
    { kpi: 'mttrMinutes', label: s.cmpMttr, value: minutesOrDash(summary.mttrMinutes) },
    { kpi: 'mtbfMinutes', label: s.cmpMtbf, value: minutesOrDash(summary.mtbfMinutes) },
    { kpi: 'userMinutesLost', label: s.kpiUserImpact, value: formatUserHours(summary.userMinutesLost, locale) },
    {
      kpi: credits,
      label: s.kpiCredits,
      value: formatCredit(summary.creditAmount, summary.creditPercent, currency, locale),
    },
  ];
  function minutesOrDash(m: number | null): string {
    return m === null ? s.notApplicable : formatDuration(m, locale);
  }
  return (
    <div className="previous-comparison">
      <h3>{s.cmpHeading(model.previous.from, model.previous.to)}</h3>
      {/* a figure per column, so seven figures take three lines of the page */}
      <table className="data compact comparison-table">
        <thead>
          <tr>
            {rows.map((r) => (
              <th key={r.kpi}>{r.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {rows.map((r) => (
              <td key={r.kpi}>{r.value}</td>
            ))}
          </tr>
          <tr className="changes">
            {rows.map((r) => {
              const better = changeIsBetter(r.kpi, comparison.changes[r.kpi]);
              return (
                <td key={r.kpi} className={better === null ? undefined : better ? 'good' : 'bad'}>
                  {formatKpiChange(r.kpi, comparison.changes[r.kpi], comparison.span, locale, currency)}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
