// The Sheets advanced service (Sheets API v4) as far as the add-on uses it: reading many ranges
// in one call (spreadsheets.values.batchGet) and the sheets' ids and titles (spreadsheets.get).
import { DAY_MS } from '../../core/dates';
import { parseA1 } from './a1';
import { instrument } from './calls';
import { ErrorCell, WallDate } from './cells';
import { tzDisplay } from './display';
import type { RuntimeContext } from './context';
import { exception } from './errors';
import { cellKey } from './grid';
import type { FakeSpreadsheet } from './spreadsheet';
import { fromWall } from './tz';

interface BatchGetArgs {
  ranges?: string[] | string;
  valueRenderOption?: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
  dateTimeRenderOption?: 'SERIAL_NUMBER' | 'FORMATTED_STRING';
}

const EPOCH_1899 = Date.UTC(1899, 11, 30);

export class FakeSheetsValues {
  constructor(
    readonly rt: RuntimeContext,
    private readonly ss: FakeSpreadsheet,
  ) {}

  batchGet(
    spreadsheetId: string,
    args: BatchGetArgs = {},
  ): {
    spreadsheetId: string;
    valueRanges: { range: string; majorDimension: string; values?: unknown[][] }[];
  } {
    const ss = this.ss;
    if (spreadsheetId !== ss.id) throw exception(`Requested entity was not found.`);
    const ranges = typeof args.ranges === 'string' ? [args.ranges] : (args.ranges ?? []);
    const render = args.valueRenderOption ?? 'FORMATTED_VALUE';
    const dates = args.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    const valueRanges = ranges.map((text) => {
      const bang = text.lastIndexOf('!');
      const rawName = bang >= 0 ? text.slice(0, bang) : text;
      const name =
        rawName.startsWith("'") && rawName.endsWith("'")
          ? rawName.slice(1, -1).replace(/''/g, "'")
          : rawName;
      const sheet = ss.getSheetByName(name);
      if (!sheet) throw exception(`Unable to parse range: ${text}`);
      const grid = sheet.grid;
      const ref =
        bang >= 0
          ? parseA1(text.slice(bang + 1))
          : { row: 1, col: 1, lastRow: null, lastCol: null };
      if (!ref) throw exception(`Unable to parse range: ${text}`);
      const lastRow = Math.min(ref.lastRow ?? grid.values.length, grid.values.length);
      const values: unknown[][] = [];
      for (let r = ref.row; r <= lastRow; r++) {
        const row = grid.values[r - 1] ?? [];
        const lastCol = Math.min(ref.lastCol ?? row.length, row.length);
        const out: unknown[] = [];
        for (let c = ref.col; c <= lastCol; c++) {
          const v = row[c - 1] ?? '';
          const formula = grid.formulas.get(cellKey(r, c));
          if (render === 'FORMULA' && formula) out.push(formula);
          else if (v instanceof WallDate) {
            out.push(
              dates === 'FORMATTED_STRING' || render === 'FORMATTED_VALUE'
                ? tzDisplay(v, grid.numberFormats.get(cellKey(r, c)))
                : (fromWall('UTC', v.wall) - EPOCH_1899) / DAY_MS,
            );
          } else if (v instanceof ErrorCell) out.push(v.code);
          else if (render === 'FORMATTED_VALUE')
            out.push(v === '' ? '' : tzDisplay(v, grid.numberFormats.get(cellKey(r, c))));
          else out.push(v);
        }
        // The API leaves out trailing empty cells and rows.
        while (out.length && out[out.length - 1] === '') out.pop();
        values.push(out);
      }
      while (values.length && values[values.length - 1].length === 0) values.pop();
      return { range: text, majorDimension: 'ROWS', ...(values.length ? { values } : {}) };
    });
    return { spreadsheetId, valueRanges };
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
  get(
    spreadsheetId: string,
    optionalArgs?: { fields?: string },
  ): {
    spreadsheetId: string;
    sheets: { properties: { sheetId: number; title: string; index: number } }[];
  } {
    // The fields mask is not applied: the sheets' properties are all there is to return.
    void optionalArgs;
    const ss = this.ss;
    if (spreadsheetId !== ss.id) throw exception(`Requested entity was not found.`);
    return {
      spreadsheetId,
      sheets: ss.sheets.map((s, index) => ({
        properties: { sheetId: s.id, title: s.name, index },
      })),
    };
  }
}
instrument(FakeSheetsSpreadsheets, 'Sheets');
