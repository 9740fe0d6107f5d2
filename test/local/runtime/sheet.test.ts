import { describe, expect, it } from 'vitest';
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
