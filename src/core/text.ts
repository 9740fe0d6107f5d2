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

/** Characters that take no room on screen: they make names look alike that are not. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below), as NFD writes them. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => {
      // A word keeps its tone, wherever it was typed on the vowels (the old "Hoà, Thuỷ" and the
      // new "Hòa, Thủy" are one name); "Tân" and "Tấn" stay two.
      const tones = (word.match(TONES) ?? []).sort().join('');
      return word.replace(TONES, '') + tones;
    })
    .join(' ')
    .normalize('NFC');
}

const foldedName = memoize(foldName, 50_000);

/**
 * The key a unit's, a tab's or a group's name is matched by: case, Unicode form, spaces,
 * invisible characters and where a tone mark sits are ignored; the marks themselves are not
 * ("Tấn Hòa" and "Tân Hòa" are two communes; "Long Hoà" is "Long Hòa").
 */
export function nameKey(value: unknown): string {
  return foldedName(String(value ?? ''));
}

export function sameName(a: unknown, b: unknown): boolean {
  return nameKey(a) === nameKey(b);
}

/** A name as a message shows it: invisible characters made visible ("Xã A⟨U+200B⟩"). */
export function visible(name: string): string {
  return name.replace(
    INVISIBLE,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
