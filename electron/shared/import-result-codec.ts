/**
 * JSON form of values that hold typed arrays or non-finite numbers (an ImportResult, an OpenedLog's summary
 * with its latest instant, a ReportModel, an envelope of any). Electron's IPC structured-clones them as they
 * are; the in-browser e2e harness passes values through Playwright's page.exposeFunction as JSON, which would
 * turn a Float64Array into an object of indices and NaN or Infinity into null. encodeForJson/decodeFromJson
 * make that trip lossless.
 */

const TYPED_ARRAYS = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;
type TypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

/** Non-finite numbers have no JSON form: they travel as these strings. */
type EncodedNumber = number | 'NaN' | 'Infinity' | '-Infinity';
interface EncodedTypedArray {
  $typed: TypedArrayName;
  values: EncodedNumber[];
}
/** A non-finite number outside a typed array travels as { $number: 'NaN' }. */
/** `undefined` inside arrays (e.g. RecordTable.titles) would become null in JSON. */
interface EncodedUndefined {
  $undefined: true;
}

function encodeNumber(n: number): EncodedNumber {
  if (Number.isFinite(n)) return n;
  return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}

function decodeNumber(v: EncodedNumber): number {
  return typeof v === 'number' ? v : Number(v);
}

function typedArrayName(value: unknown): TypedArrayName | null {
  if (!ArrayBuffer.isView(value)) return null;
  for (const name of Object.keys(TYPED_ARRAYS) as TypedArrayName[]) {
    if (value instanceof TYPED_ARRAYS[name]) return name;
  }
  return null;
}

export function encodeForJson(value: unknown): unknown {
  const typed = typedArrayName(value);
  if (typed) {
    const values = Array.from(value as TypedArray, (n) => encodeNumber(Number(n)));
    return { $typed: typed, values } satisfies EncodedTypedArray;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $number: encodeNumber(value) };
  if (Array.isArray(value)) {
    return value.map((v) => (v === undefined ? ({ $undefined: true } satisfies EncodedUndefined) : encodeForJson(v)));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeForJson(v);
    return out;
  }
  return value;
}

export function decodeFromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeFromJson);
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1 && obj['$undefined'] === true) return undefined;
    if (keys.length === 1 && typeof obj['$number'] === 'string') return Number(obj['$number']);
    const typed = obj['$typed'];
    if (typeof typed === 'string' && typed in TYPED_ARRAYS && Array.isArray(obj['values'])) {
      const Ctor = TYPED_ARRAYS[typed as TypedArrayName];
      return Ctor.from((obj['values'] as EncodedNumber[]).map(decodeNumber));
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = decodeFromJson(v);
    return out;
  }
  return value;
}
