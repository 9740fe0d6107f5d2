import { describe, expect, it } from 'vitest';
import { bundle, sampleRuntime } from '../helpers';

describe('Xem trước thư sẽ gửi', () => {
  it('shows exactly what would be sent now, to whom, and the quota left', async () => {
    const rt = await sampleRuntime();
    bundle(rt).previewEmails();
    const dialog = rt.dialogs[0];
    expect([dialog.kind, dialog.title]).toEqual(['modal', 'Xem trước thư sẽ gửi']);
    expect(dialog.message).toContain('Hạn mức gửi thư còn lại hôm nay: 100 người nhận.');
    expect(dialog.message).toContain('Sẽ gửi 3 thư tới 3 người nhận:');
    expect(dialog.message).toContain('<b>Gửi tới:</b> ca.lynhon@cangio.example.vn');
    expect(dialog.message).toContain(
      '<b>Tiêu đề:</b> [Tiến Độ] Nhắc báo cáo: Thạnh An chưa gửi số liệu ngày 13/07/2023',
    );
    expect(rt.mail.sent).toEqual([]);
  });
});

describe('Gửi thư ngay', () => {
  it('asks first, sends on Yes, and says what happened', async () => {
    const rt = await sampleRuntime();
    const script = bundle(rt);
    rt.answer('YES');
    rt.answer('OK');
    script.sendEmailsNow();
    expect(rt.dialogs.map((d) => d.message)).toEqual([
      'Gửi ngay 3 thư (3 người nhận) cho số liệu ngày 13/07/2023?',
      'Đã gửi 3 thư; chờ gửi 0; lỗi 0. Chi tiết ở trang "Nhật ký gửi thư".',
    ]);
    expect(rt.mail.sent).toHaveLength(3);
  });

  it('sends nothing on No', async () => {
    const rt = await sampleRuntime();
    rt.answer('NO');
    bundle(rt).sendEmailsNow();
    expect(rt.mail.sent).toEqual([]);
  });

  it('resends only when a person explicitly chooses to', async () => {
    const rt = await sampleRuntime();
    const script = bundle(rt);
    rt.answer('YES');
    rt.answer('OK');
    script.sendEmailsNow();
    rt.answer('NO');
    script.sendEmailsNow();
    expect(rt.dialogs.at(-1)!.message).toBe(
      'Mọi thư cho số liệu ngày 13/07/2023 đã được gửi. Gửi lại toàn bộ?',
    );
    expect(rt.mail.sent).toHaveLength(3);
    rt.answer('YES');
    rt.answer('OK');
    script.sendEmailsNow();
    expect(rt.mail.sent).toHaveLength(6);
  });
});

describe('the daily schedule', () => {
  it('installs one trigger at Giờ gửi tổng hợp in the campaign zone, never two, and the menu says so', async () => {
    const rt = await sampleRuntime();
    const script = bundle(rt);
    rt.answer('OK');
    rt.answer('OK');
    script.turnOnDailySchedule();
    script.turnOnDailySchedule();
    expect(rt.scriptApp.triggers.map((t) => [t.handler, t.eventType, t.schedule])).toEqual([
      [
        'dailyJob',
        'CLOCK',
        { atHour: 8, nearMinute: 0, everyDays: 1, timeZone: 'Asia/Ho_Chi_Minh' },
      ],
    ]);
    expect(rt.dialogs[0].message).toBe(
      'Đã bật lịch: mỗi ngày lúc 08:00 (giờ Việt Nam) tự kiểm tra, tổng hợp và gửi thư.',
    );
    script.onOpen({ authMode: 'LIMITED' });
    const captions = rt.menus[0].items.map((i) => i.caption);
    expect(captions).toContain('Lịch gửi hằng ngày: đang bật lúc 08:00 — Tắt');
    rt.answer('OK');
    script.turnOffDailySchedule();
    expect(rt.scriptApp.triggers).toEqual([]);
    script.onOpen({ authMode: 'LIMITED' });
    expect(rt.menus[0].items.map((i) => i.caption)).toContain('Bật lịch gửi thư hằng ngày');
  });

  it('says so, in Vietnamese, when the 20-trigger limit is reached', async () => {
    const rt = await sampleRuntime();
    const script = bundle(rt);
    for (let i = 0; i < 20; i++)
      rt.scriptApp.newTrigger(`other${i}`).timeBased().everyHours(1).create();
    rt.answer('OK');
    script.turnOnDailySchedule();
    expect(rt.dialogs[0].message).toMatch(/^Tài khoản của bạn đã có đủ 20 trình kích hoạt/);
  });

  it('runs validate → summarise → send from the trigger, with no UI', async () => {
    const rt = await sampleRuntime({ ui: false });
    bundle(rt).dailyJob();
    expect(
      ['Kiểm tra', 'Tổng hợp', 'Lịch sử', 'Nhật ký gửi thư'].map(
        (n) => rt.spreadsheet.getSheetByName(n) !== null,
      ),
    ).toEqual([true, true, true, true]);
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([
      'bcd.dean06@cangio.example.vn',
      'ca.thanhan@cangio.example.vn',
      'ca.lynhon@cangio.example.vn',
    ]);
    expect(JSON.parse(rt.logs.at(-1)!)).toMatchObject({ asOf: '2023-07-13', issues: 0, sent: 3 });
  });
});
