/** The quick answer (issue 18 item 5) as the CLI prints it: a terminal table, or JSON with ISO instants. */
import type { QuickAnswer } from '../compute/quick-answer';
import type { AllowedDowntime } from '../model/report-model';
import {
  formatAvailability,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRateValue,
  formatTarget,
  formatUserHours,
} from '../format';
import { textTable } from './text-table';

const L = 'en';

/** How month, quarter and year were measured, so no figure stands without its convention (SPEC 6). */
export function conventionLabel(row: AllowedDowntime, month: string): string {
  const days = `${formatNumber(row.monthDays, L, 4)} d`;
  return row.convention === 'calendar' ? `calendar ${month} (${days})` : `${row.convention.replace('d', ' d')} month`;
}

export function quickJson(a: QuickAnswer): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  const outage = a.outage === null ? null : { ...a.outage, start: iso(a.outage.start), end: iso(a.outage.end) };
  return JSON.stringify({ ...a, outage }, null, 2) + '\n';
}

export function quickTable(a: QuickAnswer): string {
  const d = (m: number) => formatDuration(m, L);
  const nines = textTable(
    [
      { header: `Allowed downtime at ${formatTarget(a.target, L)}`, align: 'left' },
      { header: 'Day', align: 'right' },
      { header: 'Week', align: 'right' },
      { header: 'Month', align: 'right' },
      { header: 'Quarter', align: 'right' },
      { header: 'Year', align: 'right' },
    ],
    a.nines.map((n) => [conventionLabel(n, a.month), d(n.day), d(n.week), d(n.month), d(n.quarter), d(n.year)]),
  );
  const o = a.outage;
  if (o === null) return nines + '\n';
  const lines: [string, string][] = [
    ['Outage', `${d(o.minutes)} from ${formatDateTime(o.start, a.zone, L)}, ${formatPercent(o.share, L, 1)} of users`],
    ['Period', `${conventionLabel(a.nines[0]!, a.month)}: ${d(o.downtimeMinutes)} of the outage falls in it`],
    ['Availability', `${formatAvailability(o.availability, L)} (${o.met === false ? 'missed' : 'met'})`],
    [
      'Error budget',
      `${d(o.budgetMinutes)}; consumed ${formatPercent(o.budgetConsumed, L, 1)}, remaining ${d(o.budgetRemainingMinutes)}`,
    ],
    ['Credit', formatPercent(o.creditPercent / 100, L, 0)],
  ];
  if (o.userMinutesLost !== null) {
    lines.push([
      'User-minutes lost',
      `${formatNumber(o.userMinutesLost, L, 0)} (${formatUserHours(o.userMinutesLost, L)})`,
    ]);
  }
  for (const [name, value] of Object.entries(o.impact)) lines.push([`Lost: ${name}`, formatRateValue(value, '', L)]);
  const width = Math.max(...lines.map(([k]) => k.length));
  return `${nines}\n\n${lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`;
}
