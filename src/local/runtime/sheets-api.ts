// The Sheets advanced service (Sheets API v4) as far as the add-on uses it: reading many ranges
// in one call (spreadsheets.values.batchGet) and the sheets' properties (spreadsheets.get), with
// the options, range notation, fields masks and errors the API documents:
// - spreadsheets.values.batchGet: https://developers.google.com/sheets/api/reference/rest/v4/
//   spreadsheets.values/batchGet (valueRenderOption default FORMATTED_VALUE,
//   dateTimeRenderOption default SERIAL_NUMBER, majorDimension default ROWS; trailing empty
//   rows and columns are left out);
// - ValueRenderOption: https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption
//   (FORMATTED_VALUE: as the cell's format shows it; UNFORMATTED_VALUE: calculated, not
//   formatted; FORMULA: the formulas, not calculated);
// - DateTimeRenderOption: https://developers.google.com/sheets/api/reference/rest/v4/
//   DateTimeRenderOption (SERIAL_NUMBER: days since 30/12/1899, the fraction the time of day;
//   FORMATTED_STRING: as the cell's number format shows it; "ignored if valueRenderOption is
//   FORMATTED_VALUE");
// - spreadsheets.get: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
//   (sheets[].properties: sheetId, title, index, sheetType, gridProperties {rowCount,
//   columnCount}; the fields mask keeps only what it names).
// A failed request throws as the advanced service does: "API call to <method> failed with
// error: <the API's message>".
import { DAY_MS } from '../../core/dates';
import { formatA1, parseA1 } from './a1';
import { instrument } from './calls';
import type { Stored } from './cells';
import { EPOCH_1899, ErrorCell, WallDate } from './cells';
import type { RuntimeContext } from './context';
import { tzDisplay } from './display';
import { cellKey } from './grid';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FieldMask } from './sheets-api-args';
import { applyFieldMask, gridRef, parseFieldMask, quoteSheet, splitRange } from './sheets-api-args';

type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
type DateTimeRender = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

interface BatchGetArgs {
  ranges?: string[] | string;
  valueRenderOption?: ValueRender;
  dateTimeRenderOption?: DateTimeRender;
  majorDimension?: 'ROWS' | 'COLUMNS';
  fields?: string;
}

interface ValueRange {
  range: string;
  majorDimension: 'ROWS' | 'COLUMNS';
  values?: unknown[][];
}

