import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { englishStrings, withoutBrowser } from './draw-faces';
import { AboutReport } from '../../renderer/report/Cover';
import { BusinessHoursControl } from '../../renderer/src/settings/BusinessHoursControl';
import { createReportView, ReportViewContext } from '../../renderer/report/report-context';
import { report } from '../core/compute/helpers';

const plain = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const calendar = {
  preset: 'custom' as const,
  hours: ['Mon-Fri 09:00-17:00'],
  holidays: ['2026-12-24', '2026-12-25', '2026-12-31'],
};
const model = (businessHours?: typeof calendar) =>
  report([{ start: '2026-03-03T16:00:00Z', end: '2026-03-03T18:00:00Z' }], {
    reportTimeZone: 'Europe/Berlin',
    ...(businessHours && { businessHours }),
  });
const about = (m: ReturnType<typeof model>): string =>
  plain(
    renderToStaticMarkup(
      <ReportViewContext value={createReportView(m, 'A4', 180)}>
        <AboutReport />
      </ReportViewContext>,
    ),
  );

beforeAll(() => englishStrings());

describe('business hours in the PDF and the settings (docs/spec.md 5d)', () => {
  it('names the calendar beside the time zone on the PDF cover', () => {
    expect(about(model(calendar))).toContain('Business hours Mon-Fri 09:00-17:00 (Europe/Berlin), 3 holidays');
    // 24x7 changes nothing, so the cover does not mention it
    expect(about(model())).not.toContain('Business hours');
  });

  it('draws the custom grid: a row per weekday, Monday to Friday ticked 09:00-17:00', () => {
    const html = withoutBrowser(() =>
      renderToStaticMarkup(<BusinessHoursControl value={calendar} onChange={() => {}} />),
    );
    const rows = html.split('<tr>').slice(2);
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.includes('checked=""'))).toEqual([true, true, true, true, true, false, false]);
    expect(rows[0]).toContain('value="09:00"');
    expect(rows[0]).toContain('value="17:00"');
    expect(plain(html)).toContain('2026-12-24');
    // the presets are offered by name
    const presets = [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(presets).toEqual(['24x7', 'business-days', 'custom']);
  });
});
