import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheetApp } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

function sheetWith(rows: unknown[][], rt = runtime()) {
  return rt.addSheet('Dữ liệu', rows);
}

describe('sheets', () => {
  it('finds the last row and column by content, not by formatting or notes', () => {
    const sheet = sheetWith([
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

  it('inserts and deletes rows, moving what is below', () => {
    const sheet = sheetWith([['1'], ['2'], ['3']]);
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
    const sheet = sheetWith([['1', '2', '3']]);
    sheet.getRange('B1').setNote('hai').setNumberFormat('0.0');
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1, '', '', 2, 3]]);
    expect(sheet.getRange('D1').getNote()).toBe('hai');
    expect(sheet.getRange('D1').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('B1').getNote()).toBe('');
  });
});

describe('growing a sheet within the 10,000,000 cells of the spreadsheet', () => {
  const LIMIT =
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  /** A 10 × 10 sheet in a spreadsheet with `room` cells left. */
  function nearlyFull(room: number) {
    const rt = runtime();
    rt.load.sheet('Đầy', { maxRows: 10_000_000 - 100 - room, maxColumns: 1 });
    const sheet = rt.load.sheet('Dữ liệu', { rows: [['a', 'b']], maxRows: 10, maxColumns: 10 });
    return { rt, sheet };
  }

  it('inserts rows and columns while they fit, and refuses what would pass the limit', () => {
    const { rt, sheet } = nearlyFull(25);
    sheet.insertRowsAfter(10, 2); // 20 cells
    expect(() => sheet.insertRowsBefore(1, 1)).toThrow(LIMIT); // 10 more: 30 > 25
    expect(() => sheet.insertRows(1)).toThrow(LIMIT);
    expect(() => sheet.insertRowAfter(1)).toThrow(LIMIT);
    expect(() => sheet.insertRowBefore(1)).toThrow(LIMIT);
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(LIMIT); // 12 cells
    expect(() => sheet.insertColumnBefore(1)).toThrow(LIMIT);
    expect(() => sheet.insertColumns(1, 1)).toThrow(LIMIT);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([12, 10]);
    expect(rt.spreadsheet.cellCount).toBe(10_000_000 - 5);
  });

  it('refuses an appendRow that would grow the grid past the limit, when it is called', () => {
    const { rt, sheet } = nearlyFull(10);
    for (let i = 0; i < 8; i++) sheet.appendRow([i]); // rows 2–9: inside the grid
    sheet.appendRow(['x']); // row 10
    sheet.appendRow(['y']); // row 11: 10 new cells, the last that fit
    expect(rt.spreadsheet.cellCount).toBe(10_000_000);
    expect(() => rt.executions.run('a@x.vn', () => sheet.appendRow(['z']))).toThrow(LIMIT);
    expect(sheet.getLastRow()).toBe(11);
  });
});

describe('deleting columns', () => {
  it('moves values, formulas, notes, formats, validation, styles and widths to the left', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Dữ liệu', [['1', '2', '3', '4', '=A1+D1']]);
    const app = rt.globals().SpreadsheetApp as FakeSpreadsheetApp;
    sheet.getRange('D1').setNote('bốn').setNumberFormat('0.0').setBackground('#ff0000');
    sheet
      .getRange('D1')
      .setDataValidation(app.newDataValidation().requireNumberBetween(0, 9).build());
    sheet.setColumnWidth(4, 140);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1, 4, '']]);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1+D1');
    expect(sheet.getRange('B1').getNote()).toBe('bốn');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('B1').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('B1').getDataValidation()!.getCriteriaValues()).toEqual([0, 9]);
    expect(sheet.getColumnWidth(2)).toBe(140);
    expect(sheet.getColumnWidth(4)).toBe(100);
    expect(sheet.getMaxColumns()).toBe(24);
    expect(rt.restructured.has(sheet)).toBe(true);
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1').getValue()).toBe(4);
  });

  it('refuses columns out of bounds and deleting every column, as Apps Script words it', () => {
    const rt = runtime();
    const sheet = rt.load.sheet('Hẹp', { rows: [['a', 'b', 'c']] });
    expect(() => sheet.deleteColumns(3, 2)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumns(0, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumns(1, 3)).toThrow(
      "You can't delete all the columns on the sheet.",
    );
    sheet.deleteColumns(1, 2);
    expect(sheet.getRange('A1').getValue()).toBe('c');
  });
});
