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
  for (const [scale, suffix] of SCALES) {
    const v = n / scale;
    // only when exact to three decimals: never hide digits the user typed
    if (Math.abs(v) >= 1 && Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6) return `${Number(v.toFixed(3))}${suffix}`;
  }
  return String(n);
}
