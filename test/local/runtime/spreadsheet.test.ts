import { describe, expect, it } from 'vitest';
import { runtime } from '../../helpers';

describe('the spreadsheet', () => {
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
});
