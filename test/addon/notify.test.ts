import PostalMime from 'postal-mime';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import type { LocalRuntime } from '../../src/local/runtime';
import { ExecutionStopped } from '../../src/local/runtime';
import { syntheticCampaign } from '../../src/local/synthetic';
import type { MailRecord } from '../../src/core/result';
import type { CommandName } from '../../src/surface';
import {
  DIST,
  JULY_14_0800,
  bundle,
  command,
  runtime,
  sampleRuntime,
  sampleWorkbook,
  summarized,
  tempDir,
} from '../helpers';

function run(rt: LocalRuntime, name: CommandName = 'run') {
  return command(rt, name);
}

const THANH_AN = 'ca.thanhan@cangio.example.vn';
const LY_NHON = 'ca.lynhon@cangio.example.vn';
const DIGEST = 'bcd.dean06@cangio.example.vn';

function log(rt: LocalRuntime): string[][] {
  const sheet = rt.spreadsheet.getSheetByName('Nhật ký gửi thư');
  return sheet
    ? (sheet.getDataRange().getDisplayValues() as string[][])
        .slice(1)
        .map((r) => [r[1], r[2], r[3], r[4], r[6]])
    : [];
}

describe('the morning after two communes missed their report (14/07/2023 08:00)', () => {
  it('sends the digest naming them, and one reminder to each', async () => {
    const rt = await sampleRuntime();
    const r = run(rt);
    expect(r.emails.map((m) => [m.kind, m.to, m.dataDate])).toEqual([
      ['digest', [DIGEST], '2023-07-13'],
      ['reminder', [THANH_AN], '2023-07-13'],
      ['reminder', [LY_NHON], '2023-07-13'],
    ]);
    const [digest, reminder] = rt.mail.sent;
    expect(digest.subject).toMatch(
      /số liệu đến 13\/07\/2023: 2 đơn vị chưa báo cáo, \d+ đơn vị chậm tiến độ$/,
    );
    expect(digest.body).toContain(
      'Chưa báo cáo (2):\n- Thạnh An [chưa báo cáo từ ngày 13/07] — Thu nhận: ngày 13/07: chưa có số, lũy kế 1.151/4.055 (28,4%)',
    );
    expect(digest.body).toMatch(/\n- Lý Nhơn \[chưa báo cáo từ ngày 13\/07\] — /);
    expect(digest.body).toMatch(
      /- Thu nhận: 14\.210 \/ 66\.392 \(21,4%\); ngày 13\/07: \+\d+; cần đạt 454\/ngày/,
    );
    // Kích hoạt has no target, and is shown all the same; so is the backlog: 14.210 − 6.471.
    expect(digest.body).toContain('- Kích hoạt: lũy kế 6.471;');
    expect(digest.body).toContain('- Chưa kích hoạt: 7.739 hồ sơ đã thu nhận chưa kích hoạt');
    // A subtotal per level of Cấp trên (the appendix's totals: 14,210 of 66,392).
    expect(digest.body).toMatch(
      /\n- Cộng Huyện Cần Giờ — Thu nhận: .*lũy kế 14\.210\/66\.392 \(21,4%\)/,
    );
    expect(digest.htmlBody).toContain(
      'Thạnh An</a><br><span style="color:#c5221f;font-size:11px">chưa báo cáo từ ngày 13/07</span>',
    );
    expect(digest.htmlBody).toMatch(/<td width="43" height="10" bgcolor="#34a853"/); // 21.4% of a 200-pixel bar
    expect(reminder.subject).toBe(
      '[Tiến Độ] Nhắc báo cáo: Thạnh An chưa gửi số liệu ngày 13/07/2023',
    );
    expect(reminder.body).toContain(
      'Trang số liệu của đơn vị chưa có số của ngày 13/07/2023: xin nhập bổ sung ngay. Số liệu của mỗi ngày cần nhập trước 07:30 ngày tính tiếp theo: số của ngày 14/07/2023 cần nhập trước 07:30 thứ Bảy 15/07/2023.',
    );
    expect(reminder.body).toContain(
      'Thu nhận: 1.151 / 4.055 (28,4%); cần đạt 26/ngày từ nay đến hạn.',
    );
    const gid = rt.spreadsheet.getSheetByName('Thạnh An')!.getSheetId();
    expect(reminder.htmlBody).toContain(
      `href="https://docs.google.com/spreadsheets/d/local-spreadsheet/edit#gid=${gid}"`,
    );
    expect(log(rt)).toEqual([
      ['Tổng hợp', '13/07/2023', '', DIGEST, 'Đã gửi'],
      ['Nhắc báo cáo', '13/07/2023', 'Thạnh An', THANH_AN, 'Đã gửi'],
      ['Nhắc báo cáo', '13/07/2023', 'Lý Nhơn', LY_NHON, 'Đã gửi'],
    ]);
  });

  it('sends no reminder to a unit whose tab cannot be read, and tells the leaders why', async () => {
    const rt = await sampleRuntime();
    // Cần Thạnh reported every day, but ten rows inserted on top push its header to row 13.
    rt.spreadsheet.getSheetByName('Cần Thạnh')!.insertRowsBefore(1, 10);
    const result = summarized(rt, 'run');
    expect(result.issues.find((f) => f.sheet === 'Cần Thạnh')).toMatchObject({
      code: 'header-missing',
    });
    expect(rt.mail.sent.flatMap((m) => m.to)).not.toContain('ca.canthanh@cangio.example.vn');
    expect(rt.mail.sent.filter((m) => m.subject.startsWith('[Tiến Độ] Nhắc'))).toHaveLength(2);
    const digest = rt.mail.sent[0];
    // Its tab exists: unreadable, not missing, and no "not reported since" on a guess.
    expect(digest.body).toMatch(/\n- Cần Thạnh \[không đọc được trang số liệu\] — /);
    expect(digest.body).toContain(
      'Không đọc được trang số liệu (1): Cần Thạnh — xem trang "Kiểm tra".',
    );
    expect(result.units.find((u) => u.name === 'Cần Thạnh')!.tabRead).toBe(false);
    const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!.getDataRange().getDisplayValues();
    expect(summary.flat()).toContain('Không đọc được trang (xem "Kiểm tra")');
  });

  it('at 07:00, before the cut-off, takes 12/07/2023 as the due day: everyone reported it', async () => {
    const rt = await sampleRuntime({ now: Date.UTC(2023, 6, 14, 0, 0) });
    const r = run(rt);
    expect(r.asOf).toBe('2023-07-12');
    expect(r.emails.map((m) => [m.kind, m.dataDate])).toEqual([['digest', '2023-07-12']]);
    expect(rt.mail.sent[0].subject).toMatch(/số liệu đến 12\/07\/2023: 0 đơn vị chưa báo cáo/);
  });

  it('sends nothing when run again the same morning', async () => {
    const rt = await sampleRuntime();
    run(rt);
    rt.setNow(Date.UTC(2023, 6, 14, 2, 30));
    rt.calls.reset();
    const again = run(rt);
    expect(again.emails).toEqual([]);
    expect(rt.calls.count('MailApp.sendEmail')).toBe(0);
    expect(rt.mail.sent).toHaveLength(3);
  });

  it("sends nothing twice when a person turns the log's data dates into numbers or dates", async () => {
    const rt = await sampleRuntime();
    run(rt);
    const sheet = rt.spreadsheet.getSheetByName('Nhật ký gửi thư')!;
    // A number format on the column, or a paste: 45120 is the Sheets serial of 13/07/2023;
    // a date cell at midnight of 13/07/2023 in Asia/Ho_Chi_Minh.
    sheet.getRange('C2:C3').setValues([[45120], [45120]]);
    sheet.getRange('C4').setValues([[new Date(Date.UTC(2023, 6, 12, 17, 0))]]);
    rt.setNow(Date.UTC(2023, 6, 14, 2, 30));
    expect(run(rt).emails).toEqual([]);
    expect(rt.mail.sent).toHaveLength(3);
  });

  it('logs what the quota cannot take as pending, and the next run sends exactly that', async () => {
    const rt = await sampleRuntime({ mailQuota: 2 });
    const first = run(rt);
    expect(first.emails.map((m) => m.kind)).toEqual(['digest', 'reminder']);
    expect(first.emailsNotSent!.map((m) => [m.reason, m.units])).toEqual([
      ['pending', ['Lý Nhơn']],
    ]);
    expect(log(rt).at(-1)).toEqual([
      'Nhắc báo cáo',
      '13/07/2023',
      'Lý Nhơn',
      LY_NHON,
      'Chờ gửi — hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau',
    ]);
    rt.mail.remaining = 100; // the quota is back
    const next = run(rt);
    expect(next.emails.map((m) => [m.kind, m.to])).toEqual([['reminder', [LY_NHON]]]);
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([DIGEST, THANH_AN, LY_NHON]);
  });

  it('sends nothing while another run holds the document lock', async () => {
    const rt = await sampleRuntime();
    rt.locks.document.holder = 'other';
    const r = run(rt);
    expect(r.emails).toEqual([]);
    // Every message due is said to wait, not one empty entry.
    expect(r.emailsNotSent!.map((m) => [m.reason, m.kind, m.to])).toEqual([
      ['busy', 'digest', [DIGEST]],
      ['busy', 'reminder', [THANH_AN]],
      ['busy', 'reminder', [LY_NHON]],
    ]);
    expect(rt.mail.sent).toEqual([]);
  });

  it('sends to an address repeated, in any case, once, and counts it once against the quota', async () => {
    const rt = await sampleRuntime();
    rt.spreadsheet
      .getSheetByName('Cấu hình')!
      .getRange('B11')
      .setValue(`${DIGEST}, ${DIGEST.toUpperCase()}; Bcd.Dean06@CanGio.example.vn\n${DIGEST} `);
    rt.spreadsheet
      .getSheetByName('Đơn vị')!
      .getRange('E6')
      .setValue(`${THANH_AN}; ${THANH_AN.toUpperCase()}`);
    const r = run(rt);
    expect(r.emails.map((m) => m.to)).toEqual([[DIGEST], [THANH_AN], [LY_NHON]]);
    expect(rt.mail.sent.map((m) => m.to)).toEqual([[DIGEST], [THANH_AN], [LY_NHON]]);
    // Three recipients of the consumer account's 100.
    expect(rt.mail.remaining).toBe(97);
    expect(log(rt).map((row) => row[3])).toEqual([DIGEST, THANH_AN, LY_NHON]);
    rt.setNow(Date.UTC(2023, 6, 14, 2, 30));
    expect(run(rt).emails).toEqual([]);
  });

  it('under a busy lock, the scheduled job names every message it could not send', async () => {
    const rt = await sampleRuntime({ ui: false });
    rt.locks.document.holder = 'other';
    bundle(rt).dailyJob();
    const line = JSON.parse(rt.logs.at(-1)!) as {
      sent: number;
      notSent: { reason: string; to: string[] }[];
    };
    expect(line.sent).toBe(0);
    expect(line.notSent.map((m) => [m.reason, m.to])).toEqual([
      ['busy', [DIGEST]],
      ['busy', [THANH_AN]],
      ['busy', [LY_NHON]],
    ]);
  });

  it('logs a failed send and goes on with the others', async () => {
    const rt = await sampleRuntime();
    rt.mail.failFor.add(THANH_AN);
    const r = run(rt);
    expect(r.emails.map((m) => m.to[0])).toEqual([DIGEST, LY_NHON]);
    expect(r.emailsNotSent).toEqual([
      expect.objectContaining({
        reason: 'failed',
        units: ['Thạnh An'],
        detail: `Failed to send email: ${THANH_AN}`,
      }),
    ]);
    expect(log(rt)[1]).toEqual([
      'Nhắc báo cáo',
      '13/07/2023',
      'Thạnh An',
      THANH_AN,
      `Lỗi: Failed to send email: ${THANH_AN}`,
    ]);
    // The failed one is tried again by the next run.
    rt.mail.failFor.clear();
    expect(run(rt).emails.map((m) => m.to[0])).toEqual([THANH_AN]);
  });

  it('costs one MailApp call per message and a fixed number of Spreadsheet writes for the log', () => {
    const at = (units: number) => {
      const rt = runtime({ now: Date.UTC(2023, 6, 26, 1, 0) }); // 26/07/2023 08:00: the data date is the 30th day, 25/07
      syntheticCampaign(rt, { units, days: 30 });
      const r = run(rt, 'notify');
      return { rt, r };
    };
    const small = at(34);
    const large = at(170);
    // Every 17th unit stopped reporting: 2 and 10 reminders, plus the digest.
    expect(small.rt.calls.count('MailApp.sendEmail')).toBe(1 + 2);
    expect(large.rt.calls.count('MailApp.sendEmail')).toBe(1 + 10);
    expect(large.rt.calls.summary().writes).toBe(small.rt.calls.summary().writes);
    // Each message is marked as going in the document's properties (saved at once); the first
    // run also creates the log's key, records that the spreadsheet's log is signed, keeps the
    // most the user has had left of the mail quota, and remembers the new log's column widths.
    expect(large.rt.calls.count('Properties.setProperty')).toBe(11 + 1 + 3 + 1);
  });
});

