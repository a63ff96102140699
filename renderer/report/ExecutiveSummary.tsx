import {
  formatCredit,
  formatAvailability,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTarget,
  formatUserHours,
} from '@core/format';
import { useReportView } from './report-context';
import { incidentsByImpact, weightedMinutes } from '@core/pdf/print-model';
import { serviceFacts } from '@core/report/service-facts';
import { KpiStrip } from './KpiStrip';
import { TitleBand } from './Cover';
import { printedServices } from './report-facts';
import { ResultCells, ResultHeads } from './ResultColumns';
import { PreviousComparison } from './PreviousComparison';

const WORST_INCIDENTS = 5;

/** Page one: the whole period on one page, for readers who read nothing else; every figure is one of the JSON's. */
export function ExecutiveSummary() {
  const view = useReportView();
  const { model, locale, s, rangeLabel } = view;
  // a long report's table holds the services with a page; the rest are one line each further on
  const { paged, compact } = printedServices(model);
  const listed = compact.length === 0 ? model.services : model.services.filter((x) => x === '*' || paged.includes(x));
  const all = listed.map((service) => serviceFacts(model, service));
  const platform = all.find((f) => f.service === '*') ?? all[0];

  return (
    <section className="exec front">
      <TitleBand />
      <h2>{s.execHeading}</h2>
      {platform?.summary && (
        <p className="lead">
          {s.execLead(
            rangeLabel,
            formatAvailability(platform.summary.availability, locale),
            formatTarget(platform.summary.target, locale),
            platform.summary.met === true,
          )}
        </p>
      )}
      {platform && <KpiStrip facts={platform} />}
      {platform?.summary && <PreviousComparison summary={platform.summary} />}

      <h3>{s.execTableHeading}</h3>
      <table className="data compact exec-table">
        <thead>
          <tr>
            <ResultHeads />
            <th>{s.colMonthsMet}</th>
            <th>{s.colBudgetLeft}</th>
            <th>{s.colCredits}</th>
            <th>{s.colUserImpact}</th>
          </tr>
        </thead>
        <tbody>
          {all.map((f) => {
            const sum = f.summary;
            if (!sum) return null;
            return (
              <tr key={f.service} className={f.service === '*' ? 'platform' : undefined}>
                <ResultCells service={f.service} sum={sum} />
                <td>
                  {s.monthsMetValue(formatNumber(f.monthsMet, locale, 0), formatNumber(f.monthsJudged, locale, 0))}
                </td>
                <td>
                  {formatDuration(sum.budgetRemainingMinutes, locale)}
                  {sum.budgetConsumed !== null && (
                    <div className="cell-sub">
                      {sum.budgetConsumed <= 1
                        ? s.budgetLeftShare(formatPercent(1 - sum.budgetConsumed, locale, 0))
                        : s.budgetOverspent(formatPercent(sum.budgetConsumed - 1, locale, 0))}
                    </div>
                  )}
                </td>
                <td>
                  {formatCredit(sum.creditAmount, f.creditPercentSum, model.settings.currency, locale)}
                  <div className="cell-sub">{s.kpiCreditsMonths(formatNumber(f.creditMonths.length, locale, 0))}</div>
                </td>
                <td>{formatUserHours(sum.userMinutesLost, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {compact.length > 0 && (
        <p className="note">
          {s.execTableLimited(
            formatNumber(paged.filter((x) => x !== '*').length, locale, 0),
            formatNumber(compact.length, locale, 0),
          )}
        </p>
      )}
      <p className="note">{s.creditsExplained}</p>
    </section>
  );
}

/** The incidents that cost users most over the whole report, in a sentence each. */
export function WorstIncidents() {
  const { model, locale, s, timeZone, serviceName } = useReportView();
  const worst = incidentsByImpact(model.incidents)
    .filter((i) => weightedMinutes(i) > 0)
    .slice(0, WORST_INCIDENTS);
  return (
    <div className="keep">
      <h3>{s.worstHeading}</h3>
      {worst.length === 0 ? (
        <p>{s.noIncidents}</p>
      ) : (
        <ol className="worst">
          {worst.map((i) => (
            <li key={i.index}>
              {s.worstSentence({
                when: formatDateTime(i.start, timeZone, locale),
                severity: s.severity[i.severity],
                service: serviceName(i.service),
                region: i.region,
                duration: formatDuration(i.durationMinutes, locale),
                share: formatTarget(i.affectedShare, locale),
                userHours: i.userMinutes === null ? null : formatUserHours(i.userMinutes, locale),
                title: i.title,
              })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
