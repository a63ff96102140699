import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatAvailability,
  formatDateTime,
  formatDuration,
  formatMonthKey,
  formatNumber,
  formatPercent,
  formatRateValue,
  formatTarget,
  formatUserHours,
  parseHumanNumber,
} from '@core/format';
import { quickAnswer, type QuickOutage } from '@core/compute/quick-answer';
import { parseDurationMinutes } from '@core/import/values/duration';
import { instantFromText } from '@core/import/values/instant-text';
import type { AllowedDowntime } from '@core/model/report-model';
import { CREDIT_PRESET_NAMES, creditTiers, type Credits } from '@core/model/credit-settings';
import { useLocale } from '../i18n';
import { TargetControl } from '../settings/TargetControl';

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** An outage's start as a person types it: the current hour in `zone`, ISO without an offset. */
function thisHour(zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(Date.now());
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '00';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:00`;
}

/** A number field of the form: the text as typed, its value, and whether it reads. */
function field<T>(text: string, parse: (t: string) => T | null): { text: string; value: T | null; bad: boolean } {
  const value = text.trim() === '' ? null : parse(text);
  return { text, value, bad: text.trim() !== '' && value === null };
}

/**
 * Quick answers without a log (issue 18 item 5): allowed downtime, and what one outage costs in budget,
 * credit, user-minutes and value. Pure core functions, recomputed on every keystroke; nothing crosses IPC.
 */
export function QuickCalculator(props: { zone: string; initialTarget: number; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [target, setTarget] = useState(props.initialTarget);
  const [outageText, setOutageText] = useState('2h');
  const [startText, setStartText] = useState(() => thisHour(props.zone));
  const [shareText, setShareText] = useState('100');
  const [usersText, setUsersText] = useState('');
  const [rateText, setRateText] = useState('');
  const [preset, setPreset] = useState<Exclude<Credits['preset'], 'custom'>>('none');

  const outage = field(outageText, (s) => {
    const m = parseDurationMinutes(s);
    return m >= 0 && Number.isFinite(m) ? m : null;
  });
  const start = field(startText, (s) => {
    const ms = instantFromText(s, props.zone);
    return Number.isNaN(ms) ? null : ms;
  });
  const share = field(shareText, (s) => {
    const v = Number(s.replace(',', '.').replace('%', '')) / 100;
    return v > 0 && v <= 1 ? v : null;
  });
  const users = field(usersText, parseHumanNumber);
  const rate = field(rateText, parseHumanNumber);

  const zone = props.zone;
  const o = outage.value;
  const at = start.value ?? Date.now();
  const shareValue = share.value ?? 1;
  const answer = useMemo(() => {
    const q: QuickOutage | null = o === null ? null : { start: at, minutes: o, share: shareValue };
    return quickAnswer({
      target,
      outage: q,
      reference: at,
      zone,
      convention: 'calendar',
      users: users.value,
      rates: rate.value === null ? [] : [{ name: 'value', perMinute: rate.value, unit: '' }],
      tiers: creditTiers({ preset } as Credits),
    });
  }, [target, o, at, shareValue, zone, users.value, rate.value, preset]);

  const label = (n: AllowedDowntime) =>
    n.convention === 'calendar'
      ? t('nines.conventionCalendar', {
          days: formatNumber(n.monthDays, locale, 2),
          month: formatMonthKey(answer.month, locale, 'long'),
        })
      : n.convention === '30d'
        ? t('nines.convention30')
        : n.convention === '30.44d'
          ? t('nines.convention3044')
          : t('nines.convention365');
  const a = answer.outage;
  const input = (key: string, text: string, set: (s: string) => void, bad: boolean, hint: string) => (
    <div className="quick__field">
      <label htmlFor={`${id}-${key}`}>{t(`quick.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={text}
        aria-invalid={bad}
        placeholder={hint}
        onChange={(e) => set(e.target.value)}
      />
      {bad ? <span className="field-error">{t(`quick.${key}Invalid`)}</span> : null}
    </div>
  );

  return (
    <section className="card quick" aria-labelledby={`${id}-title`} data-testid="quick-calculator">
      <header className="quick__head">
        <h2 id={`${id}-title`} className="card__title">
          {t('quick.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('actions.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <p className="muted small">{t('quick.lead', { zone })}</p>
      <TargetControl label={t('nines.target')} value={target} onChange={setTarget} compact />
      <div className="quick__fields">
        {input('outage', outageText, setOutageText, outage.bad, '2h, 45m, 01:20')}
        {input('start', startText, setStartText, start.bad, 'YYYY-MM-DD HH:mm')}
        {input('share', shareText, setShareText, share.bad, '100')}
        {input('users', usersText, setUsersText, users.bad, '2B')}
        {input('rate', rateText, setRateText, rate.bad, '1000')}
        <div className="quick__field">
          <label htmlFor={`${id}-credits`}>{t('quick.credits')}</label>
          <select id={`${id}-credits`} value={preset} onChange={(e) => setPreset(e.target.value as typeof preset)}>
            <option value="none">{t('quick.noCredits')}</option>
            {CREDIT_PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      </div>
      <table className="data-table nines__table" data-testid="quick-nines">
        <caption>
          {t('nines.title')} · {formatTarget(target, locale)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('nines.convention')}</th>
            {PERIODS.map((p) => (
              <th key={p} scope="col" className="num">
                {t(`nines.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {answer.nines.map((n) => (
            <tr key={n.convention}>
              <th scope="row">{label(n)}</th>
              {PERIODS.map((p) => (
                <td key={p} className="num">
                  {formatDuration(n[p], locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {a === null ? (
        <p className="muted">{t('quick.noOutage')}</p>
      ) : (
        <dl className="quick__answer" data-testid="quick-answer">
          <dt>{t('quick.period')}</dt>
          <dd>
            {t('quick.periodValue', {
              month: formatMonthKey(answer.month, locale, 'long'),
              inside: formatDuration(a.downtimeMinutes, locale),
              start: formatDateTime(a.start, zone, locale),
            })}
          </dd>
          <dt>{t('quick.availability')}</dt>
          <dd data-testid="quick-availability">
            {formatAvailability(a.availability, locale)} · {a.met ? t('quick.met') : t('quick.missed')}
          </dd>
          <dt>{t('quick.budget')}</dt>
          <dd data-testid="quick-budget">
            {t('quick.budgetValue', {
              budget: formatDuration(a.budgetMinutes, locale),
              consumed: formatPercent(a.budgetConsumed, locale, 1),
              left: formatDuration(a.budgetRemainingMinutes, locale),
            })}
          </dd>
          <dt>{t('quick.credit')}</dt>
          <dd data-testid="quick-credit">{formatPercent(a.creditPercent / 100, locale, 0)}</dd>
          <dt>{t('quick.userMinutes')}</dt>
          <dd data-testid="quick-user-minutes">
            {a.userMinutesLost === null
              ? t('quick.noUsers')
              : `${formatNumber(a.userMinutesLost, locale, 0)} (${formatUserHours(a.userMinutesLost, locale)})`}
          </dd>
          {a.impact.value !== undefined ? (
            <>
              <dt>{t('quick.valueLost')}</dt>
              <dd data-testid="quick-value">{formatRateValue(a.impact.value, '', locale)}</dd>
            </>
          ) : null}
        </dl>
      )}
    </section>
  );
}
