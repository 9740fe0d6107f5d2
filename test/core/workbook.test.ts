import { describe, expect, it } from 'vitest';
import { readUnitRows, settingValue } from '../../src/core/workbook';

describe('Cấu hình', () => {
  it('finds a value by its label in column A, however it is typed', () => {
    const rows = [['Thiết lập', 'Giá trị'], [' ten chien dich ', 'Cần Giờ 2023'], ['Hạn hoàn thành', '05/11/2023']];
    expect(settingValue(rows, 'Tên chiến dịch')).toBe('Cần Giờ 2023');
    expect(settingValue(rows, 'Ngày bắt đầu')).toBeUndefined();
  });
});

describe('Đơn vị', () => {
  it('lists units in order with their parent, skipping rows without a name', () => {
    const rows = [
      ['Mã', 'ĐƠN VỊ', 'cap tren'],
      ['CT', 'Cần Thạnh', 'Cần Giờ'],
      ['', '', ''],
      ['BK', '  Bình   Khánh ', ''],
    ];
    expect(readUnitRows(rows)).toEqual([
      { name: 'Cần Thạnh', parent: 'Cần Giờ', row: 2 },
      { name: 'Bình Khánh', parent: null, row: 4 },
    ]);
  });

  it('names the header it expected when the name column is missing', () => {
    expect(() => readUnitRows([['Mã', 'Tên']])).toThrow('Trang "Đơn vị": hàng 1 thiếu cột "Đơn vị".');
  });
});
