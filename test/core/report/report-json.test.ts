import { describe, expect, it } from 'vitest';
import { reportJson } from '../../../core/report/index';
import { report } from '../compute/helpers';
import { SPEC7_ROW_FIELDS } from '../../spec7-fields';

describe('SPEC 7 JSON', () => {
  const m = report([{ start: '2024-06-10T10:00:00Z', end: '2024-06-10T11:00:00Z' }], {
    rates: [{ name: 'orders', perMinute: 3, unit: '' }],
  });
  const json = reportJson(m);

  it('has exactly the SPEC keys in order', () => {
    // SPEC 7's keys, with `credits` (the money side of credits: currency, total, commitments) before the
    // diagnostics, an addition written in docs/spec.md section 7
    // previous: the previous-period comparison, added after SPEC 7's keys (docs/spec.md 7, issue 16)
    expect(Object.keys(json)).toEqual([
      'source',
      'settings',
      'months',
      'summary',
      'credits',
      'diagnostics',
      'previous',
    ]);
    expect(Object.keys(json.source)).toEqual(['file', 'sha256', 'format', 'records', 'skipped']);
    for (const r of [...json.months, ...json.summary]) expect(Object.keys(r)).toEqual(SPEC7_ROW_FIELDS);
  });

  it('keeps full precision, fractions as fractions, and null months in the summary', () => {
    const text = JSON.stringify(json);
    const back = JSON.parse(text) as typeof json;
    // 1 - 60/43200 survives the round trip bit for bit
    expect(back.months.find((r) => r.service === 'api')!.availability).toBe(1 - 60 / 43200);
    expect(back.months[0]!.target).toBe(0.999);
    expect(back.summary.every((r) => r.month === null)).toBe(true);
    // orders: 3 per full-outage minute x 60
    expect(back.summary[0]!.impact).toEqual({ orders: 180 });
    expect(back.settings.reportTimeZone).toBe('UTC');
  });
});
