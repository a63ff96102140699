import { formatCount, formatDateTime, formatNumber, formatTarget, noUserBase } from '@core/format';
import { creditTiers } from '@core/model/credit-settings';
import { isAssumption } from '@core/import/shape/diagnostics';
import { coversEverything } from '@core/time/business-hours';
import { calendarText } from '@core/print/business-hours-note';
import { useReportView } from './report-context';
import { SERVICE_PAGE_LIMIT } from '@core/report/service-pages';

/** The top of page one: the report's title, who it is for, the services and period, and the user's note. */
export function TitleBand() {
  const { model, locale, s, serviceName, rangeLabel } = useReportView();
  const { title, customer, note } = model.settings.report;
  const { source } = model;
  const realServices = model.services.filter((x) => x !== '*');
  return (
    <header className="cover-band">
      {/* a data: URL the drivers checked (core/pdf/cover-logo.ts); an <img> runs no SVG script and loads nothing */}
      {model.logo && <img className="cover-logo" src={model.logo} alt={s.coverLogoAlt} />}
      {/* the short title is the h1: it heads the PDF's outline, and a heading that wraps loses its spaces there */}
      <h1 className="kicker">{s.coverKicker}</h1>
      <p className="cover-title">{title || s.coverTitle}</p>
      {customer && <p className="cover-customer">{s.preparedFor(customer)}</p>}
      <p className="cover-subtitle">
        {rangeLabel}
        <span className="cover-services">
          {' · '}
          {/* a long report names its services where it gives them a page or a line, not in a wall of names here */}
          {realServices.length > SERVICE_PAGE_LIMIT
            ? s.servicesCounted(formatNumber(realServices.length, locale, 0))
            : realServices.map(serviceName).join(' · ')}
        </span>
      </p>
      {note && <p className="cover-exec-note">{note}</p>}
      <p className="cover-source">
        {s.sourceFile}: {source.file} · {s.sha256}: <span className="mono">{source.sha256}</span>
      </p>
    </header>
  );
}

/** What was measured, from which file, and what the import assumed. */
export function AboutReport() {
  const { model, locale, s, timeZone, serviceName, rangeLabel } = useReportView();
  const { source } = model;
  const realServices = model.services.filter((x) => x !== '*');
  const facts: [string, string, string?][] = [
    [s.services, realServices.map(serviceName).join(', ')],
    [s.range, rangeLabel],
    [s.timeZone, timeZone],
    // docs/spec.md 5d: a calendar other than 24x7 changes every figure, so it stands beside the zone
    ...(coversEverything(model.settings.businessHours)
      ? []
      : [[s.businessHours, calendarText(model.settings, locale)] as [string, string]]),
    [s.generatedAt, formatDateTime(model.generatedAt, timeZone, locale)],
    [s.sourceFile, source.file],
    [
      s.logFormat,
      `${source.format} · ${s.recordsRead(formatNumber(source.records, locale, 0), formatNumber(source.skipped, locale, 0))}`,
    ],
    [s.sha256, source.sha256, 'mono'],
  ];

  const assumptions = model.diagnostics.filter((d) => isAssumption(d.message));

  return (
    <section className="about">
      <h2>{s.aboutHeading}</h2>
      <dl className="facts">
        {facts.map(([term, value, style]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd className={style}>{value}</dd>
          </div>
        ))}
      </dl>

      <h3>{s.assumptionsHeading}</h3>
      {assumptions.length === 0 ? (
        <p className="note">{s.assumptionsNone}</p>
      ) : (
        <>
          <p className="note">{s.assumptionsLead}</p>
          <ul className="assumptions">
            {assumptions.map((d, i) => (
              <li key={i}>{d.message}</li>
            ))}
          </ul>
        </>
      )}

      <p className="note cover-note">{s.coverNote}</p>
    </section>
  );
}

/** The settings every figure was computed with, for the methodology appendix. */
export function SettingsInForce() {
  const { model, locale, s, serviceName } = useReportView();
  const { settings } = model;
  const targetOverrides = Object.entries(settings.targets.services)
    .filter(([name]) => model.services.includes(name))
    .map(([name, t]) => `${serviceName(name)} ${formatTarget(t, locale)}`);
  const tiers = creditTiers(settings.credits);
  const settingRows: [string, string][] = [
    [
      s.settingTargets,
      [s.targetDefault(formatTarget(settings.targets.default, locale)), ...targetOverrides].join('; '),
    ],
    [
      s.settingWeights,
      s.weightsValue(
        formatNumber(1, locale),
        formatNumber(settings.weights.partial, locale, 4),
        formatNumber(settings.weights.degraded, locale, 4),
      ),
    ],
    [s.settingMaintenance, settings.countMaintenance ? s.maintenanceCounted : s.maintenanceExcluded],
    [
      s.settingUsers,
      settings.users === null
        ? noUserBase(locale)
        : `${formatNumber(settings.users, locale, 0)} (${formatCount(settings.users, locale)})`,
    ],
    [
      s.settingRegionShares,
      Object.entries(settings.regionShares)
        .map(([region, share]) => `${region} ${formatTarget(share, locale)}`)
        .join('; ') || s.none,
    ],
    [
      s.settingRates,
      settings.rates
        .map((r) => [`${r.name}:`, formatNumber(r.perMinute, locale, 4), r.unit, s.perMinute].filter(Boolean).join(' '))
        .join('; ') || s.none,
    ],
    [
      s.settingCredits,
      tiers.length === 0
        ? s.creditsNone
        : `${tiers
            .map((t) =>
              s.creditTier(formatTarget(t.belowPercent / 100, locale), formatTarget(t.creditPercent / 100, locale)),
            )
            .join('; ')}${settings.credits.preset === 'custom' ? '' : ` (${settings.credits.preset})`}`,
    ],
    [s.settingMonthConvention, s.monthConvention[settings.monthConvention]],
    [s.settingInputTimeZone, settings.import.inputTimeZone],
  ];

  return (
    <div className="keep">
      <h3>{s.settingsHeading}</h3>
      <table className="settings">
        <tbody>
          {settingRows.map(([term, value]) => (
            <tr key={term}>
              <th scope="row">{term}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
