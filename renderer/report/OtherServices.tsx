import { formatDuration, formatNumber } from '@core/format';
import { COMPACT_SERVICE_ROWS } from '@core/report/service-pages';
import { serviceFacts } from '@core/report/service-facts';
import { useReportView } from './report-context';
import { ResultCells, ResultHeads } from './ResultColumns';

/**
 * The services of a long report that get no page of their own, one line each, worst first (issue 19 item 4): what a
 * reader needs to see that each one was looked at, without a page of charts per service.
 */
export function OtherServices({ services, paged }: { services: readonly string[]; paged: number }) {
  const { model, locale, s } = useReportView();
  if (services.length === 0) return null;
  const shown = services.slice(0, COMPACT_SERVICE_ROWS);
  const n = (v: number) => formatNumber(v, locale, 0);
  const named = model.services.filter((x) => x !== '*').length;
  return (
    <section className="appendix other-services">
      <h2>{s.otherServicesHeading}</h2>
      <p className="lead">
        {s.otherServicesLead(n(named), n(paged), n(services.length))}
        {shown.length < services.length && (
          <> {s.otherServicesLeftOut(n(shown.length), n(services.length - shown.length))}</>
        )}
      </p>
      <table className="data compact">
        <thead>
          <tr>
            <ResultHeads />
            <th>{s.colDowntime}</th>
            <th>{s.colEpisodes}</th>
            <th>{s.colBudgetLeft}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((service) => {
            const sum = serviceFacts(model, service).summary;
            if (!sum) return null;
            return (
              <tr key={service}>
                <ResultCells service={service} sum={sum} />
                <td>{formatDuration(sum.downtimeMinutes, locale)}</td>
                <td>{n(sum.episodes)}</td>
                <td>{formatDuration(sum.budgetRemainingMinutes, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
