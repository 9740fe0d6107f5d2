// The spreadsheet's sheets by title, found the way people type names: the exact title first,
// else the one title that is the same name (case, spaces, Unicode form, invisible characters and
// where a tone mark sits ignored: see nameKey). Part of the spreadsheet port.
import { a1 } from '../core/a1';
import { nameKey } from '../core/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SheetsApi = GoogleAppsScript.Sheets;

/** A1 of a GridRange (0-based, end indexes exclusive). */
function gridRangeA1(g: GoogleAppsScript.Sheets.Schema.GridRange): string {
  const first = a1(g.startColumnIndex ?? 0, (g.startRowIndex ?? 0) + 1);
  const last = a1((g.endColumnIndex ?? 1) - 1, g.endRowIndex ?? 1);
  return first === last ? first : `${first}:${last}`;
}

export class SheetDirectory {
  private byTitle: Map<string, Sheet> | null = null;
  private readonly byKey = new Map<string, string[]>();
  private readonly ids = new Map<string, number>();
  /** Cells of each sheet's grid, when the Sheets API gave them. */
  readonly gridCells = new Map<string, number>();
  /** Each sheet's merged ranges in A1, when the Sheets API gave them (null: ask the sheet). */
  merges: Map<string, string[]> | null = null;

  constructor(
    private readonly ss: Spreadsheet,
    private readonly api: SheetsApi | null,
    private readonly spreadsheetId: () => string,
  ) {}

  private load(): Map<string, Sheet> {
    if (this.byTitle) return this.byTitle;
    const list = this.ss.getSheets();
    this.byTitle = new Map();
    if (this.api) {
      // One call for every sheet's title, id, size and merged ranges, instead of calls per sheet.
      const fields =
        'sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),merges)';
      const meta = this.api.Spreadsheets!.get(this.spreadsheetId(), { fields }).sheets ?? [];
      this.merges = new Map();
      meta.forEach((m, i) => {
        const title = m.properties!.title!;
        const grid = m.properties!.gridProperties;
        this.add(title, list[i]);
        this.ids.set(title, m.properties!.sheetId!);
        this.gridCells.set(title, (grid?.rowCount ?? 0) * (grid?.columnCount ?? 0));
        this.merges!.set(title, (m.merges ?? []).map(gridRangeA1));
      });
    } else {
      for (const sheet of list) this.add(sheet.getName(), sheet);
    }
    return this.byTitle;
  }

  /** Looks once more for a sheet of this exact title, unknown so far: another run may have added it. */
  lookAgain(title: string): void {
    if (this.title(title) !== null) return;
    const sheet = this.ss.getSheetByName(title);
    if (sheet) this.add(title, sheet);
  }

  add(title: string, sheet: Sheet): void {
    this.load().set(title, sheet);
    const key = nameKey(title);
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), title]);
  }

  /** Every title, in the spreadsheet's order (sheets added by this run last). */
  titles(): string[] {
    return [...this.load().keys()];
  }

  /** Every title that is the same name as `name`, in the spreadsheet's order. */
  matches(name: string): string[] {
    this.load();
    return this.byKey.get(nameKey(name)) ?? [];
  }

  /** The title `name` refers to: itself, else the one title of the same name; null if none. */
  title(name: string): string | null {
    const all = this.load();
    if (all.has(name)) return name;
    const same = this.matches(name);
    return same.length === 1 ? same[0] : null;
  }

  find(name: string): Sheet | null {
    const title = this.title(name);
    return title === null ? null : this.load().get(title)!;
  }

  /** The merged ranges of a sheet in A1: from the Sheets API's answer, else one call. */
  mergedRanges(name: string): string[] {
    const title = this.title(name);
    if (title === null) return [];
    const known = this.merges?.get(title);
    if (known) return known;
    return this.load()
      .get(title)!
      .getDataRange()
      .getMergedRanges()
      .map((r) => r.getA1Notation());
  }

  id(name: string): number | null {
    const title = this.title(name);
    if (title === null) return null;
    if (!this.ids.has(title)) this.ids.set(title, this.load().get(title)!.getSheetId());
    return this.ids.get(title)!;
  }
}
