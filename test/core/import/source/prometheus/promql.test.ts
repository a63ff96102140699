import { describe, expect, it } from 'vitest';
import {
  oneSeries,
  rangeRuleOf,
  seriesSelector,
  windowFigure,
} from '../../../../../core/import/source/prometheus/promql';

const JAN = Date.UTC(2026, 0, 1);
const FEB = Date.UTC(2026, 1, 1);

describe('the PromQL the Prometheus source issues', () => {
  it("reads a month as [start, end) under each server's range rule", () => {
    // January is 31 x 86,400,000 ms = 2,678,400,000 ms; evaluated 1 ms before February (1769904000 s)
    expect(windowFigure('count_over_time', 'up', JAN, FEB, 'both-ends')).toEqual({
      query: 'count_over_time(up[2678399999ms] @ 1769903999.999)',
      at: FEB - 1,
    });
    // a server that leaves the range's start out needs the full length to reach back to January's first instant
    expect(windowFigure('min_over_time', 'up', JAN, FEB, 'start-excluded').query).toBe(
      'min_over_time(up[2678400000ms] @ 1769903999.999)',
    );
  });

  it('picks the range rule from the version, Thanos and Prometheus 2 including the start', () => {
    expect(rangeRuleOf('2.42.0+ds')).toBe('both-ends');
    expect(rangeRuleOf('0.36.1')).toBe('both-ends');
    expect(rangeRuleOf('3.1.0')).toBe('start-excluded');
    expect(rangeRuleOf('v1.102.1')).toBe('start-excluded');
    expect(rangeRuleOf(null)).toBe('start-excluded');
  });

  it('narrows a selector to one series by all of its labels', () => {
    const metric = { __name__: 'probe_success', job: 'api', instance: 'a "quoted" \\ one' };
    expect(oneSeries('probe_success', metric)).toBe('probe_success{job="api",instance="a \\"quoted\\" \\\\ one"}');
    expect(oneSeries('probe_success{job="api"}', { job: 'api' })).toBe('probe_success{job="api",job="api"}');
    expect(oneSeries('{__name__="up"}', { job: 'x' })).toBe('{__name__="up",job="x"}');
    expect(oneSeries('up{}', { job: 'x' })).toBe('up{job="x"}');
  });

  it('takes series selectors only', () => {
    expect(seriesSelector(' probe_success{job="api"} ')).toBe('probe_success{job="api"}');
    expect(seriesSelector('{__name__=~"probe_.*"}')).toBe('{__name__=~"probe_.*"}');
    expect(seriesSelector('up == 0')).toBeNull();
    expect(seriesSelector('rate(up[5m])')).toBeNull();
    expect(seriesSelector('up offset 5m')).toBeNull();
    expect(seriesSelector('')).toBeNull();
  });
});
