// FakeSheet: one sheet of the spreadsheet, its size, rows and columns inserted and deleted,
// frozen panes, widths, visibility, protections, conditional formats and charts. Its cells are
// in a Grid, reached by scripts through ranges.
import { instrument, kindOf } from './calls';
import type { Stored } from './cells';
import { fromScript } from './cells';
import type { FakeEmbeddedChart } from './charts';
import { FakeEmbeddedChartBuilder } from './charts';
import type { FakeConditionalFormatRule } from './conditional-format';
import type { RuntimeContext } from './context';
import type { FakeDataValidation } from './data-validation';
import { exception } from './errors';
import type { CellStyle } from './grid';
import { Grid } from './grid';
import { FakeProtection, ProtectionType, assertAllowed, canEditSheet } from './protection';
import type { FakeRange, RangeSheet } from './range';
import { rangeA1, rangeOn } from './range';
import { FakeRangeList } from './range-list';

/**
 * The size of a sheet Sheets makes: 1,000 rows × 26 columns (A–Z); it counts whole against the
 * spreadsheet's 10,000,000 cells (Google Sheets help: https://support.google.com/drive/answer/37603).
 */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** What a sheet needs of its spreadsheet (FakeSpreadsheet implements it). */
export interface SheetParent {
  readonly tz: string;
  readonly sheets: readonly FakeSheet[];
  active: FakeSheet | null;
  activeRange: FakeRange | null;
  protections: FakeProtection[];
  /** Sheets whose rows or columns moved, or that were cleared, since loading: saved whole. */
  readonly restructured: Set<FakeSheet>;
  /** Throws as Sheets does when `cells` more would pass the spreadsheet's 10,000,000. */
  _assertGrowth(cells: number): void;
}

