// A1 notation: column letters, cell and range references, as Apps Script reads and writes them.

// Column letters are the same arithmetic the add-on uses: one home for both.
import { columnLetter, columnNumber } from '../../core/a1';

export { columnLetter, columnNumber };

export interface GridRef {
  sheet?: string;
  row: number;
  col: number;
  /** null: to the last row/column of the sheet (open-ended "A2:C", "A:A"). */
  lastRow: number | null;
  lastCol: number | null;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses "B3", "A1:C10", "A:A", "2:4", "A2:C", "'Đơn vị'!A1:B2"; null when it is not A1. */
export function parseA1(text: string): GridRef | null {
  let sheet: string | undefined;
  let ref = text.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b = a, extra] = ref.split(':');
  if (extra !== undefined) return null;
  const pa = PART.exec(a);
  const pb = PART.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) return null;
  const single = !ref.includes(':');
  if (single && (!pa[1] || !pa[2])) return null;
  const row = pa[2] ? Number(pa[2]) : 1;
  const col = pa[1] ? columnNumber(pa[1]) : 1;
  const lastRow = pb[2] ? Number(pb[2]) : null;
  const lastCol = pb[1] ? columnNumber(pb[1]) : null;
  if (row < 1 || col < 1 || (lastRow !== null && lastRow < 1)) return null;
  return { sheet, row, col, lastRow, lastCol };
}

/** "A1" for one cell, "A1:C3" for more. */
export function formatA1(row: number, col: number, rows = 1, cols = 1): string {
  const start = `${columnLetter(col)}${row}`;
  if (rows === 1 && cols === 1) return start;
  return `${start}:${columnLetter(col + cols - 1)}${row + rows - 1}`;
}
