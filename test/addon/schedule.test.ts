// Turning the daily job on and off: one trigger per spreadsheet, and a menu that says so.
import { describe, expect, it } from 'vitest';
import { bundle, sampleRuntime } from '../helpers';

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
});
