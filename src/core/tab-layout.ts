// Where things are in a unit's tab: the header row (the first row, among the first few, with
// `Ngày` and an indicator) and the column of the date, each indicator, the note and the stamp.
import { cellText, normalizeLabel } from './text';
import { canonical } from './units';
import type { Rows } from './values';
import { HEADER_SEARCH_ROWS, TAB_COLUMN } from './vocabulary';

/** Header cells longer than this are titles or help text, never `Ngày`. */
const LABEL_MAX = 40;
const DATE_KEY = normalizeLabel(TAB_COLUMN.date);
const NOTE_KEY = normalizeLabel(TAB_COLUMN.note);
const STAMP_KEY = normalizeLabel(TAB_COLUMN.stamp);
const NOT_INDICATORS = new Set([DATE_KEY, NOTE_KEY, STAMP_KEY, '']);

export interface TabLayout {
  /** 1-based row of the header. */
  headerRow: number;
  dateCol: number;
  /** 0-based column of each indicator, by display name, in header order. */
  indicatorCols: { indicator: string; col: number }[];
  /** Further columns headed by an indicator that has one already: not read. */
  duplicates: { indicator: string; col: number }[];
  noteCol: number;
  stampCol: number;
  /** Number of header cells in use, text or not (the next free column is this, 0-based). */
  width: number;
}

/**
 * The first row among the first HEADER_SEARCH_ROWS with a `Ngày` cell and at least one
 * indicator. Only cells of at most LABEL_MAX characters are folded: the title and help rows
 * above the header hold long, unique text, and folding it cost more than the rest of the search.
 */
export function findLayout(rows: Rows): TabLayout | null {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
    const hasDate = rows[i].some(
      (v) => typeof v === 'string' && v.length <= LABEL_MAX && normalizeLabel(v) === DATE_KEY,
    );
    if (!hasDate) continue;
    const keys = rows[i].map((v) => (typeof v === 'string' ? normalizeLabel(v) : ''));
    const indicatorCols: TabLayout['indicatorCols'] = [];
    const duplicates: TabLayout['duplicates'] = [];
    const seen = new Set<string>();
    keys.forEach((k, col) => {
      if (NOT_INDICATORS.has(k)) return;
      const column = { indicator: canonical(cellText(rows[i][col])), col };
      if (seen.has(k)) duplicates.push(column);
      else indicatorCols.push(column);
      seen.add(k);
    });
    if (indicatorCols.length === 0) continue;
    // Past the last cell that holds anything (a year typed as a number, a date): set-up adds
    // columns there and must not write over it.
    const row = rows[i];
    let width = row.length;
    while (width > 0 && (row[width - 1] === '' || row[width - 1] === null)) width--;
    return {
      headerRow: i + 1,
      dateCol: keys.indexOf(DATE_KEY),
      indicatorCols,
      duplicates,
      noteCol: keys.indexOf(NOTE_KEY),
      stampCol: keys.indexOf(STAMP_KEY),
      width,
    };
  }
  return null;
}

/** A block of cells a person edited: 1-based row and column, and its size. */
export interface EditedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The `Cập nhật lúc` cells to stamp after an edit (1-based column, first and last row), or null
 * when the edit touched no figure below the header or the tab has no stamp column.
 */
export function stampTarget(
  layout: TabLayout | null,
  edit: EditedArea,
): { col: number; from: number; to: number } | null {
  if (!layout || layout.stampCol < 0) return null;
  const firstCol = edit.col - 1;
  const lastCol = firstCol + edit.cols - 1;
  if (!layout.indicatorCols.some(({ col }) => col >= firstCol && col <= lastCol)) return null;
  const from = Math.max(edit.row, layout.headerRow + 1);
  const to = edit.row + edit.rows - 1;
  return to < from ? null : { col: layout.stampCol + 1, from, to };
}
