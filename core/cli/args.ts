import { parseArgs } from 'node:util';
import { UsageError } from './usage';
import { parseQuickArgs, type QuickArgs } from './quick-args';
import { parseRunArgs, type RunArgs } from './run-args';

/** `episodes-csv`: the outage list, one row per episode with the records behind it (issue 16) */
export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'md', 'episodes-csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The command line as typed, checked for shape only; values are checked when settings are built. */
export interface ReportArgs {
  command: 'report';
  file: string;
  format: OutputFormat;
  out: string | null;
  pdf: string | null;
  paper: string | null;
  lang: string | null;
  tz: string | null;
  inputTz: string | null;
  from: string | null;
  /** a range preset (last-month, ...), read on the day the report runs */
  range: string | null;
  to: string | null;
  targets: string[];
  partialWeight: string | null;
  degradedWeight: string | null;
  countMaintenance: boolean;
  /** N, or SERVICE=N (repeatable) */
  users: string[];
  regionShares: string[];
  rates: string[];
  /** a preset, THRESHOLD:PCT,..., or SERVICE=either (repeatable) */
  credits: string[];
  /** N or SERVICE=N (repeatable) */
  fees: string[];
  currency: string | null;
  period: string | null;
  mttrBasis: string | null;
  minOutage: string | null;
  unattributed: string | null;
  /** list the episodes in the JSON */
  episodes: boolean;
  services: string[];
  dateFormat: string | null;
  maps: string[];
  settings: string | null;
  maxGap: string | null;
  serviceStarts: string[];
  /** the PDF's cover and register (issue 16) */
  title: string | null;
  customer: string | null;
  note: string | null;
  fullRegister: boolean;
  /** a PNG or SVG for the PDF cover (core/pdf/cover-logo.ts), as typed */
  logo: string | null;
  /** `NAME=EXPRESSION` definitions of composite services, as typed */
  composites: string[];
  /** OpenSLO v1 file whose targets, zone and period are laid over the settings (before the flags) */
  slo: string | null;
  /** where to write the effective targets as OpenSLO v1 */
  exportSlo: string | null;
  rolling: string[];
  /** covered hours (docs/spec.md 5d): a preset name or grid entries such as "Mon-Fri 09:00-17:00" */
  businessHours: string[];
  holidays: string[];
  burnRate: boolean;
  burnRules: string[];
  /** adds the status bars' days to JSON (issue 18 item 6) */
  statusDays: boolean;
  /** --prometheus: the log is read from a metrics server instead of a file (then `file` holds its URL) */
  prometheus: PrometheusArgs | null;
}

/** The options of a server source, as typed. */
export interface PrometheusArgs {
  url: string;
  query: string;
  serviceLabel: string | null;
  regionLabel: string | null;
  timeout: string | null;
  maxSeries: string | null;
}

export type ParsedArgs = ReportArgs | QuickArgs | RunArgs | { command: 'help' };

const str = { type: 'string' } as const;
const many = { type: 'string', multiple: true } as const;

