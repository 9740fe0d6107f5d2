// The WorkbookPort over Apps Script's Spreadsheet service (and, when the manifest enables it,
// the Sheets advanced service). Sheets are found by name ignoring case and diacritics; each is
// read in one call, with Dates turned into calendar dates in the spreadsheet's zone; an output
// sheet is written as one block.
import { columnLetter } from '../core/a1';
import { MOMENT_PATTERN, parseMoment } from '../core/moment';
import type { OutputCell, OutputSheet } from '../core/output';
import type { EditedArea } from '../core/tab-layout';
import { sameName } from '../core/text';
import type { CellValue, Rows } from '../core/values';
import { SheetDirectory } from './sheet-directory';
import type { KnownProtection, ProtectionContext } from './sheet-edits';
import {
  addChart,
  applyStep,
  ensureSize,
  fitSize,
  protectSheet,
  readProtection,
} from './sheet-edits';
import { errorMessage } from './errors';
import type { WidthMemo } from './sheet-layout';
import { applyLayout, clearBlock, documentWidthMemo } from './sheet-layout';
import type { WorkbookPort } from './workbook-port';
import { zoneDates } from './zone-dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Ranges per batchGet call: keeps each request well inside the API's URL length. */
export const BATCH_RANGES = 100;
/**
 * Cells per batchGet call: the Sheets API advises payloads of at most 2 MB a request (usage
 * limits page, https://developers.google.com/sheets/api/limits), and a cell of a unit tab takes
 * up to about 20 bytes of JSON: some 50 tabs of a year's days.
 */
export const BATCH_CELLS = 100_000;
/** What Sheets calls the automatic number format. */
const DEFAULT_FORMAT = '0.###############';

/**
 * What an output cell becomes in a sheet: text always literal (a leading ' stops Sheets from
 * turning "=…", "12" or "13/07/2023" into a formula, number or date), dates as Dates.
 */
function sheetValue(v: OutputCell, midnight: (date: string) => Date): unknown {
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  if (v === null) return '';
  if (typeof v === 'object') return 'formula' in v ? `=${v.formula}` : midnight(v.date);
  return v;
}

/**
 * A sheet's values from A1 to its last row and column with data, in one call; a sheet without
 * data reads as one empty cell, as its data range would.
 */
function dataValues(sheet: Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    if (/number of (rows|columns)/i.test(errorMessage(error))) return [['']];
    throw error;
  }
}

