// Reading the runtime's spreadsheet back to save it: each sheet with what a file keeps of it,
// the cells scripts changed since loading or every cell (for a sheet to write whole), and the
// names of loaded sheets that scripts deleted.
import type { Stored } from './cells';
import type { FakeDataValidation } from './data-validation';
import type { CellStyle } from './grid';
import { keyRowCol } from './grid';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

export interface SavedCell {
  row: number;
  col: number;
  value: Stored;
  formula?: string;
  format?: string;
  note?: string;
  validation?: FakeDataValidation;
  style?: CellStyle;
  /** A script cleared the cell's formatting: whatever the file had goes first. */
  cleared?: boolean;
}

export interface SavedSheet {
  readonly name: string;
  /** Its sheet id (the gid of links to it). */
  readonly id: number;
  /** Merged ranges, in A1 notation. */
  readonly merges: readonly string[];
  /** The name it had when loaded; null for a sheet a script inserted. */
  readonly originalName: string | null;
  readonly hidden: boolean;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Widths scripts set, in pixels, by column number. */
  readonly columnWidths: ReadonlyMap<number, number>;
  /** Rows or columns moved, or the sheet was cleared, since loading: write it whole. */
  readonly restructured: boolean;
  /** The cells scripts changed since loading, in the order they first changed. */
  changedCells(): SavedCell[];
  /** Every cell that holds anything: a value, formula, note, format, validation or style. */
  cells(): SavedCell[];
}

export class SpreadsheetSaver {
  constructor(private readonly ss: FakeSpreadsheet) {}

  /** The sheets, in the spreadsheet's order. */
  sheets(): SavedSheet[] {
    return this.ss.sheets.map(savedSheet);
  }

  /** The names, as loaded, of loaded sheets that scripts deleted. */
  deletedSheets(): string[] {
    return [...this.ss.deletedSheets];
  }
}

function savedSheet(sheet: FakeSheet): SavedSheet {
  const grid = sheet.grid;
  const cell = (key: number): SavedCell => {
    const [row, col] = keyRowCol(key);
    return {
      row,
      col,
      value: grid.get(row, col),
      formula: grid.formulas.get(key),
      format: grid.numberFormats.get(key),
      note: grid.notes.get(key),
      validation: grid.validations.get(key),
      style: grid.styles.get(key),
      cleared: grid.cleared.has(key) || undefined,
    };
  };
  return {
    name: sheet.name,
    id: sheet.id,
    merges: sheet.merges,
    originalName: sheet.originalName,
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: sheet.columnWidths,
    restructured: sheet.parent.restructured.has(sheet),
    changedCells: () => [...grid.dirty].map(cell),
    cells: () => [...grid.keys()].map(cell),
  };
}
