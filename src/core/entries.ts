// A unit's tab: find the header, read one row per date, and check every entry. Bad cells
// become findings and are left out; the valid rows are what the summary counts.
import { a1 } from './a1';
import { cellDay, cellMinutes, dayNumber, formatVnDate } from './dates';
import { activatedCheck, outliers, runningTotalsToDaily, vnDay } from './entry-checks';
import type { Finding } from './findings';
import { FIX } from './messages';
import type { Filling, Series } from './series';
import { carve, finish } from './series';
import type { EntryMode } from './settings';
import type { TabLayout } from './tab-layout';
import { findLayout } from './tab-layout';
import { show } from './text';
import type { CellValue, Rows } from './values';
import { byName, isBlank, isErrorValue, readNumber } from './values';

export type { Series } from './series';
export type { TabLayout } from './tab-layout';
export { findLayout } from './tab-layout';

export interface TabReading {
  layout: TabLayout;
  /** Per indicator: valid figures in date order. */
  figures: Record<string, Series>;
  /** Days (since 1970-01-01) with at least one valid figure, ascending. */
  reported: Int32Array;
  /**
   * When each reported day was last entered (from `Cập nhật lúc`), as minutes since 1970-01-01
   * 00:00 on the wall clock of the spreadsheet's zone; NaN where not known.
   */
  enteredAt: Float64Array;
  findings: Finding[];
}

export interface TabContext {
  tab: string;
  mode: EntryMode;
  start: string | null;
  /** The unit's deadline (its own, else the campaign's). */
  deadline: string | null;
  /** Today in the campaign's zone (yyyy-MM-dd): figures for later dates are refused. */
  today: string;
  openings: Record<string, number>;
  /** false when an opening balance is unknown: cumulative comparisons would mislead. */
  openingsValid: boolean;
  /**
   * The largest figure believable for an indicator: a day's count (a running total, in that
   * mode) above it is a typing slip (an ID typed as a figure, an extra digit) and is left out.
   */
  limit(indicator: string): number;
}

type Fail = (code: Finding['code'], col: number, row: number, message: string) => void;

/**
 * The value of a figure cell that is not a plain whole number: text written the Vietnamese way,
 * or null after a finding (or for a blank cell). Kept out of the row loop, which stays small.
 */
function slowFigure(
  v: CellValue,
  col: number,
  row: number,
  limit: number,
  fail: Fail,
): number | null {
  if (isBlank(v)) return null;
  const n = readNumber(v);
  if (!n.ok) {
    if (n.reason === 'error' && isErrorValue(v))
      fail('error-value', col, row, FIX.errorValue(String(v).trim()));
    else if (n.reason === 'ambiguous') fail('not-a-number', col, row, FIX.ambiguousNumber(show(v)));
    else fail('not-a-number', col, row, FIX.notANumber(show(v)));
  } else if (n.value < 0) fail('negative', col, row, FIX.negative(n.value));
  else if (!Number.isInteger(n.value)) fail('not-integer', col, row, FIX.notInteger(show(v)));
  else if (n.value > limit) fail('implausible', col, row, FIX.implausible(n.value, limit));
  else return n.value;
  return null;
}

/** What the row loop gathers: per indicator its figures, and the days reported with when. */
interface RowsRead {
  lists: Filling[];
  reported: Int32Array;
  enteredAt: Float64Array;
  reportedCount: number;
}

/**
 * Step 1 of readTab: one pass over the rows below the header. Rows with a bad, duplicate,
 * future or out-of-campaign date are findings and left out; so is every bad figure cell.
 */
