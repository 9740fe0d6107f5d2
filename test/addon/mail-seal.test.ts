// The mail log's signatures, through the bundle: rows a person types count for nothing and are
// reported; the key stays in the script's properties; an older version's log is taken over once.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealText } from '../../src/core/mail-log';
import type { LocalRuntime } from '../../src/local/runtime';
import { bundle, command, sampleRuntime, setAdmins } from '../helpers';

const DIGEST = 'bcd.dean06@cangio.example.vn';
const THANH_AN = 'ca.thanhan@cangio.example.vn';
const LY_NHON = 'ca.lynhon@cangio.example.vn';
const LOG = 'Nhật ký gửi thư';
/** 13/07/2023 and 14/07/2023 at 08:00 in Asia/Ho_Chi_Minh. */
const JULY_13_0800 = Date.UTC(2023, 6, 13, 1, 0);
const JULY_14_0800 = Date.UTC(2023, 6, 14, 1, 0);

const logValues = (rt: LocalRuntime) =>
  rt.spreadsheet.getSheetByName(LOG)!.getDataRange().getDisplayValues() as string[][];

describe('rows a person types into the log', () => {
  it("suppress neither the leaders' digest nor the typist's own reminder, and are reported, untouched", async () => {
    // Thạnh An's officer is also in Quản trị, so may edit every sheet, the log included (the
    // log is locked for the owner and Quản trị: an officer who is neither cannot type in it).
    const rt = await sampleRuntime({ now: JULY_13_0800, editors: [THANH_AN] });
    setAdmins(rt, [THANH_AN]);
    const script = bundle(rt);
    command(rt, 'run'); // 13/07: everyone reported 12/07, the digest goes
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([DIGEST]);
    // That evening the officer types two rows saying that the digest and the unit's own
    // reminder of 13/07 went; the first even carries the signature of the real digest row.
    const signature = logValues(rt)[1][7];
    const typed = [
      [
        '13/07/2023 20:00:00',
        'Tổng hợp',
        '13/07/2023',
        '',
        DIGEST,
        '[Tiến Độ] …',
        'Đã gửi',
        signature,
      ],
      [
        '13/07/2023 20:00:00',
        'Nhắc báo cáo',
        '13/07/2023',
        'Thạnh An',
        THANH_AN,
        '…',
        'Đã gửi',
        '',
      ],
    ];
    rt.setNow(Date.UTC(2023, 6, 13, 13, 0));
    rt.spreadsheet.getSheetByName(LOG)!.insertRowsAfter(2, 2); // the log is as long as its rows
    rt.edit(script, LOG, 'A3:H4', typed, { as: THANH_AN });

    rt.setNow(JULY_14_0800);
    const r = command(rt, 'run');
    expect(r.emails.map((m) => [m.kind, m.to[0]])).toEqual([
      ['digest', DIGEST],
      ['reminder', THANH_AN],
      ['reminder', LY_NHON],
    ]);
    const warning = {
      severity: 'warning',
      code: 'mail-log-unsigned',
      sheet: LOG,
      cell: 'A3',
      message:
        'Các hàng 3–4 không do Tiến Độ ghi (không có chữ ký hợp lệ ở cột "Chữ ký", hoặc đã bị sửa sau khi ghi). Khi quyết định gửi thư, tiện ích bỏ qua các hàng này: các hàng này không làm thư nào bị coi là đã gửi, cũng không làm thư nào bị gửi thêm. Tiện ích không sửa, không xóa các hàng này. Đừng nhập hay sửa gì trong trang "Nhật ký gửi thư": chỉ tiện ích ghi vào đó.',
    };
    expect(r.issues).toEqual([warning]);
    const checks = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    expect(checks.getDataRange().getValues().slice(1)).toEqual([
      ['0 lỗi, 1 cảnh báo', '', '', '', '', ''],
      ['Mức độ', 'Trang', 'Ô', 'Mã lỗi', 'Loại lỗi', 'Nội dung và cách sửa'],
      ['Cảnh báo', LOG, '', 'mail-log-unsigned', 'Nhật ký thư không có chữ ký', warning.message],
    ]);
    const gid = rt.spreadsheet.getSheetByName(LOG)!.getSheetId();
    expect(checks.getRange('C4').getFormula()).toBe(`=HYPERLINK("#gid=${gid}&range=A3","A3")`);
    // Nothing a person typed is changed or lost; the run's own rows follow them.
    const log = logValues(rt);
    expect(log.slice(2, 4)).toEqual(typed);
    expect(log.slice(4).map((row) => [row[3], row[4], row[6]])).toEqual([
      ['', DIGEST, 'Đã gửi'],
      ['Thạnh An', THANH_AN, 'Đã gửi'],
      ['Lý Nhơn', LY_NHON, 'Đã gửi'],
    ]);
    // Reported again by the next run (once), and still nothing sent twice.
    rt.setNow(Date.UTC(2023, 6, 14, 2, 0));
    const again = command(rt, 'run');
    expect([again.emails, again.issues]).toEqual([[], [warning]]);
  });

  it("a run's own row whose outcome a person changed no longer counts: the message still goes", async () => {
    const rt = await sampleRuntime({ mailQuota: 1, editors: [THANH_AN] });
    setAdmins(rt, [THANH_AN]);
    const script = bundle(rt);
    command(rt, 'run'); // the digest goes; both reminders wait for the quota
    expect(
      logValues(rt)
        .slice(1)
        .map((row) => row[6].slice(0, 7)),
    ).toEqual(['Đã gửi', 'Chờ gửi', 'Chờ gửi']);
    rt.edit(script, LOG, 'G3', 'Đã gửi', { as: THANH_AN });
    rt.mail.remaining = 100;
    const r = command(rt, 'run');
    expect(r.emails.map((m) => m.to[0])).toEqual([THANH_AN, LY_NHON]);
    expect(r.issues.map((f) => [f.code, f.cell])).toEqual([['mail-log-unsigned', 'A3']]);
    // The waiting row sent from its own place was signed again with its new outcome.
    expect(command(rt, 'run').emails).toEqual([]);
  });
});

