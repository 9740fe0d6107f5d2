import { describe, expect, it } from 'vitest';
import { runtime } from '../../helpers';

describe('protections', () => {
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
});

describe('protections hold against scripts', () => {
  const PROTECTED =
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

  /** Cần Thạnh's tab, protected for the owner and its officer; its E column for the owner. */
  function workbook() {
    const rt = runtime({ owner: 'lanhdao@example.vn', editors: ['ca.canthanh@example.vn'] });
    const tab = rt.addSheet('Cần Thạnh', [['Ngày', 'Thu nhận', 'Cập nhật lúc']]);
    const sheetProtection = tab.protect().setDescription('Cần Thạnh');
    sheetProtection.addEditors(['ca.canthanh@example.vn']);
    tab.getRange('C:C').protect().setDescription('Cập nhật lúc');
    rt.addSheet('Ghi chép');
    return { rt, tab: () => rt.spreadsheet.getSheetByName('Cần Thạnh')! };
  }

  it("fail as Sheets fails them when the execution's user may not edit the cells", () => {
    const { rt, tab } = workbook();
    // A script run by someone the protection does not list: the menu's user, or a trigger's.
    expect(() =>
      rt.executions.run('ca.binhkhanh@example.vn', () => tab().getRange('B2').setValue(12)),
    ).toThrow(PROTECTED);
    expect(() =>
      rt.executions.run('ca.binhkhanh@example.vn', () => tab().insertRowsAfter(1, 5)),
    ).toThrow(PROTECTED);
    expect(() =>
      rt.executions.run('ca.binhkhanh@example.vn', () =>
        tab().getRangeList(['A2', 'B2']).setFontWeight('bold'),
      ),
    ).toThrow(PROTECTED);
    expect(() =>
      rt.executions.run('ca.binhkhanh@example.vn', () => rt.spreadsheet.deleteSheet(tab())),
    ).toThrow(PROTECTED);
    // The officer the sheet lists may write figures, not the owner's column.
    rt.executions.run('ca.canthanh@example.vn', () => tab().getRange('B2').setValue(12));
    expect(() =>
      rt.executions.run('ca.canthanh@example.vn', () => tab().getRange('C2').setValue('sửa')),
    ).toThrow(PROTECTED);
    // The owner may write anywhere; anyone may write a sheet nobody protected, or add one.
    rt.executions.run('lanhdao@example.vn', () => tab().getRange('C2').setValue('lãnh đạo sửa'));
    rt.executions.run('ca.binhkhanh@example.vn', () => {
      rt.spreadsheet.getSheetByName('Ghi chép')!.getRange('A1').setValue('ghi chú');
      rt.spreadsheet.insertSheet('Nháp');
    });
    expect(tab().getRange('B2:C2').getValues()).toEqual([[12, 'lãnh đạo sửa']]);
  });

  it('leave a write by the test itself, outside any execution, alone', () => {
    const { tab } = workbook();
    tab().getRange('C2').setValue('dựng sẵn');
    expect(tab().getRange('C2').getValue()).toBe('dựng sẵn');
  });
});
