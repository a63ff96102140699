import { useTranslation } from 'react-i18next';
import { formatNumber, parseHumanNumber } from '@core/format';
import type { Rate } from '@core/model/setting-values';
import { useLocale } from '../i18n';
import { DraftInput } from './DraftInput';

const MAX_RATES = 20;

/** Named impact rates: value lost per minute of full outage. Names stay unique (the schema requires it). */
export function RatesEditor(props: { rates: readonly Rate[]; onChange: (rates: Rate[]) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = (i: number, patch: Partial<Rate>) =>
    props.onChange(props.rates.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const taken = (name: string, i: number) => props.rates.some((r, j) => j !== i && r.name === name);
  const freshName = () => {
    for (let n = props.rates.length + 1; ; n++)
      if (!props.rates.some((r) => r.name === `rate ${n}`)) return `rate ${n}`;
  };
  return (
    <div className="rates">
      {props.rates.length > 0 ? (
        <div className="rates__head" aria-hidden="true">
          <span>{t('settings.rateName')}</span>
          <span>{t('settings.rateValue')}</span>
          <span>{t('settings.rateUnit')}</span>
          <span />
        </div>
      ) : null}
      {props.rates.map((r, i) => (
        <div className="rates__row" key={i}>
          <DraftInput
            value={r.name}
            format={(v) => v}
            parse={(s) => (s.trim() !== '' && s.length <= 60 && !taken(s.trim(), i) ? s.trim() : null)}
            onCommit={(name) => set(i, { name })}
            aria-label={`${t('settings.rateName')} ${i + 1}`}
          />
          <DraftInput
            value={r.perMinute}
            format={(v) => formatNumber(v, locale, 4)}
            parse={(s) => {
              const v = parseHumanNumber(s);
              return v !== null && v >= 0 ? v : null;
            }}
            onCommit={(perMinute) => set(i, { perMinute })}
            aria-label={`${t('settings.rateValue')} ${i + 1}`}
          />
          <DraftInput
            value={r.unit}
            format={(v) => v}
            parse={(s) => (s.length <= 20 ? s.trim() : null)}
            onCommit={(unit) => set(i, { unit })}
            aria-label={`${t('settings.rateUnit')} ${i + 1}`}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`${t('actions.remove')} ${r.name}`}
            onClick={() => props.onChange(props.rates.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        disabled={props.rates.length >= MAX_RATES}
        onClick={() => props.onChange([...props.rates, { name: freshName(), perMinute: 0, unit: '' }])}
      >
        {t('actions.add')}
      </button>
    </div>
  );
}