/** An error of the advanced service: the API's message, as Apps Script words the exception. */
function apiError(method: string, message: string): Error {
  const e = new Error(`API call to ${method} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  return e;
}

function mask(method: string, fields: string | undefined): FieldMask | null {
  if (fields === undefined) return null;
  try {
    return parseFieldMask(fields);
  } catch (error) {
    throw apiError(method, (error as Error).message);
  }
}

/** A cell as the render options ask. */
function rendered(
  v: Stored,
  formula: string | undefined,
  format: string | undefined,
  render: ValueRender,
  dates: DateTimeRender,
): unknown {
  if (render === 'FORMULA' && formula) return formula;
  if (render === 'FORMATTED_VALUE') return v === '' ? '' : tzDisplay(v, format);
  if (v instanceof WallDate)
    // The wall time is the spreadsheet's own local time: the serial number counts in it.
    return dates === 'FORMATTED_STRING' ? tzDisplay(v, format) : (v.wall - EPOCH_1899) / DAY_MS;
  if (v instanceof ErrorCell) return v.code;
  return v;
}

/** Without trailing empty cells in each line and trailing empty lines, as the API leaves them. */
function trimmed(lines: unknown[][]): unknown[][] {
  for (const line of lines) while (line.length && line[line.length - 1] === '') line.pop();
  while (lines.length && lines[lines.length - 1].length === 0) lines.pop();
  return lines;
}

export class FakeSheetsValues {
  constructor(
    readonly rt: RuntimeContext,
    private readonly ss: FakeSpreadsheet,
  ) {}

  batchGet(spreadsheetId: string, args: BatchGetArgs = {}): unknown {
    const method = 'sheets.spreadsheets.values.batchGet';
    if (spreadsheetId !== this.ss.id) throw apiError(method, 'Requested entity was not found.');
    const fields = mask(method, args.fields);
    const ranges = typeof args.ranges === 'string' ? [args.ranges] : (args.ranges ?? []);
    const valueRanges = ranges.map((text) => this.read(method, text, args));
    return applyFieldMask({ spreadsheetId, valueRanges }, fields);
  }

  private sheetOf(text: string): { sheet: FakeSheet; a1: string | null } | null {
    const split = splitRange(text);
    if (!split) return null;
    // Sheet names are matched exactly: the API is not documented to forgive case.
    const named = (name: string) => this.ss.sheets.find((s) => s.name === name);
    if (split.sheet !== null) {
      const sheet = named(split.sheet);
      return sheet ? { sheet, a1: split.a1 } : null;
    }
    // No sheet name: A1 notation on the first visible sheet, else a whole sheet by its name.
    if (gridRef(split.a1!)) {
      const first = this.ss.sheets.find((s) => !s.hidden);
      return first ? { sheet: first, a1: split.a1 } : null;
    }
    const sheet = named(split.a1!);
    return sheet ? { sheet, a1: null } : null;
  }

  private read(method: string, text: string, args: BatchGetArgs): ValueRange {
    const found = this.sheetOf(text);
    const ref =
      found &&
      (found.a1 === null ? { row: 1, col: 1, lastRow: null, lastCol: null } : gridRef(found.a1));
    if (!found || !ref) throw apiError(method, `Unable to parse range: ${text}`);
    const { sheet } = found;
    const name = quoteSheet(sheet.name);
    const lastRow = ref.lastRow ?? sheet.maxRows;
    const lastCol = ref.lastCol ?? sheet.maxColumns;
    if (Math.max(ref.row, lastRow) > sheet.maxRows || Math.max(ref.col, lastCol) > sheet.maxColumns)
      throw apiError(
        method,
        `Range (${name}!${found.a1 ?? formatA1(1, 1, lastRow, lastCol)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
      );
    const render = args.valueRenderOption ?? 'FORMATTED_VALUE';
    const dates = args.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    const grid = sheet.grid;
    const rows = Math.min(lastRow, Math.max(grid.values.length, grid.lastRow()));
    const lines: unknown[][] = [];
    for (let r = ref.row; r <= rows; r++) {
      const line: unknown[] = [];
      for (let c = ref.col; c <= lastCol; c++) {
        const key = cellKey(r, c);
        const v = grid.get(r, c);
        const formula = grid.formulas.get(key);
        if (v === '' && !formula) line.push('');
        else line.push(rendered(v, formula, grid.numberFormats.get(key), render, dates));
      }
      lines.push(line);
    }
    const columns = args.majorDimension === 'COLUMNS';
    const values = trimmed(
      columns ? (lines[0] ?? []).map((_, j) => lines.map((line) => line[j])) : lines,
    );
    return {
      range: `${name}!${formatA1(ref.row, ref.col, lastRow - ref.row + 1, lastCol - ref.col + 1)}`,
      majorDimension: columns ? 'COLUMNS' : 'ROWS',
      ...(values.length ? { values } : {}),
    };
  }
}
instrument(FakeSheetsValues, 'Sheets.Values');

export class FakeSheetsSpreadsheets {
  readonly Values: FakeSheetsValues;
  constructor(
    readonly rt: RuntimeContext,
    private readonly ss: FakeSpreadsheet,
  ) {
    this.Values = new FakeSheetsValues(rt, ss);
  }

  get(spreadsheetId: string, optionalArgs: { fields?: string } = {}): unknown {
    const method = 'sheets.spreadsheets.get';
    const ss = this.ss;
    if (spreadsheetId !== ss.id) throw apiError(method, 'Requested entity was not found.');
    const fields = mask(method, optionalArgs.fields);
    // The API leaves out fields at their defaults (hidden: false, no frozen rows).
    const sheets = ss.sheets.map((s, index) => ({
      properties: {
        sheetId: s.id,
        title: s.name,
        index,
        sheetType: 'GRID',
        gridProperties: {
          rowCount: s.maxRows,
          columnCount: s.maxColumns,
          ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}),
          ...(s.frozenColumns ? { frozenColumnCount: s.frozenColumns } : {}),
        },
        ...(s.hidden ? { hidden: true } : {}),
      },
      // Sheet.merges: "The ranges that are merged together", as GridRanges with end indexes
      // exclusive (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet);
      // left out when there are none, like every empty field.
      ...(s.merges.length
        ? {
            merges: s.merges.flatMap((a1) => {
              const m = parseA1(a1);
              if (!m) return [];
              return [
                {
                  sheetId: s.id,
                  startRowIndex: m.row - 1,
                  endRowIndex: m.lastRow ?? s.maxRows,
                  startColumnIndex: m.col - 1,
                  endColumnIndex: m.lastCol ?? s.maxColumns,
                },
              ];
            }),
          }
        : {}),
    }));
    const whole = {
      spreadsheetId,
      properties: { title: ss.name, locale: ss.locale, timeZone: ss.tz },
      sheets,
      spreadsheetUrl: ss.getUrl(),
    };
    return applyFieldMask(whole, fields);
  }
}
instrument(FakeSheetsSpreadsheets, 'Sheets');
