import { burnRuleSchema, DEFAULT_BURN_RULES, MAX_ROLLING_DAYS, type BurnRule } from '../model/burn-rules';
import { LOG_FIELDS } from '../model/import-settings';
import {
  MTTR_BASES,
  parseSettings,
  PERIODS,
  UNATTRIBUTED_MODES,
  type Settings,
  type SettingsInput,
} from '../model/settings';
import { parseCredits, type Credits } from '../model/credit-settings';
import { parseHumanNumber } from '../format/numbers';
import { parseDurationMinutes } from '../import/values/duration';
import { UsageError } from './usage';
import { InputError } from './input-error';
import type { ReportArgs } from './args';
import { CompositeSyntaxError, parseCompositeDefinition } from '../compute/composite-expression';
import { applyOpenSlo } from '../slo/apply-openslo';
import type { SloRequest } from '../slo/read-openslo';
import { keyValue, number, percentTarget } from './arg-values';
import { BusinessHoursError, parseHoursEntry } from '../time/business-hours';
import { RANGE_PRESETS } from '../time/period-presets';

/**
 * Effective settings: the --settings file (already parsed JSON, or null), then the --slo file's targets and
 * zone, then each flag on top of them. Every value is validated by the one settings schema, so the CLI
 * accepts exactly what the app accepts.
 */
