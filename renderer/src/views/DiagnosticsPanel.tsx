import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '@core/model/import-result';

/** Rejected lines and other problems met while reading the log, with their count. */
export function DiagnosticsPanel(props: {
  fileName: string;
  diagnostics: readonly Diagnostic[];
  total: number;
  skipped: number;
  onMapColumns: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card diagnostics" aria-labelledby="diagnostics-title">
      <header className="diagnostics__head">
        <div>
          <h2 id="diagnostics-title" className="card__title">
            {t('diagnostics.title')} · {props.fileName}
          </h2>
          <p className="muted" data-testid="diagnostics-summary">
            {t('diagnostics.summary', { skipped: props.skipped, total: props.total })}
          </p>
        </div>
        <button type="button" className="button" onClick={props.onMapColumns}>
          {t('actions.mapColumns')}
        </button>
      </header>
      {props.diagnostics.length === 0 ? (
        <p className="empty empty--good">{t('diagnostics.none')}</p>
      ) : (
        <>
          {props.total > props.diagnostics.length ? (
            <p className="muted">{t('diagnostics.shown', { shown: props.diagnostics.length, total: props.total })}</p>
          ) : null}
          <div className="table-scroll">
            <table className="data-table diagnostics__table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('diagnostics.line')}
                  </th>
                  <th scope="col">{t('diagnostics.message')}</th>
                </tr>
              </thead>
              <tbody>
                {props.diagnostics.map((d, i) => (
                  <tr key={i}>
                    <td className="num">{d.line > 0 ? d.line : t('diagnostics.wholeFile')}</td>
                    <td>{d.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
