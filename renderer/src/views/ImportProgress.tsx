import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatCount, formatNumber } from '@core/format';
import type { ServerProgress } from '@core/model/import-result';
import type { ImportingState } from '../app/use-log-session';
import { useLocale } from '../i18n';

function bytes(n: number, locale: 'en' | 'id'): string {
  if (n >= 1024 ** 3) return `${formatNumber(n / 1024 ** 3, locale, 2)} GB`;
  if (n >= 1024 ** 2) return `${formatNumber(n / 1024 ** 2, locale, 1)} MB`;
  return `${formatNumber(n / 1024, locale, 0)} KB`;
}

/** A read from a metrics server: it sends no size up front, so its steps (months counted, then read) say how far. */
export function serverProgressText(p: ServerProgress, t: TFunction, locale: 'en' | 'id'): string {
  return t('importing.serverProgress', {
    series: formatNumber(p.series, locale, 0),
    requests: formatNumber(p.requests, locale, 0),
    step: p.step,
    steps: p.steps,
  });
}

/** A running import: bytes read of total, rows so far, and Cancel. Floats over the page so nothing moves. */
export function ImportProgress(props: { state: ImportingState; onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const p = props.state.progress;
  const fraction = p?.server
    ? Math.min(1, p.server.step / Math.max(1, p.server.steps))
    : p && p.bytesTotal > 0
      ? Math.min(1, p.bytesRead / p.bytesTotal)
      : null;
  const name = props.state.fileName ?? p?.fileName ?? '';
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <div className="import-progress__text">
        <strong>{t('importing.title', { file: name })}</strong>
        <span className="muted">
          {p?.server
            ? serverProgressText(p.server, t, locale)
            : p
              ? t('importing.progress', {
                  read: bytes(p.bytesRead, locale),
                  total: bytes(p.bytesTotal, locale),
                  rows: p.rows >= 1e4 ? formatCount(p.rows, locale) : formatNumber(p.rows, locale, 0),
                })
              : ' '}
        </span>
      </div>
      <progress
        className="import-progress__bar"
        max={1}
        value={fraction ?? undefined}
        aria-label={t('importing.title', { file: name })}
      />
      <button type="button" className="button" onClick={props.onCancel}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
