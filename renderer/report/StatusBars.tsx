import { formatDuration, formatNumber } from '@core/format';
import type { StatusDayWorst } from '@core/model/report-model';
import { PALETTE } from './palette';
import { useReportView } from './report-context';
import { STATUS_BAR_STRINGS } from './strings/status-bars';

/** Paper has no hover: the colours carry the days, the caption the figures people ask first. */
const DAY_COLOR: Record<StatusDayWorst, string> = {
  major: '#b4443c',
  partial: '#d9822b',
  degraded: '#d4b106',
  maintenance: '#7a8594',
  noData: PALETTE.noData,
  up: PALETTE.met,
};
const LEGEND: StatusDayWorst[] = ['up', 'degraded', 'partial', 'major', 'maintenance', 'noData'];
const BAR_HEIGHT_MM = 7;

/** A service's status bar in the printed report (issue 18 item 6): its last days, each coloured by its worst. */
export function StatusBars({ service }: { service: string }) {
  const { model, locale, contentWidthMm, timeZone } = useReportView();
  const s = STATUS_BAR_STRINGS[locale];
  const days = model.statusDays.find((b) => b.service === service)?.days ?? [];
  if (days.length === 0) return null;
  const step = contentWidthMm / days.length;
  const outageDays = days.filter((d) => d.worst === 'major' || d.worst === 'partial').length;
  const worst = days.reduce((a, d) => (d.downtimeMinutes > a.downtimeMinutes ? d : a), days[0]!);
  return (
    <figure className="chart status-bar" data-testid="print-status-bar">
      <h3>{s.heading(formatNumber(days.length, locale, 0))}</h3>
      <svg
        width={`${contentWidthMm}mm`}
        height={`${BAR_HEIGHT_MM}mm`}
        viewBox={`0 0 ${contentWidthMm} ${BAR_HEIGHT_MM}`}
        role="img"
        aria-label={s.heading(formatNumber(days.length, locale, 0))}
      >
        {days.map((d, i) => (
          <rect
            key={d.date}
            x={i * step}
            y={0}
            width={step * 0.8}
            height={BAR_HEIGHT_MM}
            rx={0.4}
            fill={DAY_COLOR[d.worst]}
            data-worst={d.worst}
          >
            <title>{`${d.date}: ${s.worst[d.worst]}, ${formatDuration(d.downtimeMinutes, locale)}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption>
        {LEGEND.map((w) => (
          <span key={w} className="status-bar__key">
            <svg width="2.5mm" height="2.5mm" viewBox="0 0 1 1" aria-hidden="true">
              <rect width={1} height={1} fill={DAY_COLOR[w]} />
            </svg>{' '}
            {s.worst[w]}
          </span>
        ))}{' '}
        {s.caption(days[0]!.date, days[days.length - 1]!.date, timeZone, formatNumber(outageDays, locale, 0))}{' '}
        {worst.downtimeMinutes > 0 ? s.worstDay(worst.date, formatDuration(worst.downtimeMinutes, locale)) : null}
      </figcaption>
    </figure>
  );
}
