import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parseHumanNumber } from '@core/format';
import { creditTiers, parseCredits, type Credits } from '@core/model/credit-settings';
import type { Settings } from '@core/model/settings';
import { DraftInput } from './DraftInput';

/** Tiers as the CLI's --credits reads them: "99.9:10, 99:25, 95:100". */
export function tiersText(credits: Credits): string {
  return creditTiers(credits)
    .map((t) => `${t.belowPercent}:${t.creditPercent}`)
    .join(', ');
}

/**
 * The editable side of credits (SPEC 4): custom tiers typed as the CLI takes them, and the monthly fee with
 * its currency, which turn credit percentages into money. An empty fee box means no fee.
 */
export function CreditMoneyFields(props: {
  settings: Settings;
  onChange: (update: (s: Settings) => Settings) => void;
}) {
  const { t } = useTranslation();
  const { settings: s, onChange } = props;
  const ids = { tiers: useId(), fee: useId(), currency: useId() };
  return (
    <div className="credit-money">
      <label htmlFor={ids.tiers}>{t('settings.creditTiers')}</label>
      <DraftInput<Credits>
        id={ids.tiers}
        data-testid="credit-tiers-input"
        value={s.credits}
        format={tiersText}
        parse={(text) => {
          const c = text.trim() === '' ? { preset: 'none' as const } : parseCredits(text);
          return typeof c === 'string' ? null : c;
        }}
        onCommit={(credits) => onChange((c) => ({ ...c, credits }))}
        error={t('settings.creditTiersInvalid')}
        placeholder={t('settings.creditTiersHint')}
      />
      <label htmlFor={ids.fee}>{t('settings.fee')}</label>
      <DraftInput<number | undefined>
        id={ids.fee}
        data-testid="fee-input"
        value={s.fees.default ?? undefined}
        format={(v) => (v === undefined ? '' : String(v))}
        parse={(text) => {
          if (text.trim() === '') return undefined;
          const v = parseHumanNumber(text);
          return v !== null && v >= 0 ? v : null;
        }}
        onCommit={(fee) => onChange((c) => ({ ...c, fees: { ...c.fees, default: fee ?? null } }))}
        error={t('settings.feeInvalid')}
        placeholder={t('settings.feeHint')}
      />
      <label htmlFor={ids.currency}>{t('settings.currency')}</label>
      <input
        id={ids.currency}
        data-testid="currency-input"
        type="text"
        maxLength={12}
        value={s.currency}
        placeholder="USD"
        onChange={(e) => {
          const currency = e.target.value.trim();
          onChange((c) => ({ ...c, currency }));
        }}
      />
    </div>
  );
}
