const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/**
 * A count as people type it, and as parseHumanNumber reads it back: 2.5e9 -> "2.5B", 800_000 -> "800k",
 * 1234 -> "1234". Used for the value inside an input, so editing "2.5B" to "3B" just works.
 */
export function compactCount(n: number): string {
  const digits = String(n);
  for (const [scale, suffix] of SCALES) {
    const v = n / scale;
    // only when exact to three decimals: never hide digits the user typed
    if (Math.abs(v) >= 1 && Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6) {
      const short = `${Number(v.toFixed(3))}${suffix}`;
      // nobody types 1234 as "1.234k" or 12345678 as "12345.678k"
      return short.length < digits.length ? short : digits;
    }
  }
  return digits;
}