export function spreadsheetPort(ss: Spreadsheet): WorkbookPort {
  const timeZone = ss.getSpreadsheetTimeZone();
  const dates = zoneDates(timeZone);
  const toSheet = (cells: OutputCell[][], width: number) =>
    cells.map((r) =>
      [...r, ...new Array<OutputCell>(width - r.length).fill(null)].map((v) =>
        sheetValue(v, dates.midnight),
      ),
    );
  /** Writes cells as one block at (row, col), 1-based; text stays text, dates become dates. */
  const writeBlock = (sheet: Sheet, row: number, col: number, cells: OutputCell[][]) => {
    const width = Math.max(...cells.map((r) => r.length));
    sheet.getRange(row, col, cells.length, width).setValues(toSheet(cells, width));
  };
  const api = typeof Sheets !== 'undefined' && Sheets ? Sheets : null;
  let spreadsheetId: string | null = null;
  const idOf = () => (spreadsheetId ??= ss.getId());
  const directory = new SheetDirectory(ss, api, idOf);
  const find = (name: string): Sheet | null => directory.find(name);
  const insertSheet = (name: string): Sheet => {
    const sheet = ss.insertSheet(name, ss.getNumSheets());
    directory.add(name, sheet);
    return sheet;
  };
  let owner: string | null | undefined;
  const ownerOf = () => {
    if (owner === undefined) owner = ss.getOwner()?.getEmail().toLowerCase() || null;
    return owner;
  };
  /** The add-on's protections read or set by this run, by sheet title. */
  const known = new Map<string, KnownProtection | null>();
  let me: string | undefined;
  const protections = (): ProtectionContext => ({
    owner: ownerOf(),
    known,
    me: () => (me ??= Session.getEffectiveUser().getEmail()),
  });
  let guard: { description: string; editors: string[] } | null = null;
  const sizeKnown = new Map<Sheet, { rows: number; cols: number }>();
  let memo: WidthMemo | null = null;
  /** The widths last set on the output sheets: read once, when the first layout is applied. */
  const widthMemo = () => (memo ??= documentWidthMemo());
  const prefetched = new Map<string, Rows>();
  /** Tabs named by prefetch and not fetched yet, in the order they will be read. */
  let pending: string[] = [];
  /**
   * The first read of a prefetched tab fetches it and the next ones, up to BATCH_CELLS cells or
   * BATCH_RANGES tabs; each is let go once read. Values come unformatted and dates as serial
   * numbers (days since 30/12/1899 on the spreadsheet's own clock), so the spreadsheet's locale
   * can never turn 07/03 into 3 July; the core reads serials in date columns.
   */
  const fetchBatch = (at: number) => {
    let cells = 0;
    let n = 0;
    while (at + n < pending.length && n < BATCH_RANGES) {
      const size = directory.gridCells.get(pending[at + n]) ?? 0;
      if (n > 0 && cells + size > BATCH_CELLS) break;
      cells += size;
      n++;
    }
    const chunk = pending.splice(at, n);
    const response = api!.Spreadsheets!.Values!.batchGet(idOf(), {
      ranges: chunk.map((title) => `'${title.replace(/'/g, "''")}'`),
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    (response.valueRanges ?? []).forEach((vr, j) =>
      prefetched.set(chunk[j], (vr.values ?? []) as Rows),
    );
  };
  /**
   * Replaces a sheet's contents with one block: the sheet fitted to the block, its values and
   * its bold rows, every cell of it rewritten (so nothing of an earlier run stays, and no clear
   * is needed). A new sheet also gets its frozen panes and column widths, which later runs leave
   * as the person may have set them.
   */
  /** Sheets that are some unit's tab although they carry a reserved name: never written. */
  let leftAlone: string[] = [];
  const kept = (sheetName: string) => !leftAlone.some((name) => sameName(name, sheetName));
  const writeOutput = (output: OutputSheet): { sheet: Sheet; width: number } => {
    const existing = find(output.name);
    const sheet = existing ?? insertSheet(output.name);
    if (!existing && guard) protectSheet(sheet, output.name, guard, protections());
    const width = Math.max(...output.rows.map((r) => r.length));
    const rows = [...output.rows];
    while (rows.length < (output.minRows ?? 0)) rows.push([]);
    const block = toSheet(rows, width);
    fitSize(sheet, block.length, width);
    // An earlier run's bold, merges, borders and wrapping go first (a new sheet has none), so
    // none lingers where the table shrank or moved.
    if (existing) clearBlock(sheet, block.length, width);
    sheet.getRange(1, 1, block.length, width).setValues(block);
    // Bold rows in one call however many subtotal rows there are.
    const last = columnLetter(width);
    if (output.boldRows.length)
      sheet.getRangeList(output.boldRows.map((r) => `A${r}:${last}${r}`)).setFontWeight('bold');
    if (!existing) {
      if (output.frozenRows) sheet.setFrozenRows(output.frozenRows);
      if (output.frozenColumns) sheet.setFrozenColumns(output.frozenColumns);
      if (output.wide && !output.layout) sheet.setColumnWidth(output.wide.col, output.wide.width);
    }
    if (output.layout)
      applyLayout(
        sheet,
        output.name,
        output.layout,
        { width, rows: block.length, isNew: !existing },
        widthMemo(),
      );
    return { sheet, width };
  };
  return {
    timeZone,
    get id() {
      return idOf();
    },
    url: ss.getUrl(),
    moment: (at) => parseMoment(Utilities.formatDate(at, timeZone, MOMENT_PATTERN)),
    prefetch(sheetNames) {
      if (!api) return;
      const titles = sheetNames.map((name) => directory.title(name));
      pending = [...new Set(titles)].filter((t): t is string => t !== null && !prefetched.has(t));
    },
    readValues(sheetName) {
      const title = directory.title(sheetName);
      if (title === null) return null;
      const at = pending.indexOf(title);
      if (at >= 0) fetchBatch(at);
      const cached = prefetched.get(title);
      if (cached) {
        prefetched.delete(title);
        return cached;
      }
      const sheet = find(title)!;
      const values = dataValues(sheet);
      for (const row of values) {
        for (let c = 0; c < row.length; c++) {
          // getValues gives numbers, strings, booleans and Dates: the only objects are Dates.
          const v = row[c];
          if (typeof v === 'object' && v !== null) row[c] = dates.read(v as Date);
        }
      }
      return values as CellValue[][];
    },
    hasSheet: (sheetName) => find(sheetName) !== null,
    lookAgain: (sheetName) => directory.lookAgain(sheetName),
    titles: () => directory.titles(),
    title: (name) => directory.title(name),
    owner: () => ownerOf(),
    sheetEditors() {
      const editors = new Map<string, string[]>();
      for (const title of directory.titles()) {
        if (!known.has(title)) known.set(title, readProtection(find(title)!));
        const found = known.get(title);
        if (found)
          editors.set(
            title,
            found.editors.filter((e) => e !== ownerOf()),
          );
      }
      return editors;
    },
    guardNewSheets(access) {
      guard = access;
    },
    cellCount() {
      if (api) {
        // One call for every sheet's grid size.
        const meta =
          api.Spreadsheets!.get(idOf(), { fields: 'sheets.properties.gridProperties' }).sheets ??
          [];
        return meta.reduce((n, m) => {
          const grid = m.properties?.gridProperties;
          return n + (grid?.rowCount ?? 0) * (grid?.columnCount ?? 0);
        }, 0);
      }
      return ss.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    },
    sheetId: (sheetName) => directory.id(sheetName),
    mergedRanges: (sheetName) => directory.mergedRanges(sheetName),
    mergesKnown: api !== null,
    matches: (name) => directory.matches(name),
    readDisplay(sheetName) {
      const sheet = find(sheetName);
      return sheet ? sheet.getDataRange().getDisplayValues() : [];
    },
    leaveAlone(sheetNames) {
      leftAlone = [...sheetNames];
    },
    writeSheet(output) {
      if (kept(output.name)) writeOutput(output);
    },
    writeReport(report) {
      if (!kept(report.name)) return;
      const { sheet, width } = writeOutput(report);
      if (report.formats.length) {
        // One call for every column's format: the block spans the formatted rows and columns.
        const top = Math.min(...report.formats.map((f) => f.fromRow));
        const bottom = Math.max(...report.formats.map((f) => f.toRow));
        const byCol = new Map(report.formats.map((f) => [f.col, f.format]));
        const grid = Array.from({ length: bottom - top + 1 }, () =>
          Array.from({ length: width }, (_, c) => byCol.get(c + 1) ?? DEFAULT_FORMAT),
        );
        sheet.getRange(top, 1, grid.length, width).setNumberFormats(grid);
      }
      if (report.colours.length) {
        const rules = report.colours.flatMap(({ col, fromRow, toRow, rules: colours }) =>
          colours.map((c) => {
            const builder = SpreadsheetApp.newConditionalFormatRule();
            if (c.contains) builder.whenTextContains(c.text);
            else builder.whenTextEqualTo(c.text);
            if (c.background) builder.setBackground(c.background);
            if (c.fontColor) builder.setFontColor(c.fontColor);
            return builder
              .setRanges([sheet.getRange(fromRow, col, Math.max(1, toRow - fromRow + 1), 1)])
              .build();
          }),
        );
        sheet.setConditionalFormatRules(rules);
      }
    },
    applyEdit(edit) {
      if (!kept(edit.sheet)) return;
      const sheet = edit.create ? insertSheet(edit.sheet) : find(edit.sheet)!;
      const title = edit.create ? edit.sheet : directory.title(edit.sheet)!;
      if (edit.create) known.set(title, null);
      for (const step of edit.steps) applyStep(sheet, title, step, writeBlock, protections());
    },
    writeBlock(sheetName, row, col, cells) {
      if (!kept(sheetName)) return;
      const sheet = find(sheetName)!;
      // The size this run knows the sheet has: a block inside it needs no size check. A sheet
      // may be narrower than the block (a log a person trimmed, a sheet of that name of theirs).
      const last = row + cells.length - 1;
      const right = col + Math.max(...cells.map((r) => r.length)) - 1;
      const known = sizeKnown.get(sheet);
      if (!known || last > known.rows || right > known.cols)
        sizeKnown.set(sheet, ensureSize(sheet, last, right));
      writeBlock(sheet, row, col, cells);
    },
    flush() {
      SpreadsheetApp.flush();
    },
    addChart(plan) {
      if (kept(plan.sheet)) addChart(find(plan.sheet)!, plan);
    },
  };
}

/** The tab a person just edited, as the on-edit trigger needs it. */
export interface EditedTab {
  area: EditedArea;
  /** The first rows of the tab (values as read: the header search looks at text only). */
  top(rows: number): Rows;
  /** Writes the moment into the rows [from, to] of a 1-based column. */
  stamp(target: { col: number; from: number; to: number }, at: Date): void;
}

export function editedTab(range: GoogleAppsScript.Spreadsheet.Range): EditedTab {
  const sheet = range.getSheet();
  return {
    area: {
      row: range.getRow(),
      col: range.getColumn(),
      rows: range.getNumRows(),
      cols: range.getNumColumns(),
    },
    top(rows) {
      const lastCol = sheet.getLastColumn();
      if (lastCol === 0) return [];
      return sheet.getRange(1, 1, Math.min(rows, sheet.getMaxRows()), lastCol).getValues() as Rows;
    },
    stamp({ col, from, to }, at) {
      const n = to - from + 1;
      sheet.getRange(from, col, n, 1).setValues(Array.from({ length: n }, () => [at]));
    },
  };
}
