/**
 * Durations of SPEC 2, in minutes: a plain number (minutes), `1h 20m` / `2 hrs, 5 mins` (unit words),
 * `01:20:00` or `01:20` (h:mm[:ss]), ISO 8601 `PT1H20M` / `P1DT2H`, and pandas' `0 days 01:12:00`.
 * A plain number is in the column's unit (`minutesPerNumber`: 1/60 for a column named `duration_s`, SPEC 2).
 * NaN when the text is none of these. Durations come only from logs without an end column, so this
 * works on strings; the hot path of big logs never calls it.
 */
export function parseDurationMinutes(raw: string, minutesPerNumber = 1): number {
  const text = raw.trim().toLowerCase();
  if (text === '') return NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return Number(text) * minutesPerNumber;

  const days = /^(\d+)\s*days?,?\s+(.+)$/.exec(text);
  if (days) {
    const rest = parseClock(days[2]!);
    if (!Number.isNaN(rest)) return Number(days[1]) * 1440 + rest;
  }
  const clock = parseClock(text);
  if (!Number.isNaN(clock)) return clock;

  const iso =
    /^p(?:(\d+(?:[.,]\d+)?)w)?(?:(\d+(?:[.,]\d+)?)d)?(?:t(?:(\d+(?:[.,]\d+)?)h)?(?:(\d+(?:[.,]\d+)?)m)?(?:(\d+(?:[.,]\d+)?)s)?)?$/.exec(
      text,
    );
  if (iso && text !== 'p' && !text.endsWith('t')) {
    const [, w, d, h, m, s] = iso.map((v) => (v === undefined ? 0 : Number(v.replace(',', '.'))));
    return w! * 10080 + d! * 1440 + h! * 60 + m! + s! / 60;
  }

  return parseUnitWords(text);
}

/** h:mm or h:mm:ss[.fff] */
function parseClock(text: string): number {
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * 60 + Number(m[2]) + (m[3] === undefined ? 0 : Number(m[3]) / 60);
}

// prettier-ignore
const UNIT_MINUTES: Record<string, number> = {
  d: 1440, day: 1440, days: 1440,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60,
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1,
  s: 1 / 60, sec: 1 / 60, secs: 1 / 60, second: 1 / 60, seconds: 1 / 60,
};

/** `1h 20m`, `1h20m`, `2 hrs, 5 mins`, `90 seconds` */
function parseUnitWords(text: string): number {
  const part = /(\d+(?:\.\d+)?)\s*([a-z]+)[\s,]*/y;
  let total = 0;
  let pos = 0;
  while (pos < text.length) {
    part.lastIndex = pos;
    const m = part.exec(text);
    if (!m) return NaN;
    const unit = UNIT_MINUTES[m[2]!];
    if (unit === undefined) return NaN;
    total += Number(m[1]) * unit;
    pos = part.lastIndex;
  }
  return pos === 0 ? NaN : total;
}
