// A range's formatting, cell by cell in its sheet's grid: number formats, data validation,
// colours, font, alignment, wrapping, and merges.
import { instrument } from './calls';
import type { FakeDataValidation } from './data-validation';
import type { CellStyle } from './grid';
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

  // ---- merges ----
  /**
   * "Merges the cells in the range together into a single block"; as in Sheets, only the
   * top-left value is kept (https://developers.google.com/apps-script/reference/spreadsheet/range#merge()).
   */
  merge(): this {
    this._each((r, c) => {
      if ((r !== this.row || c !== this.col) && this.grid.hasContent(r, c))
        this.grid.put(r, c, { value: '' });
    });
    this.grid.merges.push(this.getA1Notation());
    return this;
  }
  breakApart(): this {
    const a1 = this.getA1Notation();
    this.grid.merges = this.grid.merges.filter((m) => m !== a1);
    return this;
  }
}
instrument(RangeFormat, 'Range');
