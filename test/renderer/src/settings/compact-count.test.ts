import { describe, expect, it } from 'vitest';
import { parseHumanNumber } from '@core/format';
import { compactCount } from '../../../../renderer/src/settings/compact-count';

describe('a count in the user base input', () => {
  it('is shown with a suffix when that is how people would type it', () => {
    expect(compactCount(2.5e9)).toBe('2.5B');
    expect(compactCount(800_000)).toBe('800k');
    expect(compactCount(1e12)).toBe('1T');
    expect(compactCount(1_500_000)).toBe('1.5M');
    expect(compactCount(25_000)).toBe('25k');
  });

  it('is shown as its digits when a suffix would not be shorter', () => {
    expect(compactCount(1234)).toBe('1234');
    expect(compactCount(1500)).toBe('1500');
    expect(compactCount(999)).toBe('999');
    expect(compactCount(0)).toBe('0');
    // exact in thousands, but "12345.678k" is no way to write it
    expect(compactCount(12_345_678)).toBe('12345678');
  });

  it('never hides a digit: a count not exact to three decimals of its scale keeps them all', () => {
    // 2,500,001 is 2.500001M: three decimals would show 2.5M
    expect(compactCount(2_500_001)).toBe('2500001');
    expect(compactCount(1234.5)).toBe('1234.5');
  });

  it('reads back as the same count, so editing "2.5B" to "3B" just works', () => {
    for (const n of [2.5e9, 800_000, 1e12, 1_500_000, 1234, 12_345_678, 2_500_001, 7, 42_000, 3.25e6]) {
      expect(parseHumanNumber(compactCount(n)), String(n)).toBe(n);
    }
  });
});
