// What the workbook the command line writes keeps of the file beyond the cells: a sheet's
// protection with its password, a very hidden sheet.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { editXlsx, sheetPart, text } from '../fixtures/xlsx-variants';
import { DIST, sampleWorkbook, tempDir } from '../helpers';

async function runOn(file: string, now = '2023-07-14T08:00'): Promise<string> {
  const out = tempDir();
  const outcome = await runCli(['run', '--workbook', file, '--now', now, '--out', out], {
    dist: DIST,
  });
  expect(outcome.status).toBe(0);
  return join(out, 'can-gio.xlsx');
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The <sheetProtection> element of a sheet, as the file holds it. */
async function protectionTag(file: string, sheet: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await text(zip, await sheetPart(zip, sheet))).match(/<sheetProtection\b[^>]*>/)?.[0];
}

/** Protects a sheet with a 16-bit legacy password hash, as LibreOffice and Excel 2007 store it. */
async function protectLegacy(file: string, sheet: string, hash: string): Promise<void> {
  await editXlsx(file, async (zip) => {
    const part = await sheetPart(zip, sheet);
    const xml = (await text(zip, part)).replace(/<sheetProtection\b[^>]*>/, '');
    zip.file(
      part,
      xml.replace(
        /(<\/sheetData>|<sheetData\/>)/,
        `$1<sheetProtection password="${hash}" sheet="1" objects="1" scenarios="1"/>`,
      ),
    );
  });
}

describe('a very hidden sheet', () => {
  it('stays very hidden, and a hidden one hidden', async () => {
    const file = join(tempDir(), 'can-gio.xlsx');
    const book = await read(await sampleWorkbook());
    book.addWorksheet('Ghi chú nội bộ', { state: 'veryHidden' }).getCell('A1').value = 'Mật';
    book.addWorksheet('Nháp', { state: 'hidden' }).getCell('A1').value = 'Thử';
    await book.xlsx.writeFile(file);
    const after = await read(await runOn(file));
    expect([
      after.getWorksheet('Ghi chú nội bộ')!.state,
      after.getWorksheet('Nháp')!.state,
    ]).toEqual(['veryHidden', 'hidden']);
  });
});

describe('a sheet protection', () => {
  it('keeps its legacy password on a sheet the command leaves alone', async () => {
    const file = join(tempDir(), 'can-gio.xlsx');
    copyFileSync(await sampleWorkbook(), file);
    await protectLegacy(file, 'Cần Thạnh', 'CC3D');
    const tag = await protectionTag(await runOn(file), 'Cần Thạnh');
    expect(tag).toMatch(/ password="CC3D"/);
    expect(tag).toMatch(/ sheet="1"/);
  });

  it('keeps its password, either kind, on a sheet the command writes whole (Lịch sử)', async () => {
    const first = await runOn(await sampleWorkbook());
    // Excel's SHA-512 hash.
    const hashed = join(tempDir(), 'can-gio.xlsx');
    const book = await read(first);
    await book.getWorksheet('Lịch sử')!.protect('mat-khau', {});
    await book.xlsx.writeFile(hashed);
    const before = await protectionTag(hashed, 'Lịch sử');
    expect(before).toMatch(/hashValue="[^"]+"/);
    const hashedAfter = await protectionTag(await runOn(hashed, '2023-07-15T08:00'), 'Lịch sử');
    expect(hashedAfter?.match(/hashValue="[^"]+"/)?.[0]).toBe(
      before!.match(/hashValue="[^"]+"/)![0],
    );
    expect(hashedAfter?.match(/saltValue="[^"]+"/)?.[0]).toBe(
      before!.match(/saltValue="[^"]+"/)![0],
    );
    // The legacy 16-bit hash.
    const legacy = join(tempDir(), 'can-gio.xlsx');
    copyFileSync(first, legacy);
    await protectLegacy(legacy, 'Lịch sử', 'CC3D');
    expect(await protectionTag(await runOn(legacy, '2023-07-15T08:00'), 'Lịch sử')).toMatch(
      / password="CC3D"/,
    );
  });
});
