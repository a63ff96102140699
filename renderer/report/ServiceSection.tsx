import { useMemo } from 'react';
import { formatAvailability, formatDuration, formatNumber, formatRateValue, formatTarget } from '@core/format';
import type { ServiceFacts } from '@core/report/service-facts';
import { compositeComparison } from '@core/report/composite-comparison';
import { useReportView } from './report-context';
import { MonthlyTable } from './MonthlyTable';
import { availabilityChart, burnDownChart } from './chart-configs';
import { ServiceIncidents } from './IncidentTables';
import { printsMonthTables } from './report-facts';
import { KpiStrip } from './KpiStrip';
import { PrintChart } from './PrintChart';
import { StatusBars } from './StatusBars';

const CHART_HEIGHT_MM = 48;
const BURN_HEIGHT_MM = 38;

/** One service: its headline figures, its charts, its own top incidents, and its month table when the report's fit. */
export function ServiceSection({ facts }: { facts: ServiceFacts }) {
  const { locale, s, serviceName, contentWidthMm, model } = useReportView();
  const { months, summary } = facts;
  const target = summary?.target ?? months[0]?.target ?? model.settings.targets.default;
  const charts = useMemo(
    () => ({
      availability: availabilityChart(months, target, locale, s.chartAvailabilityAxis),
      burn: burnDownChart(facts.burn, locale, s.burnStart),
    }),
    [months, facts.burn, target, locale, s],
  );
  const name = serviceName(facts.service);
  const rates = model.settings.rates;
  const composite = compositeComparison(model.settings.composites, summary);
  const difference = composite?.differenceMinutes ?? null;

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

      {composite && (
        <p className="impact-line" data-composite={composite.service}>
          <span className="impact-label">{s.compositeHeading}</span>
          <span>
            {s.compositeLine(
              composite.expression,
              formatAvailability(composite.availability, locale),
              formatAvailability(composite.naiveAvailability, locale),
            )}
            {difference !== null && Math.abs(difference) >= 0.005 && (
              <>
                {' '}
                {s.compositeDifference(formatDuration(Math.abs(difference), locale), difference > 0)}{' '}
                {s.compositeCauses[composite.cause]}.
              </>
            )}
          </span>
        </p>
      )}

      {/* a long report keeps a service to one page: its month table and 90-day bar then live in the CSV/JSON and
          the dashboard (docs/report.md) */}
      {printsMonthTables(model) && <MonthlyTable facts={facts} name={name} />}
      {printsMonthTables(model) && <StatusBars service={facts.service} />}

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
          heightMm={BURN_HEIGHT_MM}
          label={`${s.chartBurnHeading}: ${name}`}
        />
        <figcaption>{s.chartBurnCaption(formatDuration(facts.burn.totalMinutes, locale))}</figcaption>
      </figure>
      <ServiceIncidents service={facts.service} />
    </section>
  );
}
