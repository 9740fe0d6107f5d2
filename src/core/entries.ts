// A unit's tab: find the header, read one row per date, and check every entry. Bad cells
// become findings and are left out; the valid rows are what the summary counts.
import { formatVnDate, readDate } from './dates';
import type { Finding } from './findings';
import { a1 } from './findings';
import { FIX } from './messages';
import type { EntryMode } from './settings';
import { cellText, normalizeLabel } from './text';
import { ACTIVATED, COLLECTED, canonical } from './units';
import type { CellValue, Rows, SheetDate } from './values';
import { isBlank, isErrorValue, isSheetDate, readNumber } from './values';

export const DATE_HEADER = 'Ngày';
export const NOTE_HEADER = 'Ghi chú';
export const STAMP_HEADER = 'Cập nhật lúc';
const HEADER_SEARCH_ROWS = 10;

export interface TabLayout {
  /** 1-based row of the header. */
  headerRow: number;
  dateCol: number;
  /** 0-based column of each indicator, by display name, in header order. */
  indicatorCols: { indicator: string; col: number }[];
  noteCol: number;
  stampCol: number;
  /** Number of header cells in use (the next free column is this, 0-based). */
  width: number;
}

/** The first row among the first ten with a `Ngày` cell and at least one indicator. */
export function findLayout(rows: Rows): TabLayout | null {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
    const keys = rows[i].map((v) => (typeof v === 'string' ? normalizeLabel(v) : ''));
    const dateCol = keys.indexOf(normalizeLabel(DATE_HEADER));
    if (dateCol < 0) continue;
    const special = new Set([normalizeLabel(DATE_HEADER), normalizeLabel(NOTE_HEADER), normalizeLabel(STAMP_HEADER), '']);
    const indicatorCols = keys
      .map((k, col) => ({ k, col }))
      .filter(({ k }) => !special.has(k))
      .map(({ col }) => ({ indicator: canonical(cellText(rows[i][col])), col }));
    if (indicatorCols.length === 0) continue;
    let width = keys.length;
    while (width > 0 && keys[width - 1] === '') width--;
    return {
      headerRow: i + 1,
      dateCol,
      indicatorCols,
      noteCol: keys.indexOf(normalizeLabel(NOTE_HEADER)),
      stampCol: keys.indexOf(normalizeLabel(STAMP_HEADER)),
      width,
    };
  }
  return null;
}

/**
 * One indicator's valid figures, in date order, as parallel arrays (a tab of a year holds 365 of
 * them; an object per figure would cost a province-sized campaign a million allocations).
 */
export interface Series {
  dates: string[];
  /** Each day's own count (in running-total mode, the increase over the previous total). */
  daily: number[];
  /** 1-based sheet rows the figures are on. */
  rows: number[];
  /** The 0-based column of the indicator. */
  col: number;
}

function emptySeries(col: number): Series {
  return { dates: [], daily: [], rows: [], col };
}

/** The series with its entries reordered by date (stable), when they are not in order. */
function byDate(s: Series): Series {
  let sorted = true;
  for (let i = 1; i < s.dates.length && sorted; i++) sorted = s.dates[i - 1] <= s.dates[i];
  if (sorted) return s;
  const order = s.dates.map((_, i) => i).sort((a, b) => (s.dates[a] < s.dates[b] ? -1 : s.dates[a] > s.dates[b] ? 1 : a - b));
  return { dates: order.map((i) => s.dates[i]), daily: order.map((i) => s.daily[i]), rows: order.map((i) => s.rows[i]), col: s.col };
}

export interface TabReading {
  layout: TabLayout;
  /** Per indicator: valid figures in date order. */
  figures: Record<string, Series>;
  /** Dates with at least one valid figure, and the row they are on. */
  reported: Map<string, number>;
  /** When each reported date was last entered (from `Cập nhật lúc`), where known. */
  enteredAt: Map<string, SheetDate>;
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
}

function show(v: CellValue | undefined): string {
  if (isSheetDate(v)) return formatVnDate(v.date);
  return cellText(v);
}

