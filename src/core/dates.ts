// Calendar dates as yyyy-MM-dd strings and day numbers, times of day as minutes: no time zones,
// no clock. The one home of day arithmetic.
import { memoize } from './memo';
import type { CellValue, SheetDate } from './values';
import { isSheetDate } from './values';

export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

/** Days since 1970-01-01 of a yyyy-MM-dd date. */
export const dayNumber = memoize((date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}, 20_000);

const dayTexts = new Map<number, string>();

/** The yyyy-MM-dd date of a day number. */
export function fromDayNumber(n: number): string {
  let text = dayTexts.get(n);
  if (text === undefined) {
    if (dayTexts.size >= 20_000) dayTexts.clear();
    dayTexts.set(n, (text = new Date(n * DAY_MS).toISOString().slice(0, 10)));
  }
  return text;
}

/** A SheetDate from its calendar date (yyyy-MM-dd) and time of day (HH:mm[:ss]). */
export function sheetDate(date: string, time = '00:00'): SheetDate {
  const [h, mi] = time.split(':').map(Number);
  return { kind: 'date', date, day: dayNumber(date), minutes: h * 60 + mi };
}

/** "13/07/2023" */
export function formatVnDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "thứ Hai 17/07/2023": the day named, where "tomorrow" would be wrong (over a weekend). */
export function formatVnWeekday(date: string): string {
  const w = (((dayNumber(date) + 4) % 7) + 7) % 7; // day 0 (1970-01-01) was a Thursday
  return `${WEEKDAYS[w]} ${formatVnDate(date)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1])) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function parseDateText(s: string): string | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return valid(+m[3], +m[2], +m[1]);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  return null;
}

/** Text dates repeat across tabs: each distinct text is parsed once. */
const parsed = memoize(parseDateText, 20_000);

/** A date from a date cell or text "dd/MM/yyyy" (also "d/M/yyyy", "dd-MM-yyyy", "yyyy-MM-dd"). */
export function readDate(v: CellValue | undefined): string | null {
  if (isSheetDate(v)) return v.date;
  if (typeof v !== 'string') return null;
  return parsed(v.trim());
}

/** readDate as a day number (days since 1970-01-01). */
export function readDay(v: CellValue | undefined): number | null {
  if (isSheetDate(v)) return v.day;
  const date = readDate(v);
  return date === null ? null : dayNumber(date);
}

/** Sheets counts dates in days since 30/12/1899: day 25569 is 01/01/1970. */
const SERIAL_EPOCH = 25569;
/** Serial numbers read as dates: 01/01/2000 (36526) to 31/12/2099 (73050). */
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73050;

/**
 * The day of a date column's cell: a date cell, text "dd/MM/yyyy", or a Sheets serial number
 * (what the Sheets API returns for a date asked for as SERIAL_NUMBER; a number outside
 * 2000–2099 is no date). null when it is none of these.
 */
export function cellDay(v: CellValue | undefined): number | null {
  if (typeof v === 'number')
    return v >= SERIAL_MIN && v < SERIAL_MAX + 1 ? Math.floor(v) - SERIAL_EPOCH : null;
  return readDay(v);
}

/** Minutes since 1970-01-01 00:00 on the zone's wall clock of a date-time cell or serial; NaN if none. */
export function cellMinutes(v: CellValue | undefined): number {
  if (isSheetDate(v)) return v.day * MINUTES_PER_DAY + v.minutes;
  if (typeof v === 'number' && v >= SERIAL_MIN && v < SERIAL_MAX + 1)
    // Whole minutes, as a date cell read through getValues gives them.
    return Math.floor((v - SERIAL_EPOCH) * MINUTES_PER_DAY + 1e-6);
  return NaN;
}

/** Minutes after midnight from a time cell or text "HH:mm" ("7:30", "07h30"). */
export function readTime(v: CellValue | undefined): number | null {
  if (isSheetDate(v)) return v.minutes;
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})$/.exec(v.trim());
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return +m[1] * 60 + +m[2];
}

/** "07:30" from minutes after midnight. */
export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "13/07": a day of the campaign, whose year the message or sheet already gives. */
export function shortDate(date: string): string {
  const [, m, d] = date.split('-');
  return `${d}/${m}`;
}
