// The command line's .xlsx as an office prints it: LibreOffice converts it to PDF and the PDF's
// text must show no error value, no ###, every header of Tổng hợp whole, and Tổng hợp one page
// wide on A4 landscape with its header rows on every page.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { syntheticCampaign } from '../../src/local/synthetic';
import { saveXlsx } from '../../src/local/xlsx';
import { COMMUNES } from '../fixtures/can-gio-appendix';
import { DIST, command, runtime, sampleWorkbook, tempDir } from '../helpers';

function found(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo'];
const missing = TOOLS.filter((t) => !found(t));
const required = process.env.TIEN_DO_REQUIRE_OFFICE === '1';
if (missing.length && !required)
  console.warn(
    `print.test.ts skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc-nogui poppler-utils; CI sets TIEN_DO_REQUIRE_OFFICE=1 and installs them)`,
  );

/** Converts an .xlsx to PDF with LibreOffice, in a profile of its own (runs may overlap). */
function toPdf(xlsx: string): string {
  const dir = tempDir('tien-do-pdf-');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return join(dir, xlsx.replace(/^.*\//, '').replace(/\.xlsx$/, '.pdf'));
}

/** The links of the workbook as LibreOffice reads them (from its own flat format). */
function officeLinks(xlsx: string): string[] {
  const dir = tempDir('tien-do-fods-');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const fods = readFileSync(
    join(dir, xlsx.replace(/^.*\//, '').replace(/\.xlsx$/, '.fods')),
    'utf8',
  );
  return [...fods.matchAll(/xlink:href="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
}

/** The text of each page, laid out as printed. */
function pages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1);
}

/** Page sizes in points, [width, height], of every page. */
function pageSizes(pdf: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [+m[1], +m[2]]);
}

/** A copy of the workbook holding only one sheet (`Tổng hợp`), so its pages can be counted. */
async function summaryOnly(xlsx: string, sheet = 'Tổng hợp'): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  for (const ws of [...book.worksheets]) if (ws.name !== sheet) book.removeWorksheet(ws.id);
  const file = join(tempDir(), 'only.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

/** The two header rows of `Tổng hợp` as the file holds them (merged cells once). */
async function summaryHeaders(xlsx: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const ws = book.getWorksheet('Tổng hợp')!;
  const headers: string[] = [];
  for (const r of [4, 5])
    ws.getRow(r).eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge && typeof cell.value === 'string')
        headers.push(cell.value);
    });
  return headers;
}

const A4_LANDSCAPE = ([w, h]: [number, number]) =>
  Math.abs(w - 841.9) < 1 && Math.abs(h - 595.3) < 1;
const A4_PORTRAIT = ([w, h]: [number, number]) => A4_LANDSCAPE([h, w]);

describe.skipIf(missing.length > 0 && !required)('printing the output workbook', () => {
  it('has LibreOffice and poppler-utils (required in CI)', () => {
    expect(missing).toEqual([]);
  });

  it('prints the sample without error values or ###, Tổng hợp on one A4 landscape page with every header whole', async () => {
    const out = tempDir();
    const run = await runCli(
      ['run', '--workbook', await sampleWorkbook(), '--now', '2023-07-14T08:00', '--out', out],
      { dist: DIST },
    );
    expect(run.status).toBe(0);
    const xlsx = join(out, 'can-gio.xlsx');

    const all = pages(toPdf(xlsx)).join('\n');
    expect(all).not.toContain('#NAME?');
    expect(all).not.toMatch(/#{3}/);
    expect(all).not.toMatch(/#(REF!|VALUE!|N\/A|DIV\/0!|ERROR!)/);
    // Kiểm tra's header whole, its new column with it.
    expect(all).toMatch(/Mức độ\s+Trang\s+Ô\s+Mã lỗi\s+Loại lỗi\s+Nội dung và cách sửa/);

    // The links between sheets lead, in LibreOffice, to a place in the same document.
    const links = officeLinks(xlsx);
    expect(links).toContain("#'Cần Thạnh'.A1");
    expect(links.filter((l) => !l.startsWith('#'))).toEqual([]);

    const pdf = toPdf(await summaryOnly(xlsx));
    const text = pages(pdf);
    // Seven communes, a subtotal and the total fit one page: one page wide means one page.
    expect(text).toHaveLength(1);
    expect(pageSizes(pdf).every(A4_LANDSCAPE)).toBe(true);
    const lines = text[0].split('\n');
    const first = lines.findIndex((l) => /^\s*1\s+Cần Thạnh\b/.test(l));
    const top = lines.findIndex((l) => l.includes('Cập nhật lúc'));
    expect(top).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(top);
    // Between the convention line and the first commune: the header rows, wrapped maybe, but
    // every word of every header whole and nothing else (a cut header leaves a piece of a word).
    const headers = await summaryHeaders(xlsx);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Cần đạt/ngày',
        'Chưa kích hoạt',
        'Trạng thái',
        'Dự kiến xong',
        'Tiến độ',
        'Báo cáo ngày 13/07/2023',
      ]),
    );
    const words = new Set(headers.flatMap((h) => h.split(/\s+/)));
    const printed = lines
      .slice(top + 1, first)
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);
    expect(printed.filter((w) => !words.has(w))).toEqual([]);
    expect([...words].filter((w) => !printed.includes(w))).toEqual([]);
    // The rows whole: every commune, its status; the bar as blocks, not a formula's error.
    for (const name of COMMUNES) expect(text[0]).toContain(name);
    expect(text[0]).toContain('Tổng số');
    expect(text[0]).toMatch(/21[.,]4%\s+██░░░░░░░░/);
    expect(text[0]).toMatch(/15\/12\/2023/);
  }, 180_000);

  it("prints Phụ lục thống kê on one A4 landscape page, the plan's headers whole and its total row", async () => {
    const out = tempDir();
    const run = await runCli(
      ['run', '--workbook', await sampleWorkbook(), '--now', '2023-07-14T08:00', '--out', out],
      { dist: DIST },
    );
    expect(run.status).toBe(0);
    const pdf = toPdf(await summaryOnly(join(out, 'can-gio.xlsx'), 'Phụ lục thống kê'));
    const text = pages(pdf);
    expect(text).toHaveLength(1);
    expect(pageSizes(pdf).every(A4_LANDSCAPE)).toBe(true);
    expect(text[0]).not.toMatch(/#{3}|#NAME\?/);
    // Every word of the document's eleven headers is printed whole.
    const printed = new Set(text[0].split(/\s+/));
    const headers =
      'STT Đơn vị Tổng chỉ tiêu được giao Tổng số đã thu nhận Đã kích hoạt Chưa kích hoạt Chỉ tiêu trung bình/ngày (kích hoạt) Thời gian hoàn thành Còn lại phải thực hiện';
    expect(headers.split(' ').filter((w) => !printed.has(w))).toEqual([]);
    // The document's total (rounded up, the sample's setting: 68 and 454 a day), on one line.
    expect(text[0]).toMatch(
      /Tổng số\s+66[.,]392\s+14[.,]210\s+6[.,]471\s+7[.,]739\s+68\s+05\/11\/2023\s+52[.,]182\s+454\s+05\/11\/2023/,
    );
  }, 180_000);

  it("prints a unit's tab on A4 portrait one page wide, its header and Cập nhật lúc on every page; the mail log whole", async () => {
    const out = tempDir();
    const run = await runCli(
      ['run', '--workbook', await sampleWorkbook(), '--now', '2023-07-14T08:00', '--out', out],
      { dist: DIST },
    );
    expect(run.status).toBe(0);
    const xlsx = join(out, 'can-gio.xlsx');
    const tab = toPdf(await summaryOnly(xlsx, 'Cần Thạnh'));
    const text = pages(tab);
    // 133 days (26/06 to 05/11/2023) under a three-row header: a few pages down, none across.
    expect(text.length).toBeLessThanOrEqual(3);
    expect(pageSizes(tab).every(A4_PORTRAIT)).toBe(true);
    for (const page of text)
      expect(page).toMatch(/Ngày\s+Thu nhận\s+Kích hoạt\s+Ghi chú\s+Cập nhật lúc/);
    expect(text.join('\n')).toContain('05/11/2023');

    const log = pages(toPdf(await summaryOnly(xlsx, 'Nhật ký gửi thư'))).join('\n');
    // The subject wraps within its column: no outcome glued to its end ("số liĐã gửi").
    expect(log).not.toMatch(/\SĐã gửi/);
    expect(log.match(/Đã gửi/g)).toHaveLength(3);
    expect(log).toContain('Nhắc báo cáo');
    // The signature (64 hex digits) is cut to its narrow column.
    expect(log).not.toMatch(/[0-9a-f]{40}/);
  }, 180_000);

  it('prints a long Tổng hợp one page wide, the header rows at the top of every page', async () => {
    const rt = runtime();
    syntheticCampaign(rt, { units: 80, days: 30 });
    command(rt, 'summarize');
    const xlsx = join(tempDir(), 'lon.xlsx');
    await saveXlsx(rt, null, xlsx);
    const pdf = toPdf(await summaryOnly(xlsx));
    const text = pages(pdf);
    // 80 units with their subtotals do not fit one page: more pages down, never across.
    expect(text.length).toBeGreaterThan(1);
    expect(pageSizes(pdf).every(A4_LANDSCAPE)).toBe(true);
    for (const page of text) {
      // Each page starts with the title and the headers, STT to the last column.
      expect(page).toMatch(/STT\s+Đơn vị/);
      expect(page).toContain('Báo cáo ngày');
      expect(page).toContain('Trạng thái');
    }
    expect(text.join('\n')).not.toMatch(/#{3}|#NAME\?/);
    // Every unit is printed once, in order.
    const stt = text
      .join('\n')
      .split('\n')
      .flatMap((l) => /^\s*(\d+)\s+\S/.exec(l)?.[1] ?? [])
      .map(Number);
    expect(stt).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(readFileSync(pdf).length).toBeGreaterThan(0);
  }, 180_000);
});
