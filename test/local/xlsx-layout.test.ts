// What the .xlsx writer lays out, and what it leaves as people set it: fonts and row heights only
// on the output sheets the add-on wrote this run; the people's sheets keep theirs; a unit's tab
// carrying an output sheet's name gets nothing of ours.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';
import { JULY_14_0800, command, runtime, sampleWorkbook, tempDir } from '../helpers';

async function read(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** Runs the workbook in `input` at `now` and saves the result; returns the file written. */
async function runFile(input: string, now = JULY_14_0800): Promise<string> {
  const rt = runtime({ now });
  const loaded = await loadXlsx(rt, input);
  command(rt, 'run');
  const output = join(tempDir(), 'ra.xlsx');
  await saveXlsx(rt, loaded, output);
  return output;
}

/** The sample, changed by `edit` (as a person would in Excel), run once and saved. */
async function runOn(edit: (book: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const book = await read(await sampleWorkbook());
  edit(book);
  const input = join(tempDir(), 'vao.xlsx');
  await book.xlsx.writeFile(input);
  return read(await runFile(input));
}

const THIN = { style: 'thin', color: { argb: 'FF808080' } };
const BOXED = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const TIMES = { name: 'Times New Roman', size: 12 };

describe('the .xlsx writer', () => {
  it("leaves the fonts and row heights of the people's sheets as they set them, giving them only the page set-up", async () => {
    const book = await runOn((b) => {
      for (const name of ['Cấu hình', 'Đơn vị']) {
        const ws = b.getWorksheet(name)!;
        ws.getCell('A2').font = TIMES;
        ws.getRow(2).height = 30;
      }
    });
    for (const name of ['Cấu hình', 'Đơn vị']) {
      const ws = book.getWorksheet(name)!;
      expect(ws.getCell('A2').font).toMatchObject(TIMES);
      expect(ws.getRow(2).height).toBe(30);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    }
    // The output sheets the run wrote take Arial 10.
    expect(book.getWorksheet('Tổng hợp')!.getCell('B6').font).toMatchObject({
      name: 'Arial',
      size: 10,
    });
  }, 60_000);

  it("gives a unit's tab named as an output sheet none of ours: no font, no row height, no page set-up", async () => {
    const book = await runOn((b) => {
      const units = b.getWorksheet('Đơn vị')!;
      // Cần Thạnh's tab (its name, the Tab column blank) renamed, and named in the Tab column.
      const tab = b.getWorksheet('Cần Thạnh')!;
      tab.name = 'Phụ lục thống kê';
      units.getCell('D2').value = 'Phụ lục thống kê';
      tab.getCell('A1').font = TIMES;
    });
    const tab = book.getWorksheet('Phụ lục thống kê')!;
    expect(tab.getCell('A1').font).toMatchObject(TIMES);
    expect(tab.pageSetup.paperSize).toBeUndefined();
    expect(tab.pageSetup.orientation).not.toBe('landscape');
    expect(tab.pageSetup.printTitlesRow).toBeUndefined();
  }, 60_000);

  it('prints Nhật ký gửi thư bordered, the subject wrapped and the signature cut, rows appended the next day too', async () => {
    const first = await runFile(await sampleWorkbook());
    const second = await runFile(first, JULY_14_0800 + 86_400_000);
    const ws = (await read(second)).getWorksheet('Nhật ký gửi thư')!;
    // The sample's first run sends the digest and two reminders; the next day's adds at least the
    // digest: rows 2–4 from the first run, more after.
    expect(ws.rowCount).toBeGreaterThan(4);
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= 8; c++) expect(ws.getCell(r, c).border).toEqual(BOXED);
      expect(ws.getCell(r, 6).alignment).toMatchObject({ wrapText: true });
    }
    expect(ws.getCell(ws.rowCount, 8).alignment).toMatchObject({ horizontal: 'fill' });
    // The header still bold the next day, the sheet grown by inserted rows.
    for (let c = 1; c <= 8; c++) expect(ws.getCell(1, c).font).toMatchObject({ bold: true });
    // The digest's subject (over 100 characters) takes more than one line at 300 px.
    expect(String(ws.getCell(2, 6).value).length).toBeGreaterThan(100);
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(2 * 13);
    // Widths in characters of 7 px: Tiêu đề 300 px, Chữ ký 70 px.
    expect(ws.getColumn(6).width).toBeCloseTo(300 / 7, 5);
    expect(ws.getColumn(8).width).toBeCloseTo(70 / 7, 5);
  }, 60_000);

  it("centres Phụ lục thống kê's header row as Tổng hợp's", async () => {
    const book = await read(await runFile(await sampleWorkbook()));
    const appendix = book.getWorksheet('Phụ lục thống kê')!;
    for (const a1 of ['A4', 'B4', 'K4'])
      expect(appendix.getCell(a1).alignment).toMatchObject({
        horizontal: 'center',
        vertical: 'middle',
        wrapText: true,
      });
    expect(book.getWorksheet('Tổng hợp')!.getCell('H5').alignment).toMatchObject({
      horizontal: 'center',
    });
  }, 60_000);

  it('prints the unit tabs no one set up on A4 portrait one page wide, their header on every page; a tab set up by a person as it was', async () => {
    const book = await runOn((b) => {
      // Bình Khánh's officer chose Letter landscape.
      b.getWorksheet('Bình Khánh')!.pageSetup.paperSize = 1 as ExcelJS.PaperSize; // Letter
      b.getWorksheet('Bình Khánh')!.pageSetup.orientation = 'landscape';
    });
    // The sample's tabs: a title, a help line, the header in row 3.
    expect(book.getWorksheet('Cần Thạnh')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
    const own = book.getWorksheet('Bình Khánh')!.pageSetup;
    expect(own).toMatchObject({ paperSize: 1, orientation: 'landscape' });
    expect(own.fitToPage).toBeFalsy();
    expect(own.printTitlesRow).toBeUndefined();
  }, 60_000);
});
