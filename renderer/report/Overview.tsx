import { useMemo } from 'react';
import { useReportView } from './report-context';
import { impactChart } from './chart-configs';
import { PrintChart } from './PrintChart';
import { WorstIncidents } from './ExecutiveSummary';
import { AboutReport } from './Cover';

const CHART_HEIGHT_MM = 46;

/**
 * Page two: the incidents that cost most, the user impact per month of the platform row (SPEC 5's de-duplicated
 * total, so an outage of every service counts once), then what the report was made from.
 */
export function Overview() {
  const { model, locale, s, contentWidthMm, serviceName } = useReportView();
  const config = useMemo(() => impactChart(model, locale), [model, locale]);
  return (
    <section className="overview">
      <WorstIncidents />
      <figure className="chart">
        <h3>{s.chartImpactHeading}</h3>
        <PrintChart
          config={config}
          widthMm={contentWidthMm}
          heightMm={CHART_HEIGHT_MM}
          label={`${s.chartImpactHeading}: ${serviceName('*')}`}
        />
        <figcaption>{s.chartImpactCaption}</figcaption>
      </figure>
      <AboutReport />
    </section>
  );
}
