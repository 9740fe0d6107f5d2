// What "Tạo/cập nhật trang đơn vị" does to a unit's tab, as a plan the port applies: create it
// (title, header, one row per counting day, formats, validation, protection), or add the
// missing days and columns at the end. Never changes, moves or deletes a cell that exists.
import { cellDay, fromDayNumber } from './dates';
import { SETUP } from './messages';
import type { Area, EditStep, OutputCell, SheetEdit } from './output';
import type { EntryMode } from './settings';
import { findLayout } from './tab-layout';
import { sameLabel } from './text';
import type { Unit } from './units';
import type { Rows } from './values';
import { FIGURE_HELP, TAB_COLUMN } from './vocabulary';

const TITLE_ROWS = 2;
const DATE_FORMAT = 'dd/MM/yyyy';
const STAMP_FORMAT = 'dd/MM/yyyy HH:mm:ss';
const FIGURE_FORMAT = '#,##0';
const DATE_WIDTH = 110;
const STAMP_WIDTH = 150;

/** Where the tab's columns are (0-based columns, 1-based rows). */
interface TabColumns {
  headerRow: number;
  firstDataRow: number;
  dateCol: number;
  figureCols: number[];
  stampCol: number;
}

export interface TabPlan {
  kind: 'create' | 'update' | 'skip' | 'reserved';
  tab: string;
  /** Cells the plan adds to the spreadsheet's grids (a created tab: its whole grid). */
  cells: number;
  /**
   * What to do to the tab; a tab whose header is not found is only protected; null for a tab
   * with a reserved name, left alone.
   */
  edit: SheetEdit | null;
  daysAdded: number;
  columnsAdded: number;
}

export interface TabPlanOptions {
  /** The campaign's indicators, in display order. */
  indicators: string[];
  /** The unit's counting days, in order (yyyy-MM-dd). */
  days: string[];
  /** The cut-off time as the tab's title shows it ("07:30"). */
  cutoff: string;
  mode: EntryMode;
  /** Who besides the owner may edit the tab, and the protection's description. */
  access: { description: string; editors: string[] };
  /** Who besides the owner may edit `Cập nhật lúc`: whose trigger writes it, if not the owner's. */
  stampEditors: string[];
}

const column = (col0: number, from: number, to: number): Area => ({
  row: from,
  col: col0 + 1,
  rows: to - from + 1,
  cols: 1,
});

/** Formats and validation for the data rows [from, to] of the given figure columns. */
function formatRows(
  columns: TabColumns,
  figureCols: number[],
  from: number,
  to: number,
  withDateAndStamp: boolean,
  mode: EntryMode,
): EditStep[] {
  if (to < from) return [];
  const steps: EditStep[] = [];
  if (withDateAndStamp) {
    steps.push({ op: 'rules', area: column(columns.dateCol, from, to), format: DATE_FORMAT });
    steps.push({ op: 'rules', area: column(columns.stampCol, from, to), format: STAMP_FORMAT });
  }
  const validation = { kind: 'wholeNumber', help: FIGURE_HELP[mode] } as const;
  for (const col of figureCols)
    steps.push({ op: 'rules', area: column(col, from, to), format: FIGURE_FORMAT, validation });
  return steps;
}

/**
 * The unit's people and the admins may edit the tab; `Cập nhật lúc` only the owner and the person
 * whose trigger writes it.
 */
function protection(o: TabPlanOptions, columns: TabColumns | null): EditStep[] {
  const steps: EditStep[] = [{ op: 'protectSheet', ...o.access }];
  if (columns)
    steps.push({
      op: 'protectColumn',
      col: columns.stampCol + 1,
      description: SETUP.stampProtection,
      editors: o.stampEditors,
    });
  return steps;
}

