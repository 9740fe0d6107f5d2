// The add-on's sheets in the .xlsx, ready to print and to follow: merges, borders, wrapping,
// Arial 10, A4 landscape fit to width with the header rows repeated, links by sheet name; and the
// same file fed back in for the next day.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';
import { sheetLinks } from '../fixtures/xlsx-links';
import { command, runtime, sampleRuntime, tempDir } from '../helpers';

let lastSaved = '';
async function saved(rt: Awaited<ReturnType<typeof sampleRuntime>>): Promise<ExcelJS.Workbook> {
  const file = join(tempDir(), 'ket-qua.xlsx');
  await saveXlsx(rt, null, file);
  lastSaved = file;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

const THIN = { style: 'thin', color: { argb: 'FF808080' } };

describe('the output .xlsx', () => {
  it("merges Tổng hợp's headers and borders its table, the rows above it left plain", async () => {
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    const ws = (await saved(rt)).getWorksheet('Tổng hợp')!;
    expect([...ws.model.merges].sort()).toEqual(
      ['A4:A5', 'B4:B5', 'C4:K4', 'L4:N4', 'O4:O5', 'P4:P5', 'Q4:Q5', 'R4:R5'].sort(),
    );
    expect(ws.getCell('C4').value).toBe('Thu nhận');
    expect(ws.getCell('C4').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('H5').alignment).toMatchObject({ wrapText: true });
    for (const a1 of ['A4', 'H5', 'B6', 'R14'])
      expect(ws.getCell(a1).border).toEqual({ top: THIN, left: THIN, bottom: THIN, right: THIN });
    expect(ws.getCell('A3').border ?? {}).toEqual({});
    expect(ws.getCell('A15').border ?? {}).toEqual({});
    expect(ws.getCell('B6').font).toMatchObject({ name: 'Arial', size: 10, underline: true });
    // Row 5's headers wrap onto two lines: the row is made tall enough for them.
    expect(ws.getRow(5).height).toBeGreaterThanOrEqual(2 * 13);
  });

  it('prints the add-on sheets on A4 landscape, one page wide, the frozen rows on every page', async () => {
    const rt = await sampleRuntime();
    command(rt, 'run');
    const book = await saved(rt);
    const summary = book.getWorksheet('Tổng hợp')!.pageSetup;
    expect(summary).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:5',
    });
    expect(book.getWorksheet('Kiểm tra')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      printTitlesRow: '1:3',
    });
    for (const name of ['Cấu hình', 'Đơn vị', 'Lịch sử', 'Nhật ký gửi thư'])
      expect(book.getWorksheet(name)!.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    // A unit's tab with no page set-up of its own prints portrait, its header rows repeated (one
    // a person set up is left as it was: see xlsx-layout.test.ts).
    expect(book.getWorksheet('Cần Thạnh')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      printTitlesRow: '1:3',
    });
  });

  it("turns Sheets' links by sheet id into links by sheet name", async () => {
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    const ws = (await saved(rt)).getWorksheet('Tổng hợp')!;
    expect(ws.getCell('B6').value).toBe('Cần Thạnh');
    // A link within the workbook, as Excel writes one: a place, no external target (which
    // LibreOffice would turn into a link to the file's own path).
    const { links, external } = await sheetLinks(lastSaved, 'Tổng hợp');
    expect(links.B6).toBe("'Cần Thạnh'!A1");
    expect(links.B12).toBe("'Lý Nhơn'!A1");
    expect(Object.keys(links)).toHaveLength(7);
    expect(external).toEqual([]);
  });

  it('leaves a link to a sheet id no sheet has as the formula it is', async () => {
    const rt = runtime();
    rt.addSheet('Kiểm tra').getRange('A1').setFormula('=HYPERLINK("#gid=987654","X")');
    const ws = (await saved(rt as Awaited<ReturnType<typeof sampleRuntime>>)).getWorksheet(
      'Kiểm tra',
    )!;
    expect((ws.getCell('A1').value as ExcelJS.CellFormulaValue).formula).toBe(
      'HYPERLINK("#gid=987654","X")',
    );
  });

  it('fed back in the next day, reads its links as text and writes the same merges, nothing doubled', async () => {
    const rt = await sampleRuntime();
    command(rt, 'run');
    const first = join(tempDir(), 'ngay-1.xlsx');
    await saveXlsx(rt, null, first);
    // A border and bold a person put on the title: the next run's formats replace them.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(first);
    const title = edited.getWorksheet('Tổng hợp')!.getCell('A2');
    title.border = { top: { style: 'thick' } };
    await edited.xlsx.writeFile(first);

    const next = runtime({ now: Date.UTC(2023, 6, 15, 1, 0) });
    const loaded = await loadXlsx(next, first);
    expect(next.spreadsheet.getSheetByName('Tổng hợp')!.getRange('B6').getValue()).toBe(
      'Cần Thạnh',
    );
    command(next, 'run');
    const second = join(tempDir(), 'ngay-2.xlsx');
    await saveXlsx(next, loaded, second);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(second);
    const ws = book.getWorksheet('Tổng hợp')!;
    expect([...ws.model.merges].sort()).toEqual(
      ['A4:A5', 'B4:B5', 'C4:K4', 'L4:N4', 'O4:O5', 'P4:P5', 'Q4:Q5', 'R4:R5'].sort(),
    );
    expect(ws.getCell('A2').border ?? {}).toEqual({});
    expect(ws.getCell('A2').value).toMatch(/^Số liệu tính đến hết ngày 14\/07\/2023/);
    expect(ws.getCell('B6').value).toBe('Cần Thạnh');
    expect((await sheetLinks(second, 'Tổng hợp')).links.B6).toBe("'Cần Thạnh'!A1");
    expect(ws.rowCount).toBe(14);
    expect(book.worksheets.map((w) => w.name)).toEqual(loaded.book.worksheets.map((w) => w.name));
  });
});