describe('what a person typed never carries personal data or markup into an e-mail', () => {
  it('drops ID and phone numbers and escapes markup from names; notes never go in', async () => {
    const rt = await sampleRuntime();
    const units = rt.spreadsheet.getSheetByName('Đơn vị')!;
    units.getRange('B6').setValue('Thạnh An <script>alert("x")</script> CCCD 079123456789');
    units.getRange('D6').setValue('Thạnh An');
    units.getRange('C2:C8').setValue('Huyện <b>Cần Giờ</b> ĐT 0912 345 678');
    rt.spreadsheet
      .getSheetByName('Cấu hình')!
      .getRange('B2')
      .setValue(
        'Chiến dịch <img src=x onerror=alert(1)> gọi 0912.345.678\nBcc: ke-xau@example.com',
      );
    rt.spreadsheet
      .getSheetByName('Lý Nhơn')!
      .getRange('D10')
      .setValue('Anh Nam 0987654321, CCCD 001203004005');
    run(rt);
    expect(rt.mail.sent).toHaveLength(3);
    for (const m of rt.mail.sent) {
      const all = [m.subject, m.body, m.htmlBody ?? ''].join('\n');
      for (const secret of [
        '079123456789',
        '0912 345 678',
        '0912.345.678',
        '0987654321',
        '001203004005',
        'Anh Nam',
      ])
        expect(all).not.toContain(secret);
      expect(all).not.toMatch(/<script|<img|<b>Cần/);
    }
    // A line break typed into the campaign name does not reach a subject (no header injection).
    expect(rt.mail.sent[0].subject).toMatch(
      /^\[Tiến Độ\] Chiến dịch ‹img src=x onerror=alert\(1\)› gọi \[đã ẩn\] Bcc: ke-xau@example\.com — số liệu đến/,
    );
    expect(rt.mail.sent.every((m) => !/[\r\n]/.test(m.subject))).toBe(true);
    expect(rt.mail.sent[1].subject).toBe(
      '[Tiến Độ] Nhắc báo cáo: Thạnh An ‹script›alert("x")‹/script› CCCD [đã ẩn] chưa gửi số liệu ngày 13/07/2023',
    );
    expect(rt.mail.sent[1].htmlBody).toContain(
      'Thạnh An ‹script›alert(&quot;x&quot;)‹/script› CCCD [đã ẩn]',
    );
  });
});

