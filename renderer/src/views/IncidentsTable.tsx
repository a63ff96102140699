import { useDeferredValue, useId, useMemo, useState } from 'react';
import { formatDateTime, formatDuration, formatPercent, formatUserHoursCount } from '@core/format';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Severity } from '@core/model/records';
import type { IncidentRow, ReportModel } from '@core/model/report-model';
import { REPORT_INCIDENT_LIMIT as INCIDENT_LIMIT } from '../../../electron/shared/report-limits';
import { useLocale } from '../i18n';

type SortKey = 'start' | 'end' | 'service' | 'severity' | 'durationMinutes' | 'affectedShare' | 'userMinutes';
const PAGE_SIZE = 50;

const compare: Record<SortKey, (a: IncidentRow, b: IncidentRow) => number> = {
  start: (a, b) => a.start - b.start,
  end: (a, b) => a.end - b.end,
  service: (a, b) => (a.service ?? '').localeCompare(b.service ?? ''),
  severity: (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  durationMinutes: (a, b) => a.durationMinutes - b.durationMinutes,
  affectedShare: (a, b) => a.affectedShare - b.affectedShare,
  userMinutes: (a, b) => (a.userMinutes ?? 0) - (b.userMinutes ?? 0),
};

/** The records of the range: sortable by any column, filtered by service, severity and text. */
export function IncidentsTable(props: { model: ReportModel; initialService?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { model } = props;
  const zone = model.settings.reportTimeZone;
  const ids = { svc: useId(), sev: useId(), q: useId() };
  const [service, setService] = useState<string>(
    props.initialService && props.initialService !== '*' ? props.initialService : '',
  );
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'userMinutes', desc: true });
  const [page, setPage] = useState(0);

  const rows = useMemo(() => {
    const q = deferredQuery.trim().toLowerCase();
    const out = model.incidents.filter(
      (r) =>
        // a platform-wide record hit every service
        (service === '' || r.service === service || r.service === null) &&
        (severity === '' || r.severity === severity) &&
        (q === '' || [r.title, r.id, r.region, r.service].some((v) => v?.toLowerCase().includes(q))),
    );
    const cmp = compare[sort.key];
    out.sort((a, b) => (sort.desc ? cmp(b, a) : cmp(a, b)) || a.start - b.start);
    return out;
  }, [model.incidents, service, severity, deferredQuery, sort]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);

  const header = (key: SortKey, label: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          setSort((s) => ({ key, desc: s.key === key ? !s.desc : numeric }));
          setPage(0);
        }}
      >
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {sort.key === key ? (sort.desc ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <section className="card incidents" aria-labelledby="incidents-title">
      <header className="incidents__head">
        <h2 id="incidents-title" className="card__title">
          {t('incidents.title')}
        </h2>
        <div className="filters">
          <label htmlFor={ids.svc} className="visually-hidden">
            {t('table.service')}
          </label>
          <select id={ids.svc} value={service} onChange={(e) => (setService(e.target.value), setPage(0))}>
            <option value="">{t('incidents.allServices')}</option>
            {model.services
              .filter((s) => s !== '*')
              .map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </select>
          <label htmlFor={ids.sev} className="visually-hidden">
            {t('incidents.severity')}
          </label>
          <select
            id={ids.sev}
            value={severity}
            onChange={(e) => (setSeverity(e.target.value as Severity | ''), setPage(0))}
          >
            <option value="">{t('incidents.allSeverities')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.q} className="visually-hidden">
            {t('incidents.search')}
          </label>
          <input
            id={ids.q}
            type="search"
            placeholder={t('incidents.search')}
            value={query}
            onChange={(e) => (setQuery(e.target.value), setPage(0))}
          />
        </div>
        <p className="muted" aria-live="polite" data-testid="incident-count">
          {t('incidents.count', { shown: rows.length, total: model.incidents.length })}
          {model.incidents.length >= INCIDENT_LIMIT ? ` · ${t('incidents.limited', { count: INCIDENT_LIMIT })}` : ''}
        </p>
      </header>
      {model.incidents.length === 0 ? (
        <p className="empty">{t('incidents.none')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('incidents.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table incidents__table">
            <thead>
              <tr>
                {header('start', t('incidents.start'))}
                {header('end', t('incidents.end'))}
                {header('service', t('table.service'))}
                {header('severity', t('incidents.severity'))}
                {header('durationMinutes', t('incidents.duration'), true)}
                {header('affectedShare', t('incidents.affected'), true)}
                {header('userMinutes', t('incidents.userHours'), true)}
                <th scope="col">{t('incidents.region')}</th>
                <th scope="col">{t('incidents.title_')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.index}>
                  <td className="nowrap">{formatDateTime(r.start, zone, locale)}</td>
                  <td className="nowrap">
                    {formatDateTime(r.end, zone, locale)}
                    {r.open ? <span className="badge badge--neutral">{t('incidents.open')}</span> : null}
                  </td>
                  <td>{r.service ?? <em>{t('incidents.platformWide')}</em>}</td>
                  <td>
                    <span className={`sev sev--${r.severity}`}>{t(`severity.${r.severity}`)}</span>
                  </td>
                  <td className="num nowrap" data-minutes={r.durationMinutes}>
                    {formatDuration(r.durationMinutes, locale)}
                  </td>
                  <td className="num">{formatPercent(r.affectedShare, locale, 1)}</td>
                  <td className="num nowrap">{formatUserHoursCount(r.userMinutes, locale)}</td>
                  <td>{r.region ?? ''}</td>
                  <td className="incidents__title-cell">
                    {r.title ?? ''}
                    {r.id ? <span className="muted"> {r.id}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label={t('incidents.title')}>
          <button
            type="button"
            className="button button--small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('incidents.prev')}
          </button>
          <span>{t('incidents.page', { page: current + 1, pages })}</span>
          <button
            type="button"
            className="button button--small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('incidents.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
