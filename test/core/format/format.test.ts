import { afterEach, describe, expect, it } from 'vitest';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatPersonYears,
  formatTarget,
  formatUserHours,
  parseHumanNumber,
  formatDateTime,
  formatCountOf,
  csvNumber,
  formatNumber,
} from '../../../core/format';

describe('availability display', () => {
  it('shows three decimals, and more when three would round a month with downtime up to 100 %', () => {
    expect(formatAvailability(0.999123, 'en')).toBe('99.912 %');
    // 0.9999996 -> 99.99996 %: at three or four decimals this would read 100.000 %
    expect(formatAvailability(0.9999996, 'en')).toBe('99.99996 %');
    expect(formatAvailability(1, 'en')).toBe('100.000 %');
    expect(formatAvailability(null, 'en')).toBe('—');
  });
  it('uses the Indonesian decimal comma', () => {
    expect(formatAvailability(0.999123, 'id')).toBe('99,912 %');
    expect(formatTarget(0.99995, 'id')).toBe('99,995 %');
  });
});

describe('number formatters', () => {
  const Original = Intl.NumberFormat;
  afterEach(() => {
    Intl.NumberFormat = Original;
  });

  it('are built once per locale and digits, however many cells a table formats', () => {
    let built = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    } as typeof Intl.NumberFormat;
    // digits no other test here uses, so the cache starts without them
    for (let k = 0; k < 5000; k++) {
      formatNumber(k + 0.5, 'en', 5, 4);
      formatNumber(k, 'id', 5, 4);
    }
    // four to five decimals: 1234.5 keeps four
    expect(formatNumber(1234.5, 'en', 5, 4)).toBe('1,234.5000');
    expect(formatNumber(1234.5, 'id', 5, 4)).toBe('1.234,5000');
    // one formatter for en and one for id: a table of 50,000 services formats millions of cells
    expect(built).toBe(2);
  });
});

describe('human units for user impact', () => {
  // 2 billion users x 120 minutes = 2.4e11 user-minutes: the scale of the 25 Oct 2022 outage
  const whatsapp = 2e9 * 120;
  it('says user-hours in words', () => {
    // 2.4e11 / 60 = 4.0e9 user-hours
    expect(formatUserHours(whatsapp, 'en')).toBe('4.0 billion user-hours');
    expect(formatUserHours(whatsapp, 'id')).toBe('4,0 miliar jam-pengguna');
  });
  it('says person-years in words', () => {
    // 2.4e11 / (365.25 x 1440 = 525,960) = 456,308 person-years
    expect(formatPersonYears(whatsapp, 'en')).toBe('456 thousand person-years');
  });
  it('keeps small counts as plain numbers', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(3, 'en')).toBe('3');
    expect(formatCount(2.5, 'en')).toBe('2.5');
  });
});

describe('durations: to the minute from an hour up, to the second under an hour (issue 16, finding 6)', () => {
  it.each([
    [0, 'en', '0 min'],
    // 0.5 min = 30 s
    [0.5, 'en', '30 s'],
    // 0.005 min = 0.3 s: a blip under ten seconds keeps a tenth
    [0.005, 'en', '0.3 s'],
    [12, 'en', '12 min'],
    // the nines table's day at 99.9 %: 0.001 x 1440 = 1.44 min = 1 min 26.4 s; peers print "1m 26s", not "1.4 min"
    [1.44, 'en', '1 min 26 s'],
    [1.44, 'id', '1 mnt 26 dtk'],
    // 59 min 59.6 s rounds to the hour
    [59 + 59.6 / 60, 'en', '1 h'],
    [125, 'en', '2 h 05 min'],
    // 4 Oct 2021: 15:39-21:30 UTC = 351 minutes
    [351, 'en', '5 h 51 min'],
    // 1 d 3 h 44 min = 1440 + 180 + 44 = 1664 minutes: once shown as "1 d 4 h"
    [1664, 'en', '1 d 3 h 44 min'],
    [1664, 'id', '1 hr 3 j 44 mnt'],
    [3 * 1440 + 240, 'en', '3 d 4 h'],
    // a day and five minutes: the zero hour is left out
    [1445, 'en', '1 d 5 min'],
    // 99.9 % of a 31-day month: 0.001 x 44,640 = 44.64 min = 44 min 38.4 s
    [44.64, 'en', '44 min 38 s'],
    [-90, 'en', '−1 h 30 min'],
    [Number.NaN, 'en', '—'],
  ] as const)('%d min (%s) -> %s', (minutes, locale, text) => expect(formatDuration(minutes, locale)).toBe(text));
});

