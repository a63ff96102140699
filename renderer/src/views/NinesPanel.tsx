import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAvailability, formatDuration, formatMonthKey, formatNumber, formatTarget } from '@core/format';
import { allowedDowntime, availabilityForDowntime } from '@core/compute/nines';
import { parseDurationMinutes } from '@core/import/values/duration';
import type { ReportModel } from '@core/model/report-model';
import { MONTH_CONVENTIONS, type MonthConvention } from '@core/model/settings';
import { parseMonthKey } from '@core/time/month-key';
import { useLocale } from '../i18n';
import { TargetControl } from '../settings/TargetControl';

type PeriodKey = 'day' | 'week' | 'month' | 'quarter' | 'year';
const PERIODS: PeriodKey[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Allowed downtime for a target (SPEC 6) and the reverse, downtime in, availability out. */
export function NinesPanel(props: {
  model: ReportModel;
  initialTarget: number;
  onConventionChange: (c: MonthConvention) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { model } = props;
  const zone = model.settings.reportTimeZone;
  const convention = model.settings.monthConvention;
  const [target, setTarget] = useState(props.initialTarget);
  const [reference, setReference] = useState(model.monthKeys[model.monthKeys.length - 1] ?? '');
  const [downtimeText, setDowntimeText] = useState('43m');
  const [reversePeriod, setReversePeriod] = useState<PeriodKey>('month');
  const ids = { conv: useId(), ref: useId(), down: useId(), per: useId() };

  const refKey = model.monthKeys.includes(reference)
    ? reference
    : (model.monthKeys[model.monthKeys.length - 1] ?? '2000-01');
  const row = useMemo(
    () => allowedDowntime(target, convention, zone, parseMonthKey(refKey)),
    [target, convention, zone, refKey],
  );
  const periodDays: Record<PeriodKey, number> = {
    day: 1,
    week: 7,
    month: row.monthDays,
    quarter: row.quarterDays,
    year: row.yearDays,
  };
  const downtime = parseDurationMinutes(downtimeText);
  const reverse =
    Number.isNaN(downtime) || downtime < 0 ? null : availabilityForDowntime(downtime, periodDays[reversePeriod] * 1440);

  const conventionLabel = (c: MonthConvention): string =>
    c === 'calendar'
      ? t('nines.conventionCalendar', {
          days: formatNumber(row.monthDays, locale, 2),
          month: formatMonthKey(refKey, locale, 'long'),
        })
      : c === '30d'
        ? t('nines.convention30')
        : c === '30.44d'
          ? t('nines.convention3044')
          : t('nines.convention365');
  const periodLabel = (p: PeriodKey): string =>
    p === 'day' || p === 'week' ? t(`nines.${p}`) : t('nines.periodDays', { period: t(`nines.${p}`), days: formatNumber(periodDays[p], locale, 2) });

  return (
    <div className="nines">
      <section className="card nines__main" aria-labelledby="nines-title">
        <h2 id="nines-title" className="card__title">
          {t('nines.title')}
        </h2>
        <TargetControl label={t('nines.target')} value={target} onChange={setTarget} />
        <div className="form-row">
          <label htmlFor={ids.conv}>{t('nines.convention')}</label>
          <select
            id={ids.conv}
            value={convention}
            onChange={(e) => props.onConventionChange(e.target.value as MonthConvention)}
          >
            {MONTH_CONVENTIONS.map((c) => (
              <option key={c} value={c}>
                {conventionLabel(c)}
              </option>
            ))}
          </select>
          {convention === 'calendar' ? (
            <>
              <label htmlFor={ids.ref}>{t('table.month')}</label>
              <select id={ids.ref} value={refKey} onChange={(e) => setReference(e.target.value)}>
                {model.monthKeys.map((k) => (
                  <option key={k} value={k}>
                    {formatMonthKey(k, locale, 'long')}
                  </option>
                ))}
              </select>
            </>
          ) : null}
        </div>
        <table className="data-table nines__table" data-testid="nines-table">
          <caption>
            {formatTarget(target, locale)} · {conventionLabel(convention)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('nines.per')}</th>
              <th scope="col" className="num">
                {t('nines.title')}
              </th>
            </tr>
          </thead>
          <tbody>
            {PERIODS.map((p) => (
              <tr key={p}>
                <th scope="row">{periodLabel(p)}</th>
                <td className="num">{formatDuration(row[p], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {model.nines.length > 0 ? (
          <p className="muted">
            {t('nines.targetsInUse')}:{' '}
            {model.nines.map((n) => (
              <button
                key={n.target}
                type="button"
                className="chip"
                aria-pressed={n.target === target}
                onClick={() => setTarget(n.target)}
              >
                {formatTarget(n.target, locale)}
              </button>
            ))}
          </p>
        ) : null}
      </section>
      <section className="card nines__reverse" aria-labelledby="nines-reverse">
        <h2 id="nines-reverse" className="card__title">
          {t('nines.reverse')}
        </h2>
        <div className="form-row">
          <label htmlFor={ids.down}>{t('nines.downtime')}</label>
          <input
            id={ids.down}
            type="text"
            value={downtimeText}
            aria-invalid={reverse === null}
            aria-describedby={`${ids.down}-hint`}
            onChange={(e) => setDowntimeText(e.target.value)}
          />
          <label htmlFor={ids.per}>{t('nines.over')}</label>
          <select id={ids.per} value={reversePeriod} onChange={(e) => setReversePeriod(e.target.value as PeriodKey)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {periodLabel(p)}
              </option>
            ))}
          </select>
        </div>
        <p id={`${ids.down}-hint`} className={reverse === null ? 'field-error' : 'muted'}>
          {reverse === null ? t('nines.invalidDuration') : t('nines.downtimeHint')}
        </p>
        <p className="nines__result">
          <span>{t('nines.result')}</span>
          <strong data-testid="nines-reverse">{formatAvailability(reverse, locale)}</strong>
        </p>
      </section>
    </div>
  );
}
