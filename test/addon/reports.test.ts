// The monthly and final reports on the Cần Giờ sample (start 26/06/2023, deadline 05/11/2023,
// every day counts, cut-off 07:30, report on the 10th by the template's default): the period,
// the block on top of `Báo cáo tháng`, its figures worked out from the sample's own rows, and
// one e-mail across repeated runs.
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { emlFileName } from '../../src/local/eml';
import type { LocalRuntime } from '../../src/local/runtime';
import { DIST, bundle, command, sampleRuntime, sampleWorkbook, tempDir } from '../helpers';

/** hh:mm on a day of 2023 in Asia/Ho_Chi_Minh (UTC+7), as ms since the epoch. */
const at = (month: number, day: number, hh: number, mm = 0) =>
  Date.UTC(2023, month - 1, day, hh - 7, mm);
const DIGEST = 'bcd.dean06@cangio.example.vn';
const SHEET = 'Báo cáo tháng';
const AUGUST = 'Báo cáo tháng 8/2023 (từ 10/07/2023 đến 09/08/2023)';
const JULY = 'Báo cáo tháng 7/2023 (từ 26/06/2023 đến 09/07/2023)';
const FINAL = 'Báo cáo kết thúc chiến dịch (từ 26/06/2023 đến 05/11/2023)';

function sheetRows(rt: LocalRuntime): unknown[][] {
  const sheet = rt.spreadsheet.getSheetByName(SHEET);
  return sheet ? (sheet.getDataRange().getValues() as unknown[][]) : [];
}

const titles = (rt: LocalRuntime) =>
  sheetRows(rt)
    .map((r) => String(r[0]))
    .filter((v) => v.startsWith('Báo cáo'));

const reportMails = (rt: LocalRuntime) =>
  rt.mail.sent.filter((m) => /^\[Tiến Độ\] Báo cáo (tháng|kết thúc)/.test(m.subject));

/** A unit's daily figures from its tab, by date (yyyy-MM-dd): the oracle, read from the input. */
function dailyFigures(rt: LocalRuntime, tab: string): Map<string, [number, number]> {
  const sheet = rt.spreadsheet.getSheetByName(tab)!;
  const shown = sheet.getDataRange().getDisplayValues() as string[][];
  const values = sheet.getDataRange().getValues() as unknown[][];
  const out = new Map<string, [number, number]>();
  shown.forEach((r, i) => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(r[0]);
    if (m && typeof values[i][1] === 'number')
      out.set(`${m[3]}-${m[2]}-${m[1]}`, [values[i][1] as number, values[i][2] as number]);
  });
  return out;
}