describe('plural rules in both languages', () => {
  const outages = { one: 'outage', other: 'outages' };
  it.each([
    [0, 'en', '0 outages'],
    [1, 'en', '1 outage'],
    [2, 'en', '2 outages'],
    [1234, 'en', '1,234 outages'],
    // Indonesian nouns do not inflect: Intl.PluralRules('id') says 'other' for every count
    [1, 'id', '1 gangguan'],
    [2, 'id', '2 gangguan'],
  ] as const)('%d (%s) -> %s', (n, locale, text) =>
    expect(formatCountOf(n, locale === 'id' ? { other: 'gangguan' } : outages, locale)).toBe(text),
  );
});

describe('CSV numbers rounded for reading', () => {
  it.each([
    // (1 - 0.999) x 44,640 in doubles is 44.64000000000004: the float noise
    [(1 - 0.999) * 44_640, 'minutes', 44.64],
    [44_640, 'minutes', 44_640],
    [1 - 90 / 44_640, 'fraction', 0.99798387],
    [0.999, 'fraction', 0.999],
    [10, 'percent', 10],
    [2e9 * 120, 'amount', 2.4e11],
    [1 / 3, 'amount', 0.33],
    // a rounding that reaches zero is 0, never -0 (which a CSV would print as "0" but a sum would keep)
    [-1e-9, 'minutes', 0],
  ] as const)('%d as %s -> %d', (value, kind, out) => {
    expect(csvNumber(value, kind)).toBe(out);
    expect(Object.is(csvNumber(value, kind), out)).toBe(true);
  });
  it('the noise this removes is real in doubles', () => {
    expect(String((1 - 0.999) * 44_640)).toBe('44.64000000000004');
    expect(String(csvNumber((1 - 0.999) * 44_640, 'minutes'))).toBe('44.64');
  });
});

describe('parsing a user base the way people type it', () => {
  it.each([
    ['2.5B', 2.5e9],
    ['2,500,000,000', 2.5e9],
    ['300m', 3e8],
    ['1.2 bn', 1.2e9],
    ['2e9', 2e9],
    ['2,5B', 2.5e9],
    ['2.000.000', 2e6],
    ['2.5 billion', 2.5e9],
    ['2,5 miliar', 2.5e9],
    ['300 million', 3e8],
    ['40 juta', 4e7],
  ])('%s -> %d', (text, value) => expect(parseHumanNumber(text)).toBe(value));
  it('refuses what it cannot read', () => {
    expect(parseHumanNumber('two billion')).toBeNull();
    expect(parseHumanNumber('')).toBeNull();
    expect(parseHumanNumber('-5')).toBeNull();
    expect(parseHumanNumber('5 zillion')).toBeNull();
    expect(parseHumanNumber('5 constructor')).toBeNull();
  });
});

describe('instants', () => {
  it('names the zone so nobody guesses', () => {
    const t = Date.UTC(2022, 9, 25, 7, 2);
    expect(formatDateTime(t, 'UTC', 'en')).toBe('Oct 25, 2022, 07:02 UTC');
    expect(formatDateTime(t, 'Asia/Jakarta', 'id')).toBe('25 Okt 2022, 14.02 WIB');
  });
});
