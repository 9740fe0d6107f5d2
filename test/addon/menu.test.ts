import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, bundle, runtime } from '../helpers';

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
