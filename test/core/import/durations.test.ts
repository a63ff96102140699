import { describe, expect, it } from 'vitest';
import { parseDurationMinutes } from '@core/import/values/duration';
import { at, importText, problemsOf, recordsOf } from './import-helpers';

describe('durations', () => {
  it.each([
    ['90', 90],
    ['12.5', 12.5],
    ['1h 20m', 80],
    ['1h20m', 80],
    ['2 hrs, 5 mins', 125],
    ['1 day 2 hours', 1560],
    ['90 seconds', 1.5],
    ['01:20:00', 80],
    ['1:20', 80],
    ['00:00:30', 0.5],
    ['PT1H20M', 80],
    ['PT45S', 0.75],
    ['P1DT2H', 1560],
    ['pt0.5h', 30],
    ['0 days 01:12:00', 72],
    ['2 days 00:00:00', 2880],
  ])('reads %s as %d minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBeCloseTo(minutes, 10);
  });

  it.each(['', 'soon', '1x', 'P', 'PT', '10:99'])('rejects %j', (text) => {
    expect(parseDurationMinutes(text)).toBeNaN();
  });

  it('ends a record at start + duration when the log has no end column', async () => {
    const recs = await recordsOf(
      'start,duration,service\n2024-01-01T00:00:00Z,PT1H30M,api\n2024-01-02T00:00:00Z,,api\n',
    );
    expect(recs[0]).toMatchObject({ end: at('2024-01-01T01:30:00Z'), open: false });
    // an empty duration gives an open record, ending at the latest instant of the log
    expect(recs[1]).toMatchObject({ start: at('2024-01-02T00:00:00Z'), end: at('2024-01-02T00:00:00Z'), open: true });
  });

  it('rejects a row whose duration is not a duration, naming it', async () => {
    const r = await importText('start,duration_minutes\n2024-01-01T00:00:00Z,ten\n2024-01-01T00:00:00Z,10\n');
    expect(r.records.count).toBe(1);
    expect(problemsOf(r)).toEqual([{ line: 2, message: expect.stringMatching(/duration "ten" is not a duration/) }]);
  });
});

describe('durations out of range', () => {
  it('rejects a duration whose end no date can hold (400 digits of minutes is Infinity)', async () => {
    const r = await importText(
      `start,duration\n2024-01-01T00:00:00Z,${'9'.repeat(400)}\n2024-01-01T00:00:00Z,100000000000000\n2024-01-01T00:00:00Z,5\n`,
    );
    expect(r.records.count).toBe(1);
    expect(problemsOf(r)).toEqual([
      { line: 2, message: expect.stringMatching(/is too long \(the end would be past year 275759\)$/) },
      { line: 3, message: expect.stringMatching(/^duration "100000000000000" is too long/) },
    ]);
  });
});
