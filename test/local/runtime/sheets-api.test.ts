// The Sheets advanced service: batchGet's render options, ranges and errors, and
// Spreadsheets.get with a fields mask, as the Sheets API reference documents them.
import { describe, expect, it } from 'vitest';
import type { FakeSheetsSpreadsheets } from '../../../src/local/runtime';
import { ErrorCell, LocalRuntime } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

function api(rt: LocalRuntime): FakeSheetsSpreadsheets {
  const sheets = rt.globals().Sheets as { Spreadsheets: FakeSheetsSpreadsheets };
  return sheets.Spreadsheets;
}

/** Spreadsheet with a sheet of every kind of cell; returns the runtime and its id. */
function setup() {
  const rt = runtime({ advancedSheets: true });
  rt.load.sheet('Số liệu', {
    rows: [
      ['Số', 'Ngày', 'Lúc', 'Giờ', 'Đúng', 'Gấp đôi', 'Lỗi', 'Tỉ lệ'],
      [
        1234.5,
        LocalRuntime.date(2023, 7, 13),
        LocalRuntime.date(2023, 7, 13, 8, 5),
        LocalRuntime.date(1899, 12, 30, 7, 30),
        true,
        2469,
        new ErrorCell('#N/A'),
        0.25,
      ],
      [],
      ['cuối', '', ''],
    ],
    formulas: [null, [null, null, null, null, null, '=A2*2']],
    formats: [
      null,
      ['#,##0.00', 'dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss', 'HH:mm', null, null, null, '0.0%'],
    ],
    maxRows: 10,
    maxColumns: 10,
  });
  return { rt, id: rt.spreadsheet.getId() };
}

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  it('renders values as the cell shows them by default (FORMATTED_VALUE), leaving out trailing empties', () => {
    const { rt, id } = setup();
    const res = api(rt).Values.batchGet(id, { ranges: ["'Số liệu'!A1:J10"] }) as {
      valueRanges: { range: string; majorDimension: string; values: unknown[][] }[];
    };
    expect(res.valueRanges[0].range).toBe("'Số liệu'!A1:J10");
    expect(res.valueRanges[0].majorDimension).toBe('ROWS');
    expect(res.valueRanges[0].values).toEqual([
      ['Số', 'Ngày', 'Lúc', 'Giờ', 'Đúng', 'Gấp đôi', 'Lỗi', 'Tỉ lệ'],
      ['1,234.50', '13/07/2023', '13/07/2023 08:05:00', '07:30', 'TRUE', '2469', '#N/A', '25.0%'],
      [],
      ['cuối'],
    ]);
    // dateTimeRenderOption is ignored with FORMATTED_VALUE.
    const serial = api(rt).Values.batchGet(id, {
      ranges: "'Số liệu'!A2:H2",
      dateTimeRenderOption: 'SERIAL_NUMBER',
    }) as { valueRanges: { values: unknown[][] }[] };
    expect(serial.valueRanges[0].values[0][1]).toBe('13/07/2023');
  });

  it('gives numbers as numbers with UNFORMATTED_VALUE, dates as serial numbers in local time or as shown', () => {
    const { rt, id } = setup();
    const get = (options: object) =>
      (
        api(rt).Values.batchGet(id, { ranges: ["'Số liệu'!A2:H2"], ...options }) as {
          valueRanges: { values: unknown[][] }[];
        }
      ).valueRanges[0].values[0];
    // 13/07/2023 is day 45120 after 30/12/1899; 08:05 is 485/1440 of a day; 07:30 is 0.3125.
    expect(get({ valueRenderOption: 'UNFORMATTED_VALUE' })).toEqual([
      1234.5,
      45120,
      45120 + 485 / 1440,
      0.3125,
      true,
      2469,
      '#N/A',
      0.25,
    ]);
    expect(
      get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' }),
    ).toEqual([1234.5, '13/07/2023', '13/07/2023 08:05:00', '07:30', true, 2469, '#N/A', 0.25]);
    expect(get({ valueRenderOption: 'FORMULA' })).toEqual([
      1234.5,
      45120,
      45120 + 485 / 1440,
      0.3125,
      true,
      '=A2*2',
      '#N/A',
      0.25,
    ]);
  });

  it('reads sheet names that need quoting, bare names, open ranges and A1 without a name', () => {
    const rt = runtime({ advancedSheets: true });
    const id = rt.spreadsheet.getId();
    const rows = Array.from({ length: 5 }, (_, i) => [`r${i + 1}`, i + 1, '', '', '', 'F']);
    rt.load.sheet('Xã A!B2', { rows, maxRows: 400, maxColumns: 6 });
    rt.load.sheet("Đội 1's", { rows: [['a', 'b', 'c', 'd', 'e', 'f']] });
    rt.load.sheet('Data', { rows: [['x']] });
    const res = api(rt).Values.batchGet(id, {
      ranges: ["'Xã A!B2'!A1:F400", "'Đội 1''s'!A:E", 'Data', 'B2:B3', "'Xã A!B2'!F3"],
      valueRenderOption: 'UNFORMATTED_VALUE',
    }) as { valueRanges: { range: string; values?: unknown[][] }[] };
    expect(res.valueRanges.map((v) => v.range)).toEqual([
      "'Xã A!B2'!A1:F400",
      "'Đội 1''s'!A1:E1",
      'Data!A1',
      "'Xã A!B2'!B2:B3",
      "'Xã A!B2'!F3",
    ]);
    expect(res.valueRanges.map((v) => v.values)).toEqual([
      rows,
      [['a', 'b', 'c', 'd', 'e']],
      [['x']],
      [[2], [3]],
      [['F']],
    ]);
  });

  it('refuses an unknown sheet and a range past the grid with the API’s errors', () => {
    const { rt, id } = setup();
    const values = api(rt).Values;
    expect(() => values.batchGet(id, { ranges: ["'Số liệu'!A1", "'Không có'!A1:B2"] })).toThrow(
      "API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'Không có'!A1:B2",
    );
    // Sheet names are matched exactly.
    expect(() => values.batchGet(id, { ranges: ["'số liệu'!A1"] })).toThrow(
      /Unable to parse range: 'số liệu'!A1/,
    );
    expect(() => values.batchGet(id, { ranges: ["'Số liệu'!A1:K2"] })).toThrow(
      "API call to sheets.spreadsheets.values.batchGet failed with error: Range ('Số liệu'!A1:K2) exceeds grid limits. Max rows: 10, max columns: 10",
    );
    expect(() => values.batchGet('khác', { ranges: ["'Số liệu'!A1"] })).toThrow(
      /Requested entity was not found/,
    );
  });
});

