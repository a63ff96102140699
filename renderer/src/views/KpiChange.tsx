import { formatKpiChange } from '@core/format';
import { changeIsBetter, type ComparedKpi, type ServiceComparison } from '@core/report/kpi-changes';
import { useLocale } from '../i18n';

/** One KPI's change against the previous period, under its card (issue 16): "▲ 0.05 pp vs previous quarter". */
export function KpiChange(props: { kpi: ComparedKpi; comparison: ServiceComparison | null; currency?: string }) {
  const locale = useLocale();
  const c = props.comparison;
  if (!c) return null;
  const change = c.changes[props.kpi];
  const better = changeIsBetter(props.kpi, change);
  const tone = better === null ? 'same' : better ? 'better' : 'worse';
  return (
    <span className={`kpi__change kpi__change--${tone}`} data-testid={`kpi-change-${props.kpi}`}>
      {formatKpiChange(props.kpi, change, c.span, locale, props.currency)}
    </span>
  );
}

/**
 * A card's changes, one line each; when the previous period holds none of them (the log does not reach it),
 * one "no data" line says so for the card instead of one per figure.
 */
export function KpiChanges(props: { kpis: ComparedKpi[]; comparison: ServiceComparison | null }) {
  const c = props.comparison;
  if (!c) return null;
  const shown = props.kpis.every((k) => c.changes[k].previous === null) ? props.kpis.slice(0, 1) : props.kpis;
  return (
    <>
      {shown.map((kpi) => (
        <KpiChange key={kpi} kpi={kpi} comparison={c} />
      ))}
    </>
  );
}
