import { CoverLogoControl } from './CoverLogoControl';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatNumber, formatPercent } from '@core/format';
import { CREDIT_PRESET_NAMES, creditTiers, type Credits } from '@core/model/credit-settings';
import { isValidTimeZone } from '@core/model/setting-values';
import type { Settings } from '@core/model/settings';
import type { WordMeaning } from '@core/model/import-settings';
import { useLocale } from '../i18n';
import { DraftInput, parsePercentShare } from './DraftInput';
import { CreditMoneyFields } from './CreditMoneyFields';
import { RatesEditor } from './RatesEditor';
import { CompositesEditor } from './CompositesEditor';
import { BusinessHoursSection } from './BusinessHoursControl';
import { Section } from './Section';
import { WordsEditor } from './WordsEditor';
import { RangeSection } from './RangeSection';
import { TargetsSection } from './TargetsSection';
import { UserBaseInput } from './UserBaseInput';

const ZONES: readonly string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();

/** The ~400 IANA zones as suggestions; memoised so typing elsewhere in the panel never re-renders them. */
const ZoneList = memo(function ZoneList(props: { id: string }) {
  return (
    <datalist id={props.id}>
      {ZONES.map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
});

/**
 * Every setting of SPEC 4. Each control only ever produces valid values, so the report recomputes on every
 * change; the session saves the settings for this log shortly after the last change.
 */
export function SettingsPanel(props: {
  settings: Settings;
  services: readonly string[];
  regions: readonly string[];
  /** the range the report shows now (its first and last month or day), where custom days start */
  shown: { from: string | null; to: string | null };
  busy: boolean;
  onChange: (update: (s: Settings) => Settings) => void;
  onReimport: (s: Settings) => void;
  onSaveDefault: () => void;
  onExport: () => void;
  onImport: () => void;
  onExportSlo: () => void;
  onImportSlo: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { settings: s, onChange } = props;
  const ids = {
    zone: useId(),
    credits: useId(),
    users: useId(),
    paper: useId(),
    zones: useId(),
  };
  const regions = useMemo(
    () => [...new Set([...props.regions, ...Object.keys(s.regionShares)])].sort(),
    [props.regions, s.regionShares],
  );
  const setCredits = (credits: Credits) => onChange((c) => ({ ...c, credits }));

  return (
    <div className="settings">
      <p className="muted">{t('settings.scopeHint')}</p>

      <TargetsSection settings={s} services={props.services} onChange={onChange} />

      <Section title={t('settings.weights')}>
        {(['partial', 'degraded'] as const).map((k) => (
          <div className="slider-field" key={k}>
            <label className="field-label" htmlFor={`${ids.zone}-${k}`}>
              {k === 'partial' ? t('settings.partialWeight') : t('settings.degradedWeight')}
            </label>
            <input
              id={`${ids.zone}-${k}`}
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={s.weights[k]}
              aria-valuetext={formatNumber(s.weights[k], locale, 2)}
              onChange={(e) => onChange((c) => ({ ...c, weights: { ...c.weights, [k]: Number(e.target.value) } }))}
            />
            <output className="slider-field__value">{formatNumber(s.weights[k], locale, 2, 2)}</output>
          </div>
        ))}
      </Section>

      <Section title={t('settings.maintenance')}>
        <div className="radio-group" role="radiogroup" aria-label={t('settings.maintenance')}>
          <label className="check">
            <input
              type="radio"
              name="maintenance"
              checked={!s.countMaintenance}
              onChange={() => onChange((c) => ({ ...c, countMaintenance: false }))}
            />
            <span>{t('settings.maintenanceExcluded')}</span>
          </label>
          <label className="check">
            <input
              type="radio"
              name="maintenance"
              checked={s.countMaintenance}
              onChange={() => onChange((c) => ({ ...c, countMaintenance: true }))}
            />
            <span>{t('settings.maintenanceCounted')}</span>
          </label>
        </div>
      </Section>

      <Section title={t('settings.credits')}>
        <select
          id={ids.credits}
          aria-label={t('settings.credits')}
          value={s.credits.preset}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'none') setCredits({ preset: 'none' });
            else if (v === 'custom') setCredits({ preset: 'custom', tiers: [...creditTiers(s.credits)] });
            else setCredits({ preset: v as (typeof CREDIT_PRESET_NAMES)[number] });
          }}
        >
          <option value="none">{t('settings.creditNone')}</option>
          {CREDIT_PRESET_NAMES.map((p) => (
            <option key={p} value={p}>
              {t(`settings.creditPresets.${p}`)}
            </option>
          ))}
          {s.credits.preset === 'custom' ? <option value="custom">{t('settings.creditCustom')}</option> : null}
        </select>
        {creditTiers(s.credits).length > 0 ? (
          <p className="muted tiers" data-testid="credit-tiers">
            {creditTiers(s.credits)
              .map(
                (tier) =>
                  `< ${formatNumber(tier.belowPercent, locale, 3)} % → ${formatPercent(tier.creditPercent / 100, locale, 0)}`,
              )
              .join(' · ')}
          </p>
        ) : null}
        <CreditMoneyFields settings={s} onChange={onChange} />
      </Section>

      <Section title={t('settings.users')}>
        <UserBaseInput id={ids.users} value={s.users} onCommit={(users) => onChange((c) => ({ ...c, users }))} />
        <p className="muted" data-testid="users-in-words">
          {s.users === null ? t('settings.usersNone') : `${formatCount(s.users, locale)} · ${t('settings.usersHint')}`}
        </p>
      </Section>

      {regions.length > 0 ? (
        <Section title={t('settings.regions')} hint={t('settings.regionsHint')}>
          <div className="region-shares">
            {regions.map((r) => (
              <label key={r} className="region-shares__row">
                <span>{r}</span>
                <span className="with-unit">
                  <DraftInput<number | 'none'>
                    aria-label={r}
                    value={s.regionShares[r] ?? 'none'}
                    format={(v) => (v === 'none' ? '' : formatNumber(v * 100, locale, 2))}
                    parse={(text) => (text.trim() === '' ? 'none' : parsePercentShare(text))}
                    onCommit={(v) =>
                      onChange((c) => {
                        const regionShares = { ...c.regionShares };
                        if (v === 'none') delete regionShares[r];
                        else regionShares[r] = v;
                        return { ...c, regionShares };
                      })
                    }
                    placeholder="—"
                  />
                  <span aria-hidden="true">%</span>
                </span>
              </label>
            ))}
          </div>
        </Section>
      ) : null}

      <Section title={t('settings.rates')} hint={t('settings.ratesHint')}>
        <RatesEditor rates={s.rates} onChange={(rates) => onChange((c) => ({ ...c, rates }))} />
      </Section>

      <Section title={t('settings.composites')} hint={t('settings.compositesHint')}>
        <CompositesEditor composites={s.composites} onApply={(composites) => onChange((c) => ({ ...c, composites }))} />
      </Section>

      <BusinessHoursSection settings={s} onChange={onChange} />

      <Section title={t('settings.reportZone')}>
        <DraftInput
          id={ids.zone}
          list={ids.zones}
          aria-label={t('settings.reportZone')}
          value={s.reportTimeZone}
          format={(v) => v}
          parse={(text) => (isValidTimeZone(text.trim()) && text.trim() !== '' ? text.trim() : null)}
          onCommit={(reportTimeZone) => onChange((c) => ({ ...c, reportTimeZone }))}
          error={t('settings.invalidZone')}
        />
        <ZoneList id={ids.zones} />
      </Section>

      <RangeSection settings={s} shown={props.shown} onChange={onChange} />

      <Section title={t('settings.severityWords')} hint={t('settings.severityWordsHint')}>
        <WordsEditor
          words={s.import.words}
          busy={props.busy}
          onApply={(words: Record<string, WordMeaning>) => props.onReimport({ ...s, import: { ...s.import, words } })}
        />
      </Section>

      <Section title={t('settings.pdf')}>
        <select
          id={ids.paper}
          aria-label={t('settings.paper')}
          value={s.report.paper}
          onChange={(e) =>
            onChange((c) => ({ ...c, report: { ...c.report, paper: e.target.value as 'A4' | 'Letter' } }))
          }
        >
          <option value="A4">A4</option>
          <option value="Letter">{t('settings.paperLetter')}</option>
        </select>
        <CoverLogoControl />
      </Section>

      <div className="settings__actions">
        <button type="button" className="button" onClick={props.onSaveDefault}>
          {t('settings.saveAsDefault')}
        </button>
        <button type="button" className="button" onClick={props.onExport}>
          {t('actions.exportSettings')}
        </button>
        <button type="button" className="button" onClick={props.onImport}>
          {t('actions.importSettings')}
        </button>
        <button type="button" className="button" onClick={props.onExportSlo}>
          {t('actions.exportOpenSlo')}
        </button>
        <button type="button" className="button" onClick={props.onImportSlo}>
          {t('actions.importOpenSlo')}
        </button>
      </div>
    </div>
  );
}
