// How the local spreadsheet stores a cell, and how values cross between script and sheet the
// way Apps Script converts them (dates as wall-clock time in the spreadsheet's zone, strings
// parsed like typed input, error cells read as their code).
import { fromWall, toWall } from './tz';

/** A date/time cell: the wall-clock time it shows, as ms of a UTC clock showing the same. */
export class WallDate {
  constructor(readonly wall: number) {}
}

/** An error cell (#N/A, #REF!, #DIV/0!, #VALUE!, #NAME?, #NUM!, #NULL!, #ERROR!). */
export class ErrorCell {
  constructor(readonly code: string) {}
}

export type Stored = string | number | boolean | WallDate | ErrorCell;

export const ERROR_CODES = [
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
];

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** What a script reads from a stored cell (a fresh Date each time, as Apps Script gives). */
export function toScript(v: Stored, tz: string): string | number | boolean | Date {
  if (v instanceof WallDate) return new Date(fromWall(tz, v.wall));
  if (v instanceof ErrorCell) return v.code;
  return v;
}

export interface Written {
  value: Stored;
  formula?: string;
}

/**
 * Day 0 of Sheets' date serial numbers, 30/12/1899: a cell holding only a time is a date-time
 * on that day (Sheets API, DateTimeRenderOption SERIAL_NUMBER: "the whole number portion of
 * the value counts the days since December 30th 1899"; https://developers.google.com/sheets/
 * api/reference/rest/v4/DateTimeRenderOption). As any date, it is wall time in the
 * spreadsheet's zone, whose offset that day may be local mean time (Asia/Ho_Chi_Minh: +07:06:30).
 */
export const EPOCH_1899 = Date.UTC(1899, 11, 30);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?';
const DMY = new RegExp(`^(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?: ${TIME})?$`);
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?: ${TIME})?$`);
const TIME_ONLY = new RegExp(`^${TIME}$`);

/** ms after midnight of h:mm[:ss], or null when out of range. */
function timeOfDay(h = '0', m = '0', s = '0'): number | null {
  if (+h > 23 || +m > 59 || +s > 59) return null;
  return ((+h * 60 + +m) * 60 + +s) * 1000;
}

function calendarDate(y: number, m: number, d: number, time: number | null = 0): WallDate | null {
  const wall = Date.UTC(y, m - 1, d);
  const check = new Date(wall);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || time === null) return null;
  return new WallDate(wall + time);
}

/**
 * What a script's value becomes in the sheet: like a person typing it (Apps Script's setValue),
 * so "=…" is a formula, "12" a number, "13/07/2023" a date and "13/07/2023 08:00" a date-time
 * in a Vietnamese-locale sheet, "07:30" a time (a date-time on 30/12/1899, see EPOCH_1899), and
 * a leading apostrophe keeps text as text.
 */
export function fromScript(v: unknown, tz: string): Written {
  if (v === null || v === undefined) return { value: '' };
  if (isDate(v)) {
    const t = v.getTime();
    return { value: Number.isNaN(t) ? '' : new WallDate(toWall(tz, t)) };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { value: '', formula: s };
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const dmy = DMY.exec(t);
  if (dmy)
    return {
      value: calendarDate(+dmy[3], +dmy[2], +dmy[1], timeOfDay(dmy[4], dmy[5], dmy[6])) ?? s,
    };
  const iso = ISO.exec(t);
  if (iso)
    return {
      value: calendarDate(+iso[1], +iso[2], +iso[3], timeOfDay(iso[4], iso[5], iso[6])) ?? s,
    };
  const time = TIME_ONLY.exec(t);
  if (time) {
    const ms = timeOfDay(time[1], time[2], time[3]);
    return { value: ms === null ? s : new WallDate(EPOCH_1899 + ms) };
  }
  if (ERROR_CODES.includes(t)) return { value: new ErrorCell(t) };
  return { value: s };
}
