import { describe, expect, it } from 'vitest';
import { ErrorCell } from '../../../src/local/runtime/cells';
import { LocalRuntime } from '../../../src/local/runtime/runtime';
import { runtime } from '../../helpers';

function sheetWith(rows: unknown[][], rt = runtime()) {
  const sheet = rt.addSheet('Dữ liệu', rows);
  return { rt, sheet, ss: rt.spreadsheet };
}

describe('ranges and A1 notation', () => {
  it('addresses cells 1-based by row, column, rows, columns', () => {
    const { sheet } = sheetWith([
      ['a', 'b', 'c'],
      [1, 2, 3],
    ]);
    expect(sheet.getRange(2, 2).getValue()).toBe(2);
    expect(sheet.getRange(1, 2, 2, 2).getValues()).toEqual([
      ['b', 'c'],
      [2, 3],
    ]);
    expect(sheet.getRange(1, 2, 2, 2).getA1Notation()).toBe('B1:C2');
    expect(sheet.getRange(3, 1).getA1Notation()).toBe('A3');
  });

  it('reads A1 notation, open-ended ranges and sheet-qualified references', () => {
    const { sheet, ss } = sheetWith([
      ['a', 'b', 'c'],
      [1, 2, 3],
    ]);
    expect(sheet.getRange('C2').getValue()).toBe(3);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:2').getNumColumns()).toBe(26);
    expect(ss.getRange("'Dữ liệu'!B1:C1").getValues()).toEqual([['b', 'c']]);
    expect(sheet.getRange(2, 1, 1, 3).getCell(1, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange('A1').offset(1, 1, 1, 2).getA1Notation()).toBe('B2:C2');
  });

  it('rejects ranges outside the sheet and empty ranges with Apps Script wording', () => {
    const { sheet } = sheetWith([['a']]);
    expect(() => sheet.getRange(0, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('pads reads beyond the content with empty strings', () => {
    const { sheet } = sheetWith([['a']]);
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['a', '', ''],
      ['', '', ''],
    ]);
  });

  it('returns copies: changing what was read changes nothing in the sheet', () => {
    const { sheet } = sheetWith([[1, 2]]);
    const values = sheet.getRange(1, 1, 1, 2).getValues();
    values[0][0] = 99;
    expect(sheet.getRange(1, 1).getValue()).toBe(1);
    const first = sheet.getRange(1, 1, 1, 2).getValues();
    expect(first).not.toBe(sheet.getRange(1, 1, 1, 2).getValues());
  });

  it('throws on a row or column count mismatch, worded as Apps Script words it', () => {
    const { sheet } = sheetWith([]);
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
    // Nothing was half-written.
    expect(sheet.getLastRow()).toBe(0);
  });

  it('finds the last row and column by content, not by formatting or notes', () => {
    const { sheet } = sheetWith([
      ['a', '', ''],
      ['', '', 'c'],
    ]);
    sheet.getRange('E10').setNote('ghi chú');
    sheet.getRange('F12').setNumberFormat('0.00');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
    sheet.getRange('B5').setValue(0);
    expect(sheet.getLastRow()).toBe(5);
    sheet.getRange('B5').clearContent();
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C2');
  });
});

describe('values as Apps Script converts them', () => {
  it('reads a date cell as a Date at midnight in the spreadsheet zone', () => {
    const { sheet } = sheetWith([]);
    sheet.grid.values[0] = [LocalRuntime.date(2023, 7, 13)];
    const v = sheet.getRange('A1').getValue() as Date;
    expect(Object.prototype.toString.call(v)).toBe('[object Date]');
    expect(v.toISOString()).toBe('2023-07-12T17:00:00.000Z');
  });

  it('stores a Date written by a script as the wall-clock time in the spreadsheet zone', () => {
    const { sheet, ss } = sheetWith([]);
    sheet.getRange('A1').setValue(new Date('2023-07-14T01:00:00Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('14/07/2023 08:00:00');
    // The same cell read after the zone changes shows the same wall time, another instant.
    ss.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(
      '2023-07-14T08:00:00.000Z',
    );
  });

  it('parses strings like typed input: numbers, booleans, dates, formulas; an apostrophe keeps text', () => {
    const { sheet } = sheetWith([]);
    sheet
      .getRange(1, 1, 1, 6)
      .setValues([['12', 'TRUE', '13/07/2023', '=SUM(B2:B3)', "'=không phải công thức", '12,5']]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row[0]).toBe(12);
    expect(row[1]).toBe(true);
    expect((row[2] as Date).toISOString()).toBe('2023-07-12T17:00:00.000Z');
    expect(row[3]).toBe('');
    expect(row[4]).toBe('=không phải công thức');
    expect(row[5]).toBe('12,5');
    expect(sheet.getRange(1, 1, 1, 6).getFormulas()).toEqual([['', '', '', '=SUM(B2:B3)', '', '']]);
  });

  it('reads error cells as their code and keeps their formulas', () => {
    const { sheet } = sheetWith([]);
    sheet.getRange('A1').setValue('#N/A');
    // A formula whose cached result is an error, as a loaded workbook holds it.
    sheet.grid.put(1, 2, { value: new ErrorCell('#DIV/0!'), formula: '=1/0' });
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#N/A', '#DIV/0!']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=1/0']]);
  });
});

describe('sheets', () => {
  it('inserts, renames and deletes sheets, refusing duplicate names', () => {
    const rt = runtime();
    const ss = rt.spreadsheet;
    rt.addSheet('Cấu hình');
    const units = ss.insertSheet('Đơn vị');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cấu hình', 'Đơn vị']);
    expect(() => ss.insertSheet('đơn vị')).toThrow(
      'A sheet with the name "đơn vị" already exists. Please enter another name.',
    );
    units.setName('Đơn vị (cũ)');
    expect(ss.getSheetByName('Đơn vị')).toBeNull();
    expect(ss.getSheetByName('Đơn vị (cũ)')?.getIndex()).toBe(2);
    ss.insertSheet('Tổng hợp', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Tổng hợp', 'Cấu hình', 'Đơn vị (cũ)']);
    ss.deleteSheet(units);
    expect(ss.getNumSheets()).toBe(2);
  });

  it('inserts and deletes rows, moving what is below', () => {
    const { sheet } = sheetWith([['1'], ['2'], ['3']]);
    sheet.getRange('A3').setNote('ba');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('A5').getNote()).toBe('ba');
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 3);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [3]]);
    expect(sheet.getRange('A2').getNote()).toBe('ba');
  });

  it('inserts columns, moving values, notes and formats to the right', () => {
    const { sheet } = sheetWith([['1', '2', '3']]);
    sheet.getRange('B1').setNote('hai').setNumberFormat('0.0');
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1, '', '', 2, 3]]);
    expect(sheet.getRange('D1').getNote()).toBe('hai');
    expect(sheet.getRange('D1').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('B1').getNote()).toBe('');
  });

  it('records protections with their editors', () => {
    const rt = runtime({ owner: 'lanhdao@example.vn' });
    const sheet = rt.addSheet('Cần Thạnh');
    const p = sheet.protect().setDescription('Chỉ Công an xã Cần Thạnh được sửa');
    p.removeEditors(p.getEditors());
    p.addEditors(['ca.canthanh@example.vn']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([
      'lanhdao@example.vn',
      'ca.canthanh@example.vn',
    ]);
    const column = sheet.getRange('E:E').protect();
    expect(sheet.getProtections('SHEET')).toEqual([p]);
    expect(rt.spreadsheet.getProtections('RANGE')).toEqual([column]);
    expect(column.getRange().getA1Notation()).toBe('E1:E1000');
  });

  it('records data validation, notes and number formats per cell', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Cần Thạnh');
    const app = rt.globals().SpreadsheetApp as {
      newDataValidation(): import('../../../src/local/runtime/data-validation').FakeDataValidationBuilder;
    };
    const rule = app
      .newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(false)
      .setHelpText('Nhập số nguyên ≥ 0')
      .build();
    sheet.getRange('B4:C5').setDataValidation(rule);
    sheet.getRange('B4:C4').setNumberFormats([['#,##0', '0.0%']]);
    sheet.getRange('B4').setNote('Số hồ sơ thu nhận trong ngày');
    expect(sheet.getRange('C5').getDataValidation()?.getCriteriaType()).toBe(
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    );
    expect(sheet.getRange('C5').getDataValidation()?.getCriteriaValues()).toEqual([0]);
    expect(sheet.getRange('D5').getDataValidation()).toBeNull();
    expect(sheet.getRange('B4:D4').getNumberFormats()).toEqual([
      ['#,##0', '0.0%', '0.###############'],
    ]);
    expect(sheet.getRange('B4:C4').getNotes()).toEqual([['Số hồ sơ thu nhận trong ngày', '']]);
    sheet.getRange('B4:C4').setValues([[66392, 0.214]]);
    expect(sheet.getRange('B4:C4').getDisplayValues()).toEqual([['66,392', '21.4%']]);
  });

  it('records charts and conditional format rules', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Lịch sử', [
      ['Ngày', 'Lũy kế'],
      ['13/07/2023', 14210],
    ]);
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:B2'))
      .setPosition(1, 4, 0, 0)
      .setOption('title', 'Tiến độ')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B2');
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Tiến độ');
    sheet.removeChart(chart);
    expect(sheet.getCharts()).toHaveLength(0);
    const app = rt.globals().SpreadsheetApp as {
      newConditionalFormatRule(): import('../../../src/local/runtime/conditional-format').FakeConditionalFormatRuleBuilder;
    };
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Chậm tiến độ')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('C2:C9')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition().getBackground()).toBe(
      '#f4cccc',
    );
  });
});

describe('call counting', () => {
  it('counts each Spreadsheet-service call by method, and not the runtime calling itself', () => {
    const rt = runtime();
    rt.addSheet('Đơn vị', [['Đơn vị'], ['Cần Thạnh'], ['Bình Khánh']]);
    const app = rt.globals().SpreadsheetApp as {
      getActiveSpreadsheet(): import('../../../src/local/runtime/spreadsheet').FakeSpreadsheet;
    };
    const sheet = app.getActiveSpreadsheet().getSheetByName('Đơn vị')!;
    sheet.getDataRange().getValues();
    sheet.getRange(1, 2, 3, 1).setValues([['Mã'], ['CT'], ['BK']]);
    expect(rt.calls.spreadsheet()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(rt.calls.summary()).toMatchObject({ reads: 1, writes: 1, other: 4, calls: 6 });
  });
});
