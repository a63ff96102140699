import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@core/format';
import type { RecentEntry } from '../../../electron/shared/ipc-contract';
import { useLocale } from '../i18n';

/** Nothing open: open a log, drop one, try the sample, pick a recent log, or ask a quick answer without one. */
export function Welcome(props: {
  recent: readonly RecentEntry[];
  busy: boolean;
  onOpen: () => void;
  onSample: () => void;
  onPrometheus: () => void;
  onQuick: () => void;
  onRecent: (entry: RecentEntry) => void;
  onClearRecent: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="welcome">
      <section className="welcome__hero card">
        <h1 className="welcome__title">{t('welcome.heading')}</h1>
        <p className="welcome__lead">{t('welcome.lead')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary button--large"
            onClick={props.onOpen}
            disabled={props.busy}
          >
            {t('actions.open')}
          </button>
          <button type="button" className="button button--large" onClick={props.onSample} disabled={props.busy}>
            {t('actions.openSample')}
          </button>
          <button type="button" className="button button--large" onClick={props.onPrometheus} disabled={props.busy}>
            {t('actions.openPrometheus')}
          </button>
          <button type="button" className="button button--large" onClick={props.onQuick}>
            {t('quick.open')}
          </button>
        </div>
        <p className="muted small">{t('welcome.sampleHint')}</p>
        <div className="dropzone" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6">
            <path
              d="M12 3v12m0 0-4-4m4 4 4-4M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{t('welcome.dropHere')}</span>
          <span className="muted small">{t('welcome.formats')}</span>
        </div>
      </section>
      <section className="welcome__recent card" aria-labelledby="recent-title">
        <header className="welcome__recent-head">
          <h2 id="recent-title" className="card__title">
            {t('welcome.recent')}
          </h2>
          {props.recent.length > 0 ? (
            <button type="button" className="link-button" onClick={props.onClearRecent}>
              {t('actions.clearRecent')}
            </button>
          ) : null}
        </header>
        {props.recent.length === 0 ? (
          <p className="muted">{t('welcome.noRecent')}</p>
        ) : (
          <ul className="recent-list">
            {props.recent.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="recent-list__item"
                  disabled={!r.exists || props.busy}
                  onClick={() => props.onRecent(r)}
                  title={r.displayPath}
                >
                  <span className="recent-list__name">{r.fileName}</span>
                  <span className="recent-list__path">{r.displayPath}</span>
                  <span className="recent-list__when">{formatDateTime(r.openedAt, zone, locale)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
