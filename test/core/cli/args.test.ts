import { describe, expect, it } from 'vitest';
import { parseCliArgs, type ReportArgs } from '../../../core/cli/args';
import { settingsFromArgs } from '../../../core/cli/settings-from-args';
import { UsageError } from '../../../core/cli/usage';
import { InputError } from '../../../core/cli/input-error';

function args(...argv: string[]): ReportArgs {
  const a = parseCliArgs(argv);
  if (a.command !== 'report') throw new Error('expected a report command');
  return a;
}

describe('command line shape (SPEC 7)', () => {
  it('reads a report command with repeatable options', () => {
    const a = args(
      'report',
      'log.csv',
      '--format',
      'json',
      '--target',
      '99.95',
      '--target',
      'calls=99.5',
      '--rate',
      'usd=100',
    );
    expect(a.file).toBe('log.csv');
    expect(a.format).toBe('json');
    expect(a.targets).toEqual(['99.95', 'calls=99.5']);
    expect(a.rates).toEqual(['usd=100']);
  });
  it.each([
    [[], 'missing command'],
    [['report'], 'missing log file'],
    [['summarise', 'x.csv'], 'unknown command'],
    [['report', 'x.csv', '--format', 'xml'], '--format must be one of'],
    [['report', 'x.csv', '--frobnicate'], 'frobnicate'],
    [['report', 'a.csv', 'b.csv'], 'one log file per report'],
  ])('refuses %j as bad usage', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
  it('answers --help', () => expect(parseCliArgs(['--help'])).toEqual({ command: 'help' }));
});

describe('effective settings from flags', () => {
  it('names a range preset with --range, and refuses it beside --from/--to', () => {
    const s = settingsFromArgs(args('report', 'x.csv', '--range', 'last-quarter'), null);
    // the preset is kept; the engine reads it on the day the report runs (test/core/time/period-presets.test.ts)
    expect(s.range).toEqual({ from: null, to: null, preset: 'last-quarter' });
    expect(() => settingsFromArgs(args('report', 'x.csv', '--range', 'last-week'), null)).toThrow(
      '--range must be one of last-month, last-quarter, ytd, last-12-months, not "last-week"',
    );
    expect(() => settingsFromArgs(args('report', 'x.csv', '--range', 'ytd', '--from', '2024-01'), null)).toThrow(
      'give --range or --from/--to, not both',
    );
    // a saved report's preset gives way to days given on the command line
    const saved = { range: { from: null, to: null, preset: 'ytd' } };
    expect(settingsFromArgs(args('report', 'x.csv', '--from', '2024-03'), saved).range).toEqual({
      from: '2024-03',
      to: null,
    });
  });
  it('turns percent targets into fractions, per service too', () => {
    const s = settingsFromArgs(args('report', 'x.csv', '--target', '99.95', '--target', 'calls=99.5'), null);
    expect(s.targets.default).toBeCloseTo(0.9995, 12);
    expect(s.targets.services).toEqual({ calls: 0.995 });
  });
  it('lets flags override a settings file and keeps the rest of it', () => {
    const file = { users: 1000, targets: { default: 0.99, services: { web: 0.95 } }, reportTimeZone: 'Asia/Jakarta' };
    const s = settingsFromArgs(args('report', 'x.csv', '--users', '2.5B', '--target', 'calls=99.9'), file);
    expect(s.users).toBe(2.5e9);
    expect(s.targets).toEqual({ default: 0.99, services: { web: 0.95, calls: 0.999 } });
    expect(s.reportTimeZone).toBe('Asia/Jakarta');
  });
  it('reads weights, maintenance, shares, rates, credits, services, mapping and zones', () => {
    const s = settingsFromArgs(
      args(
        'report',
        'x.csv',
        '--partial-weight',
        '0.5',
        '--degraded-weight',
        '0.1',
        '--count-maintenance',
        '--region-share',
        'eu=0.25',
        '--rate',
        'revenue=1200',
        '--credits',
        'aws-ec2',
        '--service',
        'calls',
        '--map',
        'start=Began',
        '--tz',
        'America/New_York',
        '--input-tz',
        'Europe/Berlin',
        '--from',
        '2022-01',
        '--to',
        '2022-06',
      ),
      null,
    );
    expect(s.weights).toEqual({ partial: 0.5, degraded: 0.1 });
    expect(s.countMaintenance).toBe(true);
    expect(s.regionShares).toEqual({ eu: 0.25 });
    expect(s.rates).toEqual([{ name: 'revenue', perMinute: 1200, unit: '' }]);
    expect(s.credits).toEqual({ preset: 'aws-ec2' });
    expect(s.services).toEqual(['calls']);
    expect(s.import.columns).toEqual({ start: 'Began' });
    expect(s.reportTimeZone).toBe('America/New_York');
    expect(s.import.inputTimeZone).toBe('Europe/Berlin');
    expect(s.range).toEqual({ from: '2022-01', to: '2022-06' });
  });
  it.each([
    [['--target', '120'], 'percentage'],
    [['--target', 'abc'], 'expects a number'],
    [['--tz', 'Mars/Base'], 'IANA'],
    [['--credits', 'acme'], 'credits'],
    [['--users', 'lots'], '--users'],
    [['--map', 'colour=x'], 'unknown field'],
    [['--region-share', 'eu'], 'NAME=VALUE'],
    [['--partial-weight', '2'], 'weights.partial'],
    [['--from', '2022-13'], 'YYYY-MM'],
  ])('refuses %j as bad usage with a message naming it', (flags, message) => {
    const a = args('report', 'x.csv', ...flags);
    expect(() => settingsFromArgs(a, null)).toThrow(UsageError);
    expect(() => settingsFromArgs(a, null)).toThrow(message);
  });
  it('reports a bad settings file as bad input, naming the file and the field', () => {
    const a = args('report', 'x.csv', '--settings', 'team.json');
    expect(() => settingsFromArgs(a, { targets: { default: 99.9 } })).toThrow(InputError);
    expect(() => settingsFromArgs(a, { targets: { default: 99.9 } })).toThrow(/team\.json.*targets\.default/);
  });
});
