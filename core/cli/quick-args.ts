/** `sla quick ...`: the command line of the quick answer (issue 18 item 5), checked and turned into a question. */
import { parseArgs } from 'node:util';
import type { QuickQuestion } from '../compute/quick-answer';
import { creditTiers, parseCredits } from '../model/credit-settings';
import { isValidTimeZone, rateSchema } from '../model/setting-values';
import { MONTH_CONVENTIONS, type MonthConvention } from '../model/settings';
import { parseDurationMinutes } from '../import/values/duration';
import { instantFromText } from '../import/values/instant-text';
import { number, percentTarget, rateArg, usersArg } from './arg-values';
import { UsageError } from './usage';

export const QUICK_FORMATS = ['table', 'json'] as const;

export interface QuickArgs {
  command: 'quick';
  format: (typeof QUICK_FORMATS)[number];
  question: QuickQuestion;
}

const str = { type: 'string' } as const;

/** `now` places the table in the current month when no outage start is given. */
export function parseQuickArgs(argv: readonly string[], now: number): QuickArgs {
  let v;
  try {
    v = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        target: str,
        outage: str,
        start: str,
        share: str,
        users: str,
        rate: { type: 'string', multiple: true },
        credits: str,
        tz: str,
        convention: str,
        format: str,
      },
    }).values;
  } catch (e) {
    throw new UsageError(`quick: ${(e as Error).message}`);
  }
  if (v.target === undefined) throw new UsageError('quick: --target PCT is required, e.g. --target 99.9');
  const format = v.format ?? 'table';
  if (!(QUICK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`quick: --format must be table or json, not "${format}"`);
  }
  const zone = v.tz ?? 'UTC';
  if (!isValidTimeZone(zone)) throw new UsageError(`--tz: "${zone}" is not a known IANA time zone`);
  const convention = v.convention ?? 'calendar';
  if (!(MONTH_CONVENTIONS as readonly string[]).includes(convention)) {
    throw new UsageError(`--convention must be one of ${MONTH_CONVENTIONS.join(', ')}, not "${convention}"`);
  }
  const start = v.start === undefined ? now : instant(v.start, zone);
  if (v.outage === undefined && (v.share !== undefined || v.start !== undefined)) {
    throw new UsageError('quick: --start and --share describe an outage; give its length with --outage, e.g. 2h');
  }
  const rates = (v.rate ?? []).map((text) => {
    const r = rateSchema.safeParse({ ...rateArg(text), unit: '' });
    if (!r.success) throw new UsageError(`--rate "${text}": ${r.error.issues[0]?.message ?? 'not a rate'}`);
    return r.data;
  });
  if (new Set(rates.map((r) => r.name)).size !== rates.length) throw new UsageError('--rate: each name once');
  return {
    command: 'quick',
    format: format as QuickArgs['format'],
    question: {
      target: percentTarget('--target', v.target),
      outage: v.outage === undefined ? null : { start, minutes: outageMinutes(v.outage), share: share(v.share) },
      reference: start,
      zone,
      convention: convention as MonthConvention,
      users: v.users === undefined ? null : usersArg(v.users),
      rates,
      tiers: creditTiers(credits(v.credits ?? 'none')),
    },
  };
}

/** The one reading of tiers the settings, the app and `sla report --credits` share. */
function credits(text: string) {
  const c = parseCredits(text);
  if (typeof c === 'string') throw new UsageError(`--credits ${c}`);
  return c;
}

function outageMinutes(text: string): number {
  const m = parseDurationMinutes(text);
  if (!(m >= 0) || !Number.isFinite(m))
    throw new UsageError(`--outage expects a duration such as 2h or 45m, got "${text}"`);
  return m;
}

/** `0.5` or `50%`; the whole user base when not given. */
function share(text: string | undefined): number {
  if (text === undefined) return 1;
  const f = text.trim().endsWith('%') ? number('--share', text) / 100 : number('--share', text);
  if (!(f > 0 && f <= 1))
    throw new UsageError(`--share expects a share of users above 0 and up to 1 (or 50%), got "${text}"`);
  return f;
}

/** An instant as the logs write them (SPEC 2); without an offset it is read in the report zone. */
function instant(text: string, zone: string): number {
  const t = instantFromText(text, zone);
  if (Number.isNaN(t))
    throw new UsageError(`--start expects an ISO 8601 instant such as 2026-03-01T10:00Z, got "${text}"`);
  return t;
}
