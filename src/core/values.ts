// Cell values as the core sees them: the port turns sheet Dates into calendar dates and times
// in the spreadsheet's zone, so nothing here depends on a time zone.

/** A date (and time of day) read from a date cell, in the spreadsheet's zone. */
export interface SheetDate {
  kind: 'date';
  /** yyyy-MM-dd */
  date: string;
  /** `date` as days since 1970-01-01: what the per-row code compares. */
  day: number;
  /** The time of day, in whole minutes after midnight. */
  minutes: number;
}

export type CellValue = string | number | boolean | SheetDate | null;
export type Rows = CellValue[][];

export function isSheetDate(v: unknown): v is SheetDate {
  return typeof v === 'object' && v !== null && (v as SheetDate).kind === 'date';
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const ERROR_VALUES = [
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
];

export function isErrorValue(v: CellValue | undefined): v is string {
  return typeof v === 'string' && ERROR_VALUES.includes(v.trim());
}

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'text' | 'ambiguous' | 'error' | 'date' | 'boolean' };

/**
 * A number from a cell: a number cell, or text written the Vietnamese way where it is
 * unambiguous ("1.234" = 1234, "12,5" = 12.5, " 120 " = 120, "１２０" = 120). "1,234" could be
 * either and is refused as ambiguous; "35 15" is not a number.
 */
export function readNumber(v: CellValue | undefined): NumberReading {
  if (typeof v === 'number')
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: 'error' };
  if (typeof v === 'boolean') return { ok: false, reason: 'boolean' };
  if (isSheetDate(v)) return { ok: false, reason: 'date' };
  if (isErrorValue(v)) return { ok: false, reason: 'error' };
  // Full-width digits (１２) are digits; spaces around a number are nothing, but inside it they
  // are no thousands separator ("35 15" is two numbers, not 3515).
  const s = String(v ?? '')
    .normalize('NFKC')
    .replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  const sign = s.startsWith('-') ? -1 : 1;
  const body = s.replace(/^[+-]/, '');
  if (/^\d+$/.test(body)) return { ok: true, value: sign * Number(body) };
  if (/^\d{1,3}(\.\d{3})+$/.test(body))
    return { ok: true, value: sign * Number(body.replace(/\./g, '')) };
  if (/^\d{1,3}(\.\d{3})*,\d+$/.test(body)) {
    if (/^\d{1,3},\d{3}$/.test(body)) return { ok: false, reason: 'ambiguous' };
    return { ok: true, value: sign * Number(body.replace(/\./g, '').replace(',', '.')) };
  }
  if (/^\d+,\d+$/.test(body) && !/^\d+,\d{3}$/.test(body))
    return { ok: true, value: sign * Number(body.replace(',', '.')) };
  if (/^\d+\.\d+$/.test(body) && !/^\d{1,3}\.\d{3}$/.test(body))
    return { ok: true, value: sign * Number(body) };
  if (/^\d+,\d{3}$/.test(body)) return { ok: false, reason: 'ambiguous' };
  return { ok: false, reason: 'text' };
}

/** A whole number of at least `min` from a cell (see readNumber), or null. */
export function readWhole(v: CellValue | undefined, min: number): number | null {
  const n = readNumber(v);
  return n.ok && Number.isInteger(n.value) && n.value >= min ? n.value : null;
}

/**
 * An object keyed by text a person typed (an indicator's name): without a prototype, so a name
 * like "__proto__", "constructor" or "toString" is a key like any other.
 */
export function byName<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