describe('the key', () => {
  it("lives in the script's properties, and each row is HMAC-SHA256 of what it says under it", async () => {
    const rt = await sampleRuntime();
    command(rt, 'run');
    const key = rt.properties.script.get('tienDo.mailLogKey')!;
    expect(key).toMatch(
      /^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}){2}$/,
    );
    // Neither in the document's properties nor anywhere in the spreadsheet.
    expect(JSON.stringify([...rt.properties.document])).not.toContain(key);
    for (const sheet of rt.spreadsheet.sheets)
      expect(JSON.stringify(sheet.values)).not.toContain(key.slice(0, 8));
    const [, digestRow] = logValues(rt);
    const fields = {
      time: '2023-07-14 08:00',
      kind: 'digest' as const,
      dataDate: '2023-07-13',
      unit: '',
      recipients: [DIGEST],
      subject: digestRow[5],
      outcomeText: 'Đã gửi',
    };
    const expected = createHmac('sha256', key)
      .update(sealText('local-spreadsheet', fields))
      .digest('hex');
    expect(digestRow[7]).toBe(expected);
    // A second run keeps the key.
    rt.setNow(Date.UTC(2023, 6, 14, 2, 0));
    command(rt, 'run');
    expect(rt.properties.script.get('tienDo.mailLogKey')).toBe(key);
  });
});

describe('a log written by the version before signatures', () => {
  /** The sample at 14/07 09:00 with the log the older version wrote at 08:00: all sent. */
  async function upgraded() {
    const rt = await sampleRuntime({ now: Date.UTC(2023, 6, 14, 2, 0) });
    const sheet = rt.spreadsheet.insertSheet(LOG);
    const old = [
      ['Thời gian', 'Loại', 'Ngày số liệu', 'Đơn vị', 'Người nhận', 'Tiêu đề', 'Kết quả'],
      ['14/07/2023 08:00:05', 'Tổng hợp', '13/07/2023', '', DIGEST, 'S', 'Đã gửi'],
      ['14/07/2023 08:00:05', 'Nhắc báo cáo', '13/07/2023', 'Thạnh An', THANH_AN, 'S', 'Đã gửi'],
      ['14/07/2023 08:00:05', 'Nhắc báo cáo', '13/07/2023', 'Lý Nhơn', LY_NHON, 'S', 'Đã gửi'],
    ];
    sheet.getRange(1, 1, 4, 7).setValues(old);
    return { rt, old };
  }

  it('is taken as it stands on the first run: nothing of the day goes twice, nothing reported', async () => {
    const { rt, old } = await upgraded();
    const r = command(rt, 'run');
    expect([r.emails, r.issues]).toEqual([[], []]);
    const log = logValues(rt);
    expect(log.map((row) => row.slice(0, 7))).toEqual(old);
    expect(log[0][7]).toBe('Chữ ký');
    expect(log.slice(1).every((row) => /^[0-9a-f]{64}$/.test(row[7]))).toBe(true);
    expect(command(rt, 'run').emails).toEqual([]);
  });

  it('only once: rows typed afterwards are reported, even with the header deleted', async () => {
    const { rt } = await upgraded();
    const script = bundle(rt);
    command(rt, 'run');
    rt.spreadsheet.getSheetByName(LOG)!.insertRowsAfter(4, 1);
    rt.edit(script, LOG, 'A5:G5', [
      ['14/07/2023 10:00:00', 'Tổng hợp', '14/07/2023', '', DIGEST, 'S', 'Đã gửi'],
    ]);
    rt.edit(script, LOG, 'H1', '');
    const r = command(rt, 'run');
    expect(r.issues.map((f) => [f.code, f.cell])).toEqual([['mail-log-unsigned', 'A5']]);
    expect(logValues(rt)[4][7]).toBe('');
    expect(logValues(rt)[0][7]).toBe('Chữ ký');
  });
});
