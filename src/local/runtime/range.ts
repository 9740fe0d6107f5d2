// FakeRange: cells of a sheet as a script reads and writes them (values converted the way Apps
// Script converts them, formulas, notes), cleared, activated or protected; and how a sheet makes
// ranges, with Apps Script's checks of coordinates and A1 notation.
import { parseA1 } from './a1';
import { instrument, kindOf } from './calls';
import { fromScript, toScript } from './cells';
import type { RuntimeContext } from './context';
import { exception } from './errors';
import type { Grid } from './grid';
import { cellKey } from './grid';
import type { ProtectedSheet } from './protection';
import { FakeProtection, ProtectionType, assertAllowed, canEdit } from './protection';
import { RangeFormat } from './range-format';

/** What a range needs of its sheet (FakeSheet implements it). */
export interface RangeSheet extends ProtectedSheet {
  readonly rt: RuntimeContext;
  readonly id: number;
  readonly grid: Grid;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly parent: ProtectedSheet['parent'] & {
    readonly tz: string;
    activeRange: FakeRange | null;
  };
  activate(): unknown;
}

/** A range of a sheet, checked against the sheet's size as Sheet.getRange checks it. */
export function rangeOn(
  sheet: RangeSheet,
  row: number,
  col: number,
  rows: number,
  cols: number,
): FakeRange {
  if (
    !Number.isInteger(row) ||
    !Number.isInteger(col) ||
    !Number.isInteger(rows) ||
    !Number.isInteger(cols)
  ) {
    throw exception('The coordinates or dimensions of the range are invalid.');
  }
  if (rows < 1) throw exception('The number of rows in the range must be at least 1.');
  if (cols < 1) throw exception('The number of columns in the range must be at least 1.');
  if (row < 1 || col < 1 || row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxColumns) {
    throw exception('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return new FakeRange(sheet.rt, sheet, row, col, rows, cols);
}

/** A range of a sheet by A1 notation; open-ended ("A2:C", "B:B") to the sheet's last row or column. */
export function rangeA1(sheet: RangeSheet, a1: string): FakeRange {
  const ref = parseA1(a1);
  if (!ref) throw exception(`Range not found`);
  const lastRow = ref.lastRow ?? sheet.maxRows;
  const lastCol = ref.lastCol ?? sheet.maxColumns;
  return rangeOn(sheet, ref.row, ref.col, lastRow - ref.row + 1, lastCol - ref.col + 1);
}

export class FakeRange extends RangeFormat {
  constructor(
    rt: RuntimeContext,
    readonly sheet: RangeSheet,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ) {
    super(rt, sheet.grid, row, col, rows, cols);
  }

  // ---- where it is ----
  getSheet(): RangeSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.rows || column > this.cols) {
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rangeOn(this.sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    return rangeOn(
      this.sheet,
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.rows,
      numColumns ?? this.cols,
    );
  }
  activate(): FakeRange {
    this.sheet.activate();
    this.sheet.parent.activeRange = this;
    return this;
  }
  isBlank(): boolean {
    let blank = true;
    this._each((r, c) => {
      if (this.grid.hasContent(r, c)) blank = false;
    });
    return blank;
  }

  // ---- values and formulas ----
  getValues(): (string | number | boolean | Date)[][] {
    const tz = this.sheet.parent.tz;
    return this._cells((r, c) => toScript(this.grid.get(r, c), tz));
  }
  getValue(): string | number | boolean | Date {
    return toScript(this.grid.get(this.row, this.col), this.sheet.parent.tz);
  }
  getDisplayValues(): string[][] {
    return this._cells((r, c) => this.grid.display(r, c));
  }
  getDisplayValue(): string {
    return this.grid.display(this.row, this.col);
  }
  setValues(values: unknown[][]): FakeRange {
    const data = this._checkShape(values, 'setValues');
    const tz = this.sheet.parent.tz;
    this._eachOf(data, (v, _key, r, c) => this.grid.put(r, c, fromScript(v, tz)));
    return this;
  }
  setValue(value: unknown): FakeRange {
    const w = fromScript(value, this.sheet.parent.tz);
    this._each((r, c) => this.grid.put(r, c, w));
    return this;
  }
  getFormulas(): string[][] {
    return this._cells((r, c) => this.grid.formulas.get(cellKey(r, c)) ?? '');
  }
  getFormula(): string {
    return this.grid.formulas.get(cellKey(this.row, this.col)) ?? '';
  }
  setFormulas(formulas: string[][]): FakeRange {
    const data = this._checkShape(formulas, 'setFormulas');
    const tz = this.sheet.parent.tz;
    this._eachOf(data, (f, _key, r, c) => this.grid.put(r, c, fromScript(f, tz)));
    return this;
  }
  setFormula(formula: string): FakeRange {
    return this.setValue(formula);
  }

  // ---- notes ----
  getNotes(): string[][] {
    return this._cells((r, c) => this.grid.notes.get(cellKey(r, c)) ?? '');
  }
  getNote(): string {
    return this.grid.notes.get(cellKey(this.row, this.col)) ?? '';
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    const data = this._checkShape(notes, 'setNotes') as (string | null)[][];
    this._eachOf(data, (n, key) => this.grid.setNote(key, n));
    return this;
  }
  setNote(note: string | null): FakeRange {
    this._each((_r, _c, key) => this.grid.setNote(key, note));
    return this;
  }
  clearNote(): FakeRange {
    return this.setNote(null);
  }

  // ---- clearing ----
  clearContent(): FakeRange {
    this._each((r, c) => {
      if (this.grid.hasContent(r, c)) this.grid.put(r, c, { value: '' });
    });
    return this;
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): FakeRange {
    if (!options) {
      this.clearContent();
      this.clearFormat();
      return this;
    }
    if (options.contentsOnly) this.clearContent();
    if (options.formatOnly) this.clearFormat();
    if (options.commentsOnly) this.clearNote();
    if (options.validationsOnly) this.clearDataValidations();
    return this;
  }

  // ---- merges ----
  /**
   * "Returns an array of Range objects representing merged cells that either are fully within
   * the current range, or contain at least one cell in the current range"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges).
   */
  getMergedRanges(): FakeRange[] {
    return this._overlappingMerges().map((m) => rangeOn(this.sheet, m.row, m.col, m.rows, m.cols));
  }
  /**
   * "Returns true if the cells in the current range overlap any merged cells"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#ispartofmerge).
   */
  isPartOfMerge(): boolean {
    return this._overlappingMerges().length > 0;
  }
  /** The sheet's merged ranges that share at least one cell with this range. */
  _overlappingMerges(): { row: number; col: number; rows: number; cols: number }[] {
    const out = [];
    for (const a1 of this.grid.merges) {
      const m = parseA1(a1);
      if (!m) continue;
      const lastRow = m.lastRow ?? this.sheet.maxRows;
      const lastCol = m.lastCol ?? this.sheet.maxColumns;
      if (
        m.row < this.row + this.rows &&
        this.row <= lastRow &&
        m.col < this.col + this.cols &&
        this.col <= lastCol
      )
        out.push({ row: m.row, col: m.col, rows: lastRow - m.row + 1, cols: lastCol - m.col + 1 });
    }
    return out;
  }

  protect(): FakeProtection {
    const p = new FakeProtection(this.rt, ProtectionType.RANGE, this.sheet, this);
    this.sheet.parent.protections.push(p);
    return p;
  }

  /** A change to these cells (values, formats, notes, validation, a protection) needs the right. */
  _assertEditable(method: string, _args: unknown[], user: string): void {
    if (kindOf(`Range.${method}`) === 'write')
      assertAllowed(canEdit(this.sheet.parent.protections, user, this));
  }
}
instrument(FakeRange, 'Range');