describe('the monthly report of 10/08/2023', () => {
  it('covers 10/07–09/08, is written once on top of Báo cáo tháng and mailed once', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    const first = command(rt, 'run');
    expect(first.reports).toEqual([{ kind: 'monthly', from: '2023-07-10', to: '2023-08-09' }]);
    expect(first.emails.map((m) => [m.kind, m.to, m.dataDate]).slice(0, 2)).toEqual([
      ['digest', [DIGEST], '2023-08-09'],
      ['monthly', [DIGEST], '2023-08-09'],
    ]);
    const again = command(rt, 'run');
    rt.setNow(at(8, 10, 9));
    const later = command(rt, 'run');
    for (const r of [again, later]) {
      expect(r.reports).toEqual([]);
      expect(r.emails.filter((m) => m.kind === 'monthly')).toEqual([]);
    }
    expect(reportMails(rt).map((m) => [m.to, m.subject])).toEqual([
      [
        [DIGEST],
        '[Tiến Độ] Báo cáo tháng 8/2023 (10/07–09/08/2023) — Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ (KH 135/KH-BCĐ)',
      ],
    ]);
    expect(titles(rt)).toEqual([AUGUST]);
    // The mail log names it in Vietnamese, sent once.
    const log = rt.spreadsheet.getSheetByName('Nhật ký gửi thư')!.getDataRange().getDisplayValues();
    expect(log.filter((r) => r[1] === 'Báo cáo tháng').map((r) => [r[2], r[6]])).toEqual([
      ['09/08/2023', 'Đã gửi'],
    ]);
  });

  it('holds, for Cần Thạnh, the sum of its daily figures 10/07–09/08 and the figures at 09/08', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    const days = dailyFigures(rt, 'Cần Thạnh');
    const units = rt.spreadsheet.getSheetByName('Đơn vị')!.getDataRange().getValues();
    const row = units.find((r) => r[1] === 'Cần Thạnh')!;
    const [quota, openCollected, openActivated] = [row[5], row[6], row[7]] as number[];
    let period = [0, 0];
    let total = [openCollected, openActivated];
    let reported = 0;
    for (const [date, [c, a]] of days) {
      if (date > '2023-08-09') continue;
      total = [total[0] + c, total[1] + a];
      if (date >= '2023-07-10') {
        period = [period[0] + c, period[1] + a];
        reported++;
      }
    }
    // The sample's figures stop at 13/07: the period holds 10/07–13/07 (the first of them).
    expect(period[0]).toBeGreaterThan(0);
    expect(reported).toBe(4);
    command(rt, 'run');
    const rows = sheetRows(rt);
    expect(rows[2][2]).toBe('Số ngày báo cáo');
    expect(rows[3].slice(3, 10)).toEqual([
      'Trong kỳ',
      'Lũy kế',
      'Tỷ lệ',
      'Còn lại',
      'Cần đạt/ngày',
      'Trong kỳ',
      'Lũy kế',
    ]);
    const line = rows.find((r) => r[1] === 'Cần Thạnh')!;
    const remaining = quota - total[0];
    // 88 counting days after 09/08 to 05/11: 22 in August, 30, 31 and 5.
    // A daily unit: due every counting day of 10/07–09/08 (22 in July, 9 in August).
    expect(line.slice(0, 12)).toEqual([
      1,
      'Cần Thạnh',
      `${reported}/31`,
      period[0],
      total[0],
      total[0] / quota,
      remaining,
      Math.ceil(remaining / 88),
      period[1],
      total[1],
      total[0] - total[1],
      'Chậm tiến độ',
    ]);
  });

  it('mails a table naming every unit, within the size rules, to a .eml name with the date', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    command(rt, 'run');
    const [mail] = reportMails(rt);
    for (const unit of ['Cần Thạnh', 'Bình Khánh', 'Lý Nhơn', 'Cộng Huyện Cần Giờ', 'Tổng số']) {
      expect(mail.htmlBody).toContain(unit);
      expect(mail.body).toContain(unit);
    }
    expect(Buffer.byteLength(mail.htmlBody!) + Buffer.byteLength(mail.body)).toBeLessThan(200_000);
    expect(emlFileName(2, mail.subject)).toMatch(/^002-bao-cao-thang-8-2023-.*09-08-2023\.eml$/);
  });
});

