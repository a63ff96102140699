import { formatDateTime, formatDuration, formatNumber, formatTarget, formatUserHoursCount } from '@core/format';
import type { IncidentRow } from '@core/model/report-model';
import { useReportView } from './report-context';
import { SERVICE_TOP_INCIDENTS, topIncidentsOf } from '@core/pdf/print-model';
import { incidentCount, incidentRegister, incidentsTotal } from './report-facts';

function incidentLabel(i: IncidentRow): string {
  return [i.id, i.title].filter((x): x is string => !!x).join(' · ');
}

/** One service's own incidents that cost users most (platform-wide records on the platform's page only). */
export function ServiceIncidents({ service }: { service: string }) {
  const { model, locale, s, timeZone } = useReportView();
  const top = topIncidentsOf(model.incidents, service, SERVICE_TOP_INCIDENTS);
  const count = incidentCount(model, service);
  return (
    <div className="keep service-incidents">
      <h3>{s.topIncidentsHeading}</h3>
      {top.length === 0 ? (
        <p className="note">{s.noServiceIncidents}</p>
      ) : (
        <>
          <p className="note">
            {s.topIncidentsLead(formatNumber(top.length, locale, 0), formatNumber(count, locale, 0))}
          </p>
          <table className="data incident-table compact">
            <thead>
              <tr>
                <th>{s.colRank}</th>
                <th className="text">{s.colStart}</th>
                <th className="text">{s.colSeverity}</th>
                <th>{s.colDuration}</th>
                <th>{s.colAffected}</th>
                <th>{s.colUserHours}</th>
                <th className="text wide">{s.colTitle}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((i, rank) => (
                <tr key={i.index}>
                  <td>{formatNumber(rank + 1, locale, 0)}</td>
                  <td className="text nowrap">{formatDateTime(i.start, timeZone, locale)}</td>
                  <td className="text nowrap">{s.severity[i.severity]}</td>
                  <td className="nowrap">{formatDuration(i.durationMinutes, locale)}</td>
                  <td>{formatTarget(i.affectedShare, locale)}</td>
                  <td className="nowrap">{formatUserHoursCount(i.userMinutes, locale)}</td>
                  <td className="text wide">{incidentLabel(i)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/**
 * The register appendix: by default the most impactful incidents, in time order, saying how many it left out;
 * every incident (up to FULL_REGISTER_LIMIT) when the user asked for the full register.
 */
export function IncidentRegister() {
  const { model, locale, s, timeZone, serviceName } = useReportView();
  if (model.incidents.length === 0) return null;
  const rows = incidentRegister(model);
  const total = incidentsTotal(model);
  return (
    <section className="appendix register">
      <h2>{s.registerHeading}</h2>
      <p className="lead">
        {s.registerLead(
          formatNumber(rows.length, locale, 0),
          formatNumber(total, locale, 0),
          formatNumber(total - rows.length, locale, 0),
        )}
      </p>
      <table className="data incident-table compact">
        <thead>
          <tr>
            <th className="text">{s.colStart}</th>
            <th className="text">{s.colService}</th>
            <th className="text">{s.colRegion}</th>
            <th className="text">{s.colSeverity}</th>
            <th>{s.colDuration}</th>
            <th>{s.colAffected}</th>
            <th className="text wide">{s.colTitle}</th>
            <th>{s.colLine}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.index}>
              <td className="text nowrap">{formatDateTime(i.start, timeZone, locale)}</td>
              <td className="text">{serviceName(i.service)}</td>
              <td className="text">{i.region ?? ''}</td>
              <td className="text">{s.severity[i.severity]}</td>
              <td className="nowrap">
                {formatDuration(i.durationMinutes, locale)}
                {i.open && <div className="cell-sub">{s.ongoing}</div>}
              </td>
              <td>{formatTarget(i.affectedShare, locale)}</td>
              <td className="text wide">{incidentLabel(i)}</td>
              <td>{i.line > 0 ? formatNumber(i.line, locale, 0) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
