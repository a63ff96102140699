import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidTimeZone } from '@core/model/setting-values';
import { LOG_FIELDS, type ImportSettings, type LogField } from '@core/model/import-settings';
import type { Settings } from '@core/model/settings';
import type { LogPreview } from '../../../electron/shared/ipc-contract';
import { asIpcError, slaApi, unwrap } from '../app/sla-bridge';

const PREVIEW_DELAY_MS = 250;
const PREVIEW_ROWS = 8;

/**
 * The column-mapping dialog: the first rows of the log, a column for each field, the date pattern and the
 * input time zone. Every change re-reads the first rows through the main process so the user sees at once
 * which shape the log takes and what would go wrong; Apply re-imports with the mapping (remembered for the file).
 */
export function MappingDialog(props: {
  logId: string;
  fileName: string;
  settings: Settings | null;
  busy: boolean;
  onApply: (settings: Settings) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { fmt: useId(), zone: useId(), title: useId() };
  const [base, setBase] = useState<Settings | null>(props.settings);
  const [imp, setImp] = useState<ImportSettings | null>(props.settings?.import ?? null);
  const [zoneText, setZoneText] = useState(props.settings?.import.inputTimeZone ?? 'UTC');
  const [preview, setPreview] = useState<LogPreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // closing (rather than just removing) the dialog gives focus back to the control that opened it
    return () => d?.close();
  }, []);

  // a log that failed to import has no settings in the renderer yet: use the ones saved for it
  useEffect(() => {
    if (base) return;
    const api = slaApi();
    if (!api) return;
    void unwrap(api.getSettings(props.logId)).then(
      (r) => {
        setBase(r.settings);
        setImp(r.settings.import);
        setZoneText(r.settings.import.inputTimeZone);
      },
      (e: unknown) => setError(asIpcError(e).message),
    );
  }, [base, props.logId]);

  useEffect(() => {
    const api = slaApi();
    if (!api || !imp) return;
    let alive = true;
    const timer = setTimeout(() => {
      void unwrap(api.preview(props.logId, imp)).then(
        (p) => alive && (setPreview(p), setError(null)),
        (e: unknown) => alive && setError(asIpcError(e).message),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [imp, props.logId]);

  const setColumn = (field: LogField, column: string) => {
    if (!imp) return;
    const columns = { ...imp.columns };
    if (column === '') delete columns[field];
    else columns[field] = column;
    setImp({ ...imp, columns });
  };
  const mapping = preview?.mapping ?? {};
  const fieldOf = new Map(Object.entries(mapping).map(([f, c]) => [c, f]));
  const zoneValid = isValidTimeZone(zoneText.trim()) && zoneText.trim() !== '';
  const problems = preview?.problems ?? [];
  const canApply = !!base && !!imp && !!preview && preview.shape !== null && zoneValid && !props.busy;

  return (
    <dialog
      ref={ref}
      className="dialog mapping"
      aria-labelledby={ids.title}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <header className="dialog__head">
          <h2 id={ids.title}>{t('mapping.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('actions.close')} onClick={props.onClose}>
            ×
          </button>
        </header>
        <p className="muted">{t('mapping.lead')}</p>
        {!preview && !error ? <p className="muted">{t('mapping.loading')}</p> : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        {preview ? (
          <>
            <div className="mapping__fields">
              {LOG_FIELDS.map((f) => (
                <label key={f} className="mapping__field">
                  <span className="field-label">{t(`mapping.fields.${f}`)}</span>
                  <select value={mapping[f] ?? ''} onChange={(e) => setColumn(f, e.target.value)} data-field={f}>
                    <option value="">{t('mapping.notUsed')}</option>
                    {preview.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <label className="mapping__field">
                <span className="field-label">{t('mapping.dateFormat')}</span>
                <input
                  id={ids.fmt}
                  type="text"
                  value={imp?.dateFormat ?? ''}
                  placeholder="yyyy-MM-dd HH:mm"
                  aria-describedby={`${ids.fmt}-hint`}
                  onChange={(e) =>
                    imp && setImp({ ...imp, dateFormat: e.target.value.trim() === '' ? null : e.target.value })
                  }
                />
                <span id={`${ids.fmt}-hint`} className="muted small">
                  {t('mapping.dateFormatHint')}
                </span>
              </label>
              <label className="mapping__field">
                <span className="field-label">{t('mapping.inputZone')}</span>
                <input
                  id={ids.zone}
                  type="text"
                  value={zoneText}
                  aria-invalid={!zoneValid}
                  onChange={(e) => {
                    setZoneText(e.target.value);
                    const z = e.target.value.trim();
                    if (imp && z !== '' && isValidTimeZone(z)) setImp({ ...imp, inputTimeZone: z });
                  }}
                />
                <span className="muted small">{t('mapping.inputZoneHint')}</span>
              </label>
            </div>
            <p className="mapping__shape" data-testid="mapping-shape">
              {preview.format}
              {preview.shape
                ? ` · ${preview.shape === 'interval' ? t('header.shapeInterval') : t('header.shapeStatus')}`
                : ''}
            </p>
            {problems.length > 0 ? (
              <ul className="mapping__problems" role="alert" data-testid="mapping-problems">
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            ) : null}
            <h3 className="mapping__rows-title">{t('mapping.firstRows', { file: props.fileName })}</h3>
            <div className="table-scroll mapping__rows">
              <table className="data-table data-table--compact">
                <thead>
                  <tr>
                    {preview.columns.map((c) => (
                      <th key={c} scope="col" className={fieldOf.has(c) ? 'mapped' : undefined}>
                        {fieldOf.has(c) ? (
                          <span className="mapped__field">{t(`mapping.fields.${fieldOf.get(c) as LogField}`)}</span>
                        ) : null}
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.slice(0, PREVIEW_ROWS).map((r, i) => (
                    <tr key={i}>
                      {preview.columns.map((c, j) => (
                        <td key={c}>{r[j] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('actions.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canApply}
            onClick={() =>
              base && imp && props.onApply({ ...base, import: { ...imp, inputTimeZone: zoneText.trim() } })
            }
          >
            {t('mapping.apply')}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
