import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheetApp } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

describe('call counting', () => {
  it('counts each Spreadsheet-service call by method, and not the runtime calling itself', () => {
    const rt = runtime();
    rt.addSheet('Đơn vị', [['Đơn vị'], ['Cần Thạnh'], ['Bình Khánh']]);
    const app = rt.globals().SpreadsheetApp as FakeSpreadsheetApp;
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

describe('the layout calls', () => {
  it('count as writes, one each, RangeList calls included', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp');
    rt.calls.reset();
    sheet.getRange('A4:B5').mergeVertically();
    sheet.getRange('C4:E4').merge();
    sheet.getRange('A4:E9').setBorder(true, true, true, true, true, true);
    sheet.getRangeList(['A4:E5']).setWrap(true).breakApart();
    sheet.setColumnWidths(1, 2, 80);
    expect(rt.calls.summary()).toMatchObject({ writes: 6, reads: 0 });
    expect(rt.calls.count('RangeList.breakApart')).toBe(1);
    expect(sheet.merges).toEqual([]);
  });
});
