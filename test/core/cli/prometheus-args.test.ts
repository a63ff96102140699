import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../core/cli/args';
import { sourceFromArgs } from '../../../core/cli/source-from-args';
import { UsageError } from '../../../core/cli/usage';
import { FileSource } from '../../../core/import/source/log-source';
import { PrometheusSource } from '../../../core/import/source/prometheus/prometheus-source';

const RANGE = ['--from', '2026-01', '--to', '2026-03'];

function usageError(...argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('--prometheus on the command line', () => {
  it('reads the server options and chooses the server as the source', () => {
    const a = parseCliArgs([
      'report',
      '--prometheus',
      'http://127.0.0.1:9090',
      '--query',
      'probe_success',
      '--service-label',
      'team',
      '--region-label',
      'none',
      '--timeout',
      '5',
      ...RANGE,
    ]);
    if (a.command !== 'report') throw new Error('expected a report');
    expect(a.prometheus).toEqual({
      url: 'http://127.0.0.1:9090',
      query: 'probe_success',
      serviceLabel: 'team',
      regionLabel: 'none',
      timeout: '5',
      maxSeries: null,
    });
    expect(a.file).toBe('http://127.0.0.1:9090');
    expect(sourceFromArgs(a, undefined)).toBeInstanceOf(PrometheusSource);
  });

  it('keeps a log file the source without it', () => {
    const a = parseCliArgs(['report', 'log.csv']);
    if (a.command !== 'report') throw new Error('expected a report');
    expect(a.prometheus).toBeNull();
    expect(sourceFromArgs(a, undefined)).toBeInstanceOf(FileSource);
  });

  it('says what is missing or does not belong (exit 2)', () => {
    expect(usageError('report', '--prometheus', 'http://p:9090', ...RANGE)).toMatch(/needs --query SELECTOR/);
    expect(usageError('report', '--prometheus', 'http://p:9090', '--query', 'up', '--from', '2026-01')).toMatch(
      /needs the report range: --from and --to/,
    );
    expect(usageError('report', 'log.csv', '--prometheus', 'http://p:9090', '--query', 'up', ...RANGE)).toMatch(
      /unexpected argument "log.csv": --prometheus reads the log from the server/,
    );
    expect(usageError('report', 'log.csv', '--query', 'up')).toMatch(/--query goes with --prometheus URL/);
  });

  it('refuses a timeout or a series bound that is not a positive number', () => {
    const a = parseCliArgs([
      'report',
      '--prometheus',
      'http://p:9090',
      '--query',
      'up',
      '--max-series',
      '1.5',
      ...RANGE,
    ]);
    if (a.command !== 'report') throw new Error('expected a report');
    expect(() => sourceFromArgs(a, undefined)).toThrow(/--max-series expects a positive whole number, got "1.5"/);
    const b = parseCliArgs(['report', '--prometheus', 'http://p:9090', '--query', 'up', '--timeout', '0', ...RANGE]);
    if (b.command !== 'report') throw new Error('expected a report');
    expect(() => sourceFromArgs(b, undefined)).toThrow(/--timeout expects a positive number, got "0"/);
  });
});
