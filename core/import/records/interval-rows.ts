import type { RecordTable } from '../../model/records';
import { parseDurationMinutes } from '../values/duration';
import { plainDecimal } from '../values/plain-decimal';
import { RecordColumns } from './record-columns';
import type { TextColumnBuilder } from './text-column-builder';
import { NOT_CACHED } from '../source/wasm/row-splitter-module';
import type { RowCells, RowSink } from '../containers/row-cells';
import type { RowContext } from '../shape/row-context';
import { MAJOR, UP } from '../values/words';
import { MS_PER_MINUTE } from '../../time/civil-time';

/** Interval logs (SPEC 2): each row with a start and an end (or a duration) becomes one record. */
/** The name columns' places in RowCells.ids (IntervalRows.nameColumns). */
const NAME_WORD = 0;
const NAME_SERVICE = 1;
const NAME_REGION = 2;

export class IntervalRows implements RowSink {
  private readonly out: RecordColumns;
  private readonly col: {
    start: number;
    startFallback: number;
    end: number;
    duration: number;
    word: number;
    service: number;
    region: number;
    affected: number;
    title: number;
    id: number;
  };

  /**
   * `keepTexts`: false drops ids, titles and lines (a caller that lists no incidents never reads them) and
   * groups the records by service (RecordTable.groups)
   */
  constructor(
    private readonly ctx: RowContext,
    keepTexts = true,
  ) {
    const c = ctx.plan.columns;
    this.col = {
      start: c.start!,
      startFallback: ctx.plan.startFallback,
      end: c.end ?? -1,
      // with an end column too, the duration serves the rows whose end is empty (issue 19 item 7)
      duration: c.duration ?? -1,
      word: c.severity ?? (ctx.plan.statusAsSeverity ? c.status! : -1),
      service: c.service ?? -1,
      region: c.region ?? -1,
      affected: c.affected ?? -1,
      title: c.title ?? -1,
      id: c.id ?? -1,
    };
    // without texts nothing reads the log's order: the records come grouped for the report
    this.out = keepTexts
      ? new RecordColumns(this.col.title >= 0, this.col.id >= 0, true)
      : new RecordColumns(false, false, false, true);
  }

  /** The columns whose timestamps the CSV reader may read with the row (CsvReader.instantColumns). */
  get instantColumns(): [number, number] {
    return [this.col.start, this.col.end];
  }

  /** The name columns whose ids the CSV reader may look up with the row, in NAME_* order (-1: none). */
  get nameColumns(): number[] {
    return [this.col.word, this.col.service, this.col.region];
  }

