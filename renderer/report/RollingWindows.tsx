import { formatAvailability, formatDateTime, formatDuration, formatNumber } from '@core/format';
import type { RollingSeries } from '@core/model/report-model';
import { useReportView } from './report-context';

/** Rows of the rolling-window page: the worst windows of the report; the JSON has every day of every window. */
export const ROLLING_ROWS = 40;

/** Lowest availability first; a window with no eligible time has no worst and goes last. */
const byWorst = (a: RollingSeries, b: RollingSeries) =>
  (a.worst?.availability ?? 2) - (b.worst?.availability ?? 2) || (a.worst?.end ?? 0) - (b.worst?.end ?? 0);

/**
 * The rolling windows the settings ask for (`--rolling`, docs/spec.md 5a): each service's worst trailing window, the
 * day it ended and the budget left then, worst first.
 */
export function RollingWindows() {
  const { model, locale, s, timeZone, serviceName } = useReportView();
  if (model.rolling.length === 0) return null;
  const rows = [...model.rolling].sort(byWorst).slice(0, ROLLING_ROWS);
  const n = (v: number) => formatNumber(v, locale, 0);
  return (
    <section className="appendix rolling">
      <h2>{s.rollingHeading}</h2>
      <p className="lead">
        {s.rollingLead}
        {rows.length < model.rolling.length && <> {s.rollingLeftOut(n(rows.length), n(model.rolling.length))}</>}
      </p>
      <table className="data compact">
        <thead>
          <tr>
            <th className="text">{s.colService}</th>
            <th>{s.colWindow}</th>
            <th>{s.colWorstWindow}</th>
            <th className="text">{s.colWindowEnded}</th>
            <th>{s.colBudgetLeftThen}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            // the print model keeps only the worst day of each series (core/pdf/print-model.ts)
            const day = r.worst && r.days.find((d) => d.end === r.worst!.end);
            return (
              <tr key={`${r.service}|${r.windowDays}`}>
                <td className="text">{serviceName(r.service)}</td>
                <td>{s.windowDays(n(r.windowDays))}</td>
                <td>{r.worst ? formatAvailability(r.worst.availability, locale) : s.rollingNoEligible}</td>
                {/* the window ends at midnight after its last day: the instant shown is that end */}
                <td className="text nowrap">{r.worst ? formatDateTime(r.worst.end, timeZone, locale) : ''}</td>
                <td>{day ? formatDuration(day.budgetRemainingMinutes, locale) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
