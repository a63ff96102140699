import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@core/model/report-model';
import { DEFAULT_BURN_RULES } from '@core/model/burn-rules';
import type { Settings } from '@core/model/settings';
import { AlertsPanel } from './AlertsPanel';
import { RollingPanel } from './RollingPanel';

/** The windows issue 18 names; any N days is open to the CLI and the settings file. */
const WINDOWS = [7, 28, 30, 90] as const;

/** Rolling windows and the burn-rate replay (docs/spec.md 5a, 5b): both are settings, so the engine computes them. */
export function ReplayPanel(props: {
  model: ReportModel;
  /** the settings as edited: the controls follow them at once, the figures when the engine has built them */
  settings: Settings;
  onSettings: (change: (s: Settings) => Settings) => void;
}) {
  const { t } = useTranslation();
  const ids = { window: useId(), burn: useId() };
  const { model, settings, onSettings } = props;
  const current = settings.rolling[0] ?? 0;
  return (
    <div className="replay">
      <div className="replay__controls">
        <label htmlFor={ids.window}>{t('replay.window')}</label>
        <select
          id={ids.window}
          value={current}
          onChange={(e) => {
            const n = Number(e.target.value);
            onSettings((s) => ({ ...s, rolling: n > 0 ? [n] : [] }));
          }}
        >
          <option value={0}>{t('replay.off')}</option>
          {WINDOWS.map((n) => (
            <option key={n} value={n}>
              {t('replay.days', { count: n })}
            </option>
          ))}
        </select>
        <label className="replay__toggle">
          <input
            id={ids.burn}
            type="checkbox"
            checked={settings.burnRules.length > 0}
            onChange={(e) => {
              const on = e.target.checked;
              onSettings((s) => ({ ...s, burnRules: on ? [...DEFAULT_BURN_RULES] : [] }));
            }}
          />
          {t('replay.burnRate')}
        </label>
      </div>
      <RollingPanel model={model} />
      <AlertsPanel model={model} />
    </div>
  );
}