function median(values: number[]): number {
  // A typed array sorts numerically without a comparator: several times faster.
  const s = Float64Array.from(values).sort();
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Fewest positive days before a unit's history is enough to call a figure unusual. */
const OUTLIER_HISTORY = 5;
/** A figure this many times the usual day, and at least OUTLIER_MIN_GAP above it, is unusual. */
const OUTLIER_FACTOR = 6;
const OUTLIER_MIN_GAP = 20;

/**
 * Warns about a daily figure far outside the unit's own history: a running total typed into the
 * daily column (about the sum of the days before), or an extra digit (about 10× the usual day).
 * A day up to 3× the usual is ordinary and never flagged.
 */
function outliers(tab: string, series: Series, opening: number, mode: EntryMode): Finding[] {
  const positive = series.daily.filter((v) => v > 0);
  if (positive.length < OUTLIER_HISTORY) return [];
  const usual = median(positive);
  const found: Finding[] = [];
  let before = 0;
  for (let i = 0; i < series.daily.length; i++) {
    const v = series.daily[i];
    const near = (total: number) => total >= 5 * usual && v >= total && v <= total + 3 * usual;
    const runningTotal = mode === 'daily' && (near(before) || near(before + opening));
    if (runningTotal) {
      found.push({ severity: 'warning', code: 'outlier', sheet: tab, cell: a1(series.col, series.rows[i]), message: FIX.runningTotal(v) });
    } else if (v > OUTLIER_FACTOR * usual && v - usual >= OUTLIER_MIN_GAP) {
      found.push({ severity: 'warning', code: 'outlier', sheet: tab, cell: a1(series.col, series.rows[i]), message: FIX.outlier(v, Math.round(usual)) });
    }
    before += v;
  }
  return found;
}

/** Reads and checks one unit's tab (its values, as one read returned them). */
export function readTab(rows: Rows, ctx: TabContext): { reading: TabReading | null; findings: Finding[] } {
  const layout = findLayout(rows);
  if (!layout) {
    return { reading: null, findings: [{ severity: 'error', code: 'header-missing', sheet: ctx.tab, message: FIX.headerMissing(ctx.tab) }] };
  }
  const findings: Finding[] = [];
  const fail = (code: Finding['code'], col: number, row: number, message: string) =>
    findings.push({ severity: 'error', code, sheet: ctx.tab, cell: a1(col, row), message });
  const raw: Record<string, Series> = {};
  for (const { indicator, col } of layout.indicatorCols) raw[indicator] = emptySeries(col);
  const seen = new Map<string, number>();
  const reported = new Map<string, number>();
  const enteredAt = new Map<string, SheetDate>();

  // Plain index loops over precomputed columns: this runs once per row of every tab.
  const cols = layout.indicatorCols.map((c) => c.col);
  const lists = layout.indicatorCols.map((c) => raw[c.indicator]);
  const dateCol = layout.dateCol;
  for (let i = layout.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const row = i + 1;
    const dateCell = r[dateCol];
    let hasFigures = false;
    for (let k = 0; k < cols.length && !hasFigures; k++) hasFigures = !isBlank(r[cols[k]]);
    if (!hasFigures && isBlank(dateCell)) continue;
    const date = readDate(dateCell);
    if (!date) {
      fail('date-invalid', dateCol, row, isBlank(dateCell) ? FIX.dateBlank : FIX.dateInvalid(show(dateCell)));
      continue;
    }
    const first = seen.get(date);
    if (first !== undefined) {
      fail('date-duplicate', dateCol, row, FIX.dateDuplicate(formatVnDate(date), first));
      continue;
    }
    seen.set(date, row);
    if (!hasFigures) continue;
    if ((ctx.start && date < ctx.start) || (ctx.deadline && date > ctx.deadline)) {
      findings.push({
        severity: 'warning',
        code: 'date-outside',
        sheet: ctx.tab,
        cell: a1(dateCol, row),
        message: FIX.dateOutside(formatVnDate(date), ctx.start ? formatVnDate(ctx.start) : '?', ctx.deadline ? formatVnDate(ctx.deadline) : '?'),
      });
      continue;
    }
    if (date > ctx.today) {
      fail('future-entry', dateCol, row, FIX.futureEntry(formatVnDate(date)));
      continue;
    }
    let any = false;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const v = r[col];
      if (typeof v === 'number' && v >= 0 && Number.isInteger(v)) {
        // The common case, without building a reading.
        const list = lists[k];
        list.dates.push(date);
        list.daily.push(v);
        list.rows.push(row);
        any = true;
        continue;
      }
      if (isBlank(v)) continue;
      const n = readNumber(v);
      if (!n.ok) {
        if (n.reason === 'error' && isErrorValue(v)) fail('error-value', col, row, FIX.errorValue(String(v).trim()));
        else if (n.reason === 'ambiguous') fail('not-a-number', col, row, FIX.ambiguousNumber(show(v)));
        else fail('not-a-number', col, row, FIX.notANumber(show(v)));
        continue;
      }
      if (n.value < 0) {
        fail('negative', col, row, FIX.negative(n.value));
        continue;
      }
      if (!Number.isInteger(n.value)) {
        fail('not-integer', col, row, FIX.notInteger(show(v)));
        continue;
      }
      lists[k].dates.push(date);
      lists[k].daily.push(n.value);
      lists[k].rows.push(row);
      any = true;
    }
    if (any) {
      reported.set(date, row);
      const stamp = layout.stampCol >= 0 ? r[layout.stampCol] : null;
      if (isSheetDate(stamp)) enteredAt.set(date, stamp);
    }
  }

  const figures: Record<string, Series> = {};
  for (const [indicator, entered] of Object.entries(raw)) {
    const list = byDate(entered);
    const opening = ctx.openings[indicator] ?? 0;
    if (ctx.mode === 'daily') {
      figures[indicator] = list;
    } else {
      // Running totals: each day's count is the increase over the previous total.
      const series = emptySeries(list.col);
      let previous = opening;
      let previousDate: string | null = null;
      let broken = false;
      for (let i = 0; i < list.dates.length; i++) {
        const value = list.daily[i];
        if (value < previous) {
          if (!broken) {
            fail('cumulative-decrease', list.col, list.rows[i], FIX.cumulativeDecrease(value, previous, previousDate ? formatVnDate(previousDate) : 'đầu kỳ'));
            broken = true;
          }
          continue;
        }
        series.dates.push(list.dates[i]);
        series.daily.push(value - previous);
        series.rows.push(list.rows[i]);
        previous = value;
        previousDate = list.dates[i];
      }
      figures[indicator] = series;
    }
    findings.push(...outliers(ctx.tab, figures[indicator], opening, ctx.mode));
  }
  if (ctx.openingsValid) findings.push(...activatedCheck(ctx, layout, figures));
  return { reading: { layout, figures, reported, enteredAt, findings }, findings };
}

