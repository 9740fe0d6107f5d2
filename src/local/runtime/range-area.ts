// The rectangle of cells a Range covers: its geometry and A1 notation, and the per-cell loops and
// shape checks (worded as Apps Script words them) that Range's methods share.
import { formatA1 } from './a1';
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { exception } from './errors';
import type { Grid } from './grid';
import { cellKey } from './grid';

export class CellArea {
  constructor(
    readonly rt: RuntimeContext,
    /** The cells of the range's sheet. */
    readonly grid: Grid,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  /** A fresh rows × cols array of cell(row, col), as Apps Script returns copies. */
  _cells<T>(cell: (row: number, col: number) => T): T[][] {
    const out: T[][] = new Array(this.rows);
    for (let i = 0; i < this.rows; i++) {
      const line: T[] = new Array(this.cols);
      for (let j = 0; j < this.cols; j++) line[j] = cell(this.row + i, this.col + j);
      out[i] = line;
    }
    return out;
  }

  _checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      throw exception(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.rows) {
      throw exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rows}.`,
      );
    }
    for (const r of data as unknown[][]) {
      if (r.length !== this.cols) {
        throw exception(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.cols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  /** A plural setter's grid must fit the range: checked when called, even if applied later. */
  _validate(method: string, args: unknown[]): void {
    if (/^set\w+s$/.test(method)) this._checkShape(args[0], method);
  }

  _each(fn: (row: number, col: number, key: number) => void): void {
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.cols; j++) {
        const r = this.row + i;
        const c = this.col + j;
        fn(r, c, cellKey(r, c));
      }
    }
  }

  /** Calls fn for each cell of data (already checked against the range's shape) with its key. */
  _eachOf<T>(data: T[][], fn: (value: T, key: number, row: number, col: number) => void): void {
    data.forEach((line, i) =>
      line.forEach((v, j) => {
        const r = this.row + i;
        const c = this.col + j;
        fn(v, cellKey(r, c), r, c);
      }),
    );
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getLastColumn(): number {
    return this.col + this.cols - 1;
  }
  getA1Notation(): string {
    return formatA1(this.row, this.col, this.rows, this.cols);
  }
}
instrument(CellArea, 'Range');
