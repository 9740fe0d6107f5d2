// What a Sheets API request says, read as the API reads it: a range in A1 notation with its
// sheet name (https://developers.google.com/sheets/api/guides/concepts#cell: "Sheet1!A1:B2",
// "'My Custom Sheet'!A:A", "Sheet1" for a whole sheet, "A1:B2" for the first visible sheet; a
// name with spaces or special characters in single quotes, a quote in it doubled), and the
// fields mask of a partial response (https://developers.google.com/sheets/api/guides/
// field-masks: "sheets.properties(sheetId,title)", "sheets(properties(title))").
import type { GridRef } from './a1';
import { parseA1 } from './a1';

/** A request's range split into its sheet name (null: none given) and its A1 part (null: none). */
export interface RangeText {
  sheet: string | null;
  a1: string | null;
}

/** Splits "'Đội 1''s'!A:E", "'Xã A!B2'!A1:F400", "Sheet1!A1", "Sheet1" or "A1:B2"; null if malformed. */
export function splitRange(text: string): RangeText | null {
  if (text.startsWith("'")) {
    let name = '';
    let i = 1;
    for (; i < text.length; i++) {
      if (text[i] !== "'") name += text[i];
      else if (text[i + 1] === "'") name += text[i++];
      else break;
    }
    if (i >= text.length || name === '') return null;
    const rest = text.slice(i + 1);
    if (rest === '') return { sheet: name, a1: null };
    return rest.startsWith('!') ? { sheet: name, a1: rest.slice(1) } : null;
  }
  const bang = text.indexOf('!');
  if (bang === 0) return null;
  return bang > 0
    ? { sheet: text.slice(0, bang), a1: text.slice(bang + 1) }
    : { sheet: null, a1: text };
}

/** The A1 part of a range: "A1:F400", "A:E", "2:4", "B2:C", "C3"; null if it is not A1. */
export function gridRef(a1: string): GridRef | null {
  if (a1 === '' || /[!']/.test(a1) || a1 !== a1.trim()) return null;
  return parseA1(a1);
}

/**
 * A sheet name as the API writes it in a range: bare when it is letters, digits and
 * underscores, else in single quotes with a quote doubled.
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A fields mask as a tree: the fields to keep, each with its own mask (null: all of it). */
export type FieldMask = Map<string, FieldMask | null>;

/** Parses a fields mask; throws on one that does not parse. */
export function parseFieldMask(text: string): FieldMask {
  let i = 0;
  const fail = (): never => {
    throw new Error(`Invalid field selection ${text}`);
  };
  const fields = (): FieldMask => {
    const mask: FieldMask = new Map();
    for (;;) {
      const path: string[] = [];
      let name = '';
      while (i < text.length && !',()'.includes(text[i])) {
        if (text[i] === '.' || text[i] === '/') {
          path.push(name.trim());
          name = '';
        } else name += text[i];
        i++;
      }
      path.push(name.trim());
      if (path.some((p) => p === '')) fail();
      let sub: FieldMask | null = null;
      if (text[i] === '(') {
        i++;
        sub = fields();
        if (text[i] !== ')') fail();
        i++;
      }
      let at = mask;
      path.forEach((p, k) => {
        if (k === path.length - 1) at.set(p, merge(at.get(p), sub));
        else {
          let next = at.get(p);
          if (next === null) return; // the whole field is kept already
          if (next === undefined) at.set(p, (next = new Map()));
          at = next;
        }
      });
      if (text[i] !== ',') return mask;
      i++;
    }
  };
  const mask = fields();
  if (i !== text.length) fail();
  return mask;
}

/** Two masks of one field as one (a new tree: neither is changed). */
function merge(a: FieldMask | null | undefined, b: FieldMask | null): FieldMask | null {
  if (a === undefined) return b;
  if (a === null || b === null) return null;
  const out: FieldMask = new Map(a);
  for (const [k, v] of b) out.set(k, merge(out.get(k), v));
  return out;
}

/** The part of a response a fields mask asks for ("*": every field at that level). */
export function applyFieldMask(value: unknown, mask: FieldMask | null): unknown {
  if (mask === null) return value;
  if (Array.isArray(value)) return value.map((v) => applyFieldMask(v, mask));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const sub = mask.has('*') ? merge(mask.get(key), mask.get('*')!) : mask.get(key);
    if (sub !== undefined) out[key] = applyFieldMask(source[key], sub);
  }
  return out;
}
