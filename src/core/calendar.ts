// Counting days: the dates of the campaign that count (not an excluded weekday, not a holiday).
import { dayNumber, fromDayNumber } from './dates';

export interface CalendarRules {
  countSaturday: boolean;
  countSunday: boolean;
  holidays: string[];
}

/** The counting days from day `from` to day `to` (day numbers, both included). */
export function countingDayNumbers(from: number, to: number, rules: CalendarRules): number[] {
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
