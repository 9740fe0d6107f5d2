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

describe('the 10,000,000 cells of a spreadsheet', () => {
  const LIMIT =
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('counts every sheet’s whole grid, and refuses a new sheet (1,000 × 26) that would pass it', () => {
    const rt = runtime();
    const ss = rt.spreadsheet;
    expect(ss.cellCount).toBe(0);
    const first = ss.insertSheet('Trang 1');
    expect([first.getMaxRows(), first.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.cellCount).toBe(26_000);
    // Up to exactly 10,000,000 with one more new sheet.
    rt.load.sheet('Lớn', { maxRows: 10_000_000 - 2 * 26_000, maxColumns: 1 });
    ss.insertSheet('Trang 2');
    expect(ss.cellCount).toBe(10_000_000);
    expect(() => ss.insertSheet('Trang 3')).toThrow(LIMIT);
    expect(ss.getNumSheets()).toBe(3);
    ss.deleteSheet(first);
    ss.insertSheet('Trang 3');
    expect(ss.cellCount).toBe(10_000_000);
  });
});
