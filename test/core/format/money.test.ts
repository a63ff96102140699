import { describe, expect, it } from 'vitest';
import { formatCredit, formatMoney } from '@core/format';

describe('credits as money (SPEC 4: a fee turns credits into money)', () => {
  it('shows the amount in the currency when a fee is set', () => {
    // a 10 % credit on a 1,500 USD monthly fee: 0.10 x 1,500 = 150
    expect(formatCredit(150, 10, 'USD', 'en')).toBe('150.00 USD');
    expect(formatMoney(1234.5, 'EUR', 'id')).toBe('1.234,50 EUR');
  });

  it('falls back to the summed credit percentages without a fee, and to the figure without a currency', () => {
    // two months owed 10 % and 25 %: 35 % of a month's fee in all
    expect(formatCredit(null, 35, 'USD', 'en')).toBe('35 %');
    expect(formatMoney(12, '', 'en')).toBe('12.00');
  });
});
