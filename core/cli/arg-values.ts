/** Values typed on the command line, read once for every subcommand; a bad one is a UsageError (exit 2). */
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