/** Cumulative Kích hoạt may never exceed cumulative Thu nhận: the first date it does. */
function activatedCheck(ctx: TabContext, layout: TabLayout, figures: Record<string, Series>): Finding[] {
  const find = (key: string) => layout.indicatorCols.find(({ indicator }) => normalizeLabel(indicator) === key)?.indicator;
  const collected = find(COLLECTED);
  const activated = find(ACTIVATED);
  if (!collected || !activated) return [];
  // Walk both series (each in date order) together, day by day.
  const c = figures[collected];
  const a = figures[activated];
  let sumC = ctx.openings[collected] ?? 0;
  let sumA = ctx.openings[activated] ?? 0;
  let i = 0;
  let j = 0;
  while (j < a.dates.length) {
    const date = i < c.dates.length && c.dates[i] < a.dates[j] ? c.dates[i] : a.dates[j];
    while (i < c.dates.length && c.dates[i] <= date) sumC += c.daily[i++];
    if (a.dates[j] !== date) continue;
    sumA += a.daily[j];
    if (sumA > sumC) {
      return [{ severity: 'error', code: 'activated-exceeds-collected', sheet: ctx.tab, cell: a1(a.col, a.rows[j]), message: FIX.activatedExceeds(sumA, sumC, formatVnDate(date)) }];
    }
    j++;
  }
  return [];
}
