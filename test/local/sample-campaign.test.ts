import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { APPENDIX } from '../fixtures/can-gio-appendix';
import { parseSampleArgs } from '../../src/local/sample-campaign';
import { sampleWorkbook } from '../helpers';

describe('the sample Cần Giờ workbook', () => {
  it('adds up, per commune, to the appendix as of the end of 13/07/2023', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await sampleWorkbook());
    const units = book.getWorksheet('Đơn vị')!;
    expect(units.getRow(1).values).toEqual([
      undefined,
      'Mã',
      'Đơn vị',
      'Cấp trên',
      'Tab',
      'Email',
      'Chỉ tiêu Thu nhận',
      'Đầu kỳ Thu nhận',
      'Đầu kỳ Kích hoạt',
    ]);
    APPENDIX.forEach(([name, quota, collected, activated], i) => {
      const row = units.getRow(i + 2);
      expect([row.getCell(2).value, row.getCell(6).value]).toEqual([name, quota]);
      const tab = book.getWorksheet(name)!;
      expect(tab.getRow(3).values).toEqual([
        undefined,
        'Ngày',
        'Thu nhận',
        'Kích hoạt',
        'Ghi chú',
        'Cập nhật lúc',
      ]);
      let sumCollected = row.getCell(7).value as number;
      let sumActivated = row.getCell(8).value as number;
      tab.eachRow((r, n) => {
        if (n <= 3) return;
        sumCollected += (r.getCell(2).value as number) ?? 0;
        sumActivated += (r.getCell(3).value as number) ?? 0;
      });
      expect([name, sumCollected, sumActivated]).toEqual([name, collected, activated]);
    });
  });

  it('has one row per day from 26/06/2023 to 05/11/2023, and two communes missing 13/07/2023', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await sampleWorkbook());
    const missing: string[] = [];
    for (const [name] of APPENDIX) {
      const tab = book.getWorksheet(name)!;
      expect((tab.getCell('A4').value as Date).toISOString()).toBe('2023-06-26T00:00:00.000Z');
      expect((tab.getCell(`A${3 + 133}`).value as Date).toISOString()).toBe(
        '2023-11-05T00:00:00.000Z',
      );
      // 13/07/2023 is the 18th day.
      expect((tab.getCell('A21').value as Date).toISOString()).toBe('2023-07-13T00:00:00.000Z');
      if (tab.getCell('B21').value === null) missing.push(name);
      expect(tab.getCell('B20').value).not.toBeNull();
    }
    expect(missing).toEqual(['Thạnh An', 'Lý Nhơn']);
  });
});

describe('npm run sample', () => {
  it('writes Cần Giờ unless --kind names another sample, each to its own file by default', () => {
    expect(parseSampleArgs([])).toEqual({ kind: 'can-gio', file: 'out/can-gio.xlsx' });
    expect(parseSampleArgs(['out/can-gio.xlsx'])).toEqual({
      kind: 'can-gio',
      file: 'out/can-gio.xlsx',
    });
    expect(parseSampleArgs(['--kind', 'can-gio'])).toEqual({
      kind: 'can-gio',
      file: 'out/can-gio.xlsx',
    });
    expect(parseSampleArgs(['--kind', 'bim-son'])).toEqual({
      kind: 'bim-son',
      file: 'out/bim-son.xlsx',
    });
    expect(parseSampleArgs(['--kind=bim-son', 'x/b.xlsx'])).toEqual({
      kind: 'bim-son',
      file: 'x/b.xlsx',
    });
  });

  it('refuses, in Vietnamese, a sample it does not have and a second file', () => {
    expect(parseSampleArgs(['--kind', 'ha-noi'])).toBe(
      'Không có mẫu "ha-noi": chọn --kind can-gio hoặc --kind bim-son.',
    );
    expect(parseSampleArgs(['a.xlsx', 'b.xlsx'])).toMatch(/một tệp/);
    expect(parseSampleArgs(['--loai', 'bim-son'])).toMatch(/^Tham số không hợp lệ/);
  });
});
