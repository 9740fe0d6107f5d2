// The installable on-edit trigger: when a person changes a figure in a unit tab, write the time
// into that row's `Cập nhật lúc`, so reports can tell on-time entries from late ones. It runs as
// the person who installed it, whose rights the write needs: set-up keeps `Cập nhật lúc` theirs.
import { findLayout, stampTarget } from '../core/tab-layout';
import { HEADER_SEARCH_ROWS } from '../core/vocabulary';
import { isCurrentEntryTrigger } from './schedule';
import { editedTab } from './spreadsheet-port';

/**
 * Installed by "Tạo/cập nhật trang đơn vị": stamps `Cập nhật lúc` when a figure changes. A
 * trigger set-up has replaced (its installer lost the right to write the tabs) removes itself.
 */
export function onEntryEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!isCurrentEntryTrigger((e as { triggerUid?: string }).triggerUid)) return;
  const tab = editedTab(e.range);
  const target = stampTarget(findLayout(tab.top(HEADER_SEARCH_ROWS)), tab.area);
  if (target) tab.stamp(target, new Date());
}
