// The cells of one sheet: stored values, and formulas, notes, number formats, validation rules
// and styles by cell; which cells changed since loading; and how cells move when rows or
// columns are inserted or deleted. Sheet and Range read and write a sheet through its Grid.
import { DAY_MS } from '../../core/dates';
import type { Stored, Written } from './cells';
import { EPOCH_1899, WallDate } from './cells';
import type { FakeDataValidation } from './data-validation';
import { formatA1, parseA1 } from './a1';
import { tzDisplay } from './display';

/** Columns a sheet can have at most; also the stride of per-cell keys. */
export const MAX_COLUMNS = 18278;

export function cellKey(row: number, col: number): number {
  return (row - 1) * MAX_COLUMNS + (col - 1);
}

export function keyRowCol(key: number): [number, number] {
  return [Math.floor(key / MAX_COLUMNS) + 1, (key % MAX_COLUMNS) + 1];
}

export interface CellStyle {
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  /** The cell's borders that are drawn (Range.setBorder); a side not set has none. */
  border?: BorderSides;
}

export interface BorderSides {
  top?: boolean;
  left?: boolean;
  bottom?: boolean;
  right?: boolean;
}

/** A merged block: 1-based top-left corner and size. */
export interface MergeArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * A merged block after rows or columns move: `to` maps an old row (or column) to its new one,
 * null when it was deleted. A merge keeps the cells that remain and goes when one cell is left.
 */
function movedSpan(
  from: number,
  count: number,
  to: (n: number) => number | null,
): [number, number] | null {
  const kept: number[] = [];
  for (let n = from; n < from + count; n++) {
    const m = to(n);
    if (m !== null) kept.push(m);
  }
  return kept.length ? [kept[0], kept.at(-1)! - kept[0] + 1] : null;
}

/**
 * The number format Sheets gives a date, date-time or time typed into a cell of the
 * spreadsheet's (vi_VN) locale. A time alone is a date-time on 30/12/1899 (see EPOCH_1899).
 */
export function typedDateFormat(date: WallDate): string {
  if (date.wall >= EPOCH_1899 && date.wall < EPOCH_1899 + DAY_MS) return 'HH:mm:ss';
  return date.wall % DAY_MS === 0 ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss';
}

export class Grid {
  /** Dense rows of stored values; a missing row or cell is ''. */
  values: Stored[][] = [];
  readonly formulas = new Map<number, string>();
  readonly notes = new Map<number, string>();
  readonly numberFormats = new Map<number, string>();
  readonly validations = new Map<number, FakeDataValidation>();
  readonly styles = new Map<number, CellStyle>();
  /** Cells a script changed (value, formula, format, note, validation, style). */
  readonly dirty = new Set<number>();
  /** Merged ranges, in A1 notation. */
  merges: string[] = [];

  /** The merged blocks, parsed (an open-ended one reaches `limit` rows or columns). */
  mergeAreas(limit = MAX_COLUMNS * 1000): MergeArea[] {
    return this.merges.flatMap((a1) => {
      const m = parseA1(a1);
      if (!m) return [];
      const lastRow = m.lastRow ?? limit;
      const lastCol = m.lastCol ?? limit;
      return [{ row: m.row, col: m.col, rows: lastRow - m.row + 1, cols: lastCol - m.col + 1 }];
    });
  }
  /** Drops the merged blocks `drop` picks. */
  removeMerges(drop: (m: MergeArea) => boolean): void {
    this.merges = this.merges.filter((a1) => {
      const ref = parseA1(a1);
      if (!ref || ref.lastRow === null || ref.lastCol === null) return true;
      return !drop({
        row: ref.row,
        col: ref.col,
        rows: ref.lastRow - ref.row + 1,
        cols: ref.lastCol - ref.col + 1,
      });
    });
  }
  /** Moves the merged blocks as their rows (or columns) move: Sheets shrinks a merge cut by a delete. */
  private moveMerges(rows: (n: number) => number | null, cols: (n: number) => number | null): void {
    this.merges = this.merges.flatMap((a1) => {
      const ref = parseA1(a1);
      // An open-ended merge ("A:A") is no block a script or a file makes: left as it is.
      if (!ref || ref.lastRow === null || ref.lastCol === null) return [a1];
      const m = {
        row: ref.row,
        col: ref.col,
        rows: ref.lastRow - ref.row + 1,
        cols: ref.lastCol - ref.col + 1,
      };
      const r = movedSpan(m.row, m.rows, rows);
      const c = movedSpan(m.col, m.cols, cols);
      if (!r || !c || r[1] * c[1] < 2) return [];
      return [formatA1(r[0], c[0], r[1], c[1])];
    });
  }

  get(row: number, col: number): Stored {
    const r = this.values[row - 1];
    if (!r) return '';
    const v = r[col - 1];
    return v === undefined ? '' : v;
  }

