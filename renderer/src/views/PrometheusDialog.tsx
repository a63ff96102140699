import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@core/format';
import type { ImportingState } from '../app/use-log-session';
import type { PrometheusCheck } from '../../../electron/shared/ipc-contract';
import { prometheusRequestSchema, type PrometheusRequest } from '../../../electron/shared/prometheus-request';
import { asIpcError, slaApi, unwrap } from '../app/sla-bridge';
import { useLocale } from '../i18n';
import { serverProgressText } from './ImportProgress';

/** The form as typed: every field text; an empty region label means none. */
type Form = Record<keyof PrometheusRequest, string>;

/** YYYY-MM of the month `back` months before this one. */
function monthAgo(back: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
}

/** A first use: the server most people run next to them, the blackbox exporter's metric, the last quarter. */
const FIRST_USE: Form = {
  url: 'http://localhost:9090',
  query: 'probe_success',
  serviceLabel: 'job',
  regionLabel: 'instance',
  from: monthAgo(3),
  to: monthAgo(1),
};

const formOf = (r: PrometheusRequest): Form => ({ ...r, regionLabel: r.regionLabel ?? '' });

/** The form as the request main checks again; null while a field is not yet valid. */
function requestOf(form: Form): PrometheusRequest | null {
  const parsed = prometheusRequestSchema.safeParse({ ...form, regionLabel: form.regionLabel.trim() || null });
  return parsed.success ? parsed.data : null;
}

/**
 * File > Open from Prometheus: the server, a selector of 0/1 series, the labels that name services and regions,
 * the months. Test connection asks the server who it is and how many series the query selects; Open reads them
 * in the main process (the page never talks to the server) with progress and Cancel. The last values come back
 * from the app's settings.
 */
export function PrometheusDialog(props: {
  importing: ImportingState | null;
  /** the read's failure, shown here so the values can be fixed and tried again */
  failure: string | null;
  onOpen: (request: PrometheusRequest) => Promise<boolean>;
  onCancelImport: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const title = useId();
  const [form, setForm] = useState<Form>(FIRST_USE);
  const [check, setCheck] = useState<{ ok: PrometheusCheck } | { error: string } | 'testing' | null>(null);
  const [opening, setOpening] = useState(false);
  // the session's failure is this dialog's only once it tried to open: an earlier file's is not
  const [tried, setTried] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  useEffect(() => {
    const api = slaApi();
    if (!api) return;
    let alive = true;
    // a stored value that no longer passes the schema is simply not offered
    void unwrap(api.lastPrometheus()).then(
      (last) => alive && last && setForm(formOf(last)),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);

  const request = requestOf(form);
  const busy = opening || props.importing !== null;
  const field = (key: keyof Form, label: string, hint?: string) => (
    <label className={key === 'url' || key === 'query' ? 'mapping__field prometheus__wide' : 'mapping__field'}>
      <span className="field-label">{label}</span>
      <input
        type="text"
        value={form[key]}
        spellCheck={false}
        data-field={key}
        disabled={busy}
        onChange={(e) => {
          setForm({ ...form, [key]: e.target.value });
          setCheck(null);
        }}
      />
      {hint ? <span className="muted small">{hint}</span> : null}
    </label>
  );

  const test = async () => {
    const api = slaApi();
    if (!api || !request) return;
    setCheck('testing');
    try {
      setCheck({ ok: await unwrap(api.testPrometheus(request)) });
    } catch (e) {
      setCheck({ error: asIpcError(e).message });
    }
  };

  const open = async () => {
    if (!request) return;
    setOpening(true);
    setTried(true);
    setCheck(null);
    const opened = await props.onOpen(request);
    setOpening(false);
    if (opened) props.onClose();
  };

  const progress = props.importing?.progress?.server;
  const failed = tried && !busy && check === null ? props.failure : null;
  const error = check !== null && check !== 'testing' && 'error' in check ? check.error : failed;
  return (
    <dialog
      ref={ref}
      className="dialog prometheus"
      aria-labelledby={title}
      data-testid="prometheus-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) props.onClose();
      }}
    >
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <header className="dialog__head">
          <h2 id={title}>{t('prometheus.title')}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label={t('actions.close')}
            onClick={props.onClose}
            disabled={busy}
          >
            ×
          </button>
        </header>
        <p className="muted">{t('prometheus.lead')}</p>
        <div className="mapping__fields">
          {field('url', t('prometheus.url'), t('prometheus.urlHint'))}
          {field('query', t('prometheus.query'), t('prometheus.queryHint'))}
          {field('serviceLabel', t('prometheus.serviceLabel'))}
          {field('regionLabel', t('prometheus.regionLabel'), t('prometheus.regionHint'))}
          {field('from', t('prometheus.from'), 'YYYY-MM')}
          {field('to', t('prometheus.to'), 'YYYY-MM')}
        </div>
        {request === null ? <p className="muted small">{t('prometheus.incomplete')}</p> : null}
        <div role="status" aria-live="polite" data-testid="prometheus-status">
          {check === 'testing' ? <p className="muted">{t('prometheus.testing')}</p> : null}
          {check !== null && check !== 'testing' && 'ok' in check ? (
            <p className={check.ok.series > check.ok.maxSeries ? 'field-error' : undefined}>
              {t('prometheus.testOk', {
                url: check.ok.url,
                version: check.ok.version ?? t('prometheus.noVersion'),
                series: formatNumber(check.ok.series, locale, 0),
              })}
              {check.ok.series > check.ok.maxSeries
                ? ` ${t('prometheus.tooMany', { max: formatNumber(check.ok.maxSeries, locale, 0) })}`
                : ''}
            </p>
          ) : null}
          {busy ? (
            <p>
              {t('prometheus.reading')}
              {progress ? ` ${serverProgressText(progress, t, locale)}` : ''}
            </p>
          ) : null}
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <footer className="dialog__actions">
          {busy ? (
            <button type="button" className="button" onClick={props.onCancelImport}>
              {t('actions.cancel')}
            </button>
          ) : (
            <>
              <button type="button" className="button" onClick={props.onClose}>
                {t('actions.close')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void test()}
                disabled={request === null || check === 'testing'}
              >
                {t('prometheus.test')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => void open()}
                disabled={request === null}
              >
                {t('prometheus.open')}
              </button>
            </>
          )}
        </footer>
      </form>
    </dialog>
  );
}
