// A sheet the add-on writes, described as plain values: the port writes it in one block.

export interface Formula {
  formula: string;
}

/** A calendar date (yyyy-MM-dd), written as a date cell at midnight in the spreadsheet's zone. */
export interface DateCell {
  date: string;
}

/** Text is written as literal text (never parsed into a formula, number or date). */
export type OutputCell = string | number | boolean | Formula | DateCell | null;

export interface OutputSheet {
  name: string;
  rows: OutputCell[][];
  /** 1-based rows shown in bold. */
  boldRows: number[];
  frozenRows: number;
  frozenColumns?: number;
  /** The one column made wider when the sheet is created (1-based), e.g. for messages. */
  wide?: { col: number; width: number };
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

/** Extras of a report sheet: number formats per column and colours by text. */
export interface ReportSheet extends OutputSheet {
  formats: ColumnFormat[];
  colours: { col: number; fromRow: number; toRow: number; rules: TextColour[] }[];
}