describe('months one after the other', () => {
  it('puts the newest block on top and keeps the older one as it was', async () => {
    const rt = await sampleRuntime({ now: at(7, 10, 8) });
    expect(command(rt, 'run').reports).toEqual([
      { kind: 'monthly', from: '2023-06-26', to: '2023-07-09' },
    ]);
    const july = sheetRows(rt);
    rt.setNow(at(8, 10, 8));
    expect(command(rt, 'run').reports).toEqual([
      { kind: 'monthly', from: '2023-07-10', to: '2023-08-09' },
    ]);
    expect(titles(rt)).toEqual([AUGUST, JULY]);
    const rows = sheetRows(rt);
    const julyAt = rows.findIndex((r) => r[0] === JULY);
    const width = Math.max(...july.map((r) => r.length));
    expect(rows.slice(julyAt, julyAt + july.length).map((r) => r.slice(0, width))).toEqual(
      july.map((r) => [...r, ...new Array(width - r.length).fill('')]),
    );
    expect(reportMails(rt).map((m) => m.subject.slice(0, 31))).toEqual([
      '[Tiến Độ] Báo cáo tháng 7/2023 ',
      '[Tiến Độ] Báo cáo tháng 8/2023 ',
    ]);
  });

  it('counts a month whose report was missed in the next one', async () => {
    const rt = await sampleRuntime({ now: at(7, 10, 8) });
    command(rt, 'run');
    rt.setNow(at(9, 10, 8)); // no run from 11/07 to 09/09
    expect(command(rt, 'run').reports).toEqual([
      { kind: 'monthly', from: '2023-07-10', to: '2023-09-09' },
    ]);
    expect(titles(rt)).toEqual(['Báo cáo tháng 9/2023 (từ 10/07/2023 đến 09/09/2023)', JULY]);
  });

  it('keeps a report the quota put off waiting, past the next data date, and sends it once', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    rt.mail.remaining = 1; // the digest only
    const first = command(rt, 'run');
    expect(first.emails.map((m) => m.kind)).toEqual(['digest']);
    // The report waits first in line: before the reminders, after the digest.
    expect(first.emailsNotSent![0]).toEqual(
      expect.objectContaining({ kind: 'monthly', reason: 'pending', dataDate: '2023-08-09' }),
    );
    rt.mail.remaining = 100;
    rt.setNow(at(8, 11, 8)); // the digest of 10/08 is due now
    const next = command(rt, 'run');
    expect(next.reports).toEqual([]);
    expect(next.emails.map((m) => [m.kind, m.dataDate]).slice(0, 2)).toEqual([
      ['digest', '2023-08-10'],
      ['monthly', '2023-08-09'],
    ]);
    rt.setNow(at(8, 12, 8));
    expect(command(rt, 'run').emails.filter((m) => m.kind === 'monthly')).toEqual([]);
    expect(reportMails(rt)).toHaveLength(1);
    // Its one row waited (not given up for the newer digest) and then went.
    const log = rt.spreadsheet.getSheetByName('Nhật ký gửi thư')!.getDataRange().getDisplayValues();
    expect(log.filter((r) => r[1] === 'Báo cáo tháng').map((r) => [r[2], r[6]])).toEqual([
      ['09/08/2023', 'Đã gửi'],
    ]);
  });
});

describe('the final report', () => {
  it('covers the whole campaign, goes once at the deadline, on top of Báo cáo tháng', async () => {
    const rt = await sampleRuntime({ now: at(11, 6, 7, 0) });
    expect(command(rt, 'run').reports).toEqual([]); // 05/11 is due at 07:30
    rt.setNow(at(11, 6, 8));
    const r = command(rt, 'run');
    expect(r.reports).toEqual([{ kind: 'final', from: '2023-06-26', to: '2023-11-05' }]);
    expect(r.emails.filter((m) => m.kind === 'final').map((m) => m.dataDate)).toEqual([
      '2023-11-05',
    ]);
    // Again that day, and the day after (when the campaign's mail has stopped).
    for (const when of [at(11, 6, 10), at(11, 7, 8)]) {
      rt.setNow(when);
      const next = command(rt, 'run');
      expect(next.reports).toEqual([]);
      expect(next.emails.filter((m) => m.kind === 'final')).toEqual([]);
    }
    expect(titles(rt)).toEqual([FINAL]);
    expect(reportMails(rt).map((m) => m.subject)).toEqual([
      '[Tiến Độ] Báo cáo kết thúc chiến dịch (26/06–05/11/2023) — Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ (KH 135/KH-BCĐ)',
    ]);
  });

  it('is made and mailed by the first run within two days when the deadline’s run did not happen', async () => {
    // No run on 06/11 after the cut-off: the first is on 08/11, when the campaign's mail is over.
    const rt = await sampleRuntime({ now: at(11, 8, 8) });
    const r = command(rt, 'run');
    expect(r.reports).toEqual([{ kind: 'final', from: '2023-06-26', to: '2023-11-05' }]);
    expect(r.emails.map((m) => [m.kind, m.dataDate])).toEqual([['final', '2023-11-05']]);
    // Digests and reminders stay held: the notice says so.
    expect(r.mailNotice).toContain('Chiến dịch đã kết thúc');
    expect(titles(rt)).toEqual([FINAL]);
    // 09/11 is past its two days: none made there.
    const late = await sampleRuntime({ now: at(11, 9, 8) });
    expect(command(late, 'run').reports).toEqual([]);
    expect(reportMails(late)).toEqual([]);
  });

  it('still goes once the quota allows, past its two days', async () => {
    const rt = await sampleRuntime({ now: at(11, 6, 8) });
    rt.mail.remaining = 1; // the last digest only
    expect(command(rt, 'run').emails.map((m) => m.kind)).toEqual(['digest']);
    rt.mail.remaining = 100;
    rt.setNow(at(11, 12, 8));
    const r = command(rt, 'run');
    expect(r.emails.map((m) => [m.kind, m.dataDate])).toEqual([['final', '2023-11-05']]);
    expect(reportMails(rt)).toHaveLength(1);
  });
});

