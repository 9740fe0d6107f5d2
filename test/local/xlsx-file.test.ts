// A file that is no usable .xlsx is named for what it is, in Vietnamese, with exit status 2.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import {
  writeDocx,
  writeEncrypted,
  writeOds,
  writeTruncated,
  writeXls,
} from '../fixtures/odd-files';
import { editXlsx } from '../fixtures/xlsx-variants';
import { DIST, sampleWorkbook, tempDir } from '../helpers';

const SAVE_AS =
  'Hãy mở tệp trong Excel hoặc LibreOffice rồi lưu dưới dạng Sổ làm việc Excel (.xlsx).';

async function refusal(make: (file: string) => unknown, name = 'so-lieu.xlsx') {
  const dir = tempDir();
  const file = join(dir, name);
  await make(file);
  const outcome = await runCli(
    ['validate', '--workbook', file, '--now', '2023-07-14T08:00', '--out', join(dir, 'out')],
    { dist: DIST },
  );
  return { outcome, file, out: join(dir, 'out') };
}

describe('a workbook file that cannot be read', () => {
  it.each([
    [
      'not there',
      () => {},
      (f: string) => `Không tìm thấy tệp "${f}". Hãy kiểm tra lại đường dẫn.`,
    ],
    [
      'a folder',
      (f: string) => mkdirSync(f),
      (f: string) => `Không đọc được tệp "${f}": đây là một thư mục, không phải tệp .xlsx.`,
    ],
    [
      'empty',
      (f: string) => writeFileSync(f, ''),
      (f: string) => `Không đọc được tệp "${f}": tệp rỗng (0 byte), không phải tệp .xlsx.`,
    ],
    [
      'an OpenDocument spreadsheet, whatever its name',
      writeOds,
      (f: string) =>
        `Không đọc được tệp "${f}": đây là bảng tính OpenDocument (.ods), không phải .xlsx. ${SAVE_AS}`,
    ],
    [
      'a CSV',
      (f: string) => writeFileSync(f, 'Ngày,Thu nhận\n13/07/2023,120\n'),
      (f: string) =>
        `Không đọc được tệp "${f}": đây là tệp văn bản (CSV hoặc tương tự), không phải .xlsx. ${SAVE_AS}`,
    ],
    [
      'a text file saved as UTF-16 by Excel',
      (f: string) => writeFileSync(f, Buffer.from('\ufeffNgày\tThu nhận\r\n', 'utf16le')),
      (f: string) =>
        `Không đọc được tệp "${f}": đây là tệp văn bản (CSV hoặc tương tự), không phải .xlsx. ${SAVE_AS}`,
    ],
    [
      'protected by a password',
      writeEncrypted,
      (f: string) =>
        `Không đọc được tệp "${f}": tệp được đặt mật khẩu (mã hoá), chương trình không mở được. Hãy mở tệp trong Excel, lưu một bản không đặt mật khẩu rồi chạy lại với bản đó.`,
    ],
    [
      'an Excel 97–2003 workbook',
      writeXls,
      (f: string) =>
        `Không đọc được tệp "${f}": đây là tệp Excel 97–2003 (.xls) hoặc tệp Office đời cũ, không phải .xlsx. ${SAVE_AS}`,
    ],
    [
      'a ZIP of something else (a Word document)',
      writeDocx,
      (f: string) =>
        `Không đọc được tệp "${f}": đây là tệp nén ZIP nhưng không phải bảng tính .xlsx (không có xl/workbook.xml).`,
    ],
    [
      'cut short',
      async (f: string) => writeTruncated(f, await sampleWorkbook()),
      (f: string) =>
        `Không đọc được tệp "${f}": tệp bị hỏng, không giải nén được (tệp .xlsx là một tệp nén ZIP). Có thể tệp chưa tải về hoặc chép sang hết: hãy lấy lại tệp, hoặc mở trong Excel và lưu một bản mới.`,
    ],
    [
      'a named pipe (read, it would wait forever)',
      (f: string) => execFileSync('mkfifo', [f]),
      (f: string) =>
        `Không đọc được tệp "${f}": đây không phải là một tệp thông thường (có thể là thiết bị hoặc ống dẫn).`,
    ],
    [
      'an .xlsx whose XML is broken',
      async (f: string) => {
        copyFileSync(await sampleWorkbook(), f);
        await editXlsx(f, async (zip) => {
          zip.file(
            'xl/worksheets/sheet3.xml',
            '<worksheet><sheetData><row r="1"><c r="A1"><v>1</c>',
          );
        });
      },
      (f: string) =>
        `Không đọc được tệp "${f}": nội dung tệp .xlsx có chỗ hỏng mà chương trình không đọc được. Hãy mở tệp trong Excel hoặc LibreOffice, lưu một bản mới rồi chạy lại với bản đó.`,
    ],
    [
      'of bytes of no known kind',
      (f: string) => writeFileSync(f, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00])),
      (f: string) =>
        `Không đọc được tệp "${f}": không nhận ra định dạng tệp: đây không phải tệp .xlsx. ${SAVE_AS}`,
    ],
  ])('is named when %s (exit status 2, nothing written)', async (_, make, message) => {
    const { outcome, file, out } = await refusal(make);
    expect(outcome).toEqual({ status: 2, lines: [message(file)] });
    expect(outcome.lines[0]).not.toMatch(/https?:|Error|at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a workbook larger than a spreadsheet holds', () => {
  it('is refused in Vietnamese, not with the runtime’s own words', async () => {
    const { outcome, file } = await refusal(async (f) => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('Cần Thạnh');
      ws.getCell('A1').value = 'Ngày';
      // 400,000 rows × 26 columns: 10,400,000 cells, past Sheets' 10,000,000.
      ws.getCell('Z400000').value = 1;
      await book.xlsx.writeFile(f);
    });
    expect(outcome).toEqual({
      status: 2,
      lines: [
        `Không đọc được tệp "${file}": bảng tính có hơn 10.000.000 ô (kể cả ô trống trong phạm vi từng trang), quá sức chứa của một bảng tính Google Trang tính.`,
      ],
    });
  });
});
