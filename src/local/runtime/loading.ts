// Loading sheets into the runtime's spreadsheet as a file or a generator holds them: the public
// way for the .xlsx bridge, the synthetic campaigns and LocalRuntime.addSheet to fill the fakes
// without reaching into their storage. A loaded sheet counts as unchanged, so saving writes only
// what scripts change afterwards; loading is not counted as Apps Script calls.
//
// A loaded sheet's grid is the file's own extent (the rows and columns that hold anything, at
// least 1 × 1), not a new sheet's 1,000 × 26: the spreadsheet counts every sheet's grid against
// its 10,000,000 cells (see spreadsheet.ts), and a spreadsheet of thousands of tabs must fit
// here as the Sheets file it came from did. A script that writes past a loaded sheet's last row
// or column must grow the sheet first, as it must in Sheets.
import type { Stored } from './cells';
import { WallDate, fromScript } from './cells';
import { cellKey, typedDateFormat } from './grid';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { MAX_CELLS } from './spreadsheet';

/** Something per cell, by row then column (1-based row r is index r − 1); gaps are empty cells. */
export type CellGrid<T> = readonly (readonly (T | null | undefined)[] | null | undefined)[];

export interface SheetContent {
  /**
   * Stored values, kept as given: dates as WallDate (the wall-clock time shown), errors as
   * ErrorCell, text as is; not converted the way a script's values are (see typedIn). The sheet
   * takes these arrays over rather than copying them (a large campaign is loaded once, not
   * twice): gaps in them become empty cells, and the caller leaves them alone afterwards.
   */
  rows?: Stored[][];
  /** Formulas ("=…"); a formula cell's value in rows is its cached result. */
  formulas?: CellGrid<string>;
  /** Number formats; a cell without one has Sheets' automatic format. */
  formats?: CellGrid<string>;
  notes?: CellGrid<string>;
  /**
   * Merged ranges in A1 notation ("B2:C3"). Their covered cells (all but the top-left one) are
   * empty in rows, as Sheets reads them.
   */
  merges?: readonly string[];
  /** The grid's rows. Default: the last row that holds anything (at least 1). */
  maxRows?: number;
  /** The grid's columns. Default: the last column that holds anything (at least 1). */
  maxColumns?: number;
  hidden?: boolean;
  frozenRows?: number;
  frozenColumns?: number;
}

export class SheetLoader {
  constructor(private readonly ss: FakeSpreadsheet) {}

  /** Adds a sheet after the others holding exactly the content given; returns it. */
  sheet(name: string, content: SheetContent = {}): FakeSheet {
    const rows = content.rows ?? [];
    const [usedRows, usedColumns] = extent(rows, content.formulas, content.formats, content.notes);
    const maxRows = content.maxRows ?? Math.max(1, usedRows);
    const maxColumns = content.maxColumns ?? Math.max(1, usedColumns);
    if (maxRows < usedRows || maxColumns < usedColumns)
      throw new Error(
        `Local runtime: sheet "${name}" holds ${usedRows} × ${usedColumns} cells, more than its ${maxRows} × ${maxColumns} grid`,
      );
    if (this.ss.cellCount + maxRows * maxColumns > MAX_CELLS)
      throw new Error(
        `Local runtime: sheet "${name}" (${maxRows} × ${maxColumns}) would take the spreadsheet past the ${MAX_CELLS} cells Sheets holds`,
      );
    const sheet = this.ss._newSheet(name);
    sheet.originalName = name;
    sheet.maxRows = maxRows;
    sheet.maxColumns = maxColumns;
    sheet.hidden = content.hidden ?? false;
    sheet.frozenRows = content.frozenRows ?? 0;
    sheet.frozenColumns = content.frozenColumns ?? 0;
    const grid = sheet.grid;
    grid.values = withoutGaps(rows);
    fill(grid.formulas, content.formulas);
    fill(grid.numberFormats, content.formats);
    fill(grid.notes, content.notes);
    grid.merges = [...(content.merges ?? [])];
    return sheet;
  }
}

/** The rows and columns that hold anything: a value, a formula, a format or a note. */
function extent(...grids: (CellGrid<unknown> | undefined)[]): [number, number] {
  let rows = 0;
  let columns = 0;
  for (const grid of grids) {
    grid?.forEach((row, i) => {
      if (!row) return;
      for (let j = row.length - 1; j >= 0; j--) {
        const v = row[j];
        if (v !== undefined && v !== null && v !== '') {
          rows = Math.max(rows, i + 1);
          columns = Math.max(columns, j + 1);
          break;
        }
      }
    });
  }
  return [rows, columns];
}

/** The rows with every missing row or cell made empty, in place. */
function withoutGaps(rows: Stored[][]): Stored[][] {
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ??= []);
    for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = '';
  }
  return rows;
}

function fill(map: Map<number, string>, cells: CellGrid<string> | undefined): void {
  cells?.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (v) map.set(cellKey(i + 1, j + 1), v);
    }),
  );
}

/**
 * A sheet's content from rows as a person would type them into a sheet in the zone tz: strings
 * read as Sheets reads typed input (numbers, booleans, dates, "=…" formulas, a leading
 * apostrophe keeps text), Dates taken as instants; short rows padded with empty cells.
 */
export function typedIn(rows: readonly (readonly unknown[])[], tz: string): SheetContent {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values: Stored[][] = [];
  const formulas: string[][] = [];
  const formats: string[][] = [];
  rows.forEach((row, i) => {
    values[i] = [];
    formulas[i] = [];
    formats[i] = [];
    for (let j = 0; j < width; j++) {
      const typed = fromScript(j < row.length ? row[j] : '', tz);
      values[i][j] = typed.value;
      if (typed.formula) formulas[i][j] = typed.formula;
      // Sheets gives a typed-in date a date format of the spreadsheet's locale.
      if (typed.value instanceof WallDate) formats[i][j] = typedDateFormat(typed.value);
    }
  });
  return { rows: values, formulas, formats };
}
