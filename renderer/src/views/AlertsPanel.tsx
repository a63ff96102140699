import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDuration } from '@core/format';
import type { ReportModel } from '@core/model/report-model';
import { useLocale } from '../i18n';

/** The burn-rate replay: each alert in time order, how long after its outage began, and the outages none caught. */
export function AlertsPanel(props: { model: ReportModel }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { model } = props;
  const zone = model.settings.reportTimeZone;
  const name = (service: string) => (service === '*' ? t('service.all') : service);
  if (model.settings.burnRules.length === 0) return <p className="alerts__empty">{t('replay.alertsEmpty')}</p>;
  return (
    <>
      <section className="card alerts" aria-labelledby="alerts-title">
        <h3 id="alerts-title">{t('replay.alertsTitle')}</h3>
        {model.alerts.length === 0 ? (
          <p>{t('replay.noAlerts')}</p>
        ) : (
          <table className="alerts__table" data-testid="alerts-table">
            <thead>
              <tr>
                <th scope="col">{t('replay.service')}</th>
                <th scope="col">{t('replay.rule')}</th>
                <th scope="col">{t('replay.outageStart')}</th>
                <th scope="col">{t('replay.fired')}</th>
                <th scope="col">{t('replay.delay')}</th>
                <th scope="col">{t('replay.resolved')}</th>
              </tr>
            </thead>
            <tbody>
              {model.alerts.map((a, i) => (
                <tr key={i}>
                  <td>{name(a.service)}</td>
                  <td>{a.rule}</td>
                  <td>{formatDateTime(a.episodeStart, zone, locale)}</td>
                  <td>{formatDateTime(a.firedAt, zone, locale)}</td>
                  <td>{formatDuration(a.delayMinutes, locale)}</td>
                  <td>{formatDateTime(a.resolvedAt, zone, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card alerts" aria-labelledby="uncaught-title">
        <h3 id="uncaught-title">{t('replay.uncaughtTitle')}</h3>
        {model.uncaught.length === 0 ? (
          <p>{t('replay.noUncaught')}</p>
        ) : (
          <table className="alerts__table" data-testid="uncaught-table">
            <thead>
              <tr>
                <th scope="col">{t('replay.service')}</th>
                <th scope="col">{t('replay.outageStart')}</th>
                <th scope="col">{t('replay.length')}</th>
              </tr>
            </thead>
            <tbody>
              {model.uncaught.map((u, i) => (
                <tr key={i}>
                  <td>{name(u.service)}</td>
                  <td>{formatDateTime(u.episodeStart, zone, locale)}</td>
                  <td>{formatDuration(u.minutes, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
