import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { ReportModel } from '../model/report-model';

/**
 * An output's file name with its placeholders filled (docs/formats.md, report files): `{period}` the report's
 * range ("2026-11", or "2026-01_2026-06" over several months, days when the range names days) so a monthly job
 * keeps last month's file; `{date}` the day the report was made in the report time zone ("2026-12-01").
 */
export function outputName(
  template: string,
  model: Pick<ReportModel, 'settings' | 'monthKeys' | 'generatedAt'>,
): string {
  const { range, reportTimeZone } = model.settings;
  const from = range.from ?? model.monthKeys[0] ?? 'none';
  const to = range.to ?? model.monthKeys[model.monthKeys.length - 1] ?? 'none';
  const period = from === to ? from : `${from}_${to}`;
  const date = format(new TZDate(model.generatedAt, reportTimeZone), 'yyyy-MM-dd');
  return template.replaceAll('{period}', period).replaceAll('{date}', date);
}
