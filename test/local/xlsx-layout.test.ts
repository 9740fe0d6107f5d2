// What the .xlsx writer lays out, and what it leaves as people set it: fonts and row heights only
// on the output sheets the add-on wrote this run; the people's sheets keep theirs; a unit's tab
// carrying an output sheet's name gets nothing of ours.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';
import { command, runtime, sampleWorkbook, tempDir } from '../helpers';

async function read(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The sample, changed by `edit` (as a person would in Excel), run once and saved. */
async function runOn(edit: (book: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const book = await read(await sampleWorkbook());
  edit(book);
  const input = join(tempDir(), 'vao.xlsx');
  await book.xlsx.writeFile(input);
  const rt = runtime();
  const loaded = await loadXlsx(rt, input);
  command(rt, 'run');
  const output = join(tempDir(), 'ra.xlsx');
  await saveXlsx(rt, loaded, output);
  return read(output);
}

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
});
