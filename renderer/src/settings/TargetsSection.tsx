import { useTranslation } from 'react-i18next';
import { formatNumber } from '@core/format';
import type { Settings } from '@core/model/settings';
import { useLocale } from '../i18n';
import { Section } from './Section';
import { TargetControl } from './TargetControl';

/** The default target and each service's own, when it has one (SPEC 4). */
export function TargetsSection(props: {
  settings: Settings;
  services: readonly string[];
  onChange: (update: (s: Settings) => Settings) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { settings: s, onChange } = props;
  return (
    <Section title={t('settings.targets')}>
      <TargetControl
        label={t('settings.defaultTarget')}
        value={s.targets.default}
        onChange={(v) => onChange((c) => ({ ...c, targets: { ...c.targets, default: v } }))}
      />
      <ul className="service-targets">
        {props.services.map((svc) => {
          const own = s.targets.services[svc];
          return (
            <li key={svc} className="service-targets__item">
              <label className="check">
                <input
                  type="checkbox"
                  checked={own !== undefined}
                  onChange={(e) =>
                    onChange((c) => {
                      const services = { ...c.targets.services };
                      if (e.target.checked) services[svc] = c.targets.default;
                      else delete services[svc];
                      return { ...c, targets: { ...c.targets, services } };
                    })
                  }
                />
                <span>
                  <strong>{svc}</strong>{' '}
                  {own === undefined ? (
                    <span className="muted">
                      {t('settings.useDefault')} ({formatNumber(s.targets.default * 100, locale, 4)} %)
                    </span>
                  ) : null}
                </span>
              </label>
              {own !== undefined ? (
                <TargetControl
                  compact
                  label={t('settings.serviceTarget', { service: svc })}
                  value={own}
                  onChange={(v) =>
                    onChange((c) => ({
                      ...c,
                      targets: { ...c.targets, services: { ...c.targets.services, [svc]: v } },
                    }))
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
