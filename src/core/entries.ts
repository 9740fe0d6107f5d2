// A unit's tab: find the header, read one row per date, and check every entry. Bad cells
// become findings and are left out; the valid rows are what the summary counts.
import { dayNumber, formatVnDate, fromDayNumber, readDay } from './dates';
import type { Finding } from './findings';
import { a1 } from './findings';
import { FIX } from './messages';
import type { EntryMode } from './settings';
import { cellText, normalizeLabel } from './text';
import { ACTIVATED, COLLECTED, canonical } from './units';
import type { CellValue, Rows } from './values';
import { isBlank, isErrorValue, isSheetDate, readNumber } from './values';

export const DATE_HEADER = 'Ngày';
export const NOTE_HEADER = 'Ghi chú';
export const STAMP_HEADER = 'Cập nhật lúc';
const HEADER_SEARCH_ROWS = 10;
const LABEL_MAX = 40;
const DATE_KEY = normalizeLabel(DATE_HEADER);

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

/**
 * The first row among the first ten with a `Ngày` cell (of at most LABEL_MAX characters: the
 * title and help rows above the header hold long, unique text, and folding it cost more than the
 * rest of the search) and at least one indicator.
 */
export function findLayout(rows: Rows): TabLayout | null {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
    if (
      !rows[i].some(
        (v) => typeof v === 'string' && v.length <= LABEL_MAX && normalizeLabel(v) === DATE_KEY,
      )
    )
      continue;
    const keys = rows[i].map((v) => (typeof v === 'string' ? normalizeLabel(v) : ''));
    const dateCol = keys.indexOf(DATE_KEY);
    const special = new Set([
      DATE_KEY,
      normalizeLabel(NOTE_HEADER),
      normalizeLabel(STAMP_HEADER),
      '',
    ]);
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
 * One indicator's valid figures in date order, as parallel typed arrays: a province holds a
 * million of them, and typed arrays keep them out of the garbage collector's way.
 */
export interface Series {
  /** Days since 1970-01-01 (see dayNumber), ascending. */
  days: Int32Array;
  /** Each day's own count (in running-total mode, the increase over the previous total). */
  daily: Float64Array;
  /** 1-based sheet rows the figures are on. */
  rows: Int32Array;
  /** The 0-based column of the indicator. */
  col: number;
}

/** A Series being filled: arrays sized for every row of the tab, `n` of them used. */
interface Filling {
  days: Int32Array;
  daily: Float64Array;
  rows: Int32Array;
  n: number;
  col: number;
}

/**
 * Typed arrays of `capacity` elements carved from one buffer, which is cheaper than a buffer
 * each: `floats` Float64Arrays, then `ints` Int32Arrays.
 */
function carve(
  capacity: number,
  floats: number,
  ints: number,
): { floats: Float64Array[]; ints: Int32Array[] } {
  const buffer = new ArrayBuffer(capacity * (8 * floats + 4 * ints));
  const f = Array.from(
    { length: floats },
    (_, i) => new Float64Array(buffer, 8 * capacity * i, capacity),
  );
  const base = 8 * capacity * floats;
  return {
    floats: f,
    ints: Array.from(
      { length: ints },
      (_, i) => new Int32Array(buffer, base + 4 * capacity * i, capacity),
    ),
  };
}

/** The used part, reordered by day (stable) when the tab's rows are not in date order. */
function finish(f: Filling): Series {
  const days = f.days.subarray(0, f.n);
  let sorted = true;
  for (let i = 1; i < f.n && sorted; i++) sorted = days[i - 1] <= days[i];
  if (sorted)
    return { days, daily: f.daily.subarray(0, f.n), rows: f.rows.subarray(0, f.n), col: f.col };
  const order = Array.from(days.keys()).sort((a, b) => days[a] - days[b] || a - b);
  return {
    days: Int32Array.from(order, (i) => days[i]),
    daily: Float64Array.from(order, (i) => f.daily[i]),
    rows: Int32Array.from(order, (i) => f.rows[i]),
    col: f.col,
  };
}

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
}

function show(v: CellValue | undefined): string {
  if (isSheetDate(v)) return formatVnDate(v.date);
  return cellText(v);
}

/** The median; sorts `s` (an integer typed array sorts fast, without a comparator). */
function median(s: Uint32Array): number {
  s.sort();
  const m = s.length >> 1;
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
  const { daily } = series;
  // Either warning needs a figure of at least five usual days. When more than half of the
  // positive days exceed a fifth of the largest, the usual day (their median) does too: nothing
  // can be flagged, and the median is not needed.
  let max = 0;
  for (let i = 0; i < daily.length; i++) if (daily[i] > max) max = daily[i];
  let count = 0;
  let above = 0;
  for (let i = 0; i < daily.length; i++) if (daily[i] > 0 && (count++, daily[i] > max / 5)) above++;
  if (count < OUTLIER_HISTORY || 2 * above > count) return [];
  // Figures are whole numbers; one beyond 2^32 (an ID typed as a figure) counts as 2^32 - 1.
  const positive = new Uint32Array(count);
  count = 0;
  for (let i = 0; i < daily.length; i++)
    if (daily[i] > 0) positive[count++] = Math.min(daily[i], 0xffffffff);
  const usual = median(positive);
  // About a running total: at least five usual days' worth, and within three of them above it.
  const near = (v: number, total: number) =>
    total >= 5 * usual && v >= total && v <= total + 3 * usual;
  const found: Finding[] = [];
  let before = 0;
  for (let i = 0; i < daily.length; i++) {
    const v = daily[i];
    const runningTotal = mode === 'daily' && (near(v, before) || near(v, before + opening));
    if (runningTotal) {
      found.push({
        severity: 'warning',
        code: 'outlier',
        sheet: tab,
        cell: a1(series.col, series.rows[i]),
        message: FIX.runningTotal(v),
      });
    } else if (v > OUTLIER_FACTOR * usual && v - usual >= OUTLIER_MIN_GAP) {
      found.push({
        severity: 'warning',
        code: 'outlier',
        sheet: tab,
        cell: a1(series.col, series.rows[i]),
        message: FIX.outlier(v, Math.round(usual)),
      });
    }
    before += v;
  }
  return found;
}

