import { describe, expect, it } from 'vitest';
import { newReportFile, newServerReportFile } from '../../../core/report-file/new-report-file';
import { parseReportFile } from '../../../core/report-file/report-file';
import { settingsSchema } from '../../../core/model/settings';

const server = {
  url: 'https://sre:s3cret@prom.example.org:9090/base',
  query: 'probe_success',
  serviceLabel: 'job',
  regionLabel: null,
  timeoutMs: 30_000,
  maxSeries: 500,
};

describe('the report file File > Save report writes', () => {
  it('keeps a chosen range preset without the days it named today', () => {
    const settings = settingsSchema.parse({ range: { from: '2026-11', to: '2026-11', preset: 'last-month' } });
    const file = newReportFile('/logs/outages.csv', '/logs/reports/monthly.json', settings);
    expect(file.settings.range).toEqual({ from: null, to: null, preset: 'last-month' });
    expect(file.source).toEqual({ log: '../outages.csv' });
    // fixed days stay as they are
    const fixed = settingsSchema.parse({ range: { from: '2026-01', to: '2026-06' } });
    expect(newReportFile('/logs/outages.csv', '/logs/m.json', fixed).settings).toEqual(fixed);
  });

  it("of a server log: its query, labels and limits, the URL without the login, and sla run's schema reads it", () => {
    const settings = settingsSchema.parse({ range: { preset: 'ytd' } });
    const file = newServerReportFile(server, settings);
    expect(file.source).toEqual({
      prometheus: {
        url: 'https://prom.example.org:9090/base',
        query: 'probe_success',
        serviceLabel: 'job',
        regionLabel: null,
        timeoutSeconds: 30,
        maxSeries: 500,
      },
    });
    expect(JSON.stringify(file)).not.toContain('s3cret');
    expect(file.outputs.map((o) => o.file)).toEqual([
      'prometheus-sla-{period}.pdf',
      'prometheus-sla-{period}.csv',
      'prometheus-sla-{period}.json',
    ]);
    expect(parseReportFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: file });
  });
});
