// What every e-mail is made of: the message itself, links, text a person typed made safe,
// numbers and dates the Vietnamese way, and the pieces of HTML that every mail client shows
// (tables with inline styles: no external CSS, no images, no scripts).
import type { MailKind } from './vocabulary';
import { MAIL } from './messages';

export interface Mail {
  kind: MailKind;
  /** The unit a reminder is about ('' for the digest). */
  unit: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  dataDate: string;
  /** Units the message names (missing or behind for the digest; the unit for a reminder). */
  units: string[];
}

export interface MailLinks {
  sheet: string;
  /** The URL of a unit's tab, or null. */
  tab(tab: string): string | null;
}

/**
 * A date as people write one (27/06/2023), kept; else a run of 9 or more digits in any script
 * (phone numbers, 12-digit personal IDs), whatever sits between them: up to three characters
 * that are neither letters nor digits (0912 - 345 - 678, 079/123/456/789, (079) 123_456,
 * full-width ０９１２…). Two dates in a row ("27/06/2023 - 28/06/2023") stay dates.
 */
const PERSONAL_NUMBER =
  /(?<!\p{Nd})(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\p{Nd})|\+?\p{Nd}(?:[^\p{L}\p{N}]{0,3}\p{Nd}){8,}/gu;

const redact = (match: string, dateSeparator: string | undefined): string =>
  dateSeparator ? match : MAIL.redacted;

/**
 * Text a person typed, safe to put in a message: no ID or phone number, one line, and no angle
 * brackets (so no markup survives even in the plain-text part or the subject; the HTML part is
 * escaped on top of this).
 */
export function clean(text: string): string {
  return text
    .replace(PERSONAL_NUMBER, redact)
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** 66392 → "66.392"; 346.29 with 1 decimal → "346,3". */
export function vnNumber(n: number, decimals = 0): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 && Number(Math.abs(n).toFixed(decimals)) !== 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export function vnPercent(p: number): string {
  return `${vnNumber(p * 100, 1)}%`;
}

export { shortDate } from './dates';

/** The size of a text in UTF-8, as a mail body is counted (a Vietnamese letter takes 2–3 bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/** A progress bar drawn with a table, which every mail client shows without images. */
export function bar(percent: number, width = 200, colour = '#34a853'): string {
  const filled = Math.max(0, Math.min(width, Math.round(percent * width)));
  const td = (w: number, c: string) =>
    w > 0 ? `<td width="${w}" height="10" bgcolor="${c}" style="background:${c}"></td>` : '';
  const cells = [td(filled, colour), td(width - filled, '#e0e0e0')];
  return `<table role="presentation" cellpadding="0" cellspacing="0" width="${width}" style="border-collapse:collapse"><tr>${cells.join('')}</tr></table>`;
}

/** Text a person typed, in HTML. */
export const h = (text: string): string => escapeHtml(clean(text));

/** A link when there is somewhere to go, else the label alone. */
export const link = (href: string | null, label: string): string =>
  href ? `<a href="${escapeHtml(href)}">${h(label)}</a>` : h(label);

/** A section's title in HTML. */
export const titleHtml = (title: string): string =>
  `<h3 style="font-size:15px;margin:18px 0 6px">${escapeHtml(title)}</h3>`;
