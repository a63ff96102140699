import {
  formatAvailability,
  formatCredit,
  formatDuration,
  formatNumber,
  formatPersonYears,
  formatTarget,
  formatUserHours,
} from '@core/format';
import { useReportView } from './report-context';
import type { ServiceFacts } from '@core/report/service-facts';

/** The five figures an executive reads first, for one service over the whole period. */
export function KpiStrip({ facts }: { facts: ServiceFacts }) {
  const { locale, s, model } = useReportView();
  const currency = model.settings.currency;
  const sum = facts.summary;
  if (!sum) return null;
  const tiles: { label: string; value: string; sub: string; tone?: 'good' | 'bad' }[] = [
    {
      label: s.kpiAvailability,
      value: formatAvailability(sum.availability, locale),
      sub: s.kpiVsTarget(formatTarget(sum.target, locale)),
      tone: sum.met === null ? undefined : sum.met ? 'good' : 'bad',
    },
    {
      label: s.kpiMonthsMet,
      value: s.monthsMetValue(formatNumber(facts.monthsMet, locale, 0), formatNumber(facts.monthsJudged, locale, 0)),
      sub: s.kpiMonthsMissed(formatNumber(facts.monthsMissed, locale, 0)),
      tone: facts.monthsMissed > 0 ? 'bad' : 'good',
    },
    {
      label: s.kpiBudgetLeft,
      value: formatDuration(sum.budgetRemainingMinutes, locale),
      sub: s.kpiBudgetOf(formatDuration(sum.budgetMinutes, locale)),
      tone: sum.budgetRemainingMinutes < 0 ? 'bad' : 'good',
    },
    {
      label: s.kpiCredits,
      value: formatCredit(sum.creditAmount, facts.creditPercentSum, currency, locale),
      sub: s.kpiCreditsMonths(formatNumber(facts.creditMonths.length, locale, 0)),
      tone: facts.creditMonths.length > 0 ? 'bad' : undefined,
    },
    {
      label: s.kpiUserImpact,
      value: formatUserHours(sum.userMinutesLost, locale),
      sub: formatPersonYears(sum.userMinutesLost, locale),
    },
  ];
  return (
    <div className="kpis">
      {tiles.map((t) => (
        <div key={t.label} className={`kpi ${t.tone ?? ''}`}>
          <div className="kpi-label">{t.label}</div>
          <div className="kpi-value">{t.value}</div>
          <div className="kpi-sub">{t.sub}</div>
        </div>
      ))}
    </div>
  );
}
