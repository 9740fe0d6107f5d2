// Loading sheets into the runtime's spreadsheet as a file or a generator holds them: the public
// way for the .xlsx bridge, the synthetic campaigns and LocalRuntime.addSheet to fill the fakes
// without reaching into their storage. A loaded sheet counts as unchanged, so saving writes only
// what scripts change afterwards; loading is not counted as Apps Script calls.
import type { Stored } from './cells';
import { WallDate, fromScript } from './cells';
import { cellKey, typedDateFormat } from './grid';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

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
  /** Default: 1000, or the number of rows if more. */
  maxRows?: number;
  /** Default: 26, or the widest row if wider. */
  maxColumns?: number;
  hidden?: boolean;
  frozenRows?: number;
  frozenColumns?: number;
}

export class SheetLoader {
  constructor(private readonly ss: FakeSpreadsheet) {}

  /** Adds a sheet after the others holding exactly the content given; returns it. */
  sheet(name: string, content: SheetContent = {}): FakeSheet {
    const sheet = this.ss._newSheet(name);
    sheet.originalName = name;
    const rows = content.rows ?? [];
    sheet.maxRows = content.maxRows ?? Math.max(1000, rows.length);
    sheet.maxColumns = content.maxColumns ?? rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 26);
    sheet.hidden = content.hidden ?? false;
    sheet.frozenRows = content.frozenRows ?? 0;
    sheet.frozenColumns = content.frozenColumns ?? 0;
    const grid = sheet.grid;
    grid.values = withoutGaps(rows);
    fill(grid.formulas, content.formulas);
    fill(grid.numberFormats, content.formats);
    fill(grid.notes, content.notes);
    return sheet;
  }
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