describe('the command line', () => {
  it('writes one .eml per message, which a real mail parser reads back', async () => {
    const out = tempDir();
    const outcome = await runCli(
      ['run', '--workbook', await sampleWorkbook(), '--now', '2023-07-14T08:00', '--out', out],
      { dist: DIST },
    );
    expect(outcome.status).toBe(0);
    const files = readdirSync(join(out, 'mail')).sort();
    expect(files).toHaveLength(3);
    const parsed = await Promise.all(
      files.map((f) => PostalMime.parse(readFileSync(join(out, 'mail', f)))),
    );
    expect(parsed.map((m) => m.to?.map((a) => a.address))).toEqual([
      [DIGEST],
      [THANH_AN],
      [LY_NHON],
    ]);
    expect(parsed[1].subject).toBe(
      '[Tiến Độ] Nhắc báo cáo: Thạnh An chưa gửi số liệu ngày 13/07/2023',
    );
    for (const m of parsed) {
      expect(m.html).toContain('Tiến Độ');
      expect(m.text).toContain('Thư tự động của Tiến Độ');
    }
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(result.emails.map((m: MailRecord) => m.kind)).toEqual([
      'digest',
      'reminder',
      'reminder',
    ]);
  });

  it('carries the mail log in the output workbook, so running again on it sends nothing twice', async () => {
    const first = tempDir();
    await runCli(
      ['notify', '--workbook', await sampleWorkbook(), '--now', '2023-07-14T08:00', '--out', first],
      { dist: DIST },
    );
    const second = tempDir();
    const outcome = await runCli(
      [
        'notify',
        '--workbook',
        join(first, 'can-gio.xlsx'),
        '--now',
        '2023-07-14T09:00',
        '--out',
        second,
      ],
      { dist: DIST },
    );
    expect(outcome.status).toBe(0);
    expect(JSON.parse(readFileSync(join(second, 'result.json'), 'utf8')).emails).toEqual([]);
    expect(readdirSync(join(second, 'mail'))).toEqual([]);
  });
});

