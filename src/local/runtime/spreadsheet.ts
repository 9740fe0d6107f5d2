// FakeSpreadsheet: the one spreadsheet of the runtime, its sheets in order, its time zone and
// locale, owner and editors, protections, and toasts shown.
import { parseA1 } from './a1';
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { exception } from './errors';
import type { FakeProtection } from './protection';
import { assertAllowed, canEditSheet } from './protection';
import type { FakeRange } from './range';
import { rangeA1 } from './range';
import type { SheetParent } from './sheet';
import { FakeSheet, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './sheet';
import { assertTimeZone } from './tz';
import { FakeUser } from './user';

/**
 * A spreadsheet holds at most 10,000,000 cells, every sheet's whole grid counting, empty cells
 * included (Google Sheets help, "Files you can store in Google Drive":
 * https://support.google.com/drive/answer/37603). What would pass it fails as Sheets says.
 */
export const MAX_CELLS = 10_000_000;

export class FakeSpreadsheet implements SheetParent {
  sheets: FakeSheet[] = [];
  protections: FakeProtection[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  active: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  /** The names, as loaded, of loaded sheets a script deleted. */
  deletedSheets: string[] = [];
  readonly restructured = new Set<FakeSheet>();
  private nextSheetId = 0;

  constructor(
    readonly rt: RuntimeContext,
    readonly id: string,
    public name: string,
    public tz: string,
    public locale = 'vi_VN',
  ) {
    assertTimeZone(tz);
  }

  /** Cells of every sheet's grid (rows × columns), as Sheets counts them against the limit. */
  get cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }
  _assertGrowth(cells: number): void {
    if (cells > 0 && this.cellCount + cells > MAX_CELLS)
      throw exception(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
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
    this._assertGrowth(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
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
  /** Deleting a protected sheet needs the right to edit it; adding a sheet needs none. */
  _assertEditable(method: string, args: unknown[], user: string): void {
    if (method === 'deleteSheet' && args[0] instanceof FakeSheet)
      assertAllowed(canEditSheet(this.protections, user, args[0]));
  }
  getRange(a1Notation: string): FakeRange {
    const ref = parseA1(a1Notation);
    if (!ref) throw exception('Range not found');
    const sheet = ref.sheet === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheet);
    if (!sheet) throw exception('Range not found');
    return rangeA1(sheet, a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
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
