// A1 notation: column letters and cell references, as findings, formulas and links name cells.

/** "A" for 1, "Z" for 26, "AA" for 27. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1 for "A", 27 for "AA" (any case). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 of a 0-based column and 1-based row. */
export function a1(col0: number, row: number): string {
  return `${columnLetter(col0 + 1)}${row}`;
}

/** The 1-based row and column of "B14"; [0, 0] when the text is not a cell. */
export function cellPosition(cell: string | undefined): [row: number, col: number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
  return m ? [Number(m[2]), columnNumber(m[1])] : [0, 0];
}

/** The 1-based corners of "B20:C21" (or of one cell, "B20"); null when the text is not that. */
export function rangePosition(
  range: string,
): { row: number; col: number; lastRow: number; lastCol: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range.replace(/\$/g, ''));
  if (!m) return null;
  const [row, col] = [Number(m[2]), columnNumber(m[1])];
  return m[3]
    ? { row, col, lastRow: Number(m[4]), lastCol: columnNumber(m[3]) }
    : { row, col, lastRow: row, lastCol: col };
}
