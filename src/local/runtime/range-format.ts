// A range's formatting, cell by cell in its sheet's grid: number formats, data validation,
// colours, font, alignment, wrapping, and merges.
import { instrument } from './calls';
import type { FakeDataValidation } from './data-validation';
import { formatA1 } from './a1';
import { exception } from './errors';
import type { BorderSides, CellStyle, MergeArea } from './grid';
import { cellKey } from './grid';
import { CellArea } from './range-area';

/** What getNumberFormat returns for a cell that has none (Sheets' "Automatic"). */
const DEFAULT_NUMBER_FORMAT = '0.###############';

export class RangeFormat extends CellArea {
  // ---- number formats ----
  getNumberFormats(): string[][] {
    return this._cells(
      (r, c) => this.grid.numberFormats.get(cellKey(r, c)) ?? DEFAULT_NUMBER_FORMAT,
    );
  }
  getNumberFormat(): string {
    return this.grid.numberFormats.get(cellKey(this.row, this.col)) ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(numberFormat: string): this {
    this._each((_r, _c, key) => this.grid.setNumberFormat(key, numberFormat));
    return this;
  }
  setNumberFormats(numberFormats: string[][]): this {
    const data = this._checkShape(numberFormats, 'setNumberFormats');
    this._eachOf(data, (f, key) => this.grid.setNumberFormat(key, String(f)));
    return this;
  }

  // ---- data validation ----
  getDataValidation(): FakeDataValidation | null {
    return this.grid.validations.get(cellKey(this.row, this.col)) ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._cells((r, c) => this.grid.validations.get(cellKey(r, c)) ?? null);
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this._each((_r, _c, key) => this.grid.setValidation(key, rule));
    return this;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    const data = this._checkShape(rules, 'setDataValidations') as (FakeDataValidation | null)[][];
    this._eachOf(data, (rule, key) => this.grid.setValidation(key, rule));
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  // ---- style ----
  _style(patch: CellStyle): this {
    this._each((_r, _c, key) => this.grid.setStyle(key, patch));
    return this;
  }
  _styles<K extends keyof CellStyle>(
    prop: K,
    grid: (CellStyle[K] | null)[][],
    method: string,
  ): this {
    const data = this._checkShape(grid, method) as (CellStyle[K] | null)[][];
    this._eachOf(data, (v, key) => this.grid.setStyle(key, { [prop]: v ?? undefined }));
    return this;
  }
  setBackground(color: string | null): this {
    return this._style({ background: color ?? undefined });
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this._styles('background', colors, 'setBackgrounds');
  }
  getBackground(): string {
    return this.grid.styles.get(cellKey(this.row, this.col))?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this._cells((r, c) => this.grid.styles.get(cellKey(r, c))?.background ?? '#ffffff');
  }
  setFontColor(color: string | null): this {
    return this._style({ fontColor: color ?? undefined });
  }
  setFontColors(colors: string[][]): this {
    return this._styles('fontColor', colors, 'setFontColors');
  }
  setFontWeight(fontWeight: string | null): this {
    return this._style({ fontWeight: fontWeight ?? undefined });
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this._styles('fontWeight', weights, 'setFontWeights');
  }
  getFontWeight(): string {
    return this.grid.styles.get(cellKey(this.row, this.col))?.fontWeight ?? 'normal';
  }
  setFontStyle(fontStyle: string | null): this {
    return this._style({ fontStyle: fontStyle ?? undefined });
  }
  setFontSize(size: number): this {
    return this._style({ fontSize: size });
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._style({ horizontalAlignment: alignment ?? undefined });
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this._styles('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  setVerticalAlignment(alignment: string | null): this {
    return this._style({ verticalAlignment: alignment ?? undefined });
  }
  setWrap(isWrapEnabled: boolean): this {
    return this._style({ wrap: isWrapEnabled });
  }
  clearFormat(): this {
    this._each((_r, _c, key) => this.grid.clearFormat(key));
    return this;
  }

  // ---- borders ----
  /**
   * "Sets the border property. Valid values are true (on), false (off) and null (no change)":
   * top, left, bottom and right are the range's outer edges, vertical and horizontal the lines
   * between its cells (https://developers.google.com/apps-script/reference/spreadsheet/range#setbordertop,-left,-bottom,-right,-vertical,-horizontal;
   * the overload with a colour and a style as well:
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setbordertop,-left,-bottom,-right,-vertical,-horizontal,-color,-style).
   * Kept per cell, as the sides each cell draws; colour and style are not kept.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    _color?: string | null,
    _style?: unknown,
  ): this {
    const flags = [top, left, bottom, right, vertical, horizontal];
    if (flags.length !== 6 || flags.some((f) => f !== null && typeof f !== 'boolean'))
      throw exception(
        "The parameters don't match the method signature for SpreadsheetApp.Range.setBorder.",
      );
    const lastRow = this.row + this.rows - 1;
    const lastCol = this.col + this.cols - 1;
    this._each((r, c, key) => {
      const sides: BorderSides = { ...this.grid.styles.get(key)?.border };
      const set = (side: keyof BorderSides, on: boolean | null) => {
        if (on !== null) sides[side] = on;
      };
      set('top', r === this.row ? top : horizontal);
      set('bottom', r === lastRow ? bottom : horizontal);
      set('left', c === this.col ? left : vertical);
      set('right', c === lastCol ? right : vertical);
      const drawn = Object.values(sides).some(Boolean);
      this.grid.setStyle(key, { border: drawn ? sides : undefined });
    });
    return this;
  }

  // ---- merges ----
  /**
   * The merges inside this range, to replace; throws as Sheets does when a merge lies partly
   * inside: "You must select all cells in a merged range to merge or unmerge them."
   */
  _mergesInside(): MergeArea[] {
    const inside: MergeArea[] = [];
    for (const m of this.grid.mergeAreas()) {
      const overlaps =
        m.row < this.row + this.rows &&
        this.row < m.row + m.rows &&
        m.col < this.col + this.cols &&
        this.col < m.col + m.cols;
      if (!overlaps) continue;
      const within =
        m.row >= this.row &&
        m.row + m.rows <= this.row + this.rows &&
        m.col >= this.col &&
        m.col + m.cols <= this.col + this.cols;
      if (!within)
        throw exception('You must select all cells in a merged range to merge or unmerge them.');
      inside.push(m);
    }
    return inside;
  }
  /** Drops the merges inside the range, then merges the blocks given (each its top-left value). */
  _remerge(blocks: MergeArea[]): this {
    const inside = new Set(this._mergesInside().map((m) => formatA1(m.row, m.col, m.rows, m.cols)));
    this.grid.removeMerges((m) => inside.has(formatA1(m.row, m.col, m.rows, m.cols)));
    for (const b of blocks) {
      if (b.rows * b.cols < 2) continue;
      for (let r = b.row; r < b.row + b.rows; r++)
        for (let c = b.col; c < b.col + b.cols; c++)
          if ((r !== b.row || c !== b.col) && this.grid.hasContent(r, c))
            this.grid.put(r, c, { value: '' });
      this.grid.merges.push(formatA1(b.row, b.col, b.rows, b.cols));
    }
    return this;
  }
  /**
   * "Merges the cells in the range together into a single block"; as in Sheets, only the
   * top-left value is kept (https://developers.google.com/apps-script/reference/spreadsheet/range#merge()).
   */
  merge(): this {
    return this._remerge([{ row: this.row, col: this.col, rows: this.rows, cols: this.cols }]);
  }
  /**
   * "Merge the cells in the range across the columns of the range": one merge per row
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#mergeacross()).
   */
  mergeAcross(): this {
    return this._remerge(
      Array.from({ length: this.rows }, (_, i) => ({
        row: this.row + i,
        col: this.col,
        rows: 1,
        cols: this.cols,
      })),
    );
  }
  /**
   * "Merges the cells in the range together": one merge per column
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#mergevertically()).
   */
  mergeVertically(): this {
    return this._remerge(
      Array.from({ length: this.cols }, (_, j) => ({
        row: this.row,
        col: this.col + j,
        rows: this.rows,
        cols: 1,
      })),
    );
  }
  /**
   * "Break any multi-column cells in the range into individual cells again"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#breakapart()): every
   * merge inside the range; one only partly inside throws, as merging over it would.
   */
  breakApart(): this {
    return this._remerge([]);
  }
}
instrument(RangeFormat, 'Range');