describe('two runs at once', () => {
  it('the second, taking the lock as the first lets it go, sees the log of the first: nothing twice', async () => {
    const rt = await sampleRuntime();
    const first = bundle(rt);
    const second = bundle(rt);
    let again: ReturnType<typeof second.runCommand_> | undefined;
    let started = false;
    rt.executions.afterCall = (method) => {
      // The lock the first sent under (not the one it took, before, to create the log's key).
      if (method !== 'Lock.releaseLock' || started || rt.mail.sent.length === 0) return;
      started = true;
      again = second.runCommand_('notify');
    };
    first.runCommand_('run');
    expect(again?.result?.emails).toEqual([]);
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([DIGEST, THANH_AN, LY_NHON]);
  });

  it('the first, taking the lock after the second made the log, sees that log: nothing twice', async () => {
    const rt = await sampleRuntime();
    const first = bundle(rt);
    const second = bundle(rt);
    let again: ReturnType<typeof second.runCommand_> | undefined;
    let started = false;
    rt.executions.afterCall = (method) => {
      // The first has read the workbook (there was no log yet) and is about to take the lock.
      if (method !== 'LockService.getDocumentLock' || started) return;
      started = true;
      again = second.runCommand_('notify');
    };
    const one = first.runCommand_('run');
    expect(again?.result?.emails.map((m) => m.to[0])).toEqual([DIGEST, THANH_AN, LY_NHON]);
    expect(one.result?.emails).toEqual([]);
    expect(rt.mail.sent).toHaveLength(3);
  });
});

