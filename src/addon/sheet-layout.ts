// A report sheet's print-ready layout applied to an Apps Script Sheet: column widths, merged
// headers, borders and wrapped rows, in a few calls per sheet whatever its number of rows. Part
// of the spreadsheet port.
import { columnLetter } from '../core/a1';
import type { Area, SheetLayout } from '../core/output';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const a1Of = (a: Area) =>
  `${columnLetter(a.col)}${a.row}:${columnLetter(a.col + a.cols - 1)}${a.row + a.rows - 1}`;

/**
 * What an earlier run left on the block the sheet now is: merges broken apart (Sheets refuses
 * to merge over part of a merge), formats (bold, borders, wrapping, alignment, number formats)
 * cleared. Called before the values are written, so dates written next take a date format.
 */
export function clearBlock(sheet: Sheet, rows: number, cols: number): void {
  const block = sheet.getRange(1, 1, rows, cols);
  block.breakApart();
  block.clearFormat();
}

/**
 * Runs of 1-column merges side by side over the same rows, which one mergeVertically makes;
 * every other merge on its own.
 */
function mergeCalls(merges: Area[]): { area: Area; vertical: boolean }[] {
  const calls: { area: Area; vertical: boolean }[] = [];
  for (const m of [...merges].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const last = calls.at(-1);
    if (
      m.cols === 1 &&
      last?.vertical &&
      last.area.row === m.row &&
      last.area.rows === m.rows &&
      last.area.col + last.area.cols === m.col
    )
      last.area = { ...last.area, cols: last.area.cols + 1 };
    else calls.push({ area: { ...m }, vertical: m.cols === 1 });
  }
  return calls;
}

/** Rows as blocks of whole rows of the table, neighbouring rows in one block. */
function rowRuns(rows: number[], width: number): Area[] {
  const runs: Area[] = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.row + last.rows === r) last.rows++;
    else runs.push({ row: r, col: 1, rows: 1, cols: width });
  }
  return runs;
}

/** Where the widths last set on each output sheet are kept: one document property for all. */
const WIDTHS_KEY = 'tienDo.columnWidths';
/** A property holds 9 kB at most: the memo stays well inside (six sheets take under 1 kB). */
const MEMO_LIMIT = 8000;

/** The column widths the add-on last set on its sheets, kept between runs. */
export interface WidthMemo {
  /** The widths last set on the sheet, column 1 first; undefined when not known. */
  get(sheet: string): readonly number[] | undefined;
  /** Remembers the widths the sheet now has; saved at once when they differ from those known. */
  set(sheet: string, widths: number[]): void;
}

const sameWidths = (a: readonly number[] | undefined, b: readonly number[]) =>
  a !== undefined && a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * The memo in the document's properties, read on first use (once a run, for every sheet) and
 * written only when a sheet's widths changed: a run whose content kept its widths writes nothing.
 * Without document properties (no document bound), nothing is known and every width is set.
 */
export function documentWidthMemo(): WidthMemo {
  const store = () => PropertiesService.getDocumentProperties() as Properties | null;
  let memo: Record<string, number[]> | null = null;
  const load = (): Record<string, number[]> => {
    if (memo) return memo;
    memo = {};
    try {
      const parsed: unknown = JSON.parse(store()?.getProperty(WIDTHS_KEY) ?? '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        for (const [sheet, widths] of Object.entries(parsed))
          if (Array.isArray(widths) && widths.every((w) => typeof w === 'number'))
            memo[sheet] = widths as number[];
    } catch {
      // A damaged memo is no memo: every width is set again, and the memo written anew.
    }
    return memo;
  };
  return {
    get: (sheet) => load()[sheet],
    set(sheet, widths) {
      const all = load();
      if (sameWidths(all[sheet], widths)) return;
      all[sheet] = [...widths];
      let text = JSON.stringify(all);
      if (text.length > MEMO_LIMIT) {
        memo = { [sheet]: [...widths] };
        text = JSON.stringify(memo);
      }
      store()?.setProperty(WIDTHS_KEY, text);
    },
  };
}

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * Applies a layout to a sheet written from A1. Widths follow the content (a longer unit name,
 * larger totals), so they are worked out on every run, not only when the sheet is made; the
 * add-on's sheets are protected, so a width a person set by hand is not theirs to keep. The
 * widths are not read back from the sheet (a call per column): those the add-on last set are
 * remembered (see documentWidthMemo), and only the columns whose width differs from them are set;
 * a sheet made this run, or one the memo does not know, gets every width. Neighbouring columns of
 * the same new width take one call.
 */
export function applyLayout(
  sheet: Sheet,
  name: string,
  layout: SheetLayout,
  size: { width: number; rows: number; isNew: boolean },
  memo: WidthMemo,
): void {
  const { width, rows } = size;
  const widths = layout.widths.slice(0, width);
  const known = size.isNew ? undefined : memo.get(name);
  const wanted = widths.map((w, c) => known?.[c] !== w);
  for (let c = 0; c < widths.length;) {
    if (!wanted[c]) {
      c++;
      continue;
    }
    let n = 1;
    while (c + n < widths.length && wanted[c + n] && widths[c + n] === widths[c]) n++;
    if (n === 1) sheet.setColumnWidth(c + 1, widths[c]);
    else sheet.setColumnWidths(c + 1, n, widths[c]);
    c += n;
  }
  memo.set(name, widths);
  for (const { area, vertical } of mergeCalls(layout.merges)) {
    const range = sheet.getRange(area.row, area.col, area.rows, area.cols);
    if (vertical && area.cols > 1) range.mergeVertically();
    else range.merge();
  }
  // Merged headers and header rows centred alike, in one range list whatever their number.
  const centred = [...layout.merges, ...rowRuns(layout.centerRows ?? layout.wrapRows, width)];
  if (centred.length)
    sheet
      .getRangeList(centred.map(a1Of))
      .setHorizontalAlignment('center')
      .setVerticalAlignment('middle');
  if (layout.borders.length)
    sheet.getRangeList(layout.borders.map(a1Of)).setBorder(true, true, true, true, true, true);
  const wrapped = [
    ...rowRuns(layout.wrapRows, width),
    ...(layout.wrapCols ?? []).map((col) => ({ row: 1, col, rows: rows, cols: 1 })),
  ];
  if (wrapped.length) sheet.getRangeList(wrapped.map(a1Of)).setWrap(true);
}
