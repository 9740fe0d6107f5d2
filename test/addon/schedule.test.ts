// Turning the daily job on and off: one trigger per spreadsheet, and a menu that says so.
import { describe, expect, it } from 'vitest';
import { bundle, sampleRuntime, setAdmins } from '../helpers';

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

  it('with two leaders: one daily job runs, whoever turned it on last, and the menu says so', async () => {
    const rt = await sampleRuntime({ ui: true, owner: 'a@cangio.vn', editors: ['b@cangio.vn'] });
    setAdmins(rt, ['b@cangio.vn']);
    const script = bundle(rt);
    const as = (user: string, action: () => void) => {
      const was = rt.activeUser;
      rt.activeUser = user;
      try {
        rt.answer('OK');
        action();
      } finally {
        rt.activeUser = was;
      }
    };
    as('a@cangio.vn', () => script.turnOnDailySchedule());
    // B cannot see A's trigger (getProjectTriggers is per user), but turns the job on too.
    as('b@cangio.vn', () => script.turnOnDailySchedule());
    expect(rt.scriptApp.triggers.map((t) => [t.handler, t.installedBy])).toEqual([
      ['dailyJob', 'a@cangio.vn'],
      ['dailyJob', 'b@cangio.vn'],
    ]);
    // Both fire at 08:00 (± 15 minutes; here 08:15): the job runs once, and A's trigger goes.
    const earlier = rt.executions.history.length;
    const fired = rt.fireTriggers(script, Date.UTC(2023, 6, 14, 1, 20));
    expect(fired.map((f) => [f.user, f.error ?? null])).toEqual([
      ['a@cangio.vn', null],
      ['b@cangio.vn', null],
    ]);
    // A's run stood down after a handful of calls; B's did the job (reads, sheets, mail).
    const runs = rt.executions.history.slice(earlier);
    expect(runs.map((e) => [e.user, e.calls > 50])).toEqual([
      ['a@cangio.vn', false],
      ['b@cangio.vn', true],
    ]);
    expect(rt.mail.sent).toHaveLength(3);
    expect(
      rt.scriptApp.triggers.filter((t) => t.handler === 'dailyJob').map((t) => t.installedBy),
    ).toEqual(['b@cangio.vn']);
    // A's menu says it is on, and A can turn it off: B's trigger then stands down by itself.
    as('a@cangio.vn', () => script.onOpen({ authMode: 'LIMITED' }));
    expect(rt.menus[0].items.map((i) => i.caption)).toContain(
      'Lịch gửi hằng ngày: đang bật lúc 08:00 — Tắt',
    );
    as('a@cangio.vn', () => script.turnOffDailySchedule());
    expect(rt.dialogs.at(-1)!.message).toBe('Đã tắt lịch gửi thư hằng ngày.');
    const before = rt.mail.sent.length;
    rt.fireTriggers(script, Date.UTC(2023, 6, 15, 1, 20));
    expect(rt.mail.sent.length).toBe(before);
    expect(rt.scriptApp.triggers.filter((t) => t.handler === 'dailyJob')).toEqual([]);
  });

  it('installs the entry-time trigger once for the spreadsheet, whichever leader sets up', async () => {
    const rt = await sampleRuntime({ owner: 'a@cangio.vn', editors: ['b@cangio.vn'] });
    setAdmins(rt, ['b@cangio.vn']);
    const script = bundle(rt);
    // A confirms who may edit what; B, running it again, changes nobody's rights: no question.
    rt.answer('YES');
    for (const user of ['a@cangio.vn', 'b@cangio.vn']) {
      rt.activeUser = user;
      rt.answer('OK');
      script.setUpUnitTabs();
    }
    expect(rt.dialogs.map((d) => d.title)).toEqual([
      'Xác nhận quyền sửa',
      'Tạo/cập nhật trang đơn vị',
      'Tạo/cập nhật trang đơn vị',
    ]);
    expect(rt.scriptApp.triggers.map((t) => [t.handler, t.installedBy])).toEqual([
      ['onEntryEdit', 'a@cangio.vn'],
    ]);
  });
});