export function settingsFromArgs(args: ReportArgs, fileSettings: unknown, slo: SloRequest | null = null): Settings {
  let base: Settings;
  if (fileSettings === null) base = parseOrThrow({}, 'defaults');
  else {
    const r = parseSettings(fileSettings);
    if (!r.ok) throw new InputError(`${args.settings}: not valid settings: ${r.error}`);
    base = r.value;
  }
  if (slo !== null) base = parseOrThrow(applyOpenSlo(base, slo), `targets from ${args.slo}`);
  const s: SettingsInput = structuredClone(base);
  const targets = { default: base.targets.default, services: { ...base.targets.services } };
  for (const t of args.targets) {
    if (t.includes('=')) {
      const [svc, pct] = keyValue('--target', t);
      targets.services[svc] = percentTarget('--target', pct);
    } else targets.default = percentTarget('--target', t);
  }
  s.targets = targets;
  if (args.tz !== null) s.reportTimeZone = args.tz;
  if (args.range !== null) {
    if (args.from !== null || args.to !== null) throw new UsageError('give --range or --from/--to, not both');
    s.range = { from: null, to: null, preset: oneOf('--range', args.range, RANGE_PRESETS) };
  } else if (args.from !== null || args.to !== null) {
    // a given side replaces a saved preset: the range is then the days given
    s.range = { from: args.from ?? base.range.from, to: args.to ?? base.range.to };
  }
  const weights = { ...base.weights };
  if (args.partialWeight !== null) weights.partial = number('--partial-weight', args.partialWeight);
  if (args.degradedWeight !== null) weights.degraded = number('--degraded-weight', args.degradedWeight);
  s.weights = weights;
  if (args.countMaintenance) s.countMaintenance = true;
  const usersByService = { ...base.usersByService };
  for (const text of args.users) {
    const [svc, n] = text.includes('=') ? keyValue('--users', text) : [null, text];
    const u = parseHumanNumber(n);
    if (u === null) throw new UsageError(`--users expects a count such as 2000000000 or 2B, got "${n}"`);
    if (svc === null) s.users = u;
    else usersByService[svc] = u;
  }
  s.usersByService = usersByService;
  const creditsByService = { ...base.creditsByService };
  for (const text of args.credits) {
    // a tier list holds no "=", so one in the value names a service
    const [svc, spec] = text.includes('=') ? keyValue('--credits', text) : [null, text];
    const credits = parseCredits(spec);
    if (typeof credits === 'string') throw new UsageError(`--credits ${credits}`);
    if (svc === null) s.credits = credits;
    else creditsByService[svc] = credits as Credits;
  }
  s.creditsByService = creditsByService;
  const fees = { default: base.fees.default, services: { ...base.fees.services } };
  for (const text of args.fees) {
    const [svc, n] = text.includes('=') ? keyValue('--fee', text) : [null, text];
    const fee = number('--fee', n);
    if (svc === null) fees.default = fee;
    else fees.services[svc] = fee;
  }
  s.fees = fees;
  if (args.currency !== null) s.currency = args.currency;
  if (args.period !== null) s.period = oneOf('--period', args.period, PERIODS);
  if (args.mttrBasis !== null) s.mttrBasis = oneOf('--mttr-basis', args.mttrBasis, MTTR_BASES);
  if (args.unattributed !== null) s.unattributed = oneOf('--unattributed', args.unattributed, UNATTRIBUTED_MODES);
  if (args.minOutage !== null) {
    const minutes = parseDurationMinutes(args.minOutage);
    if (!(minutes >= 0)) {
      throw new UsageError(`--min-outage expects a duration such as 15m, 90s or 1h, got "${args.minOutage}"`);
    }
    s.minOutageMinutes = minutes;
  }
  if (args.regionShares.length) {
    const shares = { ...base.regionShares };
    for (const r of args.regionShares) {
      const [region, f] = keyValue('--region-share', r);
      shares[region] = number('--region-share', f);
    }
    s.regionShares = shares;
  }
  if (args.rates.length) {
    const rates = [...base.rates];
    for (const r of args.rates) {
      const [name, v] = keyValue('--rate', r);
      const perMinute = number('--rate', v);
      const i = rates.findIndex((x) => x.name === name);
      const rate = { name, perMinute, unit: i >= 0 ? rates[i]!.unit : '' };
      if (i >= 0) rates[i] = rate;
      else rates.push(rate);
    }
    s.rates = rates;
  }
  if (args.services.length) s.services = [...args.services];
  const imp = { ...base.import, columns: { ...base.import.columns } };
  if (args.inputTz !== null) imp.inputTimeZone = args.inputTz;
  if (args.dateFormat !== null) imp.dateFormat = args.dateFormat;
  for (const m of args.maps) {
    const [field, column] = keyValue('--map', m);
    if (!(LOG_FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`--map: unknown field "${field}"; fields are ${LOG_FIELDS.join(', ')}`);
    }
    imp.columns[field as (typeof LOG_FIELDS)[number]] = column;
  }
  if (args.maxGap !== null) imp.maxGapMinutes = maxGapMinutes(args.maxGap);
  s.import = imp;
  if (args.serviceStarts.length) {
    const starts = { ...base.serviceStart };
    for (const t of args.serviceStarts) {
      const [service, day] = keyValue('--service-start', t);
      starts[service] = day;
    }
    s.serviceStart = starts;
  }
  if (args.composites.length) s.composites = compositesFromArgs(args.composites, base.composites);
  if (args.businessHours.length || args.holidays.length) {
    s.businessHours = businessHoursFromArgs(args.businessHours, args.holidays, base.businessHours);
  }
  if (args.rolling.length) s.rolling = [...new Set(args.rolling.map(rollingDays))];
  if (args.burnRate || args.burnRules.length) {
    // --burn-rule replaces the default rules; --burn-rate with it keeps them too
    s.burnRules = [...(args.burnRate ? DEFAULT_BURN_RULES : []), ...args.burnRules.map(burnRule)];
  }
  const report = { ...base.report };
  if (args.paper !== null) report.paper = args.paper as Settings['report']['paper'];
  if (args.lang !== null) report.language = args.lang as Settings['report']['language'];
  if (args.title !== null) report.title = args.title;
  if (args.customer !== null) report.customer = args.customer;
  if (args.note !== null) report.note = args.note;
  if (args.fullRegister) report.fullRegister = true;
  s.report = report;
  return parseOrThrow(s, 'options');
}

/**
 * `--business-hours 24x7|business-days|"DAYS HH:MM-HH:MM"` (repeatable) and `--holiday YYYY-MM-DD`
 * (repeatable) over the settings file's calendar: grid entries replace its hours, holidays add to its own.
 */
