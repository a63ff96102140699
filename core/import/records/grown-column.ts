type ColumnType = Float64Array | Int32Array | Int16Array | Uint16Array;
export type ColumnConstructor<T extends ColumnType> = {
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

/**
 * Makes a record column of `length` rows, holding `from` at its start when given (any numbers: a 16-bit
 * column widened to 32 bits is copied in): on plain memory, or on a SharedArrayBuffer for a table that a
 * worker thread reads in place (RecordTable.groups).
 */
export type ColumnRoom = <T extends ColumnType>(
  type: ColumnConstructor<T>,
  length: number,
  from?: ArrayLike<number>,
) => T;

export const plainColumns: ColumnRoom = (type, length, from) => {
  const column = new type(length);
  if (from) column.set(from);
  return column;
};

export const sharedColumns: ColumnRoom = (type, length, from) => {
  const column = new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT), 0, length);
  if (from) column.set(from);
  return column;
};