function createPlan(unit: Unit, o: TabPlanOptions): TabPlan {
  const header = [TAB_COLUMN.date, ...o.indicators, TAB_COLUMN.note, TAB_COLUMN.stamp];
  const headerRow = TITLE_ROWS + 1;
  const rows: OutputCell[][] = [
    [SETUP.tabTitle(unit.name, o.cutoff)],
    [SETUP.tabHelp],
    header,
    ...o.days.map((date) => [{ date }]),
  ];
  const columns: TabColumns = {
    headerRow,
    firstDataRow: headerRow + 1,
    dateCol: 0,
    figureCols: o.indicators.map((_, i) => i + 1),
    stampCol: o.indicators.length + 2,
  };
  const lastRow = headerRow + o.days.length;
  const steps: EditStep[] = [
    { op: 'fit', rows: lastRow, cols: columns.stampCol + 1 },
    { op: 'values', row: 1, col: 1, cells: rows },
    { op: 'bold', area: { row: 1, col: 1, rows: 1, cols: 1 } },
    { op: 'bold', area: { row: headerRow, col: 1, rows: 1, cols: columns.stampCol + 1 } },
    { op: 'frozenRows', rows: headerRow },
    { op: 'width', col: columns.dateCol + 1, width: DATE_WIDTH },
    { op: 'width', col: columns.stampCol + 1, width: STAMP_WIDTH },
    ...formatRows(columns, columns.figureCols, columns.firstDataRow, lastRow, true, o.mode),
    ...protection(o, columns),
  ];
  return {
    kind: 'create',
    tab: unit.tab,
    edit: { sheet: unit.tab, create: true, steps },
    cells: lastRow * (columns.stampCol + 1),
    daysAdded: 0,
    columnsAdded: 0,
  };
}

/** Plans one unit's tab from its current values (null: the tab does not exist). */
export function planTab(unit: Unit, options: TabPlanOptions, rows: Rows | null): TabPlan {
  if (!rows) return createPlan(unit, options);
  const layout = findLayout(rows);
  if (!layout)
    return {
      kind: 'skip',
      tab: unit.tab,
      edit: { sheet: unit.tab, create: false, steps: protection(options, null) },
      cells: 0,
      daysAdded: 0,
      columnsAdded: 0,
    };
  const newHeaders: { col: number; text: string }[] = [];
  const figureCols = layout.indicatorCols.map((c) => c.col);
  for (const indicator of options.indicators) {
    if (layout.indicatorCols.some((c) => sameLabel(c.indicator, indicator))) continue;
    const col = layout.width + newHeaders.length;
    newHeaders.push({ col, text: indicator });
    figureCols.push(col);
  }
  let stampCol = layout.stampCol;
  if (stampCol < 0) {
    stampCol = layout.width + newHeaders.length;
    newHeaders.push({ col: stampCol, text: TAB_COLUMN.stamp });
  }
  const present = new Set<string>();
  for (let i = layout.headerRow; i < rows.length; i++) {
    const d = cellDay(rows[i][layout.dateCol]);
    if (d !== null) present.add(fromDayNumber(d));
  }
  const newDates = options.days.filter((d) => !present.has(d));
  const appendAt = rows.length + 1;
  const lastRow = Math.max(rows.length, appendAt + newDates.length - 1);
  const columns: TabColumns = {
    headerRow: layout.headerRow,
    firstDataRow: layout.headerRow + 1,
    dateCol: layout.dateCol,
    figureCols,
    stampCol,
  };
  const { mode } = options;
  const width = Math.max(...newHeaders.map((h) => h.col + 1), 0);
  const steps: EditStep[] = [{ op: 'size', rows: lastRow, cols: width }];
  if (newHeaders.length) {
    // New header cells are contiguous at the end of the header row.
    const cells = [newHeaders.map((h) => h.text)];
    steps.push({ op: 'values', row: layout.headerRow, col: newHeaders[0].col + 1, cells });
    const added = newHeaders.map((h) => h.col).filter((c) => figureCols.includes(c));
    steps.push(...formatRows(columns, added, columns.firstDataRow, appendAt - 1, false, mode));
    if (layout.stampCol < 0) {
      const rowsBelow = Math.max(1, lastRow - layout.headerRow);
      const area = { row: columns.firstDataRow, col: stampCol + 1, rows: rowsBelow, cols: 1 };
      steps.push({ op: 'rules', area, format: STAMP_FORMAT });
    }
  }
  if (newDates.length) {
    const cells = newDates.map((date) => [{ date }]);
    steps.push({ op: 'values', row: appendAt, col: layout.dateCol + 1, cells });
    const to = appendAt + newDates.length - 1;
    steps.push(...formatRows(columns, figureCols, appendAt, to, true, mode));
  }
  steps.push(...protection(options, columns));
  const changed = newHeaders.length > 0 || newDates.length > 0;
  return {
    kind: 'update',
    tab: unit.tab,
    edit: { sheet: unit.tab, create: false, steps },
    // At most: the rows it adds across its columns, and the columns it adds down its rows.
    cells: (lastRow - rows.length) * Math.max(width, layout.width) + newHeaders.length * lastRow,
    daysAdded: changed ? newDates.length : 0,
    columnsAdded: changed ? newHeaders.length : 0,
  };
}