describe('Sheets.Spreadsheets.get', () => {
  it('gives each sheet’s properties, with its grid size, and only the fields asked for', () => {
    const { rt, id } = setup();
    rt.spreadsheet.insertSheet('Tổng hợp').hideSheet();
    const spreadsheets = api(rt);
    expect(
      spreadsheets.get(id, {
        fields: 'sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount))',
      }),
    ).toEqual({
      sheets: [
        {
          properties: {
            sheetId: 0,
            title: 'Số liệu',
            index: 0,
            gridProperties: { rowCount: 10, columnCount: 10 },
          },
        },
        {
          properties: {
            sheetId: 1,
            title: 'Tổng hợp',
            index: 1,
            gridProperties: { rowCount: 1000, columnCount: 26 },
          },
        },
      ],
    });
    expect(spreadsheets.get(id, { fields: 'sheets(properties(title))' })).toEqual({
      sheets: [{ properties: { title: 'Số liệu' } }, { properties: { title: 'Tổng hợp' } }],
    });
    const whole = spreadsheets.get(id) as {
      properties: unknown;
      sheets: { properties: Record<string, unknown> }[];
    };
    expect(whole.properties).toEqual({
      title: 'Chiến dịch',
      locale: 'vi_VN',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(whole.sheets[1].properties).toMatchObject({ sheetType: 'GRID', hidden: true });
    expect(() => spreadsheets.get(id, { fields: 'sheets(properties' })).toThrow(
      'API call to sheets.spreadsheets.get failed with error: Invalid field selection sheets(properties',
    );
  });
});
