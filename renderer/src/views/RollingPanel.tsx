import { useTranslation } from 'react-i18next';
import { formatAvailability, formatDateTime, formatDuration } from '@core/format';
import type { ReportModel, RollingSeries } from '@core/model/report-model';
import { useLocale } from '../i18n';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { left: 84, right: 12, top: 12, bottom: 24 };
/** one colour per service, in the order the model lists them (`*` first) */
const COLOURS = ['#1f6feb', '#d9480f', '#2b8a3e', '#7048e8', '#c2255c', '#0c8599', '#e67700', '#495057'];

/** Each service's trailing-window availability at every day's end, one line per service, its worst window marked. */
export function RollingPanel(props: { model: ReportModel }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { model } = props;
  const zone = model.settings.reportTimeZone;
  const windowDays = model.settings.rolling[0];
  const series = model.rolling.filter((r) => r.windowDays === windowDays);
  if (windowDays === undefined || series.length === 0) {
    return <p className="rolling__empty">{t('replay.rollingEmpty')}</p>;
  }
  const days = series[0]!.days.length;
  const lows = series.flatMap((s) => (s.worst ? [s.worst.availability] : []));
  // the scale reaches from just under the lowest window (or the lowest target) to 100 %
  const floor = Math.min(...lows, ...series.map((s) => targetOf(model, s.service))) - 0.0005;
  const x = (i: number) => PAD.left + (i / Math.max(1, days - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (a: number) => PAD.top + ((1 - a) / (1 - floor)) * (HEIGHT - PAD.top - PAD.bottom);
  return (
    <section className="card rolling" aria-labelledby="rolling-title">
      <h3 id="rolling-title">{t('replay.rollingTitle', { count: windowDays })}</h3>
      <svg
        className="rolling__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('replay.rollingTitle', { count: windowDays })}
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(1)} y2={y(1)} stroke="currentColor" opacity={0.3} />
        <text x={PAD.left - 6} y={y(1) + 4} textAnchor="end" fontSize={11} fill="currentColor">
          {formatAvailability(1, locale)}
        </text>
        <text x={PAD.left - 6} y={y(floor) + 4} textAnchor="end" fontSize={11} fill="currentColor">
          {formatAvailability(floor, locale)}
        </text>
        {series.map((s, k) => (
          <g key={s.service} data-service={s.service}>
            <polyline
              fill="none"
              stroke={COLOURS[k % COLOURS.length]}
              strokeWidth={1.5}
              points={s.days
                .map((d, i) => (d.availability === null ? null : `${x(i)},${y(d.availability)}`))
                .filter((p) => p !== null)
                .join(' ')}
            />
            {s.worst ? (
              <circle
                data-testid={`rolling-worst-${s.service}`}
                cx={x(s.days.findIndex((d) => d.end === s.worst!.end))}
                cy={y(s.worst.availability)}
                r={4}
                fill={COLOURS[k % COLOURS.length]}
              >
                <title>{`${s.service}: ${formatAvailability(s.worst.availability, locale)}`}</title>
              </circle>
            ) : null}
          </g>
        ))}
      </svg>
      <table className="rolling__table">
        <thead>
          <tr>
            <th scope="col">{t('replay.service')}</th>
            <th scope="col">{t('replay.worst')}</th>
            <th scope="col">{t('replay.budgetLeft')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s, k) => (
            <tr key={s.service} data-service={s.service}>
              <th scope="row">
                <span className="rolling__swatch" style={{ background: COLOURS[k % COLOURS.length] }} />
                {s.service === '*' ? t('service.all') : s.service}
              </th>
              <td data-testid={`rolling-worst-text-${s.service}`}>{worstText(s, zone, locale, t)}</td>
              <td>{formatDuration(s.days[s.days.length - 1]!.budgetRemainingMinutes, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function targetOf(model: ReportModel, service: string): number {
  return model.summary.find((r) => r.service === service)?.target ?? model.settings.targets.default;
}

function worstText(
  s: RollingSeries,
  zone: string,
  locale: ReturnType<typeof useLocale>,
  t: ReturnType<typeof useTranslation>['t'],
): string {
  if (!s.worst) return '—';
  const when = formatDateTime(s.worst.end, zone, locale);
  return `${formatAvailability(s.worst.availability, locale)}, ${t('replay.worstEnded', { when })}`;
}
