import { useMemo } from 'react';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMonthKey,
  formatNumber,
  formatRateValue,
  formatTarget,
} from '@core/format';
import type { PeriodFigures } from '@core/model/report-model';
import { useReportView } from './report-context';
import { budgetBurnDown, type ServiceFacts } from './report-facts';
import { availabilityChart, burnDownChart, impactChart } from './chart-configs';
import { KpiStrip } from './KpiStrip';
import { PrintChart } from './PrintChart';

const CHART_HEIGHT_MM = 56;

/** One service: its headline figures, every month in a table, and the three charts. */
export function ServiceSection({ facts }: { facts: ServiceFacts }) {
  const { locale, s, serviceName, contentWidthMm, model } = useReportView();
  const { months, summary } = facts;
  const target = summary?.target ?? months[0]?.target ?? model.settings.targets.default;
  const charts = useMemo(
    () => ({
      availability: availabilityChart(months, target, locale),
      burn: burnDownChart(months, locale, s.burnStart),
      impact: impactChart(months, locale),
    }),
    [months, target, locale, s.burnStart],
  );
  const name = serviceName(facts.service);
  const rates = model.settings.rates;
  const samples = model.source.shape === 'status';

  return (
    <section className="service">
      <h2>{facts.service === '*' ? name : s.serviceHeading(name)}</h2>
      <KpiStrip facts={facts} />
      {summary && rates.length > 0 && (
        <p className="impact-line">
          <span className="impact-label">{s.impactRatesHeading}</span>
          {rates.map((r) => (
            <span key={r.name} className="impact-item">
              {r.name}: <strong>{formatRateValue(summary.impact[r.name] ?? 0, r.unit, locale)}</strong>
            </span>
          ))}
        </p>
      )}
      {summary && (
        <p className="impact-line">
          <span className="impact-label">{s.outagesHeading}</span>
          <span>
            <strong>{formatNumber(summary.episodes, locale, 0)}</strong> {s.episodes}
          </span>
          {summary.mttrMinutes !== null && (
            <span>
              {s.mttr}: <strong>{formatDuration(summary.mttrMinutes, locale)}</strong>
            </span>
          )}
          {summary.episodes > 0 && (
            <span>
              {s.longestEpisode}: <strong>{formatDuration(summary.longestEpisodeMinutes, locale)}</strong>
            </span>
          )}
        </p>
      )}

      <table className="data monthly">
        <thead>
          {/* a heading inside the header repeats on every page the table runs onto, so a continued page says whose
              figures these are */}
          <tr className="table-title">
            <th className="text" colSpan={samples ? 10 : 9}>
              {s.monthlyHeading} · {name}
            </th>
          </tr>
          <tr>
            <th className="text">{s.colPeriod}</th>
            <th>{s.colEligible}</th>
            <th>{s.colDowntime}</th>
            <th>{s.colAvailability}</th>
            <th>{s.colTarget}</th>
            <th className="text">{s.colMet}</th>
            <th>{s.colBudgetLeftShort}</th>
            <th>{s.colCredit}</th>
            <th>{s.colUserMinutes}</th>
            {samples && <th>{s.colSampleAvailability}</th>}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <FigureRow key={m.month} label={formatMonthKey(m.month ?? '', locale)} f={m} samples={samples} />
          ))}
          {/* one year's row would only repeat the whole-period row below it */}
          {facts.years.length > 1 &&
            facts.years.map((y) => <FigureRow key={y.period} label={y.period} f={y} samples={samples} total />)}
          {summary && <FigureRow label={s.wholeRange} f={summary} samples={samples} total grand />}
        </tbody>
      </table>

      <figure className="chart">
        <h3>{s.chartAvailabilityHeading}</h3>
        <PrintChart
          config={charts.availability}
          widthMm={contentWidthMm}
          heightMm={CHART_HEIGHT_MM}
          label={`${s.chartAvailabilityHeading}: ${name}`}
        />
        <figcaption>{s.chartAvailabilityCaption(formatTarget(target, locale))}</figcaption>
      </figure>
      <figure className="chart">
        <h3>{s.chartBurnHeading}</h3>
        <PrintChart
          config={charts.burn}
          widthMm={contentWidthMm}
          heightMm={CHART_HEIGHT_MM}
          label={`${s.chartBurnHeading}: ${name}`}
        />
        <figcaption>{s.chartBurnCaption(formatDuration(budgetBurnDown(months).totalBudget, locale))}</figcaption>
      </figure>
      <figure className="chart">
        <h3>{s.chartImpactHeading}</h3>
        <PrintChart
          config={charts.impact}
          widthMm={contentWidthMm}
          heightMm={CHART_HEIGHT_MM}
          label={`${s.chartImpactHeading}: ${name}`}
        />
        <figcaption>{s.chartImpactCaption}</figcaption>
      </figure>
    </section>
  );
}

interface RowProps {
  label: string;
  f: PeriodFigures;
  /** status logs also measure availability by samples (SPEC 2) */
  samples: boolean;
  total?: boolean;
  grand?: boolean;
}

function FigureRow({ label, f, samples, total, grand }: RowProps) {
  const { locale, s } = useReportView();
  return (
    <tr className={grand ? 'grand' : total ? 'total' : undefined}>
      <td className="text">{label}</td>
      <td>{formatDuration(f.eligibleMinutes, locale)}</td>
      <td>{formatDuration(f.downtimeMinutes, locale)}</td>
      <td>{formatAvailability(f.availability, locale)}</td>
      <td>{formatTarget(f.target, locale)}</td>
      <td className={`text ${f.met === false ? 'bad' : ''}`}>
        {f.met === null ? s.notApplicable : f.met ? s.met : s.missed}
      </td>
      <td className={f.budgetRemainingMinutes < 0 ? 'bad' : undefined}>
        {formatDuration(f.budgetRemainingMinutes, locale)}
      </td>
      <td>{formatTarget(f.creditPercent / 100, locale)}</td>
      <td>{formatCount(f.userMinutesLost, locale)}</td>
      {samples && <td>{formatAvailability(f.sampleAvailability, locale)}</td>}
    </tr>
  );
}
