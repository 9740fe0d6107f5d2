// What "Tạo/cập nhật trang đơn vị" must do to a unit's tab: create it, or add the missing days
// and columns at the end. Never changes, moves or deletes a cell that exists.
import { readDate } from './dates';
import { DATE_HEADER, NOTE_HEADER, STAMP_HEADER, findLayout } from './entries';
import { SETUP } from './messages';
import type { OutputCell } from './output';
import type { Unit } from './units';
import type { Rows } from './values';
import { normalizeLabel } from './text';

export interface TabColumns {
  /** 1-based. */
  headerRow: number;
  firstDataRow: number;
  /** 0-based columns. */
  dateCol: number;
  figureCols: { indicator: string; col: number }[];
  stampCol: number;
}

export type TabPlan =
  | {
      kind: 'create';
      unit: Unit;
      tab: string;
      rows: OutputCell[][];
      columns: TabColumns;
      lastRow: number;
    }
  | {
      kind: 'update';
      unit: Unit;
      tab: string;
      columns: TabColumns;
      /** Header cells to add at the end of the header row (0-based columns). */
      newHeaders: { col: number; text: string }[];
      newDates: string[];
      /** 1-based row where the new dates start (below everything in the tab). */
      appendAt: number;
      /** The last row holding a date once the plan is applied. */
      lastRow: number;
    }
  | { kind: 'skip'; unit: Unit; tab: string };

const TITLE_ROWS = 2;

/** Plans one unit's tab from its current values (null: the tab does not exist). */
export function planTab(
  unit: Unit,
  indicators: string[],
  days: string[],
  cutoff: string,
  rows: Rows | null,
): TabPlan {
  if (!rows) {
    const header = [DATE_HEADER, ...indicators, NOTE_HEADER, STAMP_HEADER];
    const headerRow = TITLE_ROWS + 1;
    return {
      kind: 'create',
      unit,
      tab: unit.tab,
      rows: [
        [SETUP.tabTitle(unit.name, cutoff)],
        [SETUP.tabHelp],
        header,
        ...days.map((date) => [{ date }]),
      ],
      columns: {
        headerRow,
        firstDataRow: headerRow + 1,
        dateCol: 0,
        figureCols: indicators.map((indicator, i) => ({ indicator, col: i + 1 })),
        stampCol: indicators.length + 2,
      },
      lastRow: headerRow + days.length,
    };
  }
  const layout = findLayout(rows);
  if (!layout) return { kind: 'skip', unit, tab: unit.tab };
  const newHeaders: { col: number; text: string }[] = [];
  const figureCols = [...layout.indicatorCols];
  for (const indicator of indicators) {
    if (figureCols.some((c) => normalizeLabel(c.indicator) === normalizeLabel(indicator))) continue;
    const col = layout.width + newHeaders.length;
    newHeaders.push({ col, text: indicator });
    figureCols.push({ indicator, col });
  }
  let stampCol = layout.stampCol;
  if (stampCol < 0) {
    stampCol = layout.width + newHeaders.length;
    newHeaders.push({ col: stampCol, text: STAMP_HEADER });
  }
  const present = new Set<string>();
  for (let i = layout.headerRow; i < rows.length; i++) {
    const d = readDate(rows[i][layout.dateCol]);
    if (d) present.add(d);
  }
  const newDates = days.filter((d) => !present.has(d));
  const appendAt = rows.length + 1;
  return {
    kind: 'update',
    unit,
    tab: unit.tab,
    columns: {
      headerRow: layout.headerRow,
      firstDataRow: layout.headerRow + 1,
      dateCol: layout.dateCol,
      figureCols,
      stampCol,
    },
    newHeaders,
    newDates,
    appendAt,
    lastRow: Math.max(rows.length, appendAt + newDates.length - 1),
  };
}