/** `now` is the month a quick answer is measured in when it names no outage start. */
export function parseCliArgs(argv: readonly string[], now = Date.now()): ParsedArgs {
  if (argv[0] === 'quick' && !argv.includes('--help') && !argv.includes('-h'))
    return parseQuickArgs(argv.slice(1), now);
  if (argv[0] === 'run' && !argv.includes('--help') && !argv.includes('-h')) return parseRunArgs(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: str,
        out: str,
        pdf: str,
        paper: str,
        lang: str,
        tz: str,
        'input-tz': str,
        from: str,
        to: str,
        range: str,
        target: many,
        'partial-weight': str,
        'degraded-weight': str,
        'count-maintenance': { type: 'boolean' },
        users: many,
        'region-share': many,
        rate: many,
        credits: many,
        fee: many,
        currency: str,
        period: str,
        'mttr-basis': str,
        'min-outage': str,
        unattributed: str,
        episodes: { type: 'boolean' },
        service: many,
        'date-format': str,
        map: many,
        settings: str,
        'max-gap': str,
        'service-start': many,
        title: str,
        customer: str,
        note: str,
        'full-register': { type: 'boolean' },
        logo: str,
        composite: many,
        slo: str,
        'export-slo': str,
        rolling: many,
        'business-hours': many,
        holiday: many,
        'burn-rate': { type: 'boolean' },
        'burn-rule': many,
        'status-days': { type: 'boolean' },
        // a metrics server as the source (core/import/source/prometheus)
        prometheus: str,
        query: str,
        'service-label': str,
        'region-label': str,
        timeout: str,
        'max-series': str,
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help || positionals[0] === 'help') return { command: 'help' };
  if (positionals.length === 0)
    throw new UsageError('missing command: expected "report <log-file>", "run <report-file>" or "quick"');
  if (positionals[0] !== 'report') {
    throw new UsageError(`unknown command "${positionals[0]}": expected "report", "run" or "quick"`);
  }
  const prometheus = prometheusArgs(v);
  if (prometheus !== null && positionals.length > 1) {
    throw new UsageError(`unexpected argument "${positionals[1]}": --prometheus reads the log from the server`);
  }
  if (prometheus === null && positionals.length < 2) {
    throw new UsageError('missing log file: sla report <log-file> [options]');
  }
  if (positionals.length > 2) throw new UsageError(`unexpected argument "${positionals[2]}": one log file per report`);
  if (v.logo !== undefined && v.pdf === undefined)
    throw new UsageError('--logo goes on the PDF cover: give --pdf FILE too');
  const format = v.format ?? 'table';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${format}"`);
  }
  return {
    command: 'report',
    file: prometheus?.url ?? positionals[1]!,
    format: format as OutputFormat,
    out: v.out ?? null,
    pdf: v.pdf ?? null,
    paper: v.paper ?? null,
    lang: v.lang ?? null,
    tz: v.tz ?? null,
    inputTz: v['input-tz'] ?? null,
    from: v.from ?? null,
    to: v.to ?? null,
    range: v.range ?? null,
    targets: v.target ?? [],
    partialWeight: v['partial-weight'] ?? null,
    degradedWeight: v['degraded-weight'] ?? null,
    countMaintenance: v['count-maintenance'] ?? false,
    users: v.users ?? [],
    regionShares: v['region-share'] ?? [],
    rates: v.rate ?? [],
    credits: v.credits ?? [],
    fees: v.fee ?? [],
    currency: v.currency ?? null,
    period: v.period ?? null,
    mttrBasis: v['mttr-basis'] ?? null,
    minOutage: v['min-outage'] ?? null,
    unattributed: v.unattributed ?? null,
    episodes: v.episodes ?? false,
    services: v.service ?? [],
    dateFormat: v['date-format'] ?? null,
    maps: v.map ?? [],
    settings: v.settings ?? null,
    maxGap: v['max-gap'] ?? null,
    serviceStarts: v['service-start'] ?? [],
    title: v.title ?? null,
    customer: v.customer ?? null,
    note: v.note ?? null,
    fullRegister: v['full-register'] ?? false,
    logo: v.logo ?? null,
    composites: v.composite ?? [],
    slo: v.slo ?? null,
    exportSlo: v['export-slo'] ?? null,
    rolling: v.rolling ?? [],
    businessHours: v['business-hours'] ?? [],
    holidays: v.holiday ?? [],
    burnRate: v['burn-rate'] ?? false,
    burnRules: v['burn-rule'] ?? [],
    statusDays: v['status-days'] ?? false,
    prometheus,
  };
}

/** The server source's options: --query and --from/--to go with --prometheus, and the label options need it. */
function prometheusArgs(v: Record<string, unknown>): PrometheusArgs | null {
  const get = (name: string): string | null => (v[name] as string | undefined) ?? null;
  const url = get('prometheus');
  if (url === null) {
    for (const name of ['query', 'service-label', 'region-label', 'timeout', 'max-series']) {
      if (get(name) !== null) throw new UsageError(`--${name} goes with --prometheus URL`);
    }
    return null;
  }
  const query = get('query');
  if (query === null)
    throw new UsageError('--prometheus needs --query SELECTOR, e.g. --query \'probe_success{job="blackbox"}\'');
  if (get('from') === null || get('to') === null)
    throw new UsageError('--prometheus needs the report range: --from and --to');
  return {
    url,
    query,
    serviceLabel: get('service-label'),
    regionLabel: get('region-label'),
    timeout: get('timeout'),
    maxSeries: get('max-series'),
  };
}