function readRows(rows: Rows, layout: TabLayout, ctx: TabContext, findings: Finding[]): RowsRead {
  const fail: Fail = (code, col, row, message) =>
    findings.push({ severity: 'error', code, sheet: ctx.tab, cell: a1(col, row), message });
  // Every array is sized for all the rows below the header, so nothing grows row by row.
  const capacity = Math.max(0, rows.length - layout.headerRow);
  const cols = layout.indicatorCols.map((c) => c.col);
  const limits = layout.indicatorCols.map((c) => ctx.limit(c.indicator));
  const k = cols.length;
  const { floats, ints } = carve(capacity, k + 1, 2 * k + 1);
  const lists: Filling[] = cols.map((col, i) => ({
    days: ints[2 * i],
    daily: floats[i],
    rows: ints[2 * i + 1],
    n: 0,
    col,
  }));
  const enteredAt = floats[k];
  const reported = ints[2 * k];
  const { dateCol, stampCol } = layout;
  // Duplicate dates: while the dates only increase a new one needs no lookup; the first one out
  // of order builds a map of the rows above, which answers from then on.
  let latest = -Infinity;
  let seen: Map<number, number> | null = null;
  const firstRow = (day: number, i: number): number => {
    if (!seen) {
      seen = new Map();
      for (let j = i - 1; j >= layout.headerRow; j--) {
        const d = cellDay(rows[j][dateCol]);
        if (d !== null) seen.set(d, j + 1);
      }
    }
    const first = seen.get(day);
    if (first === undefined) seen.set(day, i + 1);
    return first ?? 0;
  };
  let reportedCount = 0;
  const start = ctx.start ? dayNumber(ctx.start) : -Infinity;
  const deadline = ctx.deadline ? dayNumber(ctx.deadline) : Infinity;
  const today = dayNumber(ctx.today);
  /** A finding about the date of a row whose figures are then left out. */
  const dateProblem = (day: number | null, row: number, dateCell: CellValue, first: number) => {
    if (day === null)
      fail(
        'date-invalid',
        dateCol,
        row,
        isBlank(dateCell) ? FIX.dateBlank : FIX.dateInvalid(show(dateCell)),
      );
    else if (first) fail('date-duplicate', dateCol, row, FIX.dateDuplicate(vnDay(day), first));
    else if (day > today && day >= start && day <= deadline)
      fail('future-entry', dateCol, row, FIX.futureEntry(vnDay(day)));
    else {
      const range = [ctx.start, ctx.deadline].map((d) => (d ? formatVnDate(d) : '?'));
      findings.push({
        severity: 'warning',
        code: 'date-outside',
        sheet: ctx.tab,
        cell: a1(dateCol, row),
        message: FIX.dateOutside(vnDay(day), range[0], range[1]),
      });
    }
  };

  // The row loop: plain index loops over precomputed columns, rare cases handled elsewhere.
  for (let i = layout.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const dateCell = r[dateCol];
    // Written out for the common cells (numbers, dates) to spare calls while the engine warms up.
    let hasFigures = false;
    for (let c = 0; c < k && !hasFigures; c++)
      hasFigures = typeof r[cols[c]] === 'number' || !isBlank(r[cols[c]]);
    if (!hasFigures && isBlank(dateCell)) continue;
    const day = typeof dateCell === 'object' && dateCell ? dateCell.day : cellDay(dateCell);
    const first = day === null ? 0 : !seen && day > latest ? ((latest = day), 0) : firstRow(day, i);
    if (day === null || first || (hasFigures && (day < start || day > deadline || day > today))) {
      dateProblem(day, i + 1, dateCell, first);
      continue;
    }
    if (!hasFigures) continue;
    let any = false;
    for (let c = 0; c < k; c++) {
      const v = r[cols[c]];
      const value =
        typeof v === 'number' && v >= 0 && v % 1 === 0 && v <= limits[c]
          ? v
          : slowFigure(v, cols[c], i + 1, limits[c], fail);
      if (value === null) continue;
      const list = lists[c];
      list.days[list.n] = day;
      list.daily[list.n] = value;
      list.rows[list.n++] = i + 1;
      any = true;
    }
    if (any) {
      const stamp = stampCol >= 0 ? r[stampCol] : null;
      reported[reportedCount] = day;
      enteredAt[reportedCount++] = cellMinutes(stamp);
    }
  }
  return { lists, reported, enteredAt, reportedCount };
}

/**
 * Step 2 of readTab: each indicator's figures in date order as daily counts (running totals
 * turned into increases), with the warnings about unusual figures.
 */
function toSeries(
  layout: TabLayout,
  lists: Filling[],
  ctx: TabContext,
  findings: Finding[],
): Record<string, Series> {
  const figures = byName<Series>();
  layout.indicatorCols.forEach(({ indicator }, i) => {
    const list = finish(lists[i]);
    const opening = ctx.openings[indicator] ?? 0;
    if (ctx.mode === 'daily') {
      figures[indicator] = list;
    } else {
      const daily = runningTotalsToDaily(ctx.tab, list, opening);
      findings.push(...daily.findings);
      figures[indicator] = daily.series;
    }
    findings.push(...outliers(ctx.tab, figures[indicator], opening, ctx.mode));
  });
  return figures;
}

/** Reads and checks one unit's tab (its values, as one read returned them). */
export function readTab(
  rows: Rows,
  ctx: TabContext,
): { reading: TabReading | null; findings: Finding[] } {
  const layout = findLayout(rows);
  if (!layout) {
    const finding: Finding = {
      severity: 'error',
      code: 'header-missing',
      sheet: ctx.tab,
      message: FIX.headerMissing(ctx.tab),
    };
    return { reading: null, findings: [finding] };
  }
  const findings: Finding[] = layout.duplicates.map(({ indicator, col }) => ({
    severity: 'error',
    code: 'column-duplicate',
    sheet: ctx.tab,
    cell: a1(col, layout.headerRow),
    message: FIX.columnDuplicate(indicator),
  }));
  const read = readRows(rows, layout, ctx, findings);
  const figures = toSeries(layout, read.lists, ctx, findings);
  if (ctx.openingsValid) findings.push(...activatedCheck(ctx.tab, layout, figures, ctx.openings));
  // The reported days in date order, each with its entry time (carried in the `daily` slot).
  const byDay = finish({
    days: read.reported,
    daily: read.enteredAt,
    rows: read.reported,
    n: read.reportedCount,
    col: 0,
  });
  return {
    reading: { layout, figures, reported: byDay.days, enteredAt: byDay.daily, findings },
    findings,
  };
}