  row(cells: RowCells, line: number): void {
    const ctx = this.ctx;
    const col = this.col;
    ctx.rows++;
    // the reader may have read the start and end already (CsvReader.instantColumns), NaN where it did not,
    // and the ids of the word, service and region (CsvReader.nameColumns), NOT_CACHED where it did not
    const read = cells.preread;
    let start = read ? cells.instants[0]! : NaN;
    if (Number.isNaN(start)) {
      if (ctx.cell(cells, col.start) === 0 && (col.startFallback < 0 || ctx.cell(cells, col.startFallback) === 0)) {
        return ctx.reject(line, 'start is empty');
      }
      start = ctx.spanInstant(line);
      if (Number.isNaN(start)) return ctx.reject(line, `start ${ctx.shown()} is not a timestamp${FORMS}`);
    }

    let end = read ? cells.instants[1]! : NaN; // NaN: open, the log gave no end
    if (Number.isNaN(end)) {
      if (col.end >= 0 && ctx.cell(cells, col.end) > 0) {
        end = ctx.spanInstant(line);
        if (Number.isNaN(end)) return ctx.reject(line, `end ${ctx.shown()} is not a timestamp${FORMS}`);
      } else if (col.duration >= 0 && ctx.cell(cells, col.duration) > 0) {
        const minutes = parseDurationMinutes(ctx.spanText(), ctx.plan.durationMinutes);
        if (Number.isNaN(minutes)) {
          return ctx.reject(line, `duration ${ctx.shown()} is not a duration (minutes, 1h 20m, 01:20:00 or PT1H20M)`);
        }
        end = start + minutes * MS_PER_MINUTE;
        if (!(Math.abs(end) <= MAX_INSTANT)) {
          return ctx.reject(line, `duration ${ctx.shown()} is too long (the end would be past year 275759)`);
        }
      }
    }
    if (end < start) return ctx.reject(line, 'end is before start');

    const names = cells.names;
    let severity = MAJOR as number;
    if (col.word >= 0) {
      const cached = read ? cells.ids[NAME_WORD]! : NOT_CACHED;
      if (cached !== NOT_CACHED) severity = cached;
      else if (ctx.cell(cells, col.word) > 0) {
        severity = ctx.spanWord(line);
        names?.teach(NAME_WORD, ctx.span.buf, ctx.span.start, ctx.span.end, severity);
      } else ctx.emptySeverity(line);
      // an "up" event (UptimeRobot's Up rows, a remapped word) is no outage: nothing to record, nothing wrong
      if (severity === UP) return;
    }
    let service = ctx.stemService;
    if (col.service >= 0) {
      service = read ? cells.ids[NAME_SERVICE]! : NOT_CACHED;
      if (service === NOT_CACHED) {
        ctx.cell(cells, col.service);
        service = ctx.spanService(line);
        names?.teach(NAME_SERVICE, ctx.span.buf, ctx.span.start, ctx.span.end, service);
      }
    }
    let region = -1;
    if (col.region >= 0) {
      region = read ? cells.ids[NAME_REGION]! : NOT_CACHED;
      if (region === NOT_CACHED) {
        ctx.cell(cells, col.region);
        region = ctx.spanRegion(line);
        names?.teach(NAME_REGION, ctx.span.buf, ctx.span.start, ctx.span.end, region);
      }
    }
    let affected = NaN;
    if (col.affected >= 0 && ctx.cell(cells, col.affected) > 0) {
      const { buf, start, end } = ctx.span;
      const plain = plainDecimal(buf, start, end);
      const inPercent = ctx.plan.affectedInPercent;
      affected = Number.isNaN(plain) ? readAffected(ctx.spanText(), inPercent) : inPercent ? plain / 100 : plain;
      if (!(affected > 0 && affected <= 1)) {
        ctx.diagnostics.add(line, `affected ${ctx.shown()} is not a share in (0, 1] or a percentage; ignored`);
        affected = NaN;
      }
    }
    ctx.seen(start);
    if (!Number.isNaN(end)) ctx.seen(end);
    // a cell listing several services: one record each (SPEC 1)
    const many = service < NOT_CACHED ? ctx.serviceList(service) : null;
    const out = this.out;
    for (let k = 0, n = many ? many.length : 1; k < n; k++) {
      out.push(start, end, many ? many[k]! : service, severity, affected, region, line);
      if (out.titles) this.text(out.titles, cells, col.title);
      if (out.ids) this.text(out.ids, cells, col.id);
    }
  }

  /** The record's entry in a text column: the cell's bytes, none when it is empty. */
  private text(column: TextColumnBuilder, cells: RowCells, col: number): void {
    const ctx = this.ctx;
    if (ctx.cell(cells, col) === 0) return column.pushNone();
    const { buf, start, end } = ctx.span;
    column.push(buf, start, end);
  }

  /** The log should hold about `rows` rows in all: size the record columns once for them. */
  reserve(rows: number): void {
    this.out.reserve(rows);
  }

  get records(): number {
    return this.out.count;
  }

  finish(latestInstant: number): RecordTable {
    return this.out.finish(latestInstant, this.ctx.services.names, this.ctx.regions.names);
  }
}

/** The largest instant a Date can hold (ECMA-262: 8.64e15 ms either side of 1970). */
const MAX_INSTANT = 8.64e15;

export const FORMS = ' (expected ISO 8601 like 2024-03-01T10:00:00Z, epoch seconds or ms, or set a date format)';

/**
 * "0.25", "25%", "2.5e-1", or 25 in a pct/percent column: a fraction (NaN when not a decimal number: Number()
 * alone would read `0x1` as 1, a share of 100 %, issue 19 item 9).
 */
function readAffected(text: string, columnInPercent: boolean): number {
  const percent = text.endsWith('%');
  const digits = percent ? text.slice(0, -1).trim() : text;
  if (!DECIMAL.test(digits)) return NaN;
  const v = Number(digits);
  return percent || columnInPercent ? v / 100 : v;
}

/** A decimal number, with an optional sign and exponent: nothing Number() reads in another base. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
