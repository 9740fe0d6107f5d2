// The port between the add-on and the spreadsheet. Sheets are found by name ignoring case and
// diacritics; each is read in one call, with Dates turned into calendar dates in the
// spreadsheet's zone; an output sheet is written as one block.
import type { OutputCell, OutputSheet, ReportSheet } from '../core/output';
import { dayNumber, fromDayNumber } from '../core/dates';
import { normalizeLabel } from '../core/text';
import type { CellValue, Rows, SheetDate } from '../core/values';
import { sheetDate } from '../core/values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WorkbookPort {
  readonly timeZone: string;
  readonly url: string;
  /** All values of a sheet (its data range), or null when there is no such sheet. */
  readValues(sheetName: string): Rows | null;
  /**
   * Names the sheets about to be read, so they take as few calls as possible (Sheets API
   * batchGet, when the manifest enables the advanced service): readValues then fetches them
   * BATCH_RANGES at a time and serves each once without a call.
   */
  prefetch(sheetNames: string[]): void;
  /** The sheet's id for links (#gid=…), or null. */
  sheetId(sheetName: string): number | null;
  /** Replaces an output sheet's contents (creating it at the end if needed). */
  writeSheet(output: OutputSheet): void;
  /** writeSheet, then number formats per column, merges and colours by text: a fixed number of calls. */
  writeReport(report: ReportSheet): Sheet;
  /** Writes cells as one block at (row, col), 1-based; text stays text, dates become dates. */
  writeBlock(sheet: Sheet, row: number, col: number, cells: OutputCell[][]): void;
  /** The spreadsheet's own Sheet, for set-up work that needs more than values. */
  sheet(sheetName: string): Sheet | null;
  /** Inserts a sheet at the end and remembers it. */
  insertSheet(sheetName: string): Sheet;
}

const DAY_MS = 86_400_000;

/**
 * Converts between Dates and calendar dates in a zone. Its offset is asked of Utilities at the
 * start of a UTC day and 30 days on: when they agree, the 30 days share it (no daylight-saving
 * period is that short), so a year takes about 24 calls. A day the offset changes is answered
 * instant by instant.
 */
export function zoneDates(timeZone: string): {
  read(d: Date): SheetDate;
  midnight(date: string): Date;
} {
  /** Offset per UTC day; NaN for a day with a change. */
  const offsets = new Map<number, number>();
  const zoneOffset = (ms: number): number => {
    const z = Utilities.formatDate(new Date(ms), timeZone, 'Z');
    return (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 60_000;
  };
  const offsetAt = (ms: number): number => {
    const day = Math.floor(ms / DAY_MS);
    if (!offsets.has(day)) {
      const start = zoneOffset(day * DAY_MS);
      if (zoneOffset((day + 30) * DAY_MS) === start)
        for (let i = 0; i < 30; i++) offsets.set(day + i, start);
      else offsets.set(day, zoneOffset((day + 1) * DAY_MS - 1) === start ? start : NaN);
    }
    const offset = offsets.get(day)!;
    return offset === offset ? offset : zoneOffset(ms);
  };
  // Sheets hold few distinct dates and times: a direct-mapped cache (slot = a hash of the
  // second) builds each once and shares it (read-only); a hit costs two array reads.
  const slotMs = new Float64Array(1 << 14).fill(NaN);
  const slotDate: SheetDate[] = [];
  return {
    read(d) {
      const ms = d.getTime();
      const slot = Math.imul(ms / 1000, 0x9e3779b1) >>> 18;
      if (slotMs[slot] === ms) return slotDate[slot];
      const wall = ms + offsetAt(ms);
      const day = Math.floor(wall / DAY_MS);
      slotMs[slot] = ms;
      return (slotDate[slot] = {
        kind: 'date',
        date: fromDayNumber(day),
        day,
        minutes: Math.floor((wall - day * DAY_MS) / 60_000),
      });
    },
    midnight(date) {
      const wall = dayNumber(date) * DAY_MS;
      return new Date(wall - offsetAt(wall - offsetAt(wall)));
    },
  };
}

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

/** Ranges per batchGet call: keeps each request well inside the API's URL and size limits. */
export const BATCH_RANGES = 100;
/** What Sheets calls the automatic number format. */
const DEFAULT_FORMAT = '0.###############';
const DATE_TIME_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::\d{2})?$/;

