import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { writeOpenSlo } from '../../../core/slo/write-openslo';
import { readOpenSlo } from '../../../core/slo/read-openslo';
import { applyOpenSlo } from '../../../core/slo/apply-openslo';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../core/model/settings';
import { targetFor } from '../../../core/model/settings-lookup';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  reportTimeZone: 'Asia/Jakarta',
  targets: { default: 0.999, services: { API: 0.9995, 'Push Notifications': 0.99 } },
};
const services = ['*', 'API', 'Push Notifications', 'Web'];

describe('OpenSLO export', () => {
  const text = writeOpenSlo(settings, services, '2024-03');
  const docs = parseAllDocuments(text) as { toJS(): Record<string, unknown> }[];

  it('writes one Timeslices SLO per service, with its effective target and a calendar month in the report zone', () => {
    expect(docs).toHaveLength(4);
    const web = docs[3]!.toJS() as { metadata: { name: string }; spec: Record<string, unknown> };
    expect(web.metadata.name).toBe('web-availability');
    expect(web.spec).toMatchObject({
      service: 'Web',
      budgetingMethod: 'Timeslices',
      timeWindow: [
        { duration: '1M', isRolling: false, calendar: { startTime: '2024-03-01 00:00:00', timeZone: 'Asia/Jakarta' } },
      ],
      // Web has no target of its own: the default, 0.999
      objectives: [{ target: 0.999, timeSliceWindow: '1m', timeSliceTarget: 0.95 }],
    });
    // a name with a space becomes an RFC 1123 label; `*` (every service) gets a readable one
    expect(docs.map((d) => (d.toJS().metadata as { name: string }).name)).toEqual([
      'all-services-availability',
      'api-availability',
      'push-notifications-availability',
      'web-availability',
    ]);
  });

  it('reads back to the same target for every service and the same zone', () => {
    const back = parseSettings(applyOpenSlo(DEFAULT_SETTINGS, readOpenSlo(text, 'export.yaml')));
    if (!back.ok) throw new Error(back.error);
    for (const s of [...services, 'a service the log did not have']) {
      expect(targetFor(back.value, s)).toBe(targetFor(settings, s));
    }
    expect(back.value.reportTimeZone).toBe('Asia/Jakarta');
  });

  it('gives two services whose names make the same label distinct names', () => {
    const two = parseAllDocuments(writeOpenSlo(settings, ['API', 'api'], '2024-03')) as {
      toJS(): Record<string, unknown>;
    }[];
    expect(two.map((d) => (d.toJS().metadata as { name: string }).name)).toEqual([
      'api-availability',
      'api-availability-2',
    ]);
  });
});