function businessHoursFromArgs(
  hours: readonly string[],
  holidays: readonly string[],
  base: Settings['businessHours'],
): Settings['businessHours'] {
  const isPreset = (h: string): boolean => h === '24x7' || h === 'business-days';
  const presets = hours.filter(isPreset);
  const entries = hours.filter((h) => !isPreset(h));
  if (presets.length > 1 || (presets.length === 1 && entries.length > 0)) {
    throw new UsageError(
      `--business-hours takes one preset (24x7 or business-days) or grid entries such as "Mon-Fri 09:00-17:00", not both: ${hours.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  for (const entry of entries) {
    try {
      parseHoursEntry(entry);
    } catch (e) {
      if (e instanceof BusinessHoursError) throw new UsageError(`--business-hours ${e.message}`);
      throw e;
    }
  }
  for (const day of holidays) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) {
      throw new UsageError(`--holiday expects a day of the calendar as YYYY-MM-DD, got "${day}"`);
    }
  }
  const preset = presets[0] as Settings['businessHours']['preset'] | undefined;
  return {
    preset: preset ?? (entries.length ? 'custom' : base.preset),
    hours: entries.length ? [...entries] : base.hours,
    holidays: [...new Set([...base.holidays, ...holidays])].sort(),
  };
}

/** `--rolling 30d` (or `30`): a window of whole days. */
function rollingDays(text: string): number {
  const m = /^\s*(\d+)\s*d?\s*$/i.exec(text);
  const n = m ? Number(m[1]) : NaN;
  if (!(n >= 1 && n <= MAX_ROLLING_DAYS)) {
    throw new UsageError(`--rolling expects whole days from 1 to ${MAX_ROLLING_DAYS}, such as 30d, got "${text}"`);
  }
  return n;
}

/** `--burn-rule 14.4:1h:5m`: burn rate, long window, short window. */
function burnRule(text: string): BurnRule {
  const parts = text.split(':');
  const [rate, long, short] = parts.map((p) => p.trim());
  const burnRate = Number(rate);
  const longMinutes = parseDurationMinutes(long ?? '');
  const shortMinutes = parseDurationMinutes(short ?? '');
  const rule = burnRuleSchema.safeParse({ burnRate, longMinutes, shortMinutes });
  if (parts.length !== 3 || rate === '' || !rule.success) {
    const why = rule.success ? '' : ` (${rule.error.issues[0]!.message})`;
    throw new UsageError(
      `--burn-rule expects RATE:LONG:SHORT such as 14.4:1h:5m, with the short window no longer than the long, got "${text}"${why}`,
    );
  }
  return rule.data;
}

/** `--max-gap`: a duration (`30m`, `2h`, `01:00:00`, minutes without a unit) or `none`. */
function maxGapMinutes(text: string): number | 'none' {
  if (text.trim().toLowerCase() === 'none') return 'none';
  const m = parseDurationMinutes(text);
  if (!(m > 0)) throw new UsageError(`--max-gap expects a duration such as 30m or 2h, or none, got "${text}"`);
  return m;
}

/** `--composite NAME=EXPRESSION` on top of the settings file's: a name given again replaces its definition. */
function compositesFromArgs(texts: readonly string[], base: Settings['composites']): Settings['composites'] {
  const out = [...base];
  for (const text of texts) {
    let name: string;
    try {
      name = parseCompositeDefinition(text).name;
    } catch (e) {
      if (e instanceof CompositeSyntaxError) throw new UsageError(`--composite "${text}": ${e.message}`);
      throw e;
    }
    const c = { name, expression: text.slice(text.indexOf('=') + 1) };
    const i = out.findIndex((x) => x.name === name);
    if (i >= 0) out[i] = c;
    else out.push(c);
  }
  return out;
}

function oneOf<T extends string>(flag: string, text: string, values: readonly T[]): T {
  if ((values as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${flag} must be one of ${values.join(', ')}, not "${text}"`);
}

function parseOrThrow(json: unknown, what: string): Settings {
  const r = parseSettings(json);
  if (!r.ok) throw new UsageError(`invalid ${what}: ${r.error}`);
  return r.value;
}