  /** Writes what a script wrote into a cell: its value and formula (or none). */
  put(row: number, col: number, w: Written): void {
    let r = this.values[row - 1];
    if (!r) {
      for (let i = this.values.length; i < row; i++) if (!this.values[i]) this.values[i] = [];
      r = this.values[row - 1];
    }
    for (let i = r.length; i < col - 1; i++) r[i] = '';
    r[col - 1] = w.value;
    const key = cellKey(row, col);
    if (w.formula) this.formulas.set(key, w.formula);
    else this.formulas.delete(key);
    if (w.value instanceof WallDate && !this.numberFormats.has(key)) {
      // Sheets gives a typed-in date a date format of the spreadsheet's locale.
      this.numberFormats.set(key, typedDateFormat(w.value));
    }
    this.dirty.add(key);
  }

  hasContent(row: number, col: number): boolean {
    return this.get(row, col) !== '' || this.formulas.has(cellKey(row, col));
  }

  /** What the cell shows, by its number format. */
  display(row: number, col: number): string {
    return tzDisplay(this.get(row, col), this.numberFormats.get(cellKey(row, col)));
  }

  // ---- per-cell settings; each marks the cell changed ----
  setNote(key: number, note: string | null): void {
    if (note === null || note === '') this.notes.delete(key);
    else this.notes.set(key, String(note));
    this.dirty.add(key);
  }
  setNumberFormat(key: number, format: string): void {
    this.numberFormats.set(key, format);
    this.dirty.add(key);
  }
  setValidation(key: number, rule: FakeDataValidation | null): void {
    if (rule) this.validations.set(key, rule);
    else this.validations.delete(key);
    this.dirty.add(key);
  }
  setStyle(key: number, patch: CellStyle): void {
    this.styles.set(key, { ...this.styles.get(key), ...patch });
    this.dirty.add(key);
  }
  /**
   * Cells whose formatting a script cleared since loading: a file keeps formatting this grid
   * does not hold (fonts, borders), which saving must clear too.
   */
  readonly cleared = new Set<number>();
  /** Drops the cell's number format and style, and marks it changed and cleared. */
  clearFormat(key: number): void {
    this.numberFormats.delete(key);
    this.styles.delete(key);
    this.cleared.add(key);
    this.dirty.add(key);
  }

  // ---- the extent of the content ----
  lastRow(): number {
    for (let r = this.values.length; r >= 1; r--) {
      const row = this.values[r - 1];
      if (row && row.some((v) => v !== '')) return r;
    }
    let last = 0;
    for (const key of this.formulas.keys()) last = Math.max(last, keyRowCol(key)[0]);
    return last;
  }
  lastColumn(): number {
    let last = 0;
    for (const row of this.values) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (row[c - 1] !== '') {
          last = c;
          break;
        }
      }
    }
    for (const key of this.formulas.keys()) last = Math.max(last, keyRowCol(key)[1]);
    return last;
  }
  /** Every cell that holds anything: a value, formula, note, format, validation or style. */
  keys(): Set<number> {
    const keys = new Set<number>();
    this.values.forEach((row, i) =>
      row?.forEach((v, j) => v !== '' && keys.add(cellKey(i + 1, j + 1))),
    );
    for (const map of this.maps()) for (const k of map.keys()) keys.add(k);
    return keys;
  }

  // ---- whole-sheet changes ----
  /** Moves every row below `after` by `delta` (deleting the rows that are overwritten). */
  shiftRows(after: number, delta: number): void {
    const moved = (r: number): number | null =>
      r <= after + Math.min(0, delta) ? r : r <= after ? null : r + delta;
    const rows: Stored[][] = [];
    this.values.forEach((row, i) => {
      const to = moved(i + 1);
      if (to !== null && row) rows[to - 1] = row;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    this.values = rows;
    this.moveCells((r, c) => {
      const to = moved(r);
      return to === null ? null : cellKey(to, c);
    });
    this.moveMerges(moved, (c) => c);
  }
  /** Inserts `howMany` empty columns after column `after`. */
  insertColumns(after: number, howMany: number): void {
    for (const row of this.values)
      if (row && row.length > after) row.splice(after, 0, ...new Array<Stored>(howMany).fill(''));
    this.moveCells((r, c) => cellKey(r, c > after ? c + howMany : c));
    this.moveMerges(
      (r) => r,
      (c) => (c > after ? c + howMany : c),
    );
  }
  /** Deletes `howMany` columns from column `from`, moving the columns right of them left. */
  deleteColumns(from: number, howMany: number): void {
    for (const row of this.values) if (row && row.length >= from) row.splice(from - 1, howMany);
    this.moveCells((r, c) =>
      c < from ? cellKey(r, c) : c < from + howMany ? null : cellKey(r, c - howMany),
    );
    this.moveMerges(
      (r) => r,
      (c) => (c < from ? c : c < from + howMany ? null : c - howMany),
    );
  }
  clearContents(): void {
    this.values = [];
    this.formulas.clear();
  }
  clearFormats(): void {
    this.numberFormats.clear();
    this.styles.clear();
  }

  private maps(): Map<number, unknown>[] {
    return [this.formulas, this.notes, this.numberFormats, this.validations, this.styles];
  }
  /** Moves each cell's formula, note, format, validation and style to the key `to` gives (null: gone). */
  private moveCells(to: (row: number, col: number) => number | null): void {
    for (const map of this.maps()) {
      const entries = [...map];
      map.clear();
      for (const [key, v] of entries) {
        const k = to(...keyRowCol(key));
        if (k !== null) map.set(k, v);
      }
    }
  }
}
