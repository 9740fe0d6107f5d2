// Who may run what: an officer (an editor of the spreadsheet, not an admin) is told plainly that a
// command writing the leaders' sheets is not theirs, before anything is written; reading works.
import { describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../src/local/runtime';
import type { AddonSurface } from '../../src/surface';
import { bundle, sampleRuntime, setAdmins, snapshot } from '../helpers';

const OWNER = 'lanhdao@cangio.example.vn';
const ADMIN = 'thuky.bcd@cangio.example.vn';
const OFFICER = 'ca.canthanh@cangio.example.vn';

/** The Cần Giờ sample, set up (and so locked) by its owner, with one admin. */
async function lockedSample() {
  const rt = await sampleRuntime({ owner: OWNER, editors: [ADMIN, OFFICER] });
  setAdmins(rt, [ADMIN]);
  const script = bundle(rt);
  rt.answer('YES');
  rt.answer('OK');
  script.setUpUnitTabs();
  rt.dialogs.length = 0;
  return { rt, script };
}

function as(rt: LocalRuntime, user: string, action: () => void): void {
  const was = rt.activeUser;
  rt.activeUser = user;
  try {
    action();
  } finally {
    rt.activeUser = was;
  }
}

const refusal = (action: string) =>
  `Chỉ chủ bảng tính (${OWNER}) và những người có tên ở mục "Quản trị" trong trang "Cấu hình" được dùng "${action}": lệnh này ghi vào các trang đã khóa. Tài khoản ${OFFICER} chưa có tên ở đó; nếu cần, hãy nhờ chủ bảng tính thêm vào. Ai cũng dùng được "Xem trước thư sẽ gửi" và "Thông tin chiến dịch".`;

describe('an officer at the Tiến Độ menu', () => {
  it('is refused, before anything is written, every item that writes the leaders’ sheets', async () => {
    const { rt, script } = await lockedSample();
    const before = snapshot(rt);
    const items: [keyof AddonSurface, string][] = [
      ['validateEntries', 'Kiểm tra số liệu'],
      ['summarizeProgress', 'Tổng hợp tiến độ'],
      // Refused before being asked for a date.
      ['summarizeUpTo', 'Tổng hợp đến ngày…'],
      ['sendEmailsNow', 'Gửi thư ngay'],
      ['setUpUnitTabs', 'Tạo/cập nhật trang đơn vị'],
      ['turnOnDailySchedule', 'Bật lịch gửi thư hằng ngày'],
      ['turnOffDailySchedule', 'Tắt lịch gửi thư hằng ngày'],
    ];
    for (const [item] of items) {
      rt.answer('OK');
      as(rt, OFFICER, () => (script[item] as () => void)());
    }
    expect(rt.dialogs.map((d) => [d.kind, d.title, d.message])).toEqual(
      items.map(([, caption]) => ['alert', 'Chưa có quyền', refusal(caption)]),
    );
    expect(snapshot(rt)).toEqual(before);
    expect(rt.mail.sent).toEqual([]);
    expect(rt.scriptApp.triggers.filter((t) => t.installedBy === OFFICER)).toEqual([]);
  });

  it('still previews the e-mails and shows the campaign', async () => {
    const { rt, script } = await lockedSample();
    rt.answer('OK');
    as(rt, OFFICER, () => {
      script.previewEmails();
      script.showCampaignInfo();
    });
    expect(rt.dialogs.map((d) => [d.kind, d.title])).toEqual([
      ['modal', 'Xem trước thư sẽ gửi'],
      ['alert', 'Thông tin chiến dịch'],
    ]);
    expect(rt.dialogs[0].message).toContain('Sẽ gửi 3 thư tới 3 người nhận:');
  });

  it('may still type figures into their own tab, stamped by the owner’s trigger', async () => {
    const { rt, script } = await lockedSample();
    rt.setNow(Date.UTC(2023, 6, 14, 2, 5)); // 14/07/2023 09:05
    rt.edit(script, 'Cần Thạnh', 'B21', 55, { as: OFFICER });
    const tab = rt.spreadsheet.getSheetByName('Cần Thạnh')!;
    expect(tab.getRange('E21').getDisplayValue()).toBe('14/07/2023 09:05');
    expect(() => rt.edit(script, 'Bình Khánh', 'B21', 55, { as: OFFICER })).toThrow(
      /protected cell/,
    );
  });
});

describe('an admin', () => {
  it('runs the items that write, as the owner does', async () => {
    const { rt, script } = await lockedSample();
    as(rt, ADMIN, () => {
      script.validateEntries();
      script.summarizeProgress();
    });
    expect(rt.dialogs).toEqual([]);
    expect(rt.spreadsheet.toasts.map((t) => t.title)).toEqual([
      'Kiểm tra số liệu',
      'Tổng hợp tiến độ',
    ]);
    // Tổng hợp was born locked for the owner and the admins.
    expect(
      rt.spreadsheet.protections.filter((p) => p.sheet.name === 'Tổng hợp').map((p) => p.editors),
    ).toEqual([[OWNER, ADMIN]]);
  });
});

describe('the daily job of a leader no longer an admin', () => {
  it('stops before it starts, saying why in the log, and sends nothing', async () => {
    const { rt, script } = await lockedSample();
    rt.answer('OK');
    as(rt, ADMIN, () => script.turnOnDailySchedule());
    setAdmins(rt, []);
    const before = snapshot(rt);
    const fired = rt.fireTriggers(script, Date.UTC(2023, 6, 14, 1, 20));
    expect(fired.map((f) => [f.handler, f.user, f.error ?? null])).toEqual([
      ['dailyJob', ADMIN, null],
    ]);
    expect(JSON.parse(rt.logs.at(-1)!)).toEqual({
      refused: refusal('Bật lịch gửi thư hằng ngày').replace(OFFICER, ADMIN),
    });
    expect(rt.mail.sent).toEqual([]);
    expect(snapshot(rt)).toEqual(before);
    // No continuation is left to try again in a few minutes.
    expect(
      rt.scriptApp.triggers.filter((t) => t.handler === 'continueDailyJob' && !t.disabled),
    ).toEqual([]);
  });
});
