// Matching labels and names the way people type them: ignoring case, Vietnamese diacritics
// (composed or decomposed), surrounding and repeated spaces.

import { memoize } from './memo';

/** "  Ngày  bắt đầu " and "ngay bat dau" both give "ngay bat dau". */
export function normalizeLabel(value: unknown): string {
  return folded(String(value ?? ''));
}

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

export function sameLabel(a: unknown, b: unknown): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/** The text of a cell, trimmed, composed (NFC) and with runs of spaces folded. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}
