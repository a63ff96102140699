import { describe, expect, it } from 'vitest';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatPersonYears,
  formatTarget,
  formatUserHours,
  parseHumanNumber,
  formatDateTime,
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

describe('durations', () => {
  it('reads like an incident report', () => {
    expect(formatDuration(0.5, 'en')).toBe('30 s');
    expect(formatDuration(12, 'en')).toBe('12 min');
    expect(formatDuration(125, 'en')).toBe('2 h 05 min');
    // 4 Oct 2021: 15:39-21:30 UTC = 351 minutes
    expect(formatDuration(351, 'en')).toBe('5 h 51 min');
    expect(formatDuration(3 * 1440 + 240, 'en')).toBe('3 d 4 h');
    expect(formatDuration(-90, 'en')).toBe('−1 h 30 min');
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
