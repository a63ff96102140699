/**
 * The order of rows by a numeric key, stable. Interval logs reach millions of rows and a comparator sort
 * costs about 0.35 s per million here, so large inputs take an LSD radix sort over the key's IEEE-754 bits
 * (mapped so that unsigned order is numeric order), 11 bits per pass, skipping passes where every row has
 * the same digit (timestamps of one era share their top bits).
 */

import { INSTANT_STEPS } from '../model/records';

const RADIX_MIN_ROWS = 2048;
// 11-bit digits: the count table stays in the L1 cache
const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Indices `rows` (default 0..keys.length-1) ordered by keys[row] ascending, ties in the order of `rows`.
 * Keys must not be NaN.
 */
export function orderByKey(keys: Float64Array | Int32Array, rows?: Int32Array): Int32Array {
  const n = rows ? rows.length : keys.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = rows ? rows[i]! : i;
  if (n < RADIX_MIN_ROWS) return order.sort((a, b) => keys[a]! - keys[b]! || 0);
  // 32-bit keys are whole numbers within 2^32 of each other, which integerOrder always takes
  return integerOrder(keys, order) ?? radixOrder(keys instanceof Float64Array ? keys : Float64Array.from(keys), order);
}

/** Widest digit of the integer sort: a count table of 2^13 entries is 32 KiB, still in the L1 cache. */
const MAX_INTEGER_DIGIT_BITS = 13;

/**
 * Timestamps are whole milliseconds, mostly whole seconds, within a few years of each other: as
 * (key - min) / step they fit 32 bits, and sort in two or three passes of one array of keys instead of four
 * passes over the 64-bit pattern. Exact (every such key and difference is an integer below 2^53), so the
 * order is the same. null when the keys are not integers or span too much.
 */
function integerOrder(keys: Float64Array | Int32Array, order: Int32Array): Int32Array | null {
  const n = order.length;
  let min = Infinity;
  let max = -Infinity;
  // INSTANT_STEPS[s] divides every key so far; each step divides the ones before it, so a key that breaks one only
  // moves on to the next. floor(k / step) * step === k is exact while |k| < 2^53, and quicker than k % step.
  let s = 0;
  for (let i = 0; i < n; i++) {
    const k = keys[order[i]!]!;
    if (k < min) min = k;
    if (k > max) max = k;
    while (Math.floor(k / INSTANT_STEPS[s]!) * INSTANT_STEPS[s]! !== k) if (++s === INSTANT_STEPS.length) return null;
  }
  if (!(Math.max(-min, max) < 2 ** 53)) return null;
  const step = INSTANT_STEPS[s]!;
  const span = (max - min) / step;
  if (!(span < 2 ** 32)) return null;
  const key = new Uint32Array(n);
  for (let i = 0; i < n; i++) key[i] = (keys[order[i]!]! - min) / step;
  return uint32Order(key, order);
}

/**
 * `order` sorted by `key` ascending, stable, where key[i] is the key of order[i]: an LSD radix sort in as
 * few passes of at most MAX_INTEGER_DIGIT_BITS as the largest key needs (a comparator sort below
 * RADIX_MIN_ROWS, where clearing the count table would cost more than the rows). Both arrays are used as
 * scratch, and so is `scratch` (room for at least as many rows) when given; the result is `order`, the
 * scratch's rows or a new array.
 */
export function uint32Order(
  key: Uint32Array,
  order: Int32Array,
  scratch?: { rows: Int32Array; keys: Uint32Array },
): Int32Array {
  const n = order.length;
  if (n < RADIX_MIN_ROWS) {
    const at = Int32Array.from(order.keys()).sort((a, b) => key[a]! - key[b]! || a - b);
    return Int32Array.from(at, (i) => order[i]!);
  }
  let most = 0;
  for (let i = 0; i < n; i++) if (key[i]! > most) most = key[i]!;
  // at least one pass: keys all 0 (one instant) would otherwise make a digit of 0 / 0 bits
  const bits = Math.max(1, 32 - Math.clz32(most));
  const passes = Math.ceil(bits / MAX_INTEGER_DIGIT_BITS);
  const digitBits = Math.ceil(bits / passes);
  const digitMask = (1 << digitBits) - 1;
  let src: Int32Array = order;
  let dst: Int32Array = scratch ? scratch.rows.subarray(0, n) : new Int32Array(n);
  let srcKey: Uint32Array = key;
  let dstKey: Uint32Array = scratch ? scratch.keys.subarray(0, n) : new Uint32Array(n);
  const count = new Uint32Array(1 << digitBits);
  for (let shift = 0; shift < bits; shift += digitBits) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(srcKey[i]! >>> shift) & digitMask]!++;
    toOffsets(count);
    for (let i = 0; i < n; i++) {
      const k = srcKey[i]!;
      const at = count[(k >>> shift) & digitMask]!++;
      dst[at] = src[i]!;
      dstKey[at] = k;
    }
    [src, dst] = [dst, src];
    [srcKey, dstKey] = [dstKey, srcKey];
  }
  return src;
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
    toOffsets(count);
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

/** Turns digit counts into each digit's first output slot (an exclusive prefix sum), in place. */
function toOffsets(count: Uint32Array): void {
  let sum = 0;
  for (let d = 0; d < count.length; d++) {
    const c = count[d]!;
    count[d] = sum;
    sum += c;
  }
}
