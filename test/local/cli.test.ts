import ExcelJS from 'exceljs';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNow, runCli } from '../../src/local/cli';
import { DIST, sampleWorkbook, tempDir } from '../helpers';
import { COMMUNES } from '../fixtures/can-gio-appendix';
import { sheetLinks } from '../fixtures/xlsx-links';

const run = (args: string[]) => runCli(args, { dist: DIST });

describe('parseNow', () => {
  it('reads --now as local time in the campaign zone', () => {
    expect(new Date(parseNow('2023-07-14T08:00', 'Asia/Ho_Chi_Minh')!).toISOString()).toBe(
      '2023-07-14T01:00:00.000Z',
    );
    expect(new Date(parseNow('2023-07-14T08:00:00+00:00', 'Asia/Ho_Chi_Minh')!).toISOString()).toBe(
      '2023-07-14T08:00:00.000Z',
    );
    expect(parseNow('14/07/2023 08:00', 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(parseNow('2023-02-30T08:00', 'Asia/Ho_Chi_Minh')).toBeNull();
  });
});

describe('npm run cli -- run', () => {
  it('says on the console which report it made, and the days left or that the deadline is reached', async () => {
    const august = await run([
      'run',
      '--workbook',
      await sampleWorkbook(),
      '--now',
      '2023-08-10T08:00',
      '--out',
      tempDir(),
    ]);
    expect(august.status).toBe(0);
    expect(august.lines).toContain(
      'Đã lập báo cáo tháng (từ 10/07/2023 đến 09/08/2023): xem trang "Báo cáo tháng"',
    );
    expect(august.lines.join('\n')).toContain('(còn 88 ngày đến hạn 05/11/2023)');
    const last = await run([
      'run',
      '--workbook',
      await sampleWorkbook(),
      '--now',
      '2023-11-06T08:00',
      '--out',
      tempDir(),
    ]);
    expect(last.lines.join('\n')).toContain(
      'Số liệu đến hết ngày 05/11/2023 (đã đến hạn 05/11/2023)',
    );
    expect(last.lines.join('\n')).not.toContain('còn 0 ngày');
  });

  it('runs the bundle on the sample and writes the workbook, result.json and the mail folder', async () => {
    const input = await sampleWorkbook();
    const out = tempDir();
    const outcome = await run([
      'run',
      '--workbook',
      input,
      '--now',
      '2023-07-14T08:00',
      '--out',
      out,
    ]);
    expect(outcome.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['can-gio.xlsx', 'mail', 'result.json']);
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(result).toMatchObject({
      campaign: 'Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ (KH 135/KH-BCĐ)',
      timeZone: 'Asia/Ho_Chi_Minh',
      now: '2023-07-14T08:00:00+07:00',
      asOf: '2023-07-13',
      deadline: '2023-11-05',
      daysLeft: 115,
      issues: [],
    });
    expect(result.units.map((u: { name: string; parent: string }) => [u.name, u.parent])).toEqual(
      COMMUNES.map((name) => [name, 'Huyện Cần Giờ']),
    );
    expect(Object.keys(result.units[0]).sort()).toEqual(
      [
        'daysLeft',
        'deadline',
        'frequency',
        'indicators',
        'lastReported',
        'missing',
        'missingStreak',
        'name',
        'parent',
        'path',
        'pendingActivation',
        'pendingPerDay',
        'reporting',
        'status',
        'tabRead',
      ].sort(),
    );
    expect(Object.keys(result.units[0].indicators['Thu nhận']).sort()).toEqual(
      [
        'coverage',
        'cumulative',
        'meanSinceStart',
        'pace',
        'percent',
        'population',
        'projected',
        'quota',
        'remaining',
        'requiredPerDay',
        'target',
        'today',
      ].sort(),
    );
    expect(result.groups.map((g: { name: string }) => g.name)).toEqual(['Huyện Cần Giờ']);
    expect(result.total.indicators['Thu nhận'].requiredPerDay).toBe(454);
    expect(outcome.lines[0]).toBe(
      'Chiến dịch: Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ (KH 135/KH-BCĐ)',
    );
  });

  it('saves a workbook that opens again in ExcelJS with every cell as it was', async () => {
    const input = await sampleWorkbook();
    const out = tempDir();
    await run(['validate', '--workbook', input, '--now', '2023-07-14T08:00', '--out', out]);
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(join(out, 'can-gio.xlsx'));
    // Validation adds Kiểm tra at the end; every sheet a person filled is as it was.
    expect(after.worksheets.map((w) => w.name)).toEqual([
      ...before.worksheets.map((w) => w.name),
      'Kiểm tra',
    ]);
    let cells = 0;
    for (const ws of before.worksheets) {
      const copy = after.getWorksheet(ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          cells++;
          expect([
            ws.name,
            cell.address,
            copy.getCell(r, c).value,
            copy.getCell(r, c).numFmt,
          ]).toEqual([ws.name, cell.address, cell.value, cell.numFmt]);
        }),
      );
    }
    expect(cells).toBeGreaterThan(7 * 133);
  });
});

