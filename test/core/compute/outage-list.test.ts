import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report/index';
import { outageList } from '../../../core/compute/outage-list';
import { inputOf, settings, type Rec } from './helpers';

/** The outage list of these records: each episode with the lines of the records behind it. */
function listOf(records: Rec[], s = {}) {
  const input = inputOf(records);
  const set = settings(s);
  const model = buildReport(input, set, 0, { listEpisodes: true });
  return outageList(input.records, model.episodes!, set).map((e) => ({
    service: e.service,
    start: new Date(e.start).toISOString(),
    lines: e.recordRefs.map((r) => r.line),
  }));
}

describe('outageList: the records behind each episode (docs/methodology.md 8)', () => {
  it('names the records of weight above 0 only: no maintenance, no degraded at weight 0', () => {
    const rows = listOf([
      { start: '2024-04-02T10:00Z', end: '2024-04-02T11:00Z', line: 2 },
      // inside the same episode, but maintenance and degraded (weight 0) made none of it
      { start: '2024-04-02T10:10Z', end: '2024-04-02T10:20Z', severity: 'maintenance', line: 3 },
      { start: '2024-04-02T10:30Z', end: '2024-04-02T12:00Z', severity: 'degraded', line: 4 },
      { start: '2024-04-03T00:00Z', end: '2024-04-03T00:30Z', severity: 'partial', line: 5 },
    ]);
    expect(rows.filter((r) => r.service === 'api')).toEqual([
      { service: 'api', start: '2024-04-02T10:00:00.000Z', lines: [2] },
      { service: 'api', start: '2024-04-03T00:00:00.000Z', lines: [5] },
    ]);
    // with degraded weighted, the degraded record joins (and extends) the first episode
    const weighted = listOf(
      [
        { start: '2024-04-02T10:00Z', end: '2024-04-02T11:00Z', line: 2 },
        { start: '2024-04-02T10:30Z', end: '2024-04-02T12:00Z', severity: 'degraded', line: 4 },
      ],
      { weights: { degraded: 0.1 } },
    );
    expect(weighted.find((r) => r.service === 'api')!.lines).toEqual([2, 4]);
  });

  it("lists a platform-wide record under every service, a composite's under its components' episodes", () => {
    const records: Rec[] = [
      { start: '2024-04-02T10:00Z', end: '2024-04-02T11:00Z', service: 'api', line: 2 },
      { start: '2024-04-02T10:30Z', end: '2024-04-02T11:30Z', service: 'db', line: 3 },
      { start: '2024-04-05T00:00Z', end: '2024-04-05T00:10Z', service: null, line: 4 },
    ];
    const rows = listOf(records, { composites: [{ name: 'App', expression: 'api&db' }] });
    // App is down while either is: 10:00-11:30 from lines 2 and 3, and the platform-wide line 4
    expect(rows.filter((r) => r.service === 'App')).toEqual([
      { service: 'App', start: '2024-04-02T10:00:00.000Z', lines: [2, 3] },
      { service: 'App', start: '2024-04-05T00:00:00.000Z', lines: [4] },
    ]);
    expect(rows.filter((r) => r.service === 'db').map((r) => r.lines)).toEqual([[3], [4]]);
    // with unattributed own, line 4 is service (unattributed)'s alone
    const own = listOf(records, { unattributed: 'own' });
    expect(own.filter((r) => r.service === 'db').map((r) => r.lines)).toEqual([[3]]);
    expect(own.filter((r) => r.service === '(unattributed)').map((r) => r.lines)).toEqual([[4]]);
  });

  it('names a record crossing the range start under the episode it clips to', () => {
    const rows = listOf([{ start: '2024-03-31T23:00Z', end: '2024-04-01T01:00Z', line: 7 }], {
      range: { from: '2024-04', to: '2024-04' },
    });
    expect(rows.find((r) => r.service === 'api')).toEqual({
      service: 'api',
      start: '2024-04-01T00:00:00.000Z',
      lines: [7],
    });
  });
});
