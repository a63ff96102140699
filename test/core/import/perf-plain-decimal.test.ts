import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal } from '@core/import/values/plain-decimal';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('affected shares read from bytes', () => {
  it('equal Number(text) for every plain decimal, and defer (NaN) on any other form', () => {
    const text = fc.string({
      unit: fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', '%', ' ', 'x'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, (s) => {
        const v = plainDecimal(bytes(s), 0, s.length);
        if (/^(\d+\.?\d*|\.\d+)$/.test(s) && s.replace('.', '').length <= 15) expect(v).toBe(Number(s));
        else if (!Number.isNaN(v)) expect(v).toBe(Number(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('are exact where a digit loop would drift (0.29, 0.57, 0.58 and every share in hundredths)', () => {
    // v * 0.01 would give 0.29000000000000004 for 29; one division by 100 is correctly rounded
    for (let k = 0; k <= 100; k++) {
      const s = (k / 100).toString();
      expect(plainDecimal(bytes(s), 0, s.length)).toBe(Number(s));
      const padded = `0.${String(k).padStart(2, '0')}`;
      expect(plainDecimal(bytes(padded), 0, padded.length)).toBe(Number(padded));
    }
  });
});
