// Merged cells in an .xlsx: the covered cells read as blank, as Google Sheets reads them, and the
// merges known to the runtime's sheet.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';
import { DIST, runtime, sampleWorkbook, tempDir } from '../helpers';

describe('merged cells', () => {
  it('load with the covered cells blank and the merges recorded', async () => {
    const file = join(tempDir(), 'gop.xlsx');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Cần Thạnh');
    ws.addRow(['Ngày', 'Thu nhận', 'Kích hoạt']);
    ws.addRow(['13/07', 120, 60]);
    ws.addRow(['14/07', 95, 40]);
    ws.mergeCells('B2:C3');
    await book.xlsx.writeFile(file);

    const rt = runtime();
    await loadXlsx(rt, file);
    const sheet = rt.spreadsheet.getSheetByName('Cần Thạnh')!;
    expect(sheet.getRange('A2:C3').getValues()).toEqual([
      ['13/07', 120, ''],
      ['14/07', '', ''],
    ]);
    expect(
      sheet
        .getRange('C3')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2:C3']);
    expect(sheet.getRange('A1:A3').isPartOfMerge()).toBe(false);
  });

  it('save with the merge and its value as they were, whatever a script wrote into a covered cell', async () => {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Cần Thạnh');
    ws.getCell('B2').value = 120;
    ws.mergeCells('B2:C2');
    await book.xlsx.writeFile(join(dir, 'in.xlsx'));
    const rt = runtime();
    const loaded = await loadXlsx(rt, join(dir, 'in.xlsx'));
    rt.spreadsheet.getSheetByName('Cần Thạnh')!.getRange('C2').setValue(7);
    await saveXlsx(rt, loaded, join(dir, 'out.xlsx'));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(join(dir, 'out.xlsx'));
    expect(after.getWorksheet('Cần Thạnh')!.getCell('B2').value).toBe(120);
    expect(after.getWorksheet('Cần Thạnh')!.model.merges).toEqual(['B2:C2']);
  });

  it('count a figure once on the command line: as if the covered cell were blank', async () => {
    const dir = tempDir();
    const base = await sampleWorkbook();
    // 12/07/2023 is row 20 of Cần Thạnh (26/06 is row 4); 13/07 is row 21.
    const variant = async (name: string, edit: (ws: ExcelJS.Worksheet) => void) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(base);
      edit(book.getWorksheet('Cần Thạnh')!);
      await book.xlsx.writeFile(join(dir, `${name}.xlsx`));
      const outcome = await runCli(
        [
          'summarize',
          '--workbook',
          join(dir, `${name}.xlsx`),
          '--now',
          '2023-07-14T08:00',
          '--out',
          join(dir, name),
        ],
        { dist: DIST },
      );
      expect(outcome.status).toBe(0);
      const result = JSON.parse(readFileSync(join(dir, name, 'result.json'), 'utf8'));
      return result.units.find((u: { name: string }) => u.name === 'Cần Thạnh').indicators;
    };
    const merged = await variant('gop', (ws) => ws.mergeCells('B20:B21'));
    const blank = await variant('trong', (ws) => {
      ws.getCell('B21').value = null;
    });
    expect(merged).toEqual(blank);
  });

  it('are named by validate: a warning at the first cell of a merge over the figures only', async () => {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await sampleWorkbook());
    const ws = book.getWorksheet('Cần Thạnh')!;
    ws.mergeCells('B20:B21'); // 12 and 13/07 under Thu nhận
    ws.mergeCells('A1:E1'); // the title row: harmless
    ws.mergeCells('D30:D31'); // Ghi chú: not read as a figure
    await book.xlsx.writeFile(join(dir, 'gop.xlsx'));
    const out = join(dir, 'ket-qua');
    const args = ['validate', '--workbook', join(dir, 'gop.xlsx'), '--now', '2023-07-14T08:00'];
    expect((await runCli([...args, '--out', out], { dist: DIST })).status).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    const merged = result.issues.filter((f: { code: string }) => f.code === 'merged-cells');
    expect(merged).toEqual([
      {
        severity: 'warning',
        code: 'merged-cells',
        sheet: 'Cần Thạnh',
        cell: 'B20',
        message:
          'Các ô B20:B21 đang được gộp: Google Sheets chỉ đọc số ở ô B20, các ô còn lại coi như để trống (chưa báo cáo). Hãy bỏ gộp ô (Định dạng → Hợp nhất ô → Hủy hợp nhất) và nhập số cho từng ngày.',
      },
    ]);
  });
});
