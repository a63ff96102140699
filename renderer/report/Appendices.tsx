import { formatDuration, formatNumber, formatTarget, noUserBase } from '@core/format';
import { creditTiers } from '@core/model/credit-settings';
import { useReportView } from './report-context';
import { SettingsInForce } from './Cover';

/** Appendix A: the formulas with the settings in force filled in, so a reader can recompute any figure. */
export function Methodology() {
  const { model, locale, s, timeZone } = useReportView();
  const { settings } = model;
  const tiers = creditTiers(settings.credits);
  const rows = s.formulas({
    timeZone,
    partialWeight: formatNumber(settings.weights.partial, locale, 4),
    degradedWeight: formatNumber(settings.weights.degraded, locale, 4),
    users: settings.users === null ? noUserBase(locale) : formatNumber(settings.users, locale, 0),
    maintenanceCounted: settings.countMaintenance,
    statusLog: model.source.shape === 'status',
    creditTiers:
      tiers.length === 0
        ? s.creditsNone
        : tiers
            .map((t) =>
              s.creditTier(formatTarget(t.belowPercent / 100, locale), formatTarget(t.creditPercent / 100, locale)),
            )
            .join('; '),
  });
  return (
    <section className="appendix methodology">
      <h2>{s.methodologyHeading}</h2>
      <p className="lead">{s.methodologyLead}</p>
      <SettingsInForce />
      <table className="formulas">
        <tbody>
          {rows.map((r) => (
            <tr key={r.term}>
              <th scope="row">{r.term}</th>
              <td>
                <div className="formula">{r.formula}</div>
                <div className="cell-sub">{r.note}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AllowedDowntime />
    </section>
  );
}

/** Appendix C: rows the import rejected or words it did not know, so nobody wonders what was left out. */
export function Diagnostics() {
  const { model, locale, s } = useReportView();
  if (model.diagnosticsTotal === 0) return null;
  return (
    <section className="appendix diagnostics">
      <h2>{s.diagnosticsHeading}</h2>
      <p className="lead">
        {s.diagnosticsLead(
          formatNumber(model.diagnostics.length, locale, 0),
          formatNumber(model.diagnosticsTotal, locale, 0),
        )}
      </p>
      <table className="data compact">
        <thead>
          <tr>
            <th>{s.colLine}</th>
            <th className="text wide">{s.colMessage}</th>
          </tr>
        </thead>
        <tbody>
          {model.diagnostics.map((d, i) => (
            <tr key={i}>
              <td>{d.line > 0 ? formatNumber(d.line, locale, 0) : s.notApplicable}</td>
              <td className="text wide">{d.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Allowed downtime for each target in use (SPEC 6), labelled with the month convention it was measured with. */
export function AllowedDowntime() {
  const { model, locale, s } = useReportView();
  if (model.nines.length === 0) return null;
  const first = model.nines[0]!;
  const days = (d: number) => formatNumber(d, locale, 2);
  return (
    <div className="keep">
      <h3>{s.allowedHeading}</h3>
      <table className="data allowed">
        <thead>
          <tr>
            <th>{s.colTarget}</th>
            <th>{s.colDay}</th>
            <th>{s.colWeek}</th>
            <th>{s.colMonth}</th>
            <th>{s.colQuarter}</th>
            <th>{s.colYear}</th>
          </tr>
        </thead>
        <tbody>
          {model.nines.map((n) => (
            <tr key={n.target}>
              <td>{formatTarget(n.target, locale)}</td>
              <td>{formatDuration(n.day, locale)}</td>
              <td>{formatDuration(n.week, locale)}</td>
              <td>{formatDuration(n.month, locale)}</td>
              <td>{formatDuration(n.quarter, locale)}</td>
              <td>{formatDuration(n.year, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">
        {s.allowedCaption(
          s.monthConvention[first.convention],
          days(first.monthDays),
          days(first.quarterDays),
          days(first.yearDays),
        )}
      </p>
    </div>
  );
}
