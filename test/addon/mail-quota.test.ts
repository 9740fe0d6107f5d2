// The whole day's quota: a digest listing more addresses than an account may send to in a day
// goes to the first ones, and says so, instead of keeping the rest waiting for ever.
import { describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../src/local/runtime';
import { command, sampleRuntime } from '../helpers';

const leaders = Array.from(
  { length: 120 },
  (_, i) => `lanhdao${String(i + 1).padStart(3, '0')}@cangio.example.vn`,
);

function withLeaders(rt: LocalRuntime): LocalRuntime {
  rt.spreadsheet.getSheetByName('Cấu hình')!.getRange('B11').setValue(leaders.join(', '));
  return rt;
}

const outcomes = (rt: LocalRuntime) =>
  (rt.spreadsheet.getSheetByName('Nhật ký gửi thư')!.getDataRange().getValues() as string[][])
    .slice(1)
    .map((row) => [row[1], row[4].split(', ').length, row[6]]);

describe('a digest to 120 leaders on a consumer account (100 recipients a day)', () => {
  it('goes to the first 100, says why once a run, and leaves nothing waiting for ever', async () => {
    const rt = withLeaders(await sampleRuntime());
    const r = command(rt, 'run');
    expect(r.emails.map((m) => [m.kind, m.to.length, m.to[0], m.to.at(-1)])).toEqual([
      ['digest', 50, leaders[0], leaders[49]],
      ['digest', 50, leaders[50], leaders[99]],
    ]);
    // The digest took the whole day: the reminders wait for tomorrow's quota.
    expect(r.emailsNotSent!.map((m) => [m.reason, m.units])).toEqual([
      ['pending', ['Thạnh An']],
      ['pending', ['Lý Nhơn']],
    ]);
    const finding = {
      severity: 'error',
      code: 'digest-over-quota',
      sheet: 'Cấu hình',
      cell: 'B11',
      message:
        '"Email nhận tổng hợp" có 120 địa chỉ, nhiều hơn 100 người nhận mà tài khoản gửi thư được gửi trong cả một ngày: thư tổng hợp chỉ gửi tới 100 địa chỉ đầu, 20 địa chỉ còn lại không bao giờ nhận được, và ngày nào cũng không còn hạn mức cho thư nhắc. Hãy bớt địa chỉ ở ô này (mỗi người nhận tính một lần, kể cả khi chung một thư), hoặc bật lịch bằng tài khoản Google Workspace (1.500 người nhận mỗi ngày).',
    };
    expect(r.issues).toEqual([finding]);
    const pendingQuota = 'Chờ gửi — hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau';
    const log = [
      ['Tổng hợp', 50, 'Đã gửi'],
      ['Tổng hợp', 50, 'Đã gửi'],
      ['Nhắc báo cáo', 1, pendingQuota],
      ['Nhắc báo cáo', 1, pendingQuota],
    ];
    expect(outcomes(rt)).toEqual(log);

    // Later that day: nothing more for the digest, no row for its last 20, the finding again.
    rt.setNow(Date.UTC(2023, 6, 14, 3, 0));
    const again = command(rt, 'run');
    expect([again.emails, again.issues]).toEqual([[], [finding]]);
    expect(outcomes(rt)).toEqual(log);
  });

  it('on a Google Workspace account (1,500 a day), goes to all 120, in three messages', async () => {
    const rt = withLeaders(await sampleRuntime({ account: 'workspace' }));
    const r = command(rt, 'run');
    expect(r.emails.map((m) => [m.kind, m.to.length])).toEqual([
      ['digest', 50],
      ['digest', 50],
      ['digest', 20],
      ['reminder', 1],
      ['reminder', 1],
    ]);
    expect(r.issues).toEqual([]);
  });

  it('is found by the check of the entries too, without sending', async () => {
    const rt = withLeaders(await sampleRuntime());
    const r = command(rt, 'validate');
    expect(r.issues.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['digest-over-quota', 'Cấu hình', 'B11'],
    ]);
    expect(rt.mail.sent).toEqual([]);
  });
});
