import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AddonSurface } from '../../src/surface';
import { DIST, bundle, runtime, sampleRuntime } from '../helpers';

describe('onOpen', () => {
  it('adds the Vietnamese menu in AuthMode.NONE, touching nothing that needs authorisation', () => {
    const rt = runtime({ authMode: 'NONE' });
    bundle(rt).onOpen({ authMode: 'NONE' });
    expect(rt.menus).toEqual([
      {
        name: 'Tiến Độ',
        addon: false,
        items: [
          { caption: 'Tổng hợp tiến độ', functionName: 'summarizeProgress' },
          { caption: 'Tổng hợp đến ngày…', functionName: 'summarizeUpTo' },
          { caption: 'Kiểm tra số liệu', functionName: 'validateEntries' },
          { caption: 'Xuất PDF', functionName: 'exportPdf' },
          { caption: '', separator: true },
          { caption: 'Xem trước thư sẽ gửi', functionName: 'previewEmails' },
          { caption: 'Gửi thư ngay', functionName: 'sendEmailsNow' },
          { caption: 'Bật/cập nhật lịch gửi thư hằng ngày', functionName: 'turnOnDailySchedule' },
          { caption: 'Tắt lịch gửi thư hằng ngày', functionName: 'turnOffDailySchedule' },
          { caption: '', separator: true },
          { caption: 'Tạo/cập nhật trang đơn vị', functionName: 'setUpUnitTabs' },
          { caption: 'Tạo mẫu bảng tính', functionName: 'createTemplateSheets' },
          { caption: 'Thông tin chiến dịch', functionName: 'showCampaignInfo' },
        ],
      },
    ]);
    expect(rt.calls.spreadsheet()).toEqual({ 'SpreadsheetApp.getUi': 1 });
  });

  it('onInstall adds the same menu', () => {
    const rt = runtime();
    bundle(rt).onInstall({ authMode: 'FULL' });
    expect(rt.menus.map((m) => m.name)).toEqual(['Tiến Độ']);
  });

  it('names only functions that exist at the top level of the bundle', () => {
    const rt = runtime();
    bundle(rt).onOpen({});
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const named = rt.menus[0].items.filter((i) => !i.separator);
    expect(named.length).toBeGreaterThan(1);
    for (const item of named) expect(code).toContain(`\nfunction ${item.functionName}() {`);
  });
});

describe('Thông tin chiến dịch', () => {
  it('shows the campaign name and its units', () => {
    const rt = runtime();
    rt.addSheet('Cấu hình', [['Tên chiến dịch', 'Cần Giờ 2023']]);
    rt.addSheet('Đơn vị', [
      ['Mã', 'Đơn vị'],
      ['CT', 'Cần Thạnh'],
      ['BK', 'Bình Khánh'],
    ]);
    rt.answer('OK');
    bundle(rt).showCampaignInfo();
    expect(rt.dialogs[0]).toMatchObject({
      kind: 'alert',
      title: 'Thông tin chiến dịch',
      message: 'Chiến dịch: Cần Giờ 2023\nSố đơn vị: 2\n1. Cần Thạnh\n2. Bình Khánh',
    });
  });

  it('says which sheet is missing instead of failing', () => {
    const rt = runtime();
    rt.addSheet('Cấu hình', [['Tên chiến dịch', 'Cần Giờ 2023']]);
    rt.answer('OK');
    bundle(rt).showCampaignInfo();
    expect(rt.dialogs[0].title).toBe('Không dùng được bảng tính này');
    expect(rt.dialogs[0].message).toContain('Không tìm thấy trang tính "Đơn vị"');
  });
});

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

describe('the menu of a published add-on', () => {
  it('goes under Extensions (createAddonMenu) in the bundle built with --addon', async () => {
    const { execFileSync } = await import('node:child_process');
    const { tempDir } = await import('../helpers');
    const out = tempDir('tien-do-addon-');
    execFileSync(process.execPath, ['build.mjs', '--addon', '--out', out], {
      cwd: join(DIST, '..'),
      stdio: 'ignore',
    });
    const rt = runtime({ authMode: 'NONE' });
    rt.loadBundle<AddonSurface>(out).onOpen({ authMode: 'NONE' });
    expect(rt.menus.map((m) => [m.name, m.addon])).toEqual([['Tiến Độ', true]]);
    // The bound script's bundle (dist/) puts its menu in the menu bar.
    const bound = runtime({ authMode: 'NONE' });
    bundle(bound).onOpen({ authMode: 'NONE' });
    expect(bound.menus.map((m) => [m.name, m.addon])).toEqual([['Tiến Độ', false]]);
  });
});
