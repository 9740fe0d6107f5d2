// Counting days: the dates of the campaign that count (not an excluded weekday, not a holiday).
import { addDays, weekday } from './dates';

export interface CalendarRules {
  countSaturday: boolean;
  countSunday: boolean;
  holidays: string[];
}

export function isCountingDay(date: string, rules: CalendarRules): boolean {
  const w = weekday(date);
  if (w === 6 && !rules.countSaturday) return false;
  if (w === 0 && !rules.countSunday) return false;
  return !rules.holidays.includes(date);
}

/** The counting days from `from` to `to`, both included. */
export function countingDays(from: string, to: string, rules: CalendarRules): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isCountingDay(d, rules)) days.push(d);
  return days;
}