describe('the digest of a province', () => {
  it('at 1,000 units keeps the units missing or behind, links to Tổng hợp, and stays under 200 KB', () => {
    const rt = runtime({ now: Date.UTC(2023, 6, 26, 1, 0), mailQuota: 1500 });
    syntheticCampaign(rt, { units: 1000, days: 30 });
    run(rt, 'run');
    const digest = rt.mail.sent[0];
    // Every 17th unit (the 17th, 34th, …, 986th) stopped reporting: 58 of 1,000.
    expect(digest.subject).toMatch(/: 58 đơn vị chưa báo cáo/);
    const behind = Number(/(\d+) đơn vị chậm tiến độ$/.exec(digest.subject)![1]);
    const alsoMissing = Number(/trong đó (\d+) đơn vị đã nêu/.exec(digest.body)![1]);
    // The whole table of 1,000 rows would pass 200 KB: the 58 missing and, of the units behind
    // that reported, the worst 200 (the first cut that fits); the others are counted.
    const named = [...digest.htmlBody!.matchAll(/<tr><td><a [^>]*>(Xã Số \d+)<\/a>/g)];
    expect(named).toHaveLength(58 + 200);
    expect(digest.body).toContain(
      'Để thư không vượt 200 KB, bảng chỉ gồm 258 đơn vị chưa báo cáo hoặc chậm tiến độ (trong 1000 đơn vị).',
    );
    const others = 58 + behind - alsoMissing - 258;
    expect(digest.body).toContain(`… và ${others} đơn vị khác: xem trang "Tổng hợp".`);
    const gid = rt.spreadsheet.getSheetByName('Tổng hợp')!.getSheetId();
    expect(digest.htmlBody).toContain(
      `#gid=${gid}">Bảng đầy đủ: xem trang &quot;Tổng hợp&quot;</a>`,
    );
    expect(Buffer.byteLength(digest.htmlBody!, 'utf8')).toBeLessThan(200 * 1024);
    expect(Buffer.byteLength(digest.body, 'utf8')).toBeLessThan(200 * 1024);
  });
});

