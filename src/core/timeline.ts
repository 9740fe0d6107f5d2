// The campaign's days seen from a data date: the pace window, the counting days left until any
// deadline, and the days due for reporting by now, for each reporting rhythm (daily, weekly,
// monthly). Shared by every unit and group.
import type { LocalMoment } from './calendar';
import { countingDays, countingDaysAfter, isDue, nextCountingDay } from './calendar';
import type { Campaign } from './campaign';
import { lastDeadline } from './campaign';
import { MINUTES_PER_DAY, dayNumber, fromDayNumber } from './dates';
import type { Rounding } from './settings';
import type { Frequency } from './units';

/** The due reporting days up to a deadline (day numbers), and when the last of them is late. */
export interface Due {
  days: Int32Array;
  /** The minute (since 1970-01-01 on the zone's wall clock) after which the last is late. */
  lateAfter: number;
}

/** Where a pace is measured from: the day before the window (null: the start) and its length. */
export interface PaceWindow {
  baseDay: number | null;
  /** Counting days in the window. */
  window: number;
}

export interface Timeline {
  asOf: string | null;
  /** asOf as a day number. */
  asOfDay: number | null;
  /** Counting days from the start through asOf (inclusive). */
  elapsed: number;
  rounding: Rounding;
  /** Counting days after the data date, through a deadline. */
  daysLeftTo(deadline: string): number;
  /** The due reporting days of a unit with this deadline and rhythm (see Due). */
  dueDays(deadline: string, frequency: Frequency): Due;
  /**
   * The pace window of a rhythm: the last N reporting days up to the data date (N counting days
   * for a daily unit, N weeks for a weekly one…), or since the start when fewer have passed.
   */
  paceWindow(frequency: Frequency): PaceWindow;
  /** The k-th counting day after the data date. */
  dayAfter(k: number): string | null;
}

const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7; // day 0 (1970-01-01): Thursday

/**
 * The day of the rhythm on or before `day` (a day number): the last such weekday, or the last
 * such day of a month.
 */
function anchorOf(day: number, f: Exclude<Frequency, { kind: 'daily' }>): number {
  if (f.kind === 'weekly') return day - ((weekdayOf(day) - f.weekday + 7) % 7);
  const [y, m, d] = fromDayNumber(day).split('-').map(Number);
  const [year, month] = d >= f.day ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  return dayNumber(`${year}-${String(month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`);
}

/**
 * A rhythm's reporting days among the counting days: every one for a daily unit; else, for
 * each weekday or day of the month from the campaign's start on, the first counting day on or
 * after it
 * (so a weekly Sunday report falls on Monday when Sundays do not count).
 */
export function reportingDays(days: string[], f: Frequency, from: string): string[] {
  if (f.kind === 'daily' || days.length === 0) return days;
  const start = dayNumber(from);
  const out: string[] = [];
  let last: number | null = null;
  for (const d of days) {
    const anchor = anchorOf(dayNumber(d), f);
    if (anchor < start || anchor === last) continue;
    last = anchor;
    out.push(d);
  }
  return out;
}

const keyOf = (f: Frequency) =>
  f.kind === 'daily' ? 'd' : f.kind === 'weekly' ? `w${f.weekday}` : `m${f.day}`;

/** The campaign's timeline at the data date `asOf`; `now` decides which days are due. */
export function timeline(campaign: Campaign, asOf: string | null, now: LocalMoment): Timeline {
  const s = campaign.settings;
  const days = countingDays(s.start!, lastDeadline(campaign)!, s);
  const elapsedDays = asOf === null ? [] : days.filter((d) => d <= asOf);
  const position = new Map(days.map((d, i) => [d, i]));
  // Per deadline and rhythm, computed once: units mostly share the campaign's.
  const left = new Map<string, number>();
  const daysLeftTo = (deadline: string) => {
    let n = left.get(deadline);
    if (n === undefined)
      left.set(
        deadline,
        (n = days.filter((d) => (asOf === null || d > asOf) && d <= deadline).length),
      );
    return n;
  };
  const byRhythm = new Map<string, string[]>();
  const rhythm = (f: Frequency) => {
    let list = byRhythm.get(keyOf(f));
    if (!list) byRhythm.set(keyOf(f), (list = reportingDays(days, f, s.start!)));
    return list;
  };
  // Days whose figures are due at `now` (an explicit as-of date may be later than the last one).
  const dueNow = new Set(days.filter((d) => d <= now.date && isDue(d, now, s.cutoff, s)));
  const dueCache = new Map<string, Due>();
  const dueDays = (deadline: string, f: Frequency): Due => {
    const key = `${deadline}|${keyOf(f)}`;
    let due = dueCache.get(key);
    if (!due) {
      const lastDue = asOf === null ? null : asOf < deadline ? asOf : deadline;
      const list = lastDue === null ? [] : rhythm(f).filter((d) => d <= lastDue && dueNow.has(d));
      const last = list[list.length - 1];
      const lateAfter =
        last === undefined
          ? Infinity
          : dayNumber(nextCountingDay(last, s)) * MINUTES_PER_DAY + s.cutoff;
      dueCache.set(key, (due = { days: Int32Array.from(list, dayNumber), lateAfter }));
    }
    return due;
  };
  const paceWindow = (f: Frequency): PaceWindow => {
    const own = asOf === null ? [] : rhythm(f).filter((d) => d <= asOf);
    if (own.length <= s.paceWindow) return { baseDay: null, window: elapsedDays.length };
    const base = own[own.length - 1 - s.paceWindow];
    return {
      baseDay: dayNumber(base),
      window: elapsedDays.length - 1 - position.get(base)!,
    };
  };
  return {
    asOf,
    asOfDay: asOf === null ? null : dayNumber(asOf),
    elapsed: elapsedDays.length,
    rounding: s.rounding,
    daysLeftTo,
    dueDays,
    paceWindow,
    dayAfter: countingDaysAfter(asOf, s),
  };
}
