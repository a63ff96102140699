import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMonthKey, formatNumber } from '@core/format';
import type { ReportModel } from '@core/model/report-model';
import { useLocale } from '../i18n';

/** What is open: file, detected format, records, rejected rows, range and time zone. */
export const FileHeader = memo(function FileHeader(props: { model: ReportModel; onShowDiagnostics: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { source, monthKeys, settings } = props.model;
  const first = monthKeys[0];
  const last = monthKeys[monthKeys.length - 1];
  const count = (n: number) => (n >= 1e4 ? formatCount(n, locale) : formatNumber(n, locale, 0));
  return (
    <dl className="file-header" aria-label={source.file}>
      <div className="file-header__file">
        <dt className="visually-hidden">{t('header.file')}</dt>
        <dd data-testid="file-name" title={source.file}>
          {source.file}
        </dd>
      </div>
      <div>
        <dt>{t('header.format')}</dt>
        <dd data-testid="file-format">
          {source.format} · {source.shape === 'interval' ? t('header.shapeInterval') : t('header.shapeStatus')}
        </dd>
      </div>
      <div>
        <dt>{t('header.records')}</dt>
        <dd data-testid="file-records">{count(source.records)}</dd>
      </div>
      <div>
        <dt>{t('header.rejected')}</dt>
        <dd>
          {source.skipped > 0 ? (
            <button
              type="button"
              className="link-button link-button--warn"
              onClick={props.onShowDiagnostics}
              data-testid="file-rejected"
            >
              {count(source.skipped)}
            </button>
          ) : (
            <span data-testid="file-rejected">0</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('header.range')}</dt>
        <dd data-testid="file-range">
          {first && last ? `${formatMonthKey(first, locale)} – ${formatMonthKey(last, locale)}` : '—'}
        </dd>
      </div>
      <div>
        <dt>{t('header.timeZone')}</dt>
        <dd>{settings.reportTimeZone}</dd>
      </div>
    </dl>
  );
});
