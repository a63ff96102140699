import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatTarget } from '@core/format';
import { toNines } from '../charts/nines-scale';
import { useLocale } from '../i18n';
import {
  niceTargetFromNines,
  parseTargetPercent,
  SLIDER_MAX_NINES,
  SLIDER_MIN_NINES,
  TARGET_PRESETS,
} from './target-value';

/** A target as a slider (in nines), a numeric percent input and presets; all three edit the same value. */
export function TargetControl(props: {
  label: string;
  value: number;
  onChange: (target: number) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? formatNumber(props.value * 100, locale, 4);
  const invalid = draft !== null && parseTargetPercent(draft) === null;

  return (
    <div
      className={`target-control${props.compact ? ' target-control--compact' : ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
    >
      <div className="target-control__top">
        <span id={`${id}-label`} className="field-label">
          {props.label}
        </span>
        <span className="target-control__input">
          <input
            id={`${id}-input`}
            type="text"
            inputMode="decimal"
            value={shown}
            aria-label={`${props.label} (%)`}
            aria-invalid={invalid}
            onChange={(e) => {
              setDraft(e.target.value);
              const v = parseTargetPercent(e.target.value);
              if (v !== null) props.onChange(v);
            }}
            onBlur={() => setDraft(null)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setDraft(null);
            }}
          />
          <span aria-hidden="true">%</span>
        </span>
      </div>
      <input
        type="range"
        className="target-control__slider"
        min={SLIDER_MIN_NINES}
        max={SLIDER_MAX_NINES}
        step={0.01}
        value={Math.min(SLIDER_MAX_NINES, Math.max(SLIDER_MIN_NINES, toNines(props.value)))}
        aria-label={props.label}
        aria-valuetext={formatTarget(props.value, locale)}
        onChange={(e) => {
          setDraft(null);
          props.onChange(niceTargetFromNines(Number(e.target.value)));
        }}
      />
      <div className="target-control__presets" role="group" aria-label={t('nines.target')}>
        {TARGET_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className="chip"
            aria-pressed={Math.abs(p - props.value) < 1e-12}
            aria-label={formatTarget(p, locale)}
            onClick={() => {
              setDraft(null);
              props.onChange(p);
            }}
          >
            {formatNumber(p * 100, locale, 4)}
          </button>
        ))}
      </div>
    </div>
  );
}
