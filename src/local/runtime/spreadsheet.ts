// The in-memory Spreadsheet service: a spreadsheet of sheets of cells, reached through Range
// objects with Apps Script's 1-based coordinates, padding, copies and error wording.
import { formatA1, parseA1 } from './a1';
import { instrument } from './calls';
import type { Stored, Written } from './cells';
import { ErrorCell, WallDate, fromScript, toScript } from './cells';
import { exception } from './errors';
import type { FakeEmbeddedChart } from './charts';
import { FakeEmbeddedChartBuilder } from './charts';
import type { ConditionalFormat, FakeConditionalFormatRule } from './conditional-format';
import type { FakeDataValidation } from './data-validation';
import { FakeProtection, ProtectionType } from './protection';
import { FakeUser } from './user';
import type { LocalRuntime } from './runtime';
import { assertTimeZone } from './tz';

/** Columns a sheet can have at most; also the stride of per-cell keys. */
export const MAX_COLUMNS = 18278;
const DEFAULT_NUMBER_FORMAT = '0.###############';

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
}

export class FakeSheet {
  /** Dense rows of stored values; a missing row or cell is ''. */
  values: Stored[][] = [];
  formulas = new Map<number, string>();
  notes = new Map<number, string>();
  numberFormats = new Map<number, string>();
  validations = new Map<number, FakeDataValidation>();
  styles = new Map<number, CellStyle>();
  /** Cells a script changed (value, formula, format, note, validation, style). */
  dirty = new Set<number>();
  merges: string[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeEmbeddedChart[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** The name the sheet had when loaded (null for sheets a script inserted). */
  originalName: string | null = null;

  constructor(
    readonly rt: LocalRuntime,
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  // ---- cell storage (internal, not counted) ----
  _get(row: number, col: number): Stored {
    const r = this.values[row - 1];
    if (!r) return '';
    const v = r[col - 1];
    return v === undefined ? '' : v;
  }

  _put(row: number, col: number, w: Written): void {
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
      this.numberFormats.set(
        key,
        w.value.wall % 86_400_000 === 0 ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss',
      );
    }
    this.dirty.add(key);
  }

  _hasContent(row: number, col: number): boolean {
    return this._get(row, col) !== '' || this.formulas.has(cellKey(row, col));
  }

  _touch(key: number): void {
    this.dirty.add(key);
  }

  // ---- Sheet API ----
  getName(): string {
    return this.name;
  }
  setName(name: string): FakeSheet {
    const clash = this.parent.sheets.find(
      (s) => s !== this && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash)
      throw exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getSheetName(): string {
    return this.name;
  }
  getIndex(): number {
    return this.parent.sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getLastRow(): number {
    for (let r = this.values.length; r >= 1; r--) {
      const row = this.values[r - 1];
      if (row && row.some((v) => v !== '')) return r;
    }
    let last = 0;
    for (const key of this.formulas.keys()) last = Math.max(last, keyRowCol(key)[0]);
    return last;
  }
  getLastColumn(): number {
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
  getRange(a: number | string, col?: number, rows?: number, cols?: number): FakeRange {
    if (typeof a === 'string') return this._rangeA1(a);
    if (col === undefined)
      throw exception(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return this._range(a, col, rows ?? 1, cols ?? 1);
  }
  _range(row: number, col: number, rows: number, cols: number): FakeRange {
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
    if (row < 1 || col < 1 || row + rows - 1 > this.maxRows || col + cols - 1 > this.maxColumns) {
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.rt, this, row, col, rows, cols);
  }
  _rangeA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref) throw exception(`Range not found`);
    const lastRow = ref.lastRow ?? this.maxRows;
    const lastCol = ref.lastCol ?? this.maxColumns;
    return this._range(ref.row, ref.col, lastRow - ref.row + 1, lastCol - ref.col + 1);
  }
  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  appendRow(rowContents: unknown[]): FakeSheet {
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((v, i) => this._put(row, i + 1, fromScript(v, this.parent.tz)));
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this._insertRows(afterPosition, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this._insertRows(beforePosition - 1, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): FakeSheet {
    this._insertRows(afterPosition, 1);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this._insertColumns(afterPosition, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw exception('Those rows are out of bounds.');
    }
    if (howMany >= this.maxRows) throw exception("You can't delete all the rows on the sheet.");
    this._shiftRows(rowPosition + howMany - 1, -howMany);
    this.maxRows -= howMany;
  }
  deleteRow(rowPosition: number): FakeSheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  _insertRows(after: number, howMany: number): void {
    if (after < 0 || after > this.maxRows) throw exception('Those rows are out of bounds.');
    this._shiftRows(after, howMany);
    this.maxRows += howMany;
  }
  /** Moves each cell's formula, note, format, validation and style to the key `to` gives (null: gone). */
  _moveCells(to: (row: number, col: number) => number | null): void {
    const maps = [this.formulas, this.notes, this.numberFormats, this.validations, this.styles];
    for (const map of maps as Map<number, unknown>[]) {
      const entries = [...map];
      map.clear();
      for (const [key, v] of entries) {
        const k = to(...keyRowCol(key));
        if (k !== null) map.set(k, v);
      }
    }
  }
  /** Moves every row below `after` by `delta` (deleting the rows that are overwritten). */
  _shiftRows(after: number, delta: number): void {
    const moved = (r: number): number | null =>
      r <= after + Math.min(0, delta) ? r : r <= after ? null : r + delta;
    const rows: Stored[][] = [];
    this.values.forEach((row, i) => {
      const to = moved(i + 1);
      if (to !== null && row) rows[to - 1] = row;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    this.values = rows;
    this._moveCells((r, c) => {
      const to = moved(r);
      return to === null ? null : cellKey(to, c);
    });
    // Every cell from the first moved row down is now different from what was loaded.
    this.rt.structuralChange(this);
  }
  _insertColumns(after: number, howMany: number): void {
    if (after < 0 || after > this.maxColumns) throw exception('Those columns are out of bounds.');
    for (const row of this.values)
      if (row && row.length > after) row.splice(after, 0, ...new Array<Stored>(howMany).fill(''));
    this._moveCells((r, c) => cellKey(r, c > after ? c + howMany : c));
    this.maxColumns += howMany;
    this.rt.structuralChange(this);
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): FakeSheet {
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) {
      this.values = [];
      this.formulas.clear();
    }
    if (formats) {
      this.numberFormats.clear();
      this.styles.clear();
    }
    this.rt.structuralChange(this);
    return this;
  }
  clearContents(): FakeSheet {
    this.values = [];
    this.formulas.clear();
    this.rt.structuralChange(this);
    return this;
  }
  clearFormats(): FakeSheet {
    this.numberFormats.clear();
    this.styles.clear();
    this.rt.structuralChange(this);
    return this;
  }
  clearNotes(): FakeSheet {
    this.notes.clear();
    this.rt.structuralChange(this);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
    this.rt.structuralChange(this);
  }
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
    this.rt.structuralChange(this);
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.delete(c);
    return this;
  }
  setTabColor(color: string | null): FakeSheet {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): FakeSheet {
    this.hidden = true;
    return this;
  }
  showSheet(): FakeSheet {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  activate(): FakeSheet {
    this.parent.active = this;
    return this;
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this.rt, ProtectionType.SHEET, this, null);
    this.parent.protections.push(p);
    return p;
  }
  getProtections(type: unknown): FakeProtection[] {
    return this.parent.protections.filter((p) => p.sheet === this && p.type === String(type));
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.conditionalRules = [...rules];
  }
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder();
  }
  insertChart(chart: FakeEmbeddedChart): void {
    this.charts.push(chart);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    const i = this.charts.findIndex((c) => c.id === chart.id);
    if (i < 0) throw exception('The chart does not exist on this sheet.');
    this.charts[i] = chart;
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this.charts = this.charts.filter((c) => c.id !== chart.id);
  }
  getCharts(): FakeEmbeddedChart[] {
    return [...this.charts];
  }
}
instrument(FakeSheet, 'Sheet');

type Grid<T> = T[][];

export class FakeRange {
  constructor(
    readonly rt: LocalRuntime,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  _grid<T>(cell: (row: number, col: number) => T): Grid<T> {
    const out: Grid<T> = new Array(this.rows);
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

  _each(fn: (row: number, col: number, key: number) => void): void {
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.cols; j++) {
        const r = this.row + i;
        const c = this.col + j;
        fn(r, c, cellKey(r, c));
      }
    }
  }

  // ---- geometry ----
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
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.rows || column > this.cols) {
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet._range(this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    return this.sheet._range(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.rows,
      numColumns ?? this.cols,
    );
  }
  activate(): FakeRange {
    this.sheet.parent.active = this.sheet;
    this.sheet.parent.activeRange = this;
    return this;
  }
  isBlank(): boolean {
    let blank = true;
    this._each((r, c) => {
      if (this.sheet._hasContent(r, c)) blank = false;
    });
    return blank;
  }

  // ---- values and formulas ----
  getValues(): (string | number | boolean | Date)[][] {
    const tz = this.sheet.parent.tz;
    return this._grid((r, c) => toScript(this.sheet._get(r, c), tz));
  }
  getValue(): string | number | boolean | Date {
    return toScript(this.sheet._get(this.row, this.col), this.sheet.parent.tz);
  }
  getDisplayValues(): string[][] {
    return this._grid((r, c) => this.rt.display(this.sheet, r, c));
  }
  getDisplayValue(): string {
    return this.rt.display(this.sheet, this.row, this.col);
  }
  setValues(values: unknown[][]): FakeRange {
    const data = this._checkShape(values, 'setValues');
    const tz = this.sheet.parent.tz;
    data.forEach((line, i) =>
      line.forEach((v, j) => this.sheet._put(this.row + i, this.col + j, fromScript(v, tz))),
    );
    return this;
  }
  setValue(value: unknown): FakeRange {
    const w = fromScript(value, this.sheet.parent.tz);
    this._each((r, c) => this.sheet._put(r, c, w));
    return this;
  }
  getFormulas(): string[][] {
    return this._grid((r, c) => this.sheet.formulas.get(cellKey(r, c)) ?? '');
  }
  getFormula(): string {
    return this.sheet.formulas.get(cellKey(this.row, this.col)) ?? '';
  }
  setFormulas(formulas: string[][]): FakeRange {
    const data = this._checkShape(formulas, 'setFormulas');
    const tz = this.sheet.parent.tz;
    data.forEach((line, i) =>
      line.forEach((f, j) => this.sheet._put(this.row + i, this.col + j, fromScript(f, tz))),
    );
    return this;
  }
  setFormula(formula: string): FakeRange {
    return this.setValue(formula);
  }

  // ---- notes, formats, validation, style ----
  getNotes(): string[][] {
    return this._grid((r, c) => this.sheet.notes.get(cellKey(r, c)) ?? '');
  }
  getNote(): string {
    return this.sheet.notes.get(cellKey(this.row, this.col)) ?? '';
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    const data = this._checkShape(notes, 'setNotes');
    data.forEach((line, i) =>
      line.forEach((n, j) => {
        const key = cellKey(this.row + i, this.col + j);
        if (n === null || n === '') this.sheet.notes.delete(key);
        else this.sheet.notes.set(key, String(n));
        this.sheet._touch(key);
      }),
    );
    return this;
  }
  setNote(note: string | null): FakeRange {
    this._each((_r, _c, key) => {
      if (note === null || note === '') this.sheet.notes.delete(key);
      else this.sheet.notes.set(key, String(note));
      this.sheet._touch(key);
    });
    return this;
  }
  clearNote(): FakeRange {
    return this.setNote(null);
  }
  getNumberFormats(): string[][] {
    return this._grid(
      (r, c) => this.sheet.numberFormats.get(cellKey(r, c)) ?? DEFAULT_NUMBER_FORMAT,
    );
  }
  getNumberFormat(): string {
    return this.sheet.numberFormats.get(cellKey(this.row, this.col)) ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(numberFormat: string): FakeRange {
    this._each((_r, _c, key) => {
      this.sheet.numberFormats.set(key, numberFormat);
      this.sheet._touch(key);
    });
    return this;
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    const data = this._checkShape(numberFormats, 'setNumberFormats');
    data.forEach((line, i) =>
      line.forEach((f, j) => {
        const key = cellKey(this.row + i, this.col + j);
        this.sheet.numberFormats.set(key, String(f));
        this.sheet._touch(key);
      }),
    );
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this.sheet.validations.get(cellKey(this.row, this.col)) ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._grid((r, c) => this.sheet.validations.get(cellKey(r, c)) ?? null);
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this._each((_r, _c, key) => {
      if (rule) this.sheet.validations.set(key, rule);
      else this.sheet.validations.delete(key);
      this.sheet._touch(key);
    });
    return this;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    const data = this._checkShape(rules, 'setDataValidations') as (FakeDataValidation | null)[][];
    data.forEach((line, i) =>
      line.forEach((rule, j) => {
        const key = cellKey(this.row + i, this.col + j);
        if (rule) this.sheet.validations.set(key, rule);
        else this.sheet.validations.delete(key);
        this.sheet._touch(key);
      }),
    );
    return this;
  }
  clearDataValidations(): FakeRange {
    return this.setDataValidation(null);
  }
  _style(patch: CellStyle): FakeRange {
    this._each((_r, _c, key) => {
      this.sheet.styles.set(key, { ...this.sheet.styles.get(key), ...patch });
      this.sheet._touch(key);
    });
    return this;
  }
  _styles<K extends keyof CellStyle>(
    prop: K,
    grid: (CellStyle[K] | null)[][],
    method: string,
  ): FakeRange {
    const data = this._checkShape(grid, method) as (CellStyle[K] | null)[][];
    data.forEach((line, i) =>
      line.forEach((v, j) => {
        const key = cellKey(this.row + i, this.col + j);
        this.sheet.styles.set(key, { ...this.sheet.styles.get(key), [prop]: v ?? undefined });
        this.sheet._touch(key);
      }),
    );
    return this;
  }
  setBackground(color: string | null): FakeRange {
    return this._style({ background: color ?? undefined });
  }
  setBackgrounds(colors: (string | null)[][]): FakeRange {
    return this._styles('background', colors, 'setBackgrounds');
  }
  getBackground(): string {
    return this.sheet.styles.get(cellKey(this.row, this.col))?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this._grid((r, c) => this.sheet.styles.get(cellKey(r, c))?.background ?? '#ffffff');
  }
  setFontColor(color: string | null): FakeRange {
    return this._style({ fontColor: color ?? undefined });
  }
  setFontColors(colors: string[][]): FakeRange {
    return this._styles('fontColor', colors, 'setFontColors');
  }
  setFontWeight(fontWeight: string | null): FakeRange {
    return this._style({ fontWeight: fontWeight ?? undefined });
  }
  setFontWeights(weights: (string | null)[][]): FakeRange {
    return this._styles('fontWeight', weights, 'setFontWeights');
  }
  getFontWeight(): string {
    return this.sheet.styles.get(cellKey(this.row, this.col))?.fontWeight ?? 'normal';
  }
  setFontStyle(fontStyle: string | null): FakeRange {
    return this._style({ fontStyle: fontStyle ?? undefined });
  }
  setFontSize(size: number): FakeRange {
    return this._style({ fontSize: size });
  }
  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this._style({ horizontalAlignment: alignment ?? undefined });
  }
  setHorizontalAlignments(alignments: (string | null)[][]): FakeRange {
    return this._styles('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  setVerticalAlignment(alignment: string | null): FakeRange {
    return this._style({ verticalAlignment: alignment ?? undefined });
  }
  setWrap(isWrapEnabled: boolean): FakeRange {
    return this._style({ wrap: isWrapEnabled });
  }
  merge(): FakeRange {
    this.sheet.merges.push(this.getA1Notation());
    return this;
  }
  breakApart(): FakeRange {
    const a1 = this.getA1Notation();
    this.sheet.merges = this.sheet.merges.filter((m) => m !== a1);
    return this;
  }

  // ---- clearing ----
  clearContent(): FakeRange {
    this._each((r, c) => {
      if (this.sheet._hasContent(r, c)) this.sheet._put(r, c, { value: '' });
    });
    return this;
  }
  clearFormat(): FakeRange {
    this._each((_r, _c, key) => {
      if (this.sheet.numberFormats.delete(key) || this.sheet.styles.delete(key))
        this.sheet._touch(key);
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

  protect(): FakeProtection {
    const p = new FakeProtection(this.rt, ProtectionType.RANGE, this.sheet, this);
    this.sheet.parent.protections.push(p);
    return p;
  }
}
instrument(FakeRange, 'Range');

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  protections: FakeProtection[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  active: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  deletedSheets: string[] = [];
  private nextSheetId = 0;

  constructor(
    readonly rt: LocalRuntime,
    readonly id: string,
    public name: string,
    public tz: string,
    public locale = 'vi_VN',
  ) {
    assertTimeZone(tz);
  }

  _newSheet(name: string, index?: number): FakeSheet {
    const sheet = new FakeSheet(this.rt, this, name, this.nextSheetId++);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.tz;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    assertTimeZone(timezone);
    this.tz = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getOwner(): FakeUser {
    return new FakeUser(this.rt.owner);
  }
  getEditors(): FakeUser[] {
    return [...new Set([this.rt.owner, ...this.rt.editors])].map((e) => new FakeUser(e));
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }
  getActiveSheet(): FakeSheet {
    if (!this.active) this.active = this.sheets[0];
    return this.active;
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange;
  }
  setActiveSheet(sheet: FakeSheet, restoreSelection?: boolean): FakeSheet {
    void restoreSelection;
    this.active = sheet;
    return sheet;
  }
  insertSheet(a?: string | number, b?: number): FakeSheet {
    const name = typeof a === 'string' ? a : this._freeName();
    const index = typeof a === 'number' ? a : b;
    if (this.getSheetByName(name)) {
      throw exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this._newSheet(name, index);
    this.active = sheet;
    return sheet;
  }
  _freeName(): string {
    for (let i = this.sheets.length + 1; ; i++)
      if (!this.getSheetByName(`Sheet${i}`)) return `Sheet${i}`;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) {
      throw exception("You can't remove all the sheets in a document.");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheet !== sheet);
    if (sheet.originalName !== null) this.deletedSheets.push(sheet.originalName);
    if (this.active === sheet) this.active = this.sheets[0];
  }
  getRange(a1Notation: string): FakeRange {
    const ref = parseA1(a1Notation);
    if (!ref) throw exception('Range not found');
    const sheet = ref.sheet === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheet);
    if (!sheet) throw exception('Range not found');
    return sheet._rangeA1(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
  getProtections(type: unknown): FakeProtection[] {
    return this.protections.filter((p) => p.type === String(type));
  }
  toast(msg: string, title = '', timeoutSeconds: number | null = 5): void {
    this.toasts.push({
      message: String(msg),
      title: String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}
instrument(FakeSpreadsheet, 'Spreadsheet');

export type { ConditionalFormat };
export { ErrorCell, WallDate };
