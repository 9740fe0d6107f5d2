// Checks across a unit's figures, once its rows are read: running totals that go down, a
// daily figure far outside the unit's own history, activations above collections.
import { a1 } from './a1';
import { formatVnDate, fromDayNumber } from './dates';
import type { Finding } from './findings';
import { FIX } from './messages';
import type { Series } from './series';
import type { EntryMode } from './settings';
import type { TabLayout } from './tab-layout';
import { sameLabel } from './text';
import { BACKLOG_PAIR } from './vocabulary';

export const vnDay = (day: number): string => formatVnDate(fromDayNumber(day));

/**
 * The totals to keep: the longest run that never goes down (from the opening balance), the
 * earliest such when several are as long. One total out of line (an extra digit) is left out,
 * not every correct total after it.
 */
function keptTotals(totals: Float64Array, opening: number): number[] {
  const n = totals.length;
  let sorted = totals[0] === undefined || totals[0] >= opening;
  for (let i = 1; i < n && sorted; i++) sorted = totals[i] >= totals[i - 1];
  if (sorted) return Array.from({ length: n }, (_, i) => i);
  // longest[i]: the longest run that never goes down, starting at total i.
  const longest = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    longest[i] = 1;
    for (let j = i + 1; j < n; j++)
      if (totals[j] >= totals[i] && longest[j] + 1 > longest[i]) longest[i] = longest[j] + 1;
  }
  let need = 0;
  for (let i = 0; i < n; i++) if (totals[i] >= opening && longest[i] > need) need = longest[i];
  const kept: number[] = [];
  let floor = opening;
  for (let i = 0; i < n && need > 0; i++) {
    if (totals[i] < floor || longest[i] !== need) continue;
    kept.push(i);
    floor = totals[i];
    need--;
  }
  return kept;
}

/**
 * Running totals to daily counts: each day's count is the increase over the previous total,
 * written in place (the output never runs ahead of the input). A total out of line with the
 * others is a finding at its own cell and left out (see keptTotals).
 */
export function runningTotalsToDaily(
  tab: string,
  list: Series,
  opening: number,
): { series: Series; findings: Finding[] } {
  const kept = keptTotals(list.daily, opening);
  const findings: Finding[] = [];
  let k = 0;
  for (let i = 0; i < list.days.length; i++) {
    if (kept[k] === i) {
      k++;
      continue;
    }
    // Compared with the total kept before it, or, being above that, with the one kept after.
    const before = k > 0 ? kept[k - 1] : -1;
    const beforeTotal = before < 0 ? opening : list.daily[before];
    const after = kept[k];
    const [other, otherDay] =
      list.daily[i] < beforeTotal || after === undefined
        ? [beforeTotal, before < 0 ? 'đầu kỳ' : `của ngày ${vnDay(list.days[before])}`]
        : [list.daily[after], `của ngày ${vnDay(list.days[after])}`];
    findings.push({
      severity: 'error',
      code: 'cumulative-decrease',
      sheet: tab,
      cell: a1(list.col, list.rows[i]),
      message: FIX.cumulativeDecrease(list.daily[i], other, otherDay),
    });
  }
  let previous = opening;
  kept.forEach((i, n) => {
    const total = list.daily[i];
    list.days[n] = list.days[i];
    list.daily[n] = total - previous;
    list.rows[n] = list.rows[i];
    previous = total;
  });
  const n = kept.length;
  return {
    series: {
      days: list.days.subarray(0, n),
      daily: list.daily.subarray(0, n),
      rows: list.rows.subarray(0, n),
      col: list.col,
    },
    findings,
  };
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
export function outliers(tab: string, series: Series, opening: number, mode: EntryMode): Finding[] {
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
  const warn = (i: number, message: string) =>
    found.push({
      severity: 'warning',
      code: 'outlier',
      sheet: tab,
      cell: a1(series.col, series.rows[i]),
      message,
    });
  let before = 0;
  for (let i = 0; i < daily.length; i++) {
    const v = daily[i];
    if (mode === 'daily' && (near(v, before) || near(v, before + opening)))
      warn(i, FIX.runningTotal(v));
    else if (v > OUTLIER_FACTOR * usual && v - usual >= OUTLIER_MIN_GAP)
      warn(i, FIX.outlier(v, Math.round(usual)));
    before += v;
  }
  return found;
}

/** Cumulative Kích hoạt may never exceed cumulative Thu nhận: the first date it does. */
export function activatedCheck(
  tab: string,
  layout: TabLayout,
  figures: Record<string, Series>,
  openings: Record<string, number>,
): Finding[] {
  const find = (name: string) =>
    layout.indicatorCols.find(({ indicator }) => sameLabel(indicator, name))?.indicator;
  const collected = find(BACKLOG_PAIR.collected);
  const activated = find(BACKLOG_PAIR.activated);
  if (!collected || !activated) return [];
  // Walk both series (each in date order) together, day by day.
  const c = figures[collected];
  const a = figures[activated];
  let sumC = openings[collected] ?? 0;
  let sumA = openings[activated] ?? 0;
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
          sheet: tab,
          cell: a1(a.col, a.rows[j]),
          message: FIX.activatedExceeds(sumA, sumC, vnDay(day)),
        },
      ];
    }
    j++;
  }
  return [];
}
