import { parseArgs } from 'node:util';
import { UsageError } from './usage';

export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'md'] as const;
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
  to: string | null;
  targets: string[];
  partialWeight: string | null;
  degradedWeight: string | null;
  countMaintenance: boolean;
  users: string | null;
  regionShares: string[];
  rates: string[];
  credits: string | null;
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
}

export type ParsedArgs = ReportArgs | { command: 'help' };

const str = { type: 'string' } as const;
const many = { type: 'string', multiple: true } as const;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
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
        target: many,
        'partial-weight': str,
        'degraded-weight': str,
        'count-maintenance': { type: 'boolean' },
        users: str,
        'region-share': many,
        rate: many,
        credits: str,
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
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help || positionals[0] === 'help') return { command: 'help' };
  if (positionals.length === 0) throw new UsageError('missing command: expected "report <log-file>"');
  if (positionals[0] !== 'report') throw new UsageError(`unknown command "${positionals[0]}": expected "report"`);
  if (positionals.length < 2) throw new UsageError('missing log file: sla report <log-file> [options]');
  if (positionals.length > 2) throw new UsageError(`unexpected argument "${positionals[2]}": one log file per report`);
  const format = v.format ?? 'table';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${format}"`);
  }
  return {
    command: 'report',
    file: positionals[1]!,
    format: format as OutputFormat,
    out: v.out ?? null,
    pdf: v.pdf ?? null,
    paper: v.paper ?? null,
    lang: v.lang ?? null,
    tz: v.tz ?? null,
    inputTz: v['input-tz'] ?? null,
    from: v.from ?? null,
    to: v.to ?? null,
    targets: v.target ?? [],
    partialWeight: v['partial-weight'] ?? null,
    degradedWeight: v['degraded-weight'] ?? null,
    countMaintenance: v['count-maintenance'] ?? false,
    users: v.users ?? null,
    regionShares: v['region-share'] ?? [],
    rates: v.rate ?? [],
    credits: v.credits ?? null,
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
  };
}
