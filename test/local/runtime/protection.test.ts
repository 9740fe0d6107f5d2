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
