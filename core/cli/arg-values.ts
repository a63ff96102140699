/** Values typed on the command line, read once for every subcommand; a bad one is a UsageError (exit 2). */
import { CREDIT_PRESET_NAMES, creditTierSchema, type Credits, type CreditTier } from '../model/settings';
import { parseHumanNumber } from '../format/numbers';
import { UsageError } from './usage';

/** Splits "KEY=VALUE" at the last "=", so service names may hold "=" but values never do. */
export function keyValue(flag: string, text: string): [string, string] {
  const i = text.lastIndexOf('=');
  if (i <= 0 || i === text.length - 1) throw new UsageError(`${flag} expects NAME=VALUE, got "${text}"`);
  return [text.slice(0, i), text.slice(i + 1)];
}

export function number(flag: string, text: string): number {
  const n = Number(text.trim().replace(/%$/, ''));
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} expects a number, got "${text}"`);
  return n;
}

/** Targets are typed in percent on the command line (99.9) and kept as fractions (0.999). */
export function percentTarget(flag: string, text: string): number {
  const p = number(flag, text);
  if (!(p > 0 && p <= 100)) throw new UsageError(`${flag} expects a percentage above 0 and up to 100, got "${text}"`);
  // 99.9 / 100 is 0.9990000000000001 in binary; the user meant 0.999, as the app's JSON would hold it
  return Number((p / 100).toPrecision(12));
}

export function usersArg(text: string): number {
  const u = parseHumanNumber(text);
  if (u === null) throw new UsageError(`--users expects a count such as 2000000000 or 2B, got "${text}"`);
  return u;
}

/** `--rate NAME=VALUE`: value lost per minute of full outage. */
export function rateArg(text: string): { name: string; perMinute: number } {
  const [name, v] = keyValue('--rate', text);
  return { name, perMinute: number('--rate', v) };
}

/**
 * `--credits`: none, a preset name, or custom tiers `THRESHOLD:PCT,...` (SPEC 7), e.g. `99.9:10,99:25,95:100`:
 * below 99.9 % availability 10 % credit, below 99 % 25 %, below 95 % 100 %.
 */
export function creditsArg(text: string): Credits {
  const t = text.trim();
  if (t === 'none') return { preset: 'none' };
  if ((CREDIT_PRESET_NAMES as readonly string[]).includes(t))
    return { preset: t as Exclude<Credits['preset'], 'none' | 'custom'> };
  if (!t.includes(':')) {
    throw new UsageError(
      `--credits expects none, ${CREDIT_PRESET_NAMES.join(', ')} or tiers such as 99.9:10,99:25, got "${text}"`,
    );
  }
  const tiers: CreditTier[] = t.split(',').map((part) => {
    const [below, credit, extra] = part.split(':');
    if (below === undefined || credit === undefined || extra !== undefined) {
      throw new UsageError(`--credits: a tier is THRESHOLD:PCT such as 99.9:10, got "${part}"`);
    }
    const tier = creditTierSchema.safeParse({
      belowPercent: number('--credits', below),
      creditPercent: number('--credits', credit),
    });
    if (!tier.success) throw new UsageError(`--credits: "${part}": threshold and credit are percentages from 0 to 100`);
    return tier.data;
  });
  return { preset: 'custom', tiers };
}
