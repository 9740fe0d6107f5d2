// What the add-on writes, described as plain values for the port to apply: whole output sheets
// written in one block, and edits to other sheets (set-up) as a list of operations in order.

export interface Formula {
  formula: string;
}

/** A calendar date (yyyy-MM-dd), written as a date cell at midnight in the spreadsheet's zone. */
export interface DateCell {
  date: string;
}

/** Text is written as literal text (never parsed into a formula, number or date). */
export type OutputCell = string | number | boolean | Formula | DateCell | null;

/** A sheet the add-on owns, rewritten whole each time. */
export interface OutputSheet {
  name: string;
  rows: OutputCell[][];
  /** 1-based rows shown in bold. */
  boldRows: number[];
  frozenRows: number;
  frozenColumns?: number;
  /** The one column made wider when the sheet is created (1-based), e.g. for messages. */
  wide?: { col: number; width: number };
  /** Print-ready layout: widths, merged headers, borders, wrapped header rows. */
  layout?: SheetLayout;
  /**
   * Rows the sheet keeps even when its content is shorter (room a chart over whole columns
   * covers as the sheet fills); otherwise the sheet is trimmed to its content.
   */
  minRows?: number;
}

export interface ColumnFormat {
  /** 1-based column, and the rows it applies to. */
  col: number;
  fromRow: number;
  toRow: number;
  format: string;
}

export interface TextColour {
  text: string;
  /** Match cells containing the text instead of equal to it. */
  contains?: boolean;
  background?: string;
  fontColor?: string;
}

/**
 * How a report sheet looks on screen and on paper, written with each run (in Sheets and in the
 * .xlsx alike). The .xlsx also prints A4 landscape, fit to the page's width, with the frozen rows
 * repeated on each page; in Sheets the export link of "Xuất PDF" asks for the same.
 */
export interface SheetLayout {
  /** Width in pixels of columns 1, 2, …; a column not listed keeps its width. */
  widths: number[];
  /** Blocks merged into one cell (group headers over their columns). */
  merges: Area[];
  /** Blocks with a thin border around every cell (the table, headers included). */
  borders: Area[];
  /** 1-based rows whose text wraps within its column (header rows). */
  wrapRows: number[];
  /** 1-based rows centred across and down (header rows); the wrapped rows when not given. */
  centerRows?: number[];
  /** 1-based columns whose text wraps, over the rows written (long texts of a log). */
  wrapCols?: number[];
}

/** Extras of a report sheet: number formats per column and colours by text. */
export interface ReportSheet extends OutputSheet {
  formats: ColumnFormat[];
  colours: { col: number; fromRow: number; toRow: number; rules: TextColour[] }[];
}

/** A block of cells: 1-based top-left corner and size. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A data validation rule, as plain values. */
export type Validation = { kind: 'wholeNumber'; help: string } | { kind: 'list'; values: string[] };

/** One step of an edit to a sheet; the port applies the steps in order. */
export type EditStep =
  /** Grows the sheet (never shrinks it) to at least this many rows and columns, where given. */
  | { op: 'size'; rows?: number; cols?: number }
  /**
   * Makes the sheet exactly this size, growing or trimming it: every cell of every sheet counts
   * towards the 10 million a spreadsheet may hold, and a new sheet has 1,000 × 26.
   */
  | { op: 'fit'; rows: number; cols: number }
  | { op: 'values'; row: number; col: number; cells: OutputCell[][] }
  | { op: 'bold'; area: Area }
  /** A number format and a validation rule (either or both) for every cell of the area. */
  | { op: 'rules'; area: Area; format?: string; validation?: Validation }
  /** One note per cell of the area (rows of notes), or one note for all of it. */
  | { op: 'notes'; area: Area; notes: string[][] | string }
  | { op: 'frozenRows'; rows: number }
  | { op: 'width'; col: number; width: number }
  /**
   * The sheet protected for the owner and `editors` only: the add-on's protection of the sheet
   * (its description begins with PROTECTION_MARK), else a new one; editors the plan does not
   * name are removed, and the description is made `description`.
   */
  | { op: 'protectSheet'; description: string; editors: string[] }
  /**
   * A whole column protected for the owner and `editors` only (found by description, else
   * made), its range stretched to every row; editors the plan does not name are removed.
   */
  | { op: 'protectColumn'; col: number; description: string; editors: string[] };

/** Edits to a sheet a person also writes in: created at the end when `create` is set. */
export interface SheetEdit {
  sheet: string;
  create: boolean;
  steps: EditStep[];
}

/** A line chart over whole columns of a sheet, added once (when the sheet has no chart). */
export interface ChartPlan {
  sheet: string;
  /** Column ranges (1-based first column and count) over every row of the sheet. */
  columns: { col: number; cols: number }[];
  title: string;
  /** 1-based anchor cell. */
  row: number;
  col: number;
}

/** A cell linking to a sheet (and a cell of it) by its id; plain text when there is no id. */
export function sheetLink(gid: number | null, label: string, cell?: string): OutputCell {
  if (gid === null) return label;
  const target = `#gid=${gid}${cell ? `&range=${cell}` : ''}`;
  return { formula: `HYPERLINK("${target}","${label.replace(/"/g, '""')}")` };
}
