/**
 * The order of rows by a numeric key, stable. Interval logs reach millions of rows and a comparator sort
 * costs about 0.35 s per million here, so large inputs take an LSD radix sort over the key's IEEE-754 bits
 * (mapped so that unsigned order is numeric order), 11 bits per pass, skipping passes where every row has
 * the same digit (timestamps of one era share their top bits).
 */

const RADIX_MIN_ROWS = 2048;
// 11-bit digits: the count table stays in the L1 cache
const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Indices `rows` (default 0..keys.length-1) ordered by keys[row] ascending, ties in the order of `rows`.
 * Keys must not be NaN.
 */
export function orderByKey(keys: Float64Array, rows?: Int32Array): Int32Array {
  const n = rows ? rows.length : keys.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = rows ? rows[i]! : i;
  if (n < RADIX_MIN_ROWS) return order.sort((a, b) => keys[a]! - keys[b]! || 0);
  return radixOrder(keys, order);
}

function radixOrder(keys: Float64Array, order: Int32Array): Int32Array {
  const n = order.length;
  const one = new Float64Array(1);
  const bits = new Uint32Array(one.buffer);
  // the keys travel with the rows so every pass reads sequentially; little-endian hosts (every platform
  // Node and Chromium run on): bits[0] is the low word
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let orLo = 0;
  let orHi = 0;
  let andLo = 0xffffffff;
  let andHi = 0xffffffff;
  for (let i = 0; i < n; i++) {
    const k = keys[order[i]!]!;
    one[0] = k === 0 ? 0 : k; // -0 sorts with +0
    const h = bits[1]!;
    const l = bits[0]!;
    const kh = h & 0x80000000 ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    const kl = h & 0x80000000 ? ~l >>> 0 : l;
    hi[i] = kh;
    lo[i] = kl;
    orLo |= kl;
    orHi |= kh;
    andLo &= kl;
    andHi &= kh;
  }
  // bits that differ between rows; digits made only of equal bits need no pass
  const varyLo = (orLo ^ andLo) >>> 0;
  const varyHi = (orHi ^ andHi) >>> 0;
  let src: Int32Array = order;
  let dst: Int32Array = new Int32Array(n);
  let dstLo = new Uint32Array(n);
  let dstHi = new Uint32Array(n);
  const count = new Uint32Array(1 << DIGIT_BITS);
  for (let shift = 0; shift < 64; shift += DIGIT_BITS) {
    if (digit(varyLo, varyHi, shift) === 0) continue;
    count.fill(0);
    for (let i = 0; i < n; i++) count[digit(lo[i]!, hi[i]!, shift)]!++;
    let sum = 0;
    for (let d = 0; d < count.length; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const l = lo[i]!;
      const h = hi[i]!;
      const at = count[digit(l, h, shift)]!++;
      dst[at] = src[i]!;
      dstLo[at] = l;
      dstHi[at] = h;
    }
    [src, dst] = [dst, src];
    [lo, dstLo] = [dstLo, lo];
    [hi, dstHi] = [dstHi, hi];
  }
  return src;
}

/** DIGIT_BITS bits of the 64-bit key (hi:lo) from bit `shift`. */
function digit(lo: number, hi: number, shift: number): number {
  if (shift >= 32) return (hi >>> (shift - 32)) & DIGIT_MASK;
  if (shift + DIGIT_BITS <= 32) return (lo >>> shift) & DIGIT_MASK;
  return ((lo >>> shift) | (hi << (32 - shift))) & DIGIT_MASK;
}
