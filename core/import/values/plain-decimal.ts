/** 10^k for k = 0..22: every one is exact in a double */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number written as plain decimal digits (`12`, `0.28`, `.5`) read straight from the bytes, or NaN for any
 * other form (sign, exponent, `%`, more than 15 digits), which the caller then reads as text. Exactly
 * Number(text): the digits form an integer below 2^53 and 10^k is exact, so the one division is correctly
 * rounded, as the string conversion is.
 */
export function plainDecimal(b: Uint8Array, s: number, e: number): number {
  let v = 0;
  let digits = 0;
  let point = -1;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c >= 0x30 && c <= 0x39) {
      v = v * 10 + (c - 0x30);
      digits++;
    } else if (c === 0x2e && point < 0) point = i;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  return point < 0 ? v : v / POW10[e - point - 1]!;
}