describe('Gửi thư ngay once the campaign is over', () => {
  it('sends the final report the quota held back, and nothing else; then says the mail is over', async () => {
    const rt = await sampleRuntime({ now: at(11, 6, 8) });
    rt.mail.remaining = 1; // the last digest only
    command(rt, 'run');
    rt.mail.remaining = 100;
    rt.setNow(at(11, 8, 9));
    const script = bundle(rt);
    rt.answer('YES');
    rt.answer('OK');
    script.sendEmailsNow();
    expect(rt.dialogs[0].message).toBe(
      'Gửi ngay 1 thư (1 người nhận) cho số liệu ngày 05/11/2023?',
    );
    expect(reportMails(rt).map((m) => m.subject.slice(0, 48))).toEqual([
      '[Tiến Độ] Báo cáo kết thúc chiến dịch (26/06–05/',
    ]);
    // The last digest (06/11) and the final report: no digest or reminder after the campaign.
    expect(rt.mail.sent).toHaveLength(2);
    const sent = rt.mail.sent.length;
    rt.dialogs.splice(0);
    rt.answer('OK');
    script.sendEmailsNow();
    expect(rt.dialogs[0].message).toContain('Chiến dịch đã kết thúc');
    expect(rt.mail.sent).toHaveLength(sent);
  });
});

describe('a report mailed in a later run', () => {
  it('carries its block as written, not figures changed since', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    rt.mail.remaining = 1; // the digest only: the report waits
    command(rt, 'run');
    const block = sheetRows(rt).find((r) => r[1] === 'Cần Thạnh')!;
    // Its cumulative collected (column E: STT, name, days, period, cumulative) as written.
    const written = block[4] as number;
    // A person corrects 11/07's figure in the period after the block was written.
    const tab = rt.spreadsheet.getSheetByName('Cần Thạnh')!;
    const shown = tab.getDataRange().getDisplayValues() as string[][];
    const row = shown.findIndex((r) => r[0] === '11/07/2023') + 1;
    const cell = tab.getRange(row, 2);
    cell.setValue((cell.getValue() as number) + 1000);
    rt.mail.remaining = 100;
    rt.setNow(at(8, 11, 8));
    command(rt, 'run');
    const [mail] = reportMails(rt);
    const vn = (n: number) => n.toLocaleString('de-DE');
    expect(mail.body).toContain(
      `1. Cần Thạnh (báo cáo 4/31 ngày) — Thu nhận: trong kỳ ${vn(block[3] as number)}, lũy kế ${vn(written)},`,
    );
    expect(mail.body).not.toContain(`lũy kế ${vn(written + 1000)}`);
    expect(mail.htmlBody).toContain(`>${vn(written)}</td>`);
    expect(mail.htmlBody).not.toContain(`>${vn(written + 1000)}</td>`);
  });

  it('is kept waiting past its two days for the quota, never closed as no longer due', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    rt.mail.remaining = 1;
    command(rt, 'run');
    // No room on 11/08 and 12/08 either (the digest takes it); on 13/08, past 10/08 + 2 days.
    for (const day of [11, 12]) {
      rt.mail.remaining = 1;
      rt.setNow(at(8, day, 8));
      expect(command(rt, 'run').emails.map((m) => m.kind)).toEqual(['digest']);
    }
    rt.mail.remaining = 100;
    rt.setNow(at(8, 13, 8));
    const r = command(rt, 'run');
    expect(r.emails.map((m) => [m.kind, m.dataDate]).slice(0, 2)).toEqual([
      ['digest', '2023-08-12'],
      ['monthly', '2023-08-09'],
    ]);
    const log = rt.spreadsheet.getSheetByName('Nhật ký gửi thư')!.getDataRange().getDisplayValues();
    expect(log.filter((r) => r[1] === 'Báo cáo tháng').map((r) => [r[2], r[6]])).toEqual([
      ['09/08/2023', 'Đã gửi'],
    ]);
  });
});

