import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../core/model/settings';
import { reportFileServer } from '../../electron/main/report-file-server';
import { serverSettingsPath } from '../../electron/main/server-logs';

const source = { url: 'http://127.0.0.1:9090', query: 'probe_success' };
// 6 December 2026, 12:00 UTC
const now = Date.UTC(2026, 11, 6, 12);

describe("a report file's Prometheus source as the app reads it", () => {
  it("reads a range preset on today's date in the report zone, with the dialog's default labels", () => {
    const settings = settingsSchema.parse({ range: { preset: 'last-quarter' }, reportTimeZone: 'Asia/Jakarta' });
    const server = reportFileServer(source, settings, now);
    if (typeof server === 'string') throw new Error(server);
    // December is in Q4: the quarter before is July to September
    const range = { from: '2026-07', to: '2026-09', preset: 'last-quarter' };
    expect(server.settings.range).toEqual(range);
    expect(server.log.server).toMatchObject({
      url: source.url,
      query: source.query,
      serviceLabel: 'job',
      regionLabel: 'instance',
      timeoutMs: 60_000,
      maxSeries: 20_000,
      range,
      reportTimeZone: 'Asia/Jakarta',
    });
    // its settings are remembered under the same key as a read of the dialog's
    const dialogRequest = { ...source, serviceLabel: 'job', regionLabel: 'instance', from: '2026-07', to: '2026-09' };
    expect(server.log.path).toBe(serverSettingsPath(dialogRequest));
  });

  it("keeps the file's labels, no region, timeout and series limit", () => {
    const settings = settingsSchema.parse({ range: { from: '2026-01', to: '2026-02' } });
    const own = { ...source, serviceLabel: 'team', regionLabel: null, timeoutSeconds: 5, maxSeries: 50 };
    const server = reportFileServer(own, settings, now);
    if (typeof server === 'string') throw new Error(server);
    expect(server.log.server).toMatchObject({
      serviceLabel: 'team',
      regionLabel: null,
      timeoutMs: 5000,
      maxSeries: 50,
    });
  });

  it('says why it cannot: no range, or an address that is not http(s)', () => {
    expect(reportFileServer(source, settingsSchema.parse({ range: { from: '2026-01' } }), now)).toBe(
      'source.prometheus needs the report range: settings.range.from and settings.range.to, or a range preset',
    );
    const ranged = settingsSchema.parse({ range: { preset: 'last-month' } });
    expect(reportFileServer({ ...source, url: 'file:///etc/passwd' }, ranged, now)).toMatch(
      /^source\.prometheus: url: expected an http:\/\/ or https:\/\/ address/,
    );
  });
});
