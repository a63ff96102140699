import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardAndPageOne, englishStrings } from './draw-faces';
import { report } from '../core/compute/helpers';

/**
 * The previous-period comparison (issue 16) on the dashboard's KPI cards and on the PDF's page one, from one model.
 * Q1 2024 and Q2 2024 are both 91 days (131,040 min). Q1: 60 min down on 10 Jan and 100 min partial on 5 Mar
 * (weight 0.3: 30 min), 90 min in all; Q2: 30 min on 1 May. Availability rose by 60/131,040 = 0.0458 pp; downtime
 * fell by 1 h; outages from 2 to 1.
 */
const log = [
  { service: 'api', start: '2024-01-10T10:00:00Z', end: '2024-01-10T11:00:00Z' },
  { service: 'api', start: '2024-03-05T00:00:00Z', end: '2024-03-05T01:40:00Z', severity: 'partial' as const },
  { service: 'api', start: '2024-05-01T00:00:00Z', end: '2024-05-01T00:30:00Z' },
];
const quarter = report(log, { period: 'quarter', range: { from: '2024-04', to: '2024-06' } });
// January alone: the month before it is before the log's first record
const uncovered = report(log, { range: { from: '2024-01', to: '2024-01' } });

const textOf = (html: string, testId: string) => new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)?.[1];

let covered = { dashboard: '', pdf: '' };
let none = { dashboard: '', pdf: '' };
beforeAll(async () => {
  await englishStrings();
  covered = dashboardAndPageOne(quarter);
  none = dashboardAndPageOne(uncovered);
});

describe('this quarter against the last, on the dashboard and the PDF (issue 16)', () => {
  it('shows each change on the KPI cards', () => {
    expect(textOf(covered.dashboard, 'kpi-change-availability')).toBe('▲ 0.0458 pp vs previous quarter');
    expect(textOf(covered.dashboard, 'kpi-change-downtimeMinutes')).toBe('▼ 1 h vs previous quarter');
    expect(textOf(covered.dashboard, 'kpi-change-episodes')).toBe('▼ 1 vs previous quarter');
  });

  it('prints the same changes on page one, with the days compared', () => {
    expect(covered.pdf).toContain('Platform against the period before (2024-01-01 to 2024-03-31)');
    expect(covered.pdf).toContain('▲ 0.0458 pp vs previous quarter');
    expect(covered.pdf).toContain('▼ 1 h vs previous quarter');
  });

  it('says "no data" for a period the log does not reach, on both faces', () => {
    expect(textOf(none.dashboard, 'kpi-change-availability')).toBe('previous month: no data');
    expect(none.pdf).toContain('previous month: no data');
    expect(none.pdf).not.toContain('▲');
  });

  it('says it once per card, not once per figure, when the log does not reach the period', () => {
    // the downtime card compares downtime and MTBF, the longest-outage card outages and MTTR: one line each
    expect(textOf(none.dashboard, 'kpi-change-downtimeMinutes')).toBe('previous month: no data');
    expect(none.dashboard).not.toContain('data-testid="kpi-change-mtbfMinutes"');
    expect(none.dashboard).not.toContain('data-testid="kpi-change-mttrMinutes"');
    expect(textOf(covered.dashboard, 'kpi-change-mttrMinutes')).toMatch(/vs previous quarter$/);
  });

  it('asks for the user base on the impact card while none is set, with a box to type it in', () => {
    const card = /data-testid="kpi-users"[^>]*>(.*?)<\/span><\/p>/.exec(covered.dashboard)?.[1] ?? '';
    expect(card).toContain('How many users does the service have?');
    expect(card).toMatch(/<input [^>]*aria-label="User base"/);
  });
});
