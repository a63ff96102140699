import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIODS, type Period, type Settings } from '@core/model/settings';
import { Section } from './Section';
import {
  dayInputValue,
  RANGE_CHOICES,
  rangeChoiceOf,
  rangeForChoice,
  withCustomDay,
  type RangeChoice,
} from './range-choice';

/**
 * The SLA period (month, quarter, year: SPEC 4) and the report range: the data's months, a preset read on the day
 * the report is built, or custom days (issue 16).
 */
export function RangeSection(props: {
  settings: Settings;
  /** the range the report shows now, to start custom days from */
  shown: { from: string | null; to: string | null };
  onChange: (update: (s: Settings) => Settings) => void;
}) {
  const { t } = useTranslation();
  const { settings: s, onChange } = props;
  const ids = { period: useId(), choice: useId(), from: useId(), to: useId() };
  const [backwards, setBackwards] = useState(false);
  const choice = rangeChoiceOf(s.range);
  const setDay = (side: 'from' | 'to', value: string) => {
    const next = withCustomDay(s.range, side, value);
    setBackwards(next === 'backwards');
    if (next !== 'backwards') onChange((c) => ({ ...c, range: next }));
  };

  return (
    <Section title={t('settings.range')}>
      <div className="range-fields">
        <label htmlFor={ids.period}>{t('settings.period')}</label>
        <select
          id={ids.period}
          value={s.period}
          onChange={(e) => onChange((c) => ({ ...c, period: e.target.value as Period }))}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`settings.periods.${p}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.choice}>{t('settings.rangeChoice')}</label>
        <select
          id={ids.choice}
          value={choice}
          onChange={(e) => {
            setBackwards(false);
            const range = rangeForChoice(e.target.value as RangeChoice, props.shown);
            onChange((c) => ({ ...c, range }));
          }}
        >
          {RANGE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`settings.rangeChoices.${c}`)}
            </option>
          ))}
        </select>
        {choice === 'custom' ? (
          <>
            <label htmlFor={ids.from}>{t('settings.from')}</label>
            <input
              id={ids.from}
              type="date"
              value={dayInputValue(s.range.from, false)}
              onChange={(e) => setDay('from', e.target.value)}
            />
            <label htmlFor={ids.to}>{t('settings.to')}</label>
            <input
              id={ids.to}
              type="date"
              value={dayInputValue(s.range.to, true)}
              onChange={(e) => setDay('to', e.target.value)}
            />
          </>
        ) : null}
      </div>
      <p className={backwards ? 'field-error' : 'muted'} role={backwards ? 'alert' : undefined}>
        {backwards ? t('settings.rangeInvalid') : t(`settings.rangeChoiceHints.${choice}`)}
      </p>
    </Section>
  );
}
