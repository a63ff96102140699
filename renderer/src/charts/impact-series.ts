import type { ChartDataset } from 'chart.js';
import type { ReportModel } from '@core/model/report-model';
import { monthBars } from './chart-parts';

/** User-minutes lost per month: what the dashboard's and the PDF's impact charts draw. */
export interface ImpactSeries {
  monthKeys: string[];
  /**
   * The platform row `*` (SPEC 5): overlapping outages merged, so an outage of every service counts once. This is
   * the only series drawn as bars: one layer per service would count a platform-wide outage once per service
   * (issue 16 finding 1: four times the real figure on the sample).
   */
  platform: number[];
  /** each service's own user-minutes, for the tooltip and the table: who was hit, never stacked */
  byService: Map<string, number[]>;
}

const PLATFORM = '*';

/** The series from the model's month rows; a model without a `*` row (one service) uses its only service. */
export function impactSeries(model: ReportModel): ImpactSeries {
  const index = new Map(model.monthKeys.map((k, i) => [k, i]));
  const byService = new Map<string, number[]>();
  for (const s of model.services) byService.set(s, new Array<number>(model.monthKeys.length).fill(0));
  for (const row of model.months) {
    const i = index.get(row.month ?? '');
    const list = byService.get(row.service);
    // null: no user base was given (nothing to draw)
    if (i !== undefined && list) list[i] = row.userMinutesLost ?? 0;
  }
  const total = byService.get(PLATFORM) ?? byService.get(model.services[0] ?? '') ?? [];
  return { monthKeys: [...model.monthKeys], platform: total, byService };
}

/** The bars of both impact charts: the platform's user-hours per month, one layer. */
export function impactBars(
  series: ImpactSeries,
  color: string,
  extra: Omit<ChartDataset<'bar', number[]>, 'type' | 'data'> = {},
): ChartDataset<'bar', number[]>[] {
  return [
    monthBars(
      series.platform.map((m) => m / 60),
      color,
      extra,
    ),
  ];
}