export class FakeSheet implements RangeSheet {
  readonly grid = new Grid();
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
    readonly rt: RuntimeContext,
    readonly parent: SheetParent,
    public name: string,
    readonly id: number,
    public maxRows = NEW_SHEET_ROWS,
    public maxColumns = NEW_SHEET_COLUMNS,
  ) {}

  // ---- the cells, for a test to read (scripts go through ranges) ----
  /** Dense rows of stored values; a missing row or cell is ''. */
  get values(): readonly (readonly Stored[])[] {
    return this.grid.values;
  }
  get formulas(): ReadonlyMap<number, string> {
    return this.grid.formulas;
  }
  get notes(): ReadonlyMap<number, string> {
    return this.grid.notes;
  }
  get numberFormats(): ReadonlyMap<number, string> {
    return this.grid.numberFormats;
  }
  get validations(): ReadonlyMap<number, FakeDataValidation> {
    return this.grid.validations;
  }
  get styles(): ReadonlyMap<number, CellStyle> {
    return this.grid.styles;
  }
  /** Merged ranges, in A1 notation. */
  get merges(): readonly string[] {
    return this.grid.merges;
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
  getParent(): SheetParent {
    return this.parent;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getLastRow(): number {
    return this.grid.lastRow();
  }
  getLastColumn(): number {
    return this.grid.lastColumn();
  }
  getRange(a: number | string, col?: number, rows?: number, cols?: number): FakeRange {
    if (typeof a === 'string') return rangeA1(this, a);
    if (col === undefined)
      throw exception(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return rangeOn(this, a, col, rows ?? 1, cols ?? 1);
  }
  /** Ranges of this sheet by A1 notation, to change together in one call. */
  getRangeList(a1Notations: string[]): FakeRangeList {
    return new FakeRangeList(
      this.rt,
      a1Notations.map((a1) => rangeA1(this, a1)),
    );
  }
  getDataRange(): FakeRange {
    return rangeOn(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  /**
   * The values of a block in one call: "A -1 value given as the row or column position is
   * equivalent to getting the very last row or column that has data in the sheet"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
   * On a sheet without data that is no row at all, and a range needs one: it throws.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return rangeOn(this, startRow, startColumn, rows, cols).getValues();
  }
  appendRow(rowContents: unknown[]): FakeSheet {
    const row = this.getLastRow() + 1;
    this.parent._assertGrowth(this._appendGrowth(rowContents));
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, rowContents.length);
    rowContents.forEach((v, i) => this.grid.put(row, i + 1, fromScript(v, this.parent.tz)));
    return this;
  }
  /** The cells appending a row adds to the grid (it grows when the row is past its end). */
  _appendGrowth(rowContents: unknown[]): number {
    const rows = Math.max(this.maxRows, this.getLastRow() + 1);
    const cols = Math.max(this.maxColumns, rowContents.length);
    return rows * cols - this.maxRows * this.maxColumns;
  }
  /** A change to the sheet as a whole needs the right to edit it (see protection.ts). */
  _assertEditable(method: string, _args: unknown[], user: string): void {
    if (kindOf(`Sheet.${method}`) === 'write')
      assertAllowed(canEditSheet(this.parent.protections, user, this));
  }
  /** A buffered appendRow is checked against the cell limit when made, as its arguments are. */
  _validate(method: string, args: unknown[]): void {
    if (method === 'appendRow' && Array.isArray(args[0]))
      this.parent._assertGrowth(this._appendGrowth(args[0]));
  }

  // ---- rows and columns ----
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
  insertRowBefore(beforePosition: number): FakeSheet {
    this._insertRows(beforePosition - 1, 1);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._insertRows(rowIndex - 1, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this._insertColumns(afterPosition, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    this._insertColumns(beforePosition - 1, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): FakeSheet {
    this._insertColumns(afterPosition, 1);
    return this;
  }
  insertColumnBefore(beforePosition: number): FakeSheet {
    this._insertColumns(beforePosition - 1, 1);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insertColumns(columnIndex - 1, numColumns);
  }
  /**
   * Deletes columns, moving what is right of them left: values, formulas, notes, formats,
   * validation, styles and widths (Sheet.deleteColumns: https://developers.google.com/
   * apps-script/reference/spreadsheet/sheet#deleteColumns(Integer,Integer)).
   */
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxColumns)
      throw exception('Those columns are out of bounds.');
    if (howMany >= this.maxColumns)
      throw exception("You can't delete all the columns on the sheet.");
    this.grid.deleteColumns(columnPosition, howMany);
    this._shiftWidths(columnPosition + howMany - 1, -howMany);
    this.maxColumns -= howMany;
    this._restructured();
  }
  deleteColumn(columnPosition: number): FakeSheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  _insertColumns(after: number, howMany: number): void {
    if (after < 0 || after > this.maxColumns) throw exception('Those columns are out of bounds.');
    this.parent._assertGrowth(howMany * this.maxRows);
    this.grid.insertColumns(after, howMany);
    this._shiftWidths(after, howMany);
    this.maxColumns += howMany;
    // Every cell right of the new columns is now different from what was loaded.
    this._restructured();
  }
  /** Moves the widths of columns after `after` by `delta` (dropping those deleted). */
  _shiftWidths(after: number, delta: number): void {
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) {
      if (c <= after + Math.min(0, delta)) this.columnWidths.set(c, w);
      else if (c > after) this.columnWidths.set(c + delta, w);
    }
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
    this.parent._assertGrowth(howMany * this.maxColumns);
    this._shiftRows(after, howMany);
    this.maxRows += howMany;
  }
  _shiftRows(after: number, delta: number): void {
    this.grid.shiftRows(after, delta);
    // Every cell from the first moved row down is now different from what was loaded.
    this._restructured();
  }
  /** Marks the sheet to be saved whole: its changed cells no longer describe what changed. */
  _restructured(): void {
    this.parent.restructured.add(this);
  }

  // ---- clearing ----
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): FakeSheet {
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) this.grid.clearContents();
    if (formats) this.grid.clearFormats();
    this._restructured();
    return this;
  }
  clearContents(): FakeSheet {
    this.grid.clearContents();
    this._restructured();
    return this;
  }
  clearFormats(): FakeSheet {
    this.grid.clearFormats();
    this._restructured();
    return this;
  }
  clearNotes(): FakeSheet {
    this.grid.notes.clear();
    this._restructured();
    return this;
  }

  // ---- layout and visibility ----
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
    this._restructured();
  }
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
    this._restructured();
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

  // ---- protections, conditional formats, charts ----
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
