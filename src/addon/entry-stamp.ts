// The installable on-edit trigger: when a person changes a figure in a unit tab, write the time
// into that row's `Cập nhật lúc`, so reports can tell on-time entries from late ones.
import { findLayout } from '../core/entries';

const HEADER_ROWS = 10;

export function stampEntry(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const lastCol = sheet.getLastColumn();
  if (lastCol === 0) return;
  const top = sheet.getRange(1, 1, Math.min(HEADER_ROWS, sheet.getMaxRows()), lastCol).getValues();
  const layout = findLayout(top);
  if (!layout || layout.stampCol < 0) return;
  const firstCol = range.getColumn() - 1;
  const lastEditedCol = firstCol + range.getNumColumns() - 1;
  if (!layout.indicatorCols.some(({ col }) => col >= firstCol && col <= lastEditedCol)) return;
  const first = Math.max(range.getRow(), layout.headerRow + 1);
  const last = range.getRow() + range.getNumRows() - 1;
  if (last < first) return;
  const now = new Date();
  sheet
    .getRange(first, layout.stampCol + 1, last - first + 1, 1)
    .setValues(Array.from({ length: last - first + 1 }, () => [now]));
}
