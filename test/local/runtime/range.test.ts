import { describe, expect, it } from 'vitest';
import { ErrorCell, LocalRuntime } from '../../../src/local/runtime';
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
});

describe('values as Apps Script converts them', () => {
  it('reads a date cell as a Date at midnight in the spreadsheet zone', () => {
    const rt = runtime();
    const sheet = rt.load.sheet('Dữ liệu', { rows: [[LocalRuntime.date(2023, 7, 13)]] });
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
    const rt = runtime();
    // B1: a formula whose cached result is an error, as a loaded workbook holds it.
    const sheet = rt.load.sheet('Dữ liệu', {
      rows: [['', new ErrorCell('#DIV/0!')]],
      formulas: [[null, '=1/0']],
    });
    sheet.getRange('A1').setValue('#N/A');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#N/A', '#DIV/0!']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=1/0']]);
  });
});
