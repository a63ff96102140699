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
