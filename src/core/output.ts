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
  /** Column widths in pixels (0 or absent: leave as is). */
  widths?: number[];
}