describe('what makes no report', () => {
  it('a unit’s tab named Báo cáo tháng: left untouched, no report made or mailed', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    rt.spreadsheet.getSheetByName('Cần Thạnh')!.setName(SHEET);
    rt.spreadsheet.getSheetByName('Đơn vị')!.getRange('D2').setValue(SHEET);
    const before = rt.spreadsheet.getSheetByName(SHEET)!.getDataRange().getValues();
    const r = command(rt, 'run');
    expect(r.reports).toEqual([]);
    expect(r.mailNotice).toContain(
      'Không lập được báo cáo tháng/báo cáo kết thúc: trang "Báo cáo tháng" đang là trang số liệu của đơn vị "Cần Thạnh"',
    );
    expect(reportMails(rt)).toEqual([]);
    expect(rt.spreadsheet.getSheetByName(SHEET)!.getDataRange().getValues()).toEqual(before);
  });

  it('summarize writes no block; the sample’s own morning (14/07) makes none', async () => {
    const rt = await sampleRuntime({ now: at(8, 10, 8) });
    expect(command(rt, 'summarize').reports).toEqual([]);
    expect(rt.spreadsheet.getSheetByName(SHEET)).toBeNull();
    const rt2 = await sampleRuntime();
    expect(command(rt2, 'run').reports).toEqual([]);
    expect(rt2.spreadsheet.getSheetByName(SHEET)).toBeNull();
  });
});

describe('the command line on 10/08/2023, its output fed back in', () => {
  it('writes the block once and one .eml of the report across three runs', async () => {
    let workbook = await sampleWorkbook();
    const outs: string[] = [];
    for (const now of ['2023-08-10T08:00', '2023-08-10T08:00', '2023-08-10T09:00']) {
      const out = tempDir();
      const outcome = await runCli(['run', '--workbook', workbook, '--now', now, '--out', out], {
        dist: DIST,
      });
      expect(outcome.status).toBe(0);
      outs.push(out);
      workbook = join(out, 'can-gio.xlsx');
    }
    const reports = outs.map(
      (out) => JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).reports,
    );
    expect(reports).toEqual([[{ kind: 'monthly', from: '2023-07-10', to: '2023-08-09' }], [], []]);
    const emls = outs.map((out) =>
      readdirSync(join(out, 'mail')).filter((f) => f.includes('bao-cao-thang')),
    );
    expect(emls).toEqual([['002-bao-cao-thang-8-2023-10-07-09-08-2023.eml'], [], []]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    const firstColumn: unknown[] = [];
    book.getWorksheet(SHEET)!.eachRow((row) => firstColumn.push(row.getCell(1).value));
    expect(firstColumn.filter((v) => String(v).startsWith('Báo cáo'))).toEqual([AUGUST]);
  });
});