/** A "dd/MM/yyyy HH:mm[:ss]" string (how batchGet renders a date-time cell) as a SheetDate. */
function dateTimeText(v: unknown): unknown {
  // A date alone ("13/07/2023") is at most 10 characters: only longer strings can match.
  if (typeof v !== 'string' || v.length < 14 || v.length > 19) return v;
  const m = DATE_TIME_TEXT.exec(v);
  if (!m) return v;
  const p2 = (x: string) => x.padStart(2, '0');
  return sheetDate(`${m[3]}-${p2(m[2])}-${p2(m[1])}`, `${m[4]}:${m[5]}`);
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
  const api = typeof Sheets !== 'undefined' && Sheets ? Sheets : null;
  let spreadsheetId: string | null = null;
  const idOf = () => (spreadsheetId ??= ss.getId());
  const ids = new Map<string, number>();
  let byName: Map<string, Sheet> | null = null;
  const titles = new Map<string, string>();
  const sheets = (): Map<string, Sheet> => {
    if (byName) return byName;
    const list = ss.getSheets();
    if (api) {
      // One call for every sheet's title and id, instead of one call per sheet.
      const meta =
        api.Spreadsheets!.get(idOf(), { fields: 'sheets.properties(sheetId,title)' }).sheets ?? [];
      byName = new Map();
      meta.forEach((m, i) => {
        const key = normalizeLabel(m.properties!.title);
        byName!.set(key, list[i]);
        titles.set(key, m.properties!.title!);
        ids.set(key, m.properties!.sheetId!);
      });
    } else {
      byName = new Map(list.map((s) => [normalizeLabel(s.getName()), s]));
    }
    return byName;
  };
  const find = (name: string): Sheet | null => sheets().get(normalizeLabel(name)) ?? null;
  const prefetched = new Map<string, Rows>();
  /** Tabs named by prefetch and not fetched yet, in the order they will be read. */
  let pending: string[] = [];
  /**
   * Replaces a sheet's contents with one block: clear, values, bold rows. A new sheet also gets
   * its frozen panes and column widths, which later runs leave as the person may have set them.
   */
  const writeOutput = (output: OutputSheet): { sheet: Sheet; width: number } => {
    const existing = find(output.name);
    const sheet = existing ?? insertSheet(output.name);
    if (existing) sheet.clear();
    const width = Math.max(...output.rows.map((r) => r.length));
    const block = toSheet(output.rows, width);
    const needRows = block.length - sheet.getMaxRows();
    if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
    const needCols = width - sheet.getMaxColumns();
    if (needCols > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needCols);
    sheet.getRange(1, 1, block.length, width).setValues(block);
    // One call for every bold row, however many subtotal rows there are.
    const bold = new Set(output.boldRows);
    const weights = block.map((_, i) =>
      new Array<'bold' | null>(width).fill(bold.has(i + 1) ? 'bold' : null),
    );
    sheet.getRange(1, 1, block.length, width).setFontWeights(weights);
    if (!existing) {
      if (output.frozenRows) sheet.setFrozenRows(output.frozenRows);
      if (output.frozenColumns) sheet.setFrozenColumns(output.frozenColumns);
      if (output.wide) sheet.setColumnWidth(output.wide.col, output.wide.width);
    }
    return { sheet, width };
  };
  const insertSheet = (name: string): Sheet => {
    const sheet = ss.insertSheet(name, ss.getNumSheets());
    sheets().set(normalizeLabel(name), sheet);
    return sheet;
  };
  return {
    timeZone,
    url: ss.getUrl(),
    prefetch(sheetNames) {
      if (!api) return;
      sheets();
      pending = [...new Set(sheetNames.map(normalizeLabel))].filter(
        (k) => titles.has(k) && !prefetched.has(k),
      );
    },
    readValues(sheetName) {
      const key = normalizeLabel(sheetName);
      const at = pending.indexOf(key);
      if (at >= 0) {
        // The first read of a prefetched tab fetches it and the next ones: at most BATCH_RANGES
        // tabs are held at a time, and each is let go once read.
        const chunk = pending.splice(at, BATCH_RANGES);
        const response = api!.Spreadsheets!.Values!.batchGet(idOf(), {
          ranges: chunk.map((k) => `'${titles.get(k)!.replace(/'/g, "''")}'`),
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'FORMATTED_STRING',
        });
        (response.valueRanges ?? []).forEach((vr, j) => {
          const rows = (vr.values ?? []) as unknown[][];
          for (const row of rows)
            for (let c = 0; c < row.length; c++) row[c] = dateTimeText(row[c]);
          prefetched.set(chunk[j], rows as Rows);
        });
      }
      const cached = prefetched.get(key);
      if (cached) {
        prefetched.delete(key);
        return cached;
      }
      const sheet = find(sheetName);
      if (!sheet) return null;
      const values = sheet.getDataRange().getValues() as unknown[][];
      for (const row of values) {
        for (let c = 0; c < row.length; c++) {
          // getValues gives numbers, strings, booleans and Dates: the only objects are Dates.
          const v = row[c];
          if (typeof v === 'object' && v !== null) row[c] = dates.read(v as Date);
        }
      }
      return values as CellValue[][];
    },
    sheetId(sheetName) {
      const key = normalizeLabel(sheetName);
      if (!ids.has(key)) {
        const sheet = find(sheetName);
        if (!sheet) return null;
        ids.set(key, sheet.getSheetId());
      }
      return ids.get(key)!;
    },
    writeSheet(output) {
      writeOutput(output);
    },
    writeReport(report) {
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
      return sheet;
    },
    writeBlock(sheet, row, col, cells) {
      const width = Math.max(...cells.map((r) => r.length));
      sheet.getRange(row, col, cells.length, width).setValues(toSheet(cells, width));
    },
    sheet: find,
    insertSheet,
  };
}
