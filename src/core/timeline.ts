// The campaign's days seen from a data date: the pace window, the counting days left until any
// deadline, and the days due for reporting by now. Shared by every unit and group.
import type { LocalMoment } from './calendar';
import { countingDays, countingDaysAfter, isDue, nextCountingDay } from './calendar';
import type { Campaign } from './campaign';
import { lastDeadline } from './campaign';
import { MINUTES_PER_DAY, dayNumber } from './dates';

/** The due counting days up to a deadline (day numbers), and when the last of them is late. */
export interface Due {
  days: Int32Array;
  /** The minute (since 1970-01-01 on the zone's wall clock) after which the last is late. */
  lateAfter: number;
}

export interface Timeline {
  asOf: string | null;
  /** asOf as a day number. */
  asOfDay: number | null;
  /** The counting day N counting days before asOf (a day number); null when the window reaches the start. */
  baseDay: number | null;
  /** Counting days from the start through asOf (inclusive). */
  elapsed: number;
  /** Counting days in the pace window: N, or fewer at the start. */
  window: number;
  /** Counting days after the data date, through a deadline. */
  daysLeftTo(deadline: string): number;
  /** The due counting days of a unit with this deadline (see Due). */
  dueDays(deadline: string): Due;
  /** The k-th counting day after the data date. */
  dayAfter(k: number): string | null;
}

/** The campaign's timeline at the data date `asOf`; `now` decides which days are due. */
export function timeline(campaign: Campaign, asOf: string | null, now: LocalMoment): Timeline {
  const s = campaign.settings;
  const days = countingDays(s.start!, lastDeadline(campaign)!, s);
  const elapsedDays = asOf === null ? [] : days.filter((d) => d <= asOf);
  const base =
    elapsedDays.length > s.paceWindow ? elapsedDays[elapsedDays.length - 1 - s.paceWindow] : null;
  // Per deadline, computed once: units mostly share the campaign's.
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
  // Days whose figures are due at `now` (an explicit as-of date may be later than the last one).
  const dueNow = new Set(days.filter((d) => d <= now.date && isDue(d, now, s.cutoff, s)));
  const dueByDeadline = new Map<string, Due>();
  const dueDays = (deadline: string): Due => {
    let due = dueByDeadline.get(deadline);
    if (!due) {
      const lastDue = asOf === null ? null : asOf < deadline ? asOf : deadline;
      const list = lastDue === null ? [] : days.filter((d) => d <= lastDue && dueNow.has(d));
      const last = list[list.length - 1];
      const lateAfter =
        last === undefined
          ? Infinity
          : dayNumber(nextCountingDay(last, s)) * MINUTES_PER_DAY + s.cutoff;
      dueByDeadline.set(deadline, (due = { days: Int32Array.from(list, dayNumber), lateAfter }));
    }
    return due;
  };
  return {
    asOf,
    asOfDay: asOf === null ? null : dayNumber(asOf),
    baseDay: base === null ? null : dayNumber(base),
    elapsed: elapsedDays.length,
    window: Math.min(s.paceWindow, elapsedDays.length),
    daysLeftTo,
    dueDays,
    dayAfter: countingDaysAfter(asOf, s),
  };
}
