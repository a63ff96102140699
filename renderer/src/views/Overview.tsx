import { memo, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@core/model/report-model';
import type { Theme } from '../app/theme';
import { AvailabilityChart } from '../charts/AvailabilityChart';
import { BudgetBurnChart } from '../charts/BudgetBurnChart';
import { serviceColor, useChartColors } from '../charts/chart-theme';
import { ImpactChart } from '../charts/ImpactChart';
import { IncidentTimeline } from '../charts/IncidentTimeline';
import { KpiCards } from './KpiCards';
import { StatusBars } from './StatusBars';
import { serviceFacts } from '@core/report/service-facts';
import { serviceComparison } from '@core/report/kpi-changes';

/**
 * KPI cards and charts of the chosen service (`*`: the platform). Memoised: while a setting is edited only a
 * new model redraws it, not every keystroke of the settings panel.
 */
export const Overview = memo(function Overview(props: {
  model: ReportModel;
  service: string;
  onService: (s: string) => void;
  onUsers: (users: number | null) => void;
  theme: Theme;
}) {
  const { t } = useTranslation();
  const { model } = props;
  const colors = useChartColors(props.theme);
  const service = model.services.includes(props.service) ? props.service : '*';
  const facts = useMemo(() => serviceFacts(model, service), [model, service]);
  const comparison = useMemo(() => serviceComparison(model, service), [model, service]);
  const label = (s: string) => (s === '*' ? t('service.platform') : s);
  // met months in one colour for every service, so "missed" (red) never meets a service colour like orange
  const color = colors.met;

  // a radio group is one tab stop; arrow keys move the choice (WAI-ARIA radio group pattern)
  const pickerKeys = (e: KeyboardEvent<HTMLDivElement>) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const list = model.services;
    const next = list[(list.indexOf(service) + step + list.length) % list.length]!;
    props.onService(next);
    const buttons = e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]');
    buttons[list.indexOf(next)]?.focus();
  };

  return (
    <div className="overview">
      <div className="service-picker" role="radiogroup" aria-label={t('service.label')} onKeyDown={pickerKeys}>
        {model.services.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={s === service}
            tabIndex={s === service ? 0 : -1}
            className="service-picker__item"
            onClick={() => props.onService(s)}
          >
            {s !== '*' ? (
              <span
                className="swatch"
                style={{ background: serviceColor(colors, model.services, s) }}
                aria-hidden="true"
              />
            ) : null}
            {s === '*' ? t('service.all') : s}
          </button>
        ))}
      </div>
      <KpiCards facts={facts} settings={model.settings} comparison={comparison} onUsers={props.onUsers} />
      <div className="charts">
        <AvailabilityChart rows={facts.months} serviceLabel={label(service)} color={color} colors={colors} />
        <BudgetBurnChart burn={facts.burn} serviceLabel={label(service)} color={color} colors={colors} />
        <ImpactChart model={model} rates={model.settings.rates} colors={colors} />
        <IncidentTimeline model={model} colors={colors} />
        <StatusBars model={model} service={service} />
      </div>
    </div>
  );
});
