import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { englishStrings, withoutBrowser } from './draw-faces';
import { Overview } from '../../renderer/src/views/Overview';
import { ServiceSection } from '../../renderer/report/ServiceSection';
import { createReportView, ReportViewContext } from '../../renderer/report/report-context';
import { serviceFacts } from '../../core/report/service-facts';
import { report } from '../core/compute/helpers';

/**
 * A composite App = API & DB drawn by the dashboard and the PDF. January 2024 (44,640 min): API down
 * 00:00-01:00 and DB 00:30-02:00 on the 10th. Real: 120 min down, 1 - 120/44,640 = 99.731 %. Naive:
 * (1 - 60/44,640)(1 - 90/44,640) = 99.664 %; (real - naive) x 44,640 = 30 min - 60 x 90 / 44,640 min
 * (0.12 min) = 29.88 min, shown as 29 min 53 s: the overlap the product counts twice.
 */
const model = report(
  [
    { service: 'API', start: '2024-01-10T00:00:00Z', end: '2024-01-10T01:00:00Z' },
    { service: 'DB', start: '2024-01-10T00:30:00Z', end: '2024-01-10T02:00:00Z' },
  ],
  { composites: [{ name: 'App', expression: 'API&DB' }] },
);

let dashboard = '';
let pdf = '';
beforeAll(async () => {
  await englishStrings();
  ({ dashboard, pdf } = withoutBrowser(() => ({
    dashboard: renderToStaticMarkup(
      <Overview model={model} service="App" onService={() => {}} onUsers={() => {}} theme="light" />,
    ),
    pdf: renderToStaticMarkup(
      <ReportViewContext value={createReportView(model, 'A4', 180)}>
        <ServiceSection facts={serviceFacts(model, 'App')} />
      </ReportViewContext>,
    ),
  })));
});

const plain = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a composite on the dashboard and in the PDF', () => {
  it('the model holds the real and the naive figure', () => {
    const s = model.summary.find((r) => r.service === 'App')!;
    expect(s.availability).toBeCloseTo(1 - 120 / 44_640, 12);
    expect(s.naiveAvailability).toBeCloseTo((1 - 60 / 44_640) * (1 - 90 / 44_640), 12);
  });

  it('the availability card shows the naive product and the downtime it overstates', () => {
    const text = plain(dashboard);
    expect(text).toContain('99.731 %');
    expect(text).toContain('composite API&amp;DB · naive product of its components 99.664 %');
    expect(text).toContain('the product shows 29 min 53 s more downtime than the timelines: outages overlapped');
  });

  it('the PDF service section says the same, with the cause', () => {
    const text = plain(pdf);
    expect(text).toContain(
      'API&amp;DB: 99.731 % from the outage timelines; 99.664 % as the naive product of its components’ availabilities',
    );
    expect(text).toContain(
      'The product shows 29 min 53 s more downtime than happened: their outages overlapped, and a series loses overlapping time once',
    );
  });

  it('a service of the log has no composite line', () => {
    const api = renderToStaticMarkup(
      <ReportViewContext value={createReportView(model, 'A4', 180)}>
        <ServiceSection facts={serviceFacts(model, 'API')} />
      </ReportViewContext>,
    );
    expect(api).not.toContain('data-composite');
  });
});
