// Matching labels and names the way people type them (ignoring case, Vietnamese diacritics,
// composed or decomposed, surrounding and repeated spaces), and showing a cell back to them.
import { formatVnDate } from './dates';
import { memoize } from './memo';
import type { CellValue } from './values';
import { isSheetDate } from './values';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const folded = memoize(fold, 50_000);

/** "  Ngày  bắt đầu " and "ngay bat dau" both give "ngay bat dau". */
export function normalizeLabel(value: unknown): string {
  return folded(String(value ?? ''));
}

/** Whether two labels or names are the same as people mean them (see normalizeLabel). */
export function sameLabel(a: unknown, b: unknown): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/** The text of a cell, trimmed, composed (NFC) and with runs of spaces folded. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A cell as a person sees it in a message: a date as dd/MM/yyyy, anything else as text. */
export function show(v: CellValue | undefined): string {
  if (isSheetDate(v)) return formatVnDate(v.date);
  return cellText(v);
}
