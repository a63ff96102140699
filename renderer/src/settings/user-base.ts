import { parseHumanNumber } from '@core/format';

/** The largest user base the settings take (core/model/settings.ts userCount). */
const MAX_USERS = 1e12;

/**
 * A user base as typed ("2B", "800k", "1,500"): a number, undefined for an empty box (no user base, SPEC 4:
 * user-minutes empty), or null when the text is not a count the settings take.
 */
export function parseUserBase(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const v = parseHumanNumber(text);
  return v !== null && v >= 0 && v <= MAX_USERS ? v : null;
}
