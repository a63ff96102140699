import { useContext, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chartPngBytes, ChartPngContext, pngName } from './chart-png';

/**
 * A chart with its title, a switch to a table of the same numbers, and room for chart controls.
 * The body has a fixed height in both modes so switching never moves the rest of the page.
 */
export function ChartCard(props: {
  id: string;
  title: string;
  description: string;
  controls?: ReactNode;
  chart: ReactNode;
  table: () => ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const canvasBox = useRef<HTMLDivElement>(null);
  const savePng = useContext(ChartPngContext);
  const save = () => {
    const png = canvasBox.current && chartPngBytes(canvasBox.current);
    if (png && savePng) savePng(pngName(props.title), png);
  };
  return (
    <section
      className={`card chart-card${props.wide ? ' chart-card--wide' : ''}`}
      aria-labelledby={titleId}
      data-chart={props.id}
    >
      <header className="chart-card__head">
        <div>
          <h3 id={titleId} className="card__title">
            {props.title}
          </h3>
          <p className="card__desc">{props.description}</p>
        </div>
        <div className="chart-card__controls">
          {props.controls}
          {savePng && mode === 'chart' ? (
            <button type="button" className="button button--small chart-card__png" onClick={save}>
              {t('actions.savePng')}
            </button>
          ) : null}
          <div className="segmented" role="group" aria-label={props.title}>
            <button type="button" aria-pressed={mode === 'chart'} onClick={() => setMode('chart')}>
              {t('actions.showChart')}
            </button>
            <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
              {t('actions.showTable')}
            </button>
          </div>
        </div>
      </header>
      <div className="chart-card__body">
        {mode === 'chart' ? (
          <div className="chart-card__canvas" ref={canvasBox}>
            {props.chart}
          </div>
        ) : (
          <div className="chart-card__table">{props.table()}</div>
        )}
      </div>
    </section>
  );
}