describe('exit status', () => {
  it('is 2, with a Vietnamese message, when Đơn vị is missing', async () => {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Cấu hình').addRow(['Tên chiến dịch', 'Thử']);
    await book.xlsx.writeFile(join(dir, 'thieu.xlsx'));
    const outcome = await run([
      'validate',
      '--workbook',
      join(dir, 'thieu.xlsx'),
      '--out',
      join(dir, 'out'),
    ]);
    expect(outcome).toMatchObject({
      status: 2,
      lines: [
        'Không tìm thấy trang tính "Đơn vị". Hãy tạo trang "Đơn vị" (đúng tên, có dấu) rồi chạy lại.',
      ],
    });
    expect(existsSync(join(dir, 'out', 'result.json'))).toBe(false);
  });

  it('is 2 when the file is not a workbook, or not there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hong.xlsx'), 'đây không phải tệp xlsx');
    const broken = await run([
      'run',
      '--workbook',
      join(dir, 'hong.xlsx'),
      '--out',
      join(dir, 'out'),
    ]);
    expect(broken.status).toBe(2);
    expect(broken.lines[0]).toMatch(/^Không đọc được tệp ".*hong\.xlsx"/);
    const missing = await run([
      'run',
      '--workbook',
      join(dir, 'khong-co.xlsx'),
      '--out',
      join(dir, 'out'),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.lines[0]).toMatch(/^Không tìm thấy tệp/);
  });

  it('is 1 for a wrong command line, and never overwrites the input', async () => {
    const input = await sampleWorkbook();
    expect((await run(['tong-hop', '--workbook', input, '--out', tempDir()])).status).toBe(1);
    expect(
      (await run(['run', '--workbook', input, '--now', '14/07/2023', '--out', tempDir()])).lines[0],
    ).toMatch(/--now "14\/07\/2023" không đúng dạng/);
    const sameDir = await run(['run', '--workbook', input, '--out', join(input, '..')]);
    expect(sameDir.status).toBe(1);
    expect(sameDir.lines[0]).toMatch(/ghi đè/);
  });
});

describe('--as-of', () => {
  it('is 1, writing nothing, for a day whose figures are not yet due or that does not count', async () => {
    const input = await sampleWorkbook();
    const args = (asOf: string, out: string) => [
      'run',
      '--workbook',
      input,
      '--now',
      '2023-07-14T08:00',
      '--as-of',
      asOf,
      '--out',
      out,
    ];
    // On 14/07 at 08:00 the figures of 14/07 are due only at 07:30 on 15/07.
    const out = tempDir();
    const early = await run(args('2023-07-14', out));
    expect(early.status).toBe(1);
    expect(early.lines[0]).toMatch(/^Số liệu ngày 14\/07\/2023 chưa đến hạn/);
    expect(readdirSync(out)).toEqual([]);
    // Before the start (26/06/2023) and after the deadline (05/11/2023).
    for (const outside of ['2023-06-25', '2023-11-06']) {
      const r = await run(args(outside, tempDir()));
      expect(r.status).toBe(1);
      expect(r.lines[0]).toMatch(/nằm ngoài thời gian chiến dịch \(26\/06\/2023 – 05\/11\/2023\)/);
    }
    // A day already due is fine.
    expect((await run(args('2023-07-12', tempDir()))).status).toBe(0);
  });
});

