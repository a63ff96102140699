import { formatDateTime, formatDuration, formatNumber } from '@core/format';
import type { BurnAlert, UncaughtOutage } from '@core/model/report-model';
import { useReportView } from './report-context';

/** Rows of each list on the alert page; the JSON export lists every alert and outage. */
export const ALERT_ROWS = 25;

interface ServiceAlerts {
  service: string;
  fired: number;
  fastest: number | null;
  delaySum: number;
  uncaught: number;
  uncaughtMinutes: number;
}

/** Per service: alerts fired and how fast, outages no rule caught; the services with most missed outages first. */
function perService(alerts: readonly BurnAlert[], uncaught: readonly UncaughtOutage[]): ServiceAlerts[] {
  const rows = new Map<string, ServiceAlerts>();
  const row = (service: string) => {
    let r = rows.get(service);
    if (!r) rows.set(service, (r = { service, fired: 0, fastest: null, delaySum: 0, uncaught: 0, uncaughtMinutes: 0 }));
    return r;
  };
  for (const a of alerts) {
    const r = row(a.service);
    r.fired++;
    r.delaySum += a.delayMinutes;
    r.fastest = r.fastest === null ? a.delayMinutes : Math.min(r.fastest, a.delayMinutes);
  }
  for (const u of uncaught) {
    const r = row(u.service);
    r.uncaught++;
    r.uncaughtMinutes += u.minutes;
  }
  return [...rows.values()].sort((a, b) => b.uncaught - a.uncaught || b.fired - a.fired);
}

/**
 * The burn-rate replay the settings ask for (`--burn-rate`, `--burn-rule`, docs/spec.md 5b): per service the alerts
 * that would have fired and how long after the outage began, the alerts themselves, and the outages no rule caught.
 */
export function BurnAlerts() {
  const { model, locale, s, timeZone, serviceName } = useReportView();
  const rules = model.settings.burnRules;
  if (rules.length === 0) return null;
  const n = (v: number) => formatNumber(v, locale, 0);
  const d = (minutes: number) => formatDuration(minutes, locale);
  const at = (ms: number) => formatDateTime(ms, timeZone, locale);
  const services = perService(model.alerts, model.uncaught);
  const shownServices = services.slice(0, ALERT_ROWS);
  const alerts = [...model.alerts].sort((a, b) => a.firedAt - b.firedAt).slice(0, ALERT_ROWS);
  const uncaught = [...model.uncaught].sort((a, b) => b.minutes - a.minutes).slice(0, ALERT_ROWS);
  const ruleText = rules
    .map((r) => s.alertRule(formatNumber(r.burnRate, locale), d(r.longMinutes), d(r.shortMinutes)))
    .join('; ');
  return (
    <section className="appendix alerts">
      <h2>{s.alertsHeading}</h2>
      <p className="lead">
        {s.alertsLead(ruleText)}
        {shownServices.length < services.length && (
          <> {s.alertsServicesLeftOut(n(shownServices.length), n(services.length))}</>
        )}
      </p>
      {services.length > 0 && (
        <table className="data compact">
          <thead>
            <tr>
              <th className="text">{s.colService}</th>
              <th>{s.colAlertsFired}</th>
              <th>{s.colFirstDelay}</th>
              <th>{s.colMeanDelay}</th>
              <th>{s.colUncaught}</th>
              <th>{s.colUncaughtDowntime}</th>
            </tr>
          </thead>
          <tbody>
            {shownServices.map((r) => (
              <tr key={r.service}>
                <td className="text">{serviceName(r.service)}</td>
                <td>{n(r.fired)}</td>
                <td>{r.fastest === null ? s.notApplicable : d(r.fastest)}</td>
                <td>{r.fired === 0 ? s.notApplicable : d(r.delaySum / r.fired)}</td>
                <td className={r.uncaught > 0 ? 'bad' : undefined}>{n(r.uncaught)}</td>
                <td>{d(r.uncaughtMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {alerts.length > 0 && (
        <div className="keep">
          <h3>{s.alertsListHeading}</h3>
          <p className="note">{s.alertsListLead(n(alerts.length), n(model.alerts.length))}</p>
          <table className="data compact">
            <thead>
              <tr>
                <th className="text">{s.colService}</th>
                <th className="text">{s.colRule}</th>
                <th className="text">{s.colFired}</th>
                <th className="text">{s.colResolved}</th>
                <th>{s.colDelay}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((a) => (
                <tr key={`${a.service}|${a.rule}|${a.firedAt}`}>
                  <td className="text">{serviceName(a.service)}</td>
                  <td className="text nowrap">{a.rule}</td>
                  <td className="text nowrap">{at(a.firedAt)}</td>
                  <td className="text nowrap">{at(a.resolvedAt)}</td>
                  <td>{d(a.delayMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="keep">
        <h3>{s.uncaughtHeading}</h3>
        {uncaught.length === 0 ? (
          <p className="note">{s.uncaughtNone}</p>
        ) : (
          <>
            <p className="note">{s.uncaughtLead(n(uncaught.length), n(model.uncaught.length))}</p>
            <table className="data compact">
              <thead>
                <tr>
                  <th className="text">{s.colService}</th>
                  <th className="text">{s.colOutageStart}</th>
                  <th>{s.colOutageLength}</th>
                </tr>
              </thead>
              <tbody>
                {uncaught.map((u) => (
                  <tr key={`${u.service}|${u.episodeStart}`}>
                    <td className="text">{serviceName(u.service)}</td>
                    <td className="text nowrap">{at(u.episodeStart)}</td>
                    <td>{d(u.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}
