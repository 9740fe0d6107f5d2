// The installable on-edit trigger: when a person changes a figure in a unit tab, write the time
// into that row's `Cập nhật lúc`, so reports can tell on-time entries from late ones.
import { findLayout, stampTarget } from '../core/tab-layout';
import { HEADER_SEARCH_ROWS } from '../core/vocabulary';
import { editedTab } from './spreadsheet-port';

/** Installed by "Tạo/cập nhật trang đơn vị": stamps `Cập nhật lúc` when a figure changes. */
export function onEntryEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const tab = editedTab(e.range);
  const target = stampTarget(findLayout(tab.top(HEADER_SEARCH_ROWS)), tab.area);
  if (target) tab.stamp(target, new Date());
}