const vnDay = (day: number) => formatVnDate(fromDayNumber(day));

type Fail = (code: Finding['code'], col: number, row: number, message: string) => void;

/**
 * The value of a figure cell that is not a plain whole number: text written the Vietnamese way,
 * or null after a finding (or for a blank cell). Kept out of the row loop, which stays small.
 */
function slowFigure(v: CellValue, col: number, row: number, fail: Fail): number | null {
  if (isBlank(v)) return null;
  const n = readNumber(v);
  if (!n.ok) {
    if (n.reason === 'error' && isErrorValue(v))
      fail('error-value', col, row, FIX.errorValue(String(v).trim()));
    else if (n.reason === 'ambiguous') fail('not-a-number', col, row, FIX.ambiguousNumber(show(v)));
    else fail('not-a-number', col, row, FIX.notANumber(show(v)));
  } else if (n.value < 0) fail('negative', col, row, FIX.negative(n.value));
  else if (!Number.isInteger(n.value)) fail('not-integer', col, row, FIX.notInteger(show(v)));
  else return n.value;
  return null;
}

/** Reads and checks one unit's tab (its values, as one read returned them). */
export function readTab(
  rows: Rows,
  ctx: TabContext,
): { reading: TabReading | null; findings: Finding[] } {
  const layout = findLayout(rows);
  if (!layout) {
    return {
      reading: null,
      findings: [
        {
          severity: 'error',
          code: 'header-missing',
          sheet: ctx.tab,
          message: FIX.headerMissing(ctx.tab),
        },
      ],
    };
  }
  const findings: Finding[] = [];
  const fail: Fail = (code, col, row, message) =>
    findings.push({ severity: 'error', code, sheet: ctx.tab, cell: a1(col, row), message });
  // Every array is sized for all the rows below the header, so nothing grows row by row.
  const capacity = Math.max(0, rows.length - layout.headerRow);
  const cols = layout.indicatorCols.map((c) => c.col);
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
        const d = readDay(rows[j][dateCol]);
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
  const dateProblem = (
    day: number | null,
    row: number,
    dateCell: CellValue,
    first: number,
  ): void => {
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
    const day = typeof dateCell === 'object' && dateCell ? dateCell.day : readDay(dateCell);
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
        typeof v === 'number' && v >= 0 && v % 1 === 0 ? v : slowFigure(v, cols[c], i + 1, fail);
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
      enteredAt[reportedCount++] =
        typeof stamp === 'object' && stamp ? stamp.day * 1440 + stamp.minutes : NaN;
    }
  }

  const figures: Record<string, Series> = {};
  layout.indicatorCols.forEach(({ indicator }, i) => {
    const list = finish(lists[i]);
    const opening = ctx.openings[indicator] ?? 0;
    if (ctx.mode === 'daily') {
      figures[indicator] = list;
    } else {
      // Running totals: each day's count is the increase over the previous total (written in
      // place: the output never runs ahead of the input).
      let previous = opening;
      let previousDay: number | null = null;
      let broken = false;
      let n = 0;
      for (let i = 0; i < list.days.length; i++) {
        const value = list.daily[i];
        if (value < previous) {
          if (!broken) {
            fail(
              'cumulative-decrease',
              list.col,
              list.rows[i],
              FIX.cumulativeDecrease(
                value,
                previous,
                previousDay !== null ? vnDay(previousDay) : 'đầu kỳ',
              ),
            );
            broken = true;
          }
          continue;
        }
        list.days[n] = list.days[i];
        list.daily[n] = value - previous;
        list.rows[n++] = list.rows[i];
        previous = value;
        previousDay = list.days[i];
      }
      figures[indicator] = {
        days: list.days.subarray(0, n),
        daily: list.daily.subarray(0, n),
        rows: list.rows.subarray(0, n),
        col: list.col,
      };
    }
    findings.push(...outliers(ctx.tab, figures[indicator], opening, ctx.mode));
  });
  if (ctx.openingsValid) findings.push(...activatedCheck(ctx, layout, figures));
  const byDay = finish({
    days: reported,
    daily: enteredAt,
    rows: reported,
    n: reportedCount,
    col: 0,
  });
  return {
    reading: { layout, figures, reported: byDay.days, enteredAt: byDay.daily, findings },
    findings,
  };
}

/** Cumulative Kích hoạt may never exceed cumulative Thu nhận: the first date it does. */
function activatedCheck(
  ctx: TabContext,
  layout: TabLayout,
  figures: Record<string, Series>,
): Finding[] {
  const find = (key: string) =>
    layout.indicatorCols.find(({ indicator }) => normalizeLabel(indicator) === key)?.indicator;
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
  while (j < a.days.length) {
    const day = i < c.days.length && c.days[i] < a.days[j] ? c.days[i] : a.days[j];
    while (i < c.days.length && c.days[i] <= day) sumC += c.daily[i++];
    if (a.days[j] !== day) continue;
    sumA += a.daily[j];
    if (sumA > sumC) {
      return [
        {
          severity: 'error',
          code: 'activated-exceeds-collected',
          sheet: ctx.tab,
          cell: a1(a.col, a.rows[j]),
          message: FIX.activatedExceeds(sumA, sumC, vnDay(day)),
        },
      ];
    }
    j++;
  }
  return [];
}
