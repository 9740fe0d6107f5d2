import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';
import { runtime, tempDir } from '../helpers';

/** A workbook with one of every kind of cell a campaign sheet can hold. */
async function fixture(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Cần Thạnh');
  ws.getCell('A1').value = 'Công an xã Cần Thạnh';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A3').value = 'Ngày';
  ws.getCell('B3').value = 'Thu nhận';
  ws.getCell('A4').value = new Date(Date.UTC(2023, 6, 13));
  ws.getCell('A4').numFmt = 'dd/mm/yyyy';
  ws.getCell('B4').value = 120;
  ws.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  ws.getCell('C4').value = true;
  ws.getCell('D4').value = { formula: 'B4*2', result: 240 };
  ws.getCell('D5').value = { sharedFormula: 'D4', result: 0 } as unknown as ExcelJS.CellValue;
  ws.getCell('E4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('F4').value = {
    formula: 'VLOOKUP(1,A1:A2,2,FALSE)',
    result: { error: '#REF!' },
  } as unknown as ExcelJS.CellValue;
  ws.getCell('G4').value = {
    richText: [{ text: 'Nhập ' }, { font: { bold: true }, text: 'trước 07:30' }],
  };
  ws.getCell('G4').note = 'Hạn chót hằng ngày';
  ws.getCell('H4').value = new Date(Date.UTC(1899, 11, 30, 7, 30));
  ws.getCell('H4').numFmt = 'hh:mm';
  ws.getColumn(1).width = 14;
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  book.addWorksheet('Đơn vị').addRow(['Đơn vị']);
  await book.xlsx.writeFile(file);
}

describe('loading .xlsx', () => {
  it('brings dates, numbers, text, booleans, formulas with cached results and errors into the runtime', async () => {
    const file = join(tempDir(), 'mau.xlsx');
    await fixture(file);
    const rt = runtime();
    await loadXlsx(rt, file);
    const sheet = rt.spreadsheet.getSheetByName('Cần Thạnh')!;
    const [row] = sheet.getRange('A4:H4').getValues();
    expect((row[0] as Date).toISOString()).toBe('2023-07-12T17:00:00.000Z');
    expect(row.slice(1, 7)).toEqual([120, true, 240, '#N/A', '#REF!', 'Nhập trước 07:30']);
    expect(sheet.getRange('A4:H4').getFormulas()).toEqual([
      ['', '', '', '=B4*2', '', '=VLOOKUP(1,A1:A2,2,FALSE)', '', ''],
    ]);
    expect(sheet.getRange('D5').getFormula()).toBe('=B5*2');
    expect(sheet.getRange('G4').getNote()).toBe('Hạn chót hằng ngày');
    expect(sheet.getRange('A4').getNumberFormat()).toBe('dd/mm/yyyy');
    expect(sheet.getRange('A4').getDisplayValue()).toBe('13/07/2023');
    expect(sheet.getRange('H4').getDisplayValue()).toBe('07:30');
    expect(sheet.getFrozenRows()).toBe(3);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Cần Thạnh', 'Đơn vị']);
  });

  it('gives each sheet the file’s own extent, not a new sheet’s 1,000 × 26', async () => {
    const file = join(tempDir(), 'mau.xlsx');
    await fixture(file);
    const rt = runtime();
    await loadXlsx(rt, file);
    const sizes = rt.spreadsheet.getSheets().map((s) => [s.getMaxRows(), s.getMaxColumns()]);
    expect(sizes).toEqual([
      [5, 8],
      [1, 1],
    ]);
    expect(rt.spreadsheet.cellCount).toBe(41);
  });
});

describe('saving .xlsx', () => {
  it('writes what a script changed and leaves every untouched cell as it was', async () => {
    const dir = tempDir();
    await fixture(join(dir, 'in.xlsx'));
    const rt = runtime();
    const book = await loadXlsx(rt, join(dir, 'in.xlsx'));
    const sheet = rt.spreadsheet.getSheetByName('Cần Thạnh')!;
    sheet.getRange('B5').setValue(95);
    sheet.getRange('C5').setValue(new Date('2023-07-14T00:45:00Z'));
    rt.spreadsheet
      .insertSheet('Kiểm tra')
      .getRange('A1:B1')
      .setValues([['Mức độ', '=HYPERLINK("#gid=0";"B4")']]);
    await saveXlsx(rt, book, join(dir, 'out.xlsx'));

    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(join(dir, 'in.xlsx'));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(join(dir, 'out.xlsx'));
    expect(after.worksheets.map((w) => w.name)).toEqual(['Cần Thạnh', 'Đơn vị', 'Kiểm tra']);
    const a = after.getWorksheet('Cần Thạnh')!;
    const b = before.getWorksheet('Cần Thạnh')!;
    b.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const out = a.getCell(r, c);
        expect({
          at: cell.address,
          value: out.value,
          numFmt: out.numFmt,
          style: out.style,
          note: out.note,
        }).toEqual({
          at: cell.address,
          value: cell.value,
          numFmt: cell.numFmt,
          style: cell.style,
          note: cell.note,
        });
      }),
    );
    expect(a.getCell('B5').value).toBe(95);
    // 07:45 on 14/07/2023 in Ho Chi Minh City, stored as wall time.
    expect((a.getCell('C5').value as Date).toISOString()).toBe('2023-07-14T07:45:00.000Z');
    expect(a.getColumn(1).width).toBe(14);
    expect(a.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(after.getWorksheet('Kiểm tra')!.getCell('B1').value).toEqual({
      formula: 'HYPERLINK("#gid=0";"B4")',
    });
  });

  it('rewrites a sheet whose rows moved, with every value in its new place', async () => {
    const dir = tempDir();
    await fixture(join(dir, 'in.xlsx'));
    const rt = runtime();
    const book = await loadXlsx(rt, join(dir, 'in.xlsx'));
    rt.spreadsheet.getSheetByName('Cần Thạnh')!.insertRowsAfter(3, 1);
    await saveXlsx(rt, book, join(dir, 'out.xlsx'));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(join(dir, 'out.xlsx'));
    const ws = after.getWorksheet('Cần Thạnh')!;
    expect(ws.getCell('A4').value).toBeNull();
    expect(ws.getCell('B5').value).toBe(120);
    // (The runtime does not rewrite references inside formulas when rows move; see README.)
    expect((ws.getCell('D5').value as ExcelJS.CellFormulaValue).result).toBe(240);
  });
});
