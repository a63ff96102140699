import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@core/format';
import type { ExportFormat } from '../../../electron/shared/ipc-contract';
import type { ThemePreference } from '../app/theme';
import { chooseLocale, useLocale } from '../i18n';

const THEME_ICON: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' };

/** The app bar: brand, Open, Export, Quick answer, Settings, language and theme. */
export function TopBar(props: {
  hasLog: boolean;
  busy: boolean;
  settingsOpen: boolean;
  quickOpen: boolean;
  themePreference: ThemePreference;
  onOpen: () => void;
  onExport: (format: ExportFormat) => Promise<void>;
  onToggleSettings: () => void;
  onToggleQuick: () => void;
  onCycleTheme: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const themeName = t(`settings.theme${props.themePreference[0]!.toUpperCase()}${props.themePreference.slice(1)}`);
  const runExport = (f: ExportFormat) => {
    setExporting(f);
    void props.onExport(f).finally(() => setExporting(null));
  };
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M3 17l5-6 4 3 6-8 3 4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t('app.title')}</span>
      </div>
      <div className="topbar__actions">
        <button type="button" className="button" onClick={props.onOpen} disabled={props.busy}>
          {t('actions.open')}
        </button>
        {props.hasLog ? (
          <div className="button-group" role="group" aria-label={t('actions.export')}>
            <span className="button-group__label" aria-live="polite">
              {exporting ? t('actions.exporting', { format: exporting.toUpperCase() }) : t('actions.export')}
            </span>
            {(['pdf', 'csv', 'json'] as const).map((f) => (
              <button
                key={f}
                type="button"
                className="button"
                onClick={() => runExport(f)}
                disabled={exporting !== null || props.busy}
                aria-busy={exporting === f}
              >
                {t(`actions.export${f === 'pdf' ? 'Pdf' : f === 'csv' ? 'Csv' : 'Json'}`)}
              </button>
            ))}
          </div>
        ) : null}
        <button type="button" className="button" aria-pressed={props.quickOpen} onClick={props.onToggleQuick}>
          {t('quick.open')}
        </button>
        {props.hasLog ? (
          <button
            type="button"
            className="button"
            aria-pressed={props.settingsOpen}
            aria-controls="settings-panel"
            onClick={props.onToggleSettings}
          >
            {t('actions.settings')}
          </button>
        ) : null}
        <label className="visually-hidden" htmlFor="language-select">
          {t('language.switch')}
        </label>
        <select
          id="language-select"
          className="select--quiet"
          value={locale}
          onChange={(e) => chooseLocale(e.target.value as Locale)}
        >
          <option value="en">{t('language.en')}</option>
          <option value="id">{t('language.id')}</option>
        </select>
        <button
          type="button"
          className="icon-button icon-button--bordered"
          onClick={props.onCycleTheme}
          aria-label={t('theme.toggle', { theme: themeName })}
          title={t('theme.toggle', { theme: themeName })}
        >
          <span aria-hidden="true">{THEME_ICON[props.themePreference]}</span>
        </button>
      </div>
    </header>
  );
}
