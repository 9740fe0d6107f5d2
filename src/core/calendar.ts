// Counting days (the campaign's dates that count: not an excluded weekday, not a holiday) and
// due times: figures of day D are due at the cut-off on the next counting day.
import { dayNumber, fromDayNumber } from './dates';

export interface CalendarRules {
  countSaturday: boolean;
  countSunday: boolean;
  holidays: string[];
}

/** "Now" on the wall clock of the campaign's zone. */
export interface LocalMoment {
  /** yyyy-MM-dd */
  date: string;
  /** Minutes after midnight. */
  minutes: number;
}

/** The counting days from day `from` to day `to` (day numbers, both included). */
function countingDayNumbers(from: number, to: number, rules: CalendarRules): number[] {
  const holidays = new Set(rules.holidays.map(dayNumber));
  const days: number[] = [];
  for (let d = from; d <= to; d++) {
    const w = (((d + 4) % 7) + 7) % 7; // 0 = Sunday
    if ((w !== 6 || rules.countSaturday) && (w !== 0 || rules.countSunday) && !holidays.has(d))
      days.push(d);
  }
  return days;
}

/** The counting days from `from` to `to`, both included. */
export function countingDays(from: string, to: string, rules: CalendarRules): string[] {
  return countingDayNumbers(dayNumber(from), dayNumber(to), rules).map(fromDayNumber);
}

/** The next counting day after a date (beyond the deadline too: due times may fall there). */
export function nextCountingDay(date: string, rules: CalendarRules): string {
  const d = dayNumber(date);
  // Within a month, unless a long holiday says otherwise.
  return fromDayNumber(
    countingDayNumbers(d + 1, d + 31, rules)[0] ??
      countingDayNumbers(d + 32, d + 3660, rules)[0] ??
      d + 1,
  );
}

/** Whether the figures of `day` are due at `now` (cut-off on the next counting day has passed). */
export function isDue(
  day: string,
  now: LocalMoment,
  cutoff: number,
  rules: CalendarRules,
): boolean {
  const due = nextCountingDay(day, rules);
  return due < now.date || (due === now.date && now.minutes >= cutoff);
}

/** The latest counting day (from `days`, in order) whose due time is at or before now; null if none. */
export function dataDateAt(
  days: string[],
  now: LocalMoment,
  cutoff: number,
  rules: CalendarRules,
): string | null {
  for (let i = days.length - 1; i >= 0; i--) {
    if (days[i] > now.date) continue;
    if (isDue(days[i], now, cutoff, rules)) return days[i];
  }
  return null;
}

/** The k-th counting day after a date (k ≥ 1), looked for within 3,660 calendar days (about ten years); else null. */
export function countingDaysAfter(
  date: string | null,
  rules: CalendarRules,
): (k: number) => string | null {
  let days: number[] | null = null;
  return (k) => {
    if (date === null) return null;
    days ??= countingDayNumbers(dayNumber(date) + 1, dayNumber(date) + 3660, rules);
    return k <= days.length ? fromDayNumber(days[k - 1]) : null;
  };
}
