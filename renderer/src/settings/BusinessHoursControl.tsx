import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSINESS_HOURS_PRESETS, WEEKDAYS, weekGrid, type BusinessHoursPreset } from '@core/time/business-hours';
import type { Settings } from '@core/model/settings';
import { Section } from './Section';

type BusinessHours = Settings['businessHours'];

/** One weekday of the grid: covered or not, and its hours as the time inputs hold them ("HH:MM"). */
interface DayRow {
  on: boolean;
  from: string;
  to: string;
}

const hhmm = (minutes: number): string =>
  // a time input has no 24:00: 00:00 as an end is the day's end (an end not after the start crosses midnight)
  minutes >= 1440
    ? '00:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The grid's rows from the calendar's entries: each weekday's first span (the grid holds one a day). */
function rowsOf(hours: readonly string[]): { rows: DayRow[]; more: boolean } {
  let grid: [number, number][][];
  try {
    grid = weekGrid(hours);
  } catch {
    grid = WEEKDAYS.map(() => []);
  }
  // a calendar without hours yet starts as Monday to Friday, 09:00-17:00
  const empty = grid.every((spans) => spans.length === 0);
  const rows = grid.map((spans, d): DayRow => {
    const first = spans[0];
    return first
      ? { on: true, from: hhmm(first[0]), to: hhmm(first[1]) }
      : { on: empty && d < 5, from: '09:00', to: '17:00' };
  });
  return { rows, more: grid.some((spans) => spans.length > 1) };
}

/** The entries a grid stands for, one per covered weekday: "Mon 09:00-17:00". */
const entriesOf = (rows: readonly DayRow[]): string[] =>
  rows.flatMap((r, d) => (r.on && r.from && r.to ? [`${WEEKDAYS[d]} ${r.from}-${r.to}`] : []));

/** The settings panel's "Covered hours" group. */
export function BusinessHoursSection(props: {
  settings: Settings;
  onChange: (update: (s: Settings) => Settings) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('settings.coveredHours')} hint={t('settings.coveredHoursHint')}>
      <BusinessHoursControl
        value={props.settings.businessHours}
        onChange={(businessHours) => props.onChange((c) => ({ ...c, businessHours }))}
      />
    </Section>
  );
}

/**
 * Covered hours (docs/spec.md 5d): a preset or a weekly grid in the report zone, and holidays. Time outside is
 * not eligible, as maintenance is not. Every change is applied at once, except a grid with no covered day.
 */
export function BusinessHoursControl(props: { value: BusinessHours; onChange: (value: BusinessHours) => void }) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const ids = { preset: useId(), holiday: useId() };
  const initial = rowsOf(value.hours);
  const [rows, setRows] = useState<DayRow[]>(initial.rows);
  const [holiday, setHoliday] = useState('');
  const entries = entriesOf(rows);

  const setPreset = (preset: BusinessHoursPreset) =>
    onChange({ ...value, preset, hours: preset === 'custom' ? entriesOf(rows) : value.hours });
  const setRow = (d: number, change: Partial<DayRow>) => {
    const next = rows.map((r, i) => (i === d ? { ...r, ...change } : r));
    setRows(next);
    const hours = entriesOf(next);
    if (hours.length > 0) onChange({ ...value, preset: 'custom', hours });
  };
  const addHoliday = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday) || value.holidays.includes(holiday)) return;
    onChange({ ...value, holidays: [...value.holidays, holiday].sort() });
    setHoliday('');
  };

  return (
    <div className="business-hours">
      <label htmlFor={ids.preset}>{t('settings.coveredPreset')}</label>
      <select id={ids.preset} value={value.preset} onChange={(e) => setPreset(e.target.value as BusinessHoursPreset)}>
        {BUSINESS_HOURS_PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(`settings.coveredPresets.${p}`)}
          </option>
        ))}
      </select>

      {value.preset === 'custom' ? (
        <>
          <table className="business-hours__grid" data-testid="business-hours-grid">
            <caption className="muted">{t('settings.coveredGridCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.coveredDay')}</th>
                <th scope="col">{t('settings.coveredFrom')}</th>
                <th scope="col">{t('settings.coveredTo')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, d) => {
                const day = t(`settings.weekdays.${WEEKDAYS[d]}`);
                return (
                  <tr key={WEEKDAYS[d]}>
                    <th scope="row">
                      <label>
                        <input type="checkbox" checked={r.on} onChange={(e) => setRow(d, { on: e.target.checked })} />{' '}
                        {day}
                      </label>
                    </th>
                    <td>
                      <input
                        type="time"
                        aria-label={t('settings.coveredFromOf', { day })}
                        value={r.from}
                        disabled={!r.on}
                        onChange={(e) => setRow(d, { from: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        type="time"
                        aria-label={t('settings.coveredToOf', { day })}
                        value={r.to}
                        disabled={!r.on}
                        onChange={(e) => setRow(d, { to: e.target.value })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {entries.length === 0 ? (
            <span className="field-error" role="alert">
              {t('settings.coveredNone')}
            </span>
          ) : null}
          {initial.more ? <p className="muted">{t('settings.coveredMore')}</p> : null}
        </>
      ) : null}

      <div className="business-hours__holidays">
        <label htmlFor={ids.holiday}>{t('settings.holidays')}</label>
        <input id={ids.holiday} type="date" value={holiday} onChange={(e) => setHoliday(e.target.value)} />
        <button type="button" className="button button--small" disabled={!holiday} onClick={addHoliday}>
          {t('settings.addHoliday')}
        </button>
        {value.holidays.length > 0 ? (
          <ul className="business-hours__holiday-list">
            {value.holidays.map((h) => (
              <li key={h}>
                {h}{' '}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('settings.removeHoliday', { day: h })}
                  onClick={() => onChange({ ...value, holidays: value.holidays.filter((x) => x !== h) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
