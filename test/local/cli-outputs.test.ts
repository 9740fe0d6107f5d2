// What the command line leaves in --out: the mail folder holds exactly what this command sent.
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { DIST, sampleWorkbook, tempDir } from '../helpers';

const run = (args: string[]) => runCli(args, { dist: DIST });

describe('DIR/mail', () => {
  it('holds only what this command sent: messages of an earlier run go, other files stay', async () => {
    const input = await sampleWorkbook();
    const out = tempDir();
    const first = await run([
      'run',
      '--workbook',
      input,
      '--now',
      '2023-07-14T08:00',
      '--out',
      out,
    ]);
    expect(first.status).toBe(0);
    const sent = readdirSync(join(out, 'mail'));
    expect(sent.length).toBeGreaterThan(0);
    writeFileSync(join(out, 'mail', 'ghi-chu.txt'), 'của người dùng');

    const second = await run([
      'validate',
      '--workbook',
      input,
      '--now',
      '2023-07-14T08:00',
      '--out',
      out,
    ]);
    expect(second.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).emails).toEqual([]);
    expect(readdirSync(join(out, 'mail'))).toEqual(['ghi-chu.txt']);
  });
});

describe('formulas saved without their value', () => {
  it('read blank, with a warning naming the first few and every one in result.json', async () => {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await sampleWorkbook());
    const formula = (sheet: string, cell: string, text: string) => {
      book.getWorksheet(sheet)!.getCell(cell).value = { formula: text } as ExcelJS.CellFormulaValue;
    };
    formula('Cần Thạnh', 'B5', 'B4+1');
    formula('Cần Thạnh', 'C5', 'C4+1');
    formula('Cần Thạnh', 'B6', 'B5+1');
    formula('Lý Nhơn', 'C7', 'C6*2');
    formula('Lý Nhơn', 'B8', 'SUM(B4:B7)');
    formula('Lý Nhơn', 'B9', 'B8');
    await book.xlsx.writeFile(join(dir, 'cong-thuc.xlsx'));

    const outcome = await run([
      'validate',
      '--workbook',
      join(dir, 'cong-thuc.xlsx'),
      '--now',
      '2023-07-14T08:00',
      '--out',
      join(dir, 'out'),
    ]);
    expect(outcome.status).toBe(0);
    expect(outcome.lines).toContain(
      "Cảnh báo: 6 ô có công thức chưa được tính sẵn giá trị nên được đọc là ô trống ('Cần Thạnh'!B5, 'Cần Thạnh'!C5, 'Cần Thạnh'!B6, 'Lý Nhơn'!C7, 'Lý Nhơn'!B8, …). Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại để các giá trị được tính, rồi chạy lại.",
    );
    const result = JSON.parse(readFileSync(join(dir, 'out', 'result.json'), 'utf8'));
    expect(result.unevaluatedFormulas).toEqual([
      "'Cần Thạnh'!B5",
      "'Cần Thạnh'!C5",
      "'Cần Thạnh'!B6",
      "'Lý Nhơn'!C7",
      "'Lý Nhơn'!B8",
      "'Lý Nhơn'!B9",
    ]);
  });

  it('are an empty list when every formula has its value', async () => {
    const out = tempDir();
    const outcome = await run([
      'validate',
      '--workbook',
      await sampleWorkbook(),
      '--now',
      '2023-07-14T08:00',
      '--out',
      out,
    ]);
    expect(outcome.lines.some((line) => line.includes('công thức'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).unevaluatedFormulas).toEqual(
      [],
    );
  });
});
