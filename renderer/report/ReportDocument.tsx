import { useEffect } from 'react';
import { ReportViewContext, type ReportView } from './report-context';
import { serviceFacts } from '@core/report/service-facts';
import { printedServices } from './report-facts';
import { ExecutiveSummary } from './ExecutiveSummary';
import { Overview } from './Overview';
import { ServiceSection } from './ServiceSection';
import { IncidentRegister } from './IncidentTables';
import { Diagnostics, Methodology } from './Appendices';
import { OtherServices } from './OtherServices';
import { RollingWindows } from './RollingWindows';
import { BurnAlerts } from './BurnAlerts';

interface Props {
  view: ReportView;
  /** called once the whole document is committed; effects of children (the charts) have run by then */
  onCommitted: () => void;
}

/** The printed report, top to bottom (docs/report.md describes each part). */
export function ReportDocument({ view, onCommitted }: Props) {
  useEffect(() => onCommitted(), [onCommitted]);
  const { paged, compact } = printedServices(view.model);
  return (
    <ReportViewContext value={view}>
      <main className={`report paper-${view.paper}`} lang={view.locale}>
        <ExecutiveSummary />
        <Overview />
        {paged.map((service) => (
          <ServiceSection key={service} facts={serviceFacts(view.model, service)} />
        ))}
        <OtherServices services={compact} paged={paged.filter((x) => x !== '*').length} />
        <RollingWindows />
        <BurnAlerts />
        <Methodology />
        <IncidentRegister />
        <Diagnostics />
      </main>
    </ReportViewContext>
  );
}
