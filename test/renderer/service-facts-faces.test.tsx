import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardAndPageOne, englishStrings } from './draw-faces';
import { serviceFacts } from '../../core/report/service-facts';
import { formatAvailability, formatDuration } from '../../core/format';
import { report } from '../core/compute/helpers';

/**
 * The dashboard (Overview's KPI cards) and the PDF (the executive summary's KPI strip) each draw the platform row
 * `*` from the same model. api: 60 min down on 10 Apr 2024 (30 d: 1 - 60/43,200 = 99.861 %, below 99.9 %),
 * 20 min on 3 May (31 d: 99.955 %, met); June clean. So 2 of 3 months met; budget 43.2 + 44.64 + 43.2 = 131.04
 * min, 80 spent: 51.04 left.
 */
const model = report(
  [
    { service: 'api', start: '2024-04-10T10:00:00Z', end: '2024-04-10T11:00:00Z' },
    { service: 'api', start: '2024-05-03T00:00:00Z', end: '2024-05-03T00:20:00Z' },
  ],
  { range: { from: '2024-04', to: '2024-06' }, targets: { default: 0.999 } },
);

let dashboard = '';
let pdf = '';
beforeAll(async () => {
  await englishStrings();
  ({ dashboard, pdf } = dashboardAndPageOne(model));
});

/** The text of every element with the attribute, in document order. */
function texts(html: string, attribute: RegExp): string[] {
  return [...html.matchAll(new RegExp(`<[a-z0-9]+ [^>]*${attribute.source}[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]!);
}

describe('the dashboard and the PDF say the same about a service', () => {
  const facts = serviceFacts(model, '*');
  const card = (id: string) => texts(dashboard, new RegExp(`data-testid="kpi-${id}"`))[0];
  // the KPI strip's tiles: availability, months on target, budget left, credits, user impact
  const tiles = () => texts(pdf, /class="kpi-value"/);

  it('the same facts: 2 of 3 months met, 51.04 min of budget left', () => {
    expect([facts.monthsMet, facts.monthsJudged]).toEqual([2, 3]);
    expect(facts.summary!.budgetRemainingMinutes).toBeCloseTo(51.04, 9);
  });

  it('the same availability, months met and budget left on both', () => {
    const availability = formatAvailability(facts.summary!.availability, 'en');
    const budgetLeft = formatDuration(facts.summary!.budgetRemainingMinutes, 'en');
    expect(card('availability')).toBe(availability);
    expect(tiles()[0]).toBe(availability);
    expect(card('months')).toBe('2 / 3');
    expect(tiles()[1]).toBe('2 of 3');
    expect(card('budget')).toBe(budgetLeft);
    expect(tiles()[2]).toBe(budgetLeft);
  });
});