describe('a campaign that ended', () => {
  it('sends nothing and says so, while still summarising', async () => {
    const input = await sampleWorkbook();
    const out = tempDir();
    const r = await run(['run', '--workbook', input, '--now', '2026-12-02T08:00', '--out', out]);
    expect(r.status).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(result.emails).toEqual([]);
    expect(result.asOf).toBe('2023-11-05');
    expect(result.mailNotice).toMatch(
      /^Chiến dịch đã kết thúc: ngày tính cuối cùng là 05\/11\/2023/,
    );
    expect(readdirSync(join(out, 'mail'))).toEqual([]);
    expect(r.lines.join('\n')).toContain('Chiến dịch đã kết thúc');
  });
});

describe('npm run cli -- validate', () => {
  it('lists findings in result.json and writes Kiểm tra into the output workbook', async () => {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await sampleWorkbook());
    book.getWorksheet('Cần Thạnh')!.getCell('B10').value = -5;
    book.getWorksheet('Lý Nhơn')!.getCell('C6').value = 'ba mươi';
    await book.xlsx.writeFile(join(dir, 'can-gio.xlsx'));
    const outcome = await run([
      'validate',
      '--workbook',
      join(dir, 'can-gio.xlsx'),
      '--now',
      '2023-07-14T08:00',
      '--out',
      join(dir, 'out'),
    ]);
    expect(outcome.status).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'out', 'result.json'), 'utf8'));
    expect(result.emails).toEqual([]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        code: 'negative',
        sheet: 'Cần Thạnh',
        cell: 'B10',
        message: 'Số âm (-5) không hợp lệ: hãy nhập số từ 0 trở lên.',
      },
      {
        severity: 'error',
        code: 'not-a-number',
        sheet: 'Lý Nhơn',
        cell: 'C6',
        message: '"ba mươi" không phải là số: hãy nhập số nguyên, ví dụ 120.',
      },
    ]);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(join(dir, 'out', 'can-gio.xlsx'));
    const sheet = saved.getWorksheet('Kiểm tra')!;
    expect(sheet.getCell('A2').value).toBe('2 lỗi, 0 cảnh báo');
    expect([
      sheet.getCell('A4').value,
      sheet.getCell('B4').value,
      sheet.getCell('D4').value,
    ]).toEqual(['Lỗi', 'Cần Thạnh', 'negative']);
    // Sheets' link by sheet id becomes, in the file, a link by name Excel and LibreOffice follow.
    expect(sheet.getCell('C4').value).toBe('B10');
    const { links } = await sheetLinks(join(dir, 'out', 'can-gio.xlsx'), 'Kiểm tra');
    expect(links.C4).toBe("'Cần Thạnh'!B10");
  });
});

describe("the mail log's key", () => {
  const runAt = (input: string, now: string, out: string) =>
    run(['notify', '--workbook', input, '--now', now, '--out', out]);

  it('is kept in TIEN_DO_HOME for the user alone, never in the workbook, and signs the next run', async () => {
    const first = tempDir();
    expect((await runAt(await sampleWorkbook(), '2023-07-14T08:00', first)).status).toBe(0);
    const file = join(process.env.TIEN_DO_HOME!, 'script-properties.json');
    const key = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[
      'tienDo.mailLogKey'
    ];
    expect(key).toHaveLength(72);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(first, 'can-gio.xlsx'));
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
    expect(cells.join('\n')).not.toContain(key.slice(0, 8));

    // Fed back in with the same key: nothing twice, nothing to report.
    const second = tempDir();
    const again = await runAt(join(first, 'can-gio.xlsx'), '2023-07-14T09:00', second);
    expect([again.result?.emails, again.result?.issues]).toEqual([[], []]);

    // With another key (the file lost), the log's rows are no longer the add-on's: reported.
    const home = process.env.TIEN_DO_HOME;
    process.env.TIEN_DO_HOME = tempDir();
    try {
      const lost = await runAt(join(first, 'can-gio.xlsx'), '2023-07-14T09:00', tempDir());
      expect(lost.result?.issues.map((f) => [f.code, f.cell])).toEqual([
        ['mail-log-unsigned', 'A2'],
      ]);
    } finally {
      process.env.TIEN_DO_HOME = home;
    }
  });
});