describe('cases found by the property tests (test/addon/commands.property.test.ts)', () => {
  it('appends to a log narrower than its seven columns (a person deleted one) without failing', async () => {
    const rt = await sampleRuntime();
    // The log with only its first column left, one column wide.
    rt.load.sheet('Nhật ký gửi thư', { rows: [['Thời gian']] });
    const r = run(rt, 'notify');
    expect(r.emails).toHaveLength(3);
    expect(log(rt).map((row) => row[4])).toEqual(['Đã gửi', 'Đã gửi', 'Đã gửi']);
  });

  it('tries again a run whose every send failed, rather than taking them for unconfirmed', async () => {
    const rt = await sampleRuntime();
    for (const to of [DIGEST, THANH_AN, LY_NHON]) rt.mail.failFor.add(to);
    expect(run(rt).emails).toEqual([]);
    rt.mail.failFor.clear();
    const again = run(rt);
    expect(again.emails.map((m) => m.to[0])).toEqual([DIGEST, THANH_AN, LY_NHON]);
    expect(again.emailsNotSent).toEqual([]);
    expect(log(rt).map((row) => row[4].slice(0, 8))).toEqual([
      'Lỗi: Fai',
      'Lỗi: Fai',
      'Lỗi: Fai',
      'Đã gửi',
      'Đã gửi',
      'Đã gửi',
    ]);
  });

  // Found by the property test: the record of a send in flight named log rows by number alone,
  // so sorting the log before the next run settled it marked the wrong rows.
  it('sends nothing twice when the log is sorted newest first after a run stopped mid-send', async () => {
    const rt = await sampleRuntime();
    run(rt); // 14/07 08:00: three messages for 13/07 in the log
    rt.setNow(JULY_14_0800 + 86_400_000); // 15/07 08:00: every commune is missing 14/07
    rt.executions.afterCall = (method, execution) => {
      if (method === 'MailApp.sendEmail')
        rt.executions.stopRunningAt(execution, execution.calls + 1);
    };
    expect(() => run(rt)).toThrow(ExecutionStopped); // stopped just after its first send
    rt.executions.afterCall = null;
    // A person sorts the log by its data date, newest first.
    const rows = rt.spreadsheet.getSheetByName('Nhật ký gửi thư')!.grid.values;
    const ymd = (v: unknown) => String(v).split('/').reverse().join('');
    rows.splice(
      1,
      rows.length - 1,
      ...rows.slice(1).sort((a, b) => ymd(b[2]).localeCompare(ymd(a[2]))),
    );
    run(rt);
    const subjects = rt.mail.sent.map((m) => `${m.to.join()} ${m.subject}`);
    expect(subjects.length - new Set(subjects).size).toBe(0);
  });
});
