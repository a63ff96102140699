import { ByteScratch } from '../source/bytes';
import { ensureCells, newRowCells, type RowCells } from './row-cells';

/** Records read before the columns are fixed: their keys, in order of first appearance, become the header. */
const SAMPLE_RECORDS = 200;
/**
 * Objects and arrays nested deeper than this in one record: the record is skipped (flattening it, or writing
 * an array of it as a cell, recursed once per level and overflowed the stack at a few thousand).
 */
export const MAX_RECORD_DEPTH = 64;

type Flat = Map<string, unknown>;

/**
 * Turns JSON records into rows: nested objects flatten to dotted column names (`page.name`), arrays stay
 * whole. An array in the service column (Statuspage's `components`) gives one row per element, named by the
 * element itself or its `name`; an empty one gives one platform-wide row.
 */
export class JsonRows {
  private readonly pending: { flat: Flat; line: number }[] = [];
  private columns: string[] | null = null;
  private serviceColumn = -1;
  private readonly cells: RowCells = newRowCells();
  private readonly scratch = new ByteScratch();
  stopped = false;
  /**
   * The only columns the consumer reads (set with the header; null: all, as the preview shows them). A record
   * is written across these alone: the other cells stay empty, so a first record with thousands of keys
   * does not make every later row that wide.
   */
  wanted: number[] | null = null;
  private cleared = false;

  constructor(
    /** called once with the header; returns the index of the service column (-1: none) */
    private readonly onHeader: (columns: string[]) => number,
    private readonly onRow: (cells: RowCells, line: number) => void,
    private readonly onProblem: (line: number, message: string) => void,
  ) {}

  record(value: unknown, line: number): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.onProblem(line, 'a record that is not an object is skipped');
      return;
    }
    if (deeperThan(value, MAX_RECORD_DEPTH)) {
      this.onProblem(line, `a record nested more than ${MAX_RECORD_DEPTH} levels deep is skipped`);
      return;
    }
    const flat: Flat = new Map();
    flatten(value as Record<string, unknown>, '', flat);
    if (this.columns === null) {
      this.pending.push({ flat, line });
      if (this.pending.length >= SAMPLE_RECORDS) this.fixColumns();
    } else this.emit(flat, line);
  }

  end(): void {
    if (this.columns === null) this.fixColumns();
  }

  get header(): string[] | null {
    return this.columns;
  }

  private fixColumns(): void {
    const seen = new Set<string>();
    for (const { flat } of this.pending) for (const k of flat.keys()) seen.add(k);
    this.columns = [...seen];
    if (this.columns.length === 0) return;
    this.serviceColumn = this.onHeader(this.columns);
    for (const { flat, line } of this.pending) {
      if (this.stopped) break;
      this.emit(flat, line);
    }
    this.pending.length = 0;
  }

  private emit(flat: Flat, line: number): void {
    const service = this.serviceColumn >= 0 ? flat.get(this.columns![this.serviceColumn]!) : undefined;
    if (Array.isArray(service)) {
      if (service.length === 0) this.emitRow(flat, line, '');
      for (const element of service) {
        if (this.stopped) return;
        this.emitRow(flat, line, elementName(element));
      }
    } else this.emitRow(flat, line, null);
  }

  private emitRow(flat: Flat, line: number, service: string | null): void {
    const columns = this.columns!;
    const cells = this.cells;
    const out = this.scratch;
    out.reset();
    ensureCells(cells, columns.length);
    const wanted = this.wanted;
    if (wanted === null) {
      for (let k = 0; k < columns.length; k++) this.writeCell(k, flat, service);
    } else {
      if (!this.cleared) {
        // every cell not wanted reads as empty from here on
        cells.starts.fill(0);
        cells.ends.fill(0);
        this.cleared = true;
      }
      for (const k of wanted) this.writeCell(k, flat, service);
    }
    cells.count = columns.length;
    cells.buf = out.buf;
    this.onRow(cells, line);
  }

  private writeCell(k: number, flat: Flat, service: string | null): void {
    const { cells, scratch: out } = this;
    cells.starts[k] = out.length;
    out.appendString(k === this.serviceColumn && service !== null ? service : cellText(flat.get(this.columns![k]!)));
    cells.ends[k] = out.length;
  }
}

/** Whether objects and arrays nest more than `max` levels in v (iterative: v may be nested past the stack). */
function deeperThan(v: unknown, max: number): boolean {
  const stack: { value: object; depth: number }[] = [{ value: v as object, depth: 1 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.depth > max) return true;
    for (const child of Object.values(top.value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child as object, depth: top.depth + 1 });
    }
  }
  return false;
}

function flatten(obj: Record<string, unknown>, prefix: string, out: Flat): void {
  for (const [key, v] of Object.entries(obj)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      flatten(v as Record<string, unknown>, `${prefix}${key}.`, out);
    else out.set(prefix + key, v);
  }
}

/** The name of an array element in a service cell: itself, or its `name` (or `id`). */
export function elementName(e: unknown): string {
  if (e !== null && typeof e === 'object') {
    const o = e as Record<string, unknown>;
    const name = o.name ?? o.id;
    return name === undefined ? JSON.stringify(e) : String(name);
  }
  return e === null || e === undefined ? '' : String(e);
}

/** The text of a JSON value as a cell: arrays list their elements (or their names). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(elementName).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
