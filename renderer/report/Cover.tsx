import { formatCount, formatDateTime, formatNumber, formatTarget, noUserBase } from '@core/format';
import { creditTiers } from '@core/model/settings';
import { useReportView } from './report-context';

/** Page one: what was measured, from which file, when, and under which settings. */
export function Cover() {
  const { model, locale, s, timeZone, serviceName, rangeLabel } = useReportView();
  const { source, settings } = model;
  const realServices = model.services.filter((x) => x !== '*');
  const facts: [string, string, string?][] = [
    [s.services, realServices.map(serviceName).join(', ')],
    [s.range, rangeLabel],
    [s.timeZone, timeZone],
    [s.generatedAt, formatDateTime(model.generatedAt, timeZone, locale)],
    [s.sourceFile, source.file],
    [
      s.logFormat,
      `${source.format} · ${s.recordsRead(formatNumber(source.records, locale, 0), formatNumber(source.skipped, locale, 0))}`,
    ],
    [s.sha256, source.sha256, 'mono'],
  ];

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
    <section className="cover">
      <div className="cover-band">
        {/* the short title is the h1: it heads the PDF's outline, and a heading that wraps loses its spaces there */}
        <h1 className="kicker">{s.coverKicker}</h1>
        <p className="cover-title">{s.coverTitle}</p>
        <p className="cover-subtitle">
          {realServices.map(serviceName).join(' · ')}
          <br />
          {rangeLabel}
        </p>
      </div>

      <h2 className="cover-h2">{s.summaryHeading}</h2>
      <dl className="facts">
        {facts.map(([term, value, style]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd className={style}>{value}</dd>
          </div>
        ))}
      </dl>

      <h2 className="cover-h2">{s.settingsHeading}</h2>
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
      <p className="note cover-note">{s.coverNote}</p>
    </section>
  );
}
