import { describe, expect, it } from 'vitest';
import { readSettings, splitEmails } from '../../src/core/settings';
import { sheetDate } from '../../src/core/dates';

const date = (d: string) => sheetDate(d);

describe('Cấu hình', () => {
  it('applies the contract defaults to everything optional', () => {
    const { settings, findings } = readSettings([
      ['Tên chiến dịch', 'Cần Giờ'],
      ['Ngày bắt đầu', date('2023-06-26')],
      ['Hạn hoàn thành', '05/11/2023'],
    ]);
    expect(findings).toEqual([]);
    expect(settings).toEqual({
      campaign: 'Cần Giờ',
      start: '2023-06-26',
      deadline: '2023-11-05',
      cutoff: 450,
      mode: 'daily',
      countSaturday: true,
      countSunday: true,
      holidays: [],
      paceWindow: 7,
      digestTo: [],
      sendAt: 480,
      rounding: 'up',
      monthlyDay: 10,
      admins: [],
    });
  });

  it('reads labels however they are typed, and every optional setting', () => {
    const { settings, findings } = readSettings([
      ['TEN CHIEN DICH', 'Bỉm Sơn'],
      ['ngay bat dau', '24/03/2023'],
      ['Hạn  hoàn thành', '20/04/2023'],
      ['Giờ chốt báo cáo', '17:00'],
      ['Cách nhập số liệu', 'số lũy kế'],
      ['Tính thứ Bảy', 'Không'],
      ['Tính Chủ nhật', 'không'],
      ['Ngày nghỉ', '30/04/2023; 01/05/2023\n02/09/2023'],
      ['Số ngày tính tốc độ', 5],
      ['Email nhận tổng hợp', 'a@bimson.vn; b@bimson.vn, c@bimson.vn'],
      ['Giờ gửi tổng hợp', '18:15'],
      ['Làm tròn số cần đạt', 'gan nhat'],
      ['Ngày báo cáo tháng', ''],
    ]);
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      cutoff: 1020,
      mode: 'cumulative',
      countSaturday: false,
      countSunday: false,
      holidays: ['2023-04-30', '2023-05-01', '2023-09-02'],
      paceWindow: 5,
      digestTo: ['a@bimson.vn', 'b@bimson.vn', 'c@bimson.vn'],
      digestToCell: 'B10',
      sendAt: 1095,
      rounding: 'nearest',
      monthlyDay: null, // the label is there and blank: no monthly report
    });
  });

  it('names the missing label, and the cell of each invalid value', () => {
    const { findings } = readSettings([
      ['Ngày bắt đầu', '26/06/2023'],
      ['Hạn hoàn thành', '01/06/2023'],
      ['Cách nhập số liệu', 'hằng tuần'],
      ['Số ngày tính tốc độ', 0],
      ['Email nhận tổng hợp', 'bcd@cangio.vn, không-có-a-còng'],
    ]);
    expect(findings.map((f) => [f.code, f.cell ?? null, f.message])).toEqual([
      [
        'setting-missing',
        null,
        'Thiếu thiết lập "Tên chiến dịch": ghi nhãn "Tên chiến dịch" ở cột A của trang "Cấu hình" và giá trị ở cột B.',
      ],
      [
        'setting-invalid',
        'B2',
        'Hạn hoàn thành đang trước ngày bắt đầu: hãy sửa một trong hai ngày.',
      ],
      ['setting-invalid', 'B3', 'Cách nhập số liệu chỉ nhận "Số trong ngày" hoặc "Số lũy kế".'],
      ['setting-invalid', 'B4', 'Số ngày tính tốc độ phải là số nguyên từ 1 trở lên (mặc định 7).'],
      [
        'email-invalid',
        'B5',
        '"không-có-a-còng" không phải địa chỉ email hợp lệ; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.',
      ],
    ]);
  });

  it('wants the daily run at least 20 minutes after the cut-off (a trigger may fire 15 early)', () => {
    const base = [
      ['Tên chiến dịch', 'Cần Giờ'],
      ['Ngày bắt đầu', '26/06/2023'],
      ['Hạn hoàn thành', '05/11/2023'],
      ['Giờ chốt báo cáo', '07:30'],
    ];
    // 07:30 + 20 minutes = 07:50: fine at 07:50, not at 07:49, nor before the cut-off.
    expect(readSettings([...base, ['Giờ gửi tổng hợp', '07:50']]).findings).toEqual([]);
    for (const early of ['07:49', '07:00']) {
      const { findings } = readSettings([...base, ['Giờ gửi tổng hợp', early]]);
      expect(findings.map((f) => [f.code, f.cell])).toEqual([['setting-invalid', 'B5']]);
      expect(findings[0].message).toContain('từ 07:50 trở đi');
    }
  });
});

describe('why the dates cannot be used', () => {
  it('quotes the finding and its cell: a deadline before the start is not an invalid date', () => {
    const { settings } = readSettings([
      ['Tên chiến dịch', 'Cần Giờ'],
      ['Ngày bắt đầu', '26/06/2023'],
      ['Hạn hoàn thành', '01/06/2023'],
    ]);
    expect(settings.deadline).toBeNull();
    expect(settings.datesProblem).toBe(
      'Hạn hoàn thành đang trước ngày bắt đầu: hãy sửa một trong hai ngày. (trang "Cấu hình", ô B3)',
    );
  });

  it('names the start when it is the one missing, and says nothing when both are fine', () => {
    const missing = readSettings([
      ['Tên chiến dịch', 'Cần Giờ'],
      ['Hạn hoàn thành', '01/06/2023'],
    ]).settings;
    expect(missing.datesProblem).toContain('"Ngày bắt đầu"');
    const fine = readSettings([
      ['Ngày bắt đầu', '26/06/2023'],
      ['Hạn hoàn thành', '05/11/2023'],
    ]).settings;
    expect(fine.datesProblem).toBeUndefined();
  });
});

describe('e-mail addresses', () => {
  it('are addresses only: no header, display name, group or quoted part gets through', () => {
    const { valid, invalid } = splitEmails(
      'Bcc:spy@evil.example; a.b+c@x.vn, "x"@y.vn, Tên <t@x.vn>, to: z@x.vn, a..b@x.vn, .a@x.vn, a@-x.vn, a@x..vn, a@x.v, ａ@x.vn',
    );
    expect(valid).toEqual(['a.b+c@x.vn']);
    expect(invalid).toEqual([
      'Bcc:spy@evil.example',
      '"x"@y.vn',
      'Tên <t@x.vn>',
      'to: z@x.vn',
      'a..b@x.vn',
      '.a@x.vn',
      'a@-x.vn',
      'a@x..vn',
      'a@x.v',
      'ａ@x.vn',
    ]);
  });

  it('are each taken once, however often and in whatever case they are typed', () => {
    expect(splitEmails('A@x.vn; a@x.vn, b@x.vn\na@X.VN')).toEqual({
      valid: ['A@x.vn', 'b@x.vn'],
      invalid: [],
    });
  });
});

describe('Quản trị', () => {
  it("lists who besides the owner may edit the leaders' sheets: each address once, in lower case", () => {
    const { settings, findings } = readSettings([
      ['Tên chiến dịch', 'Cần Giờ'],
      ['Ngày bắt đầu', '26/06/2023'],
      ['Hạn hoàn thành', '05/11/2023'],
      ['Quản trị', 'PhoBan@CanGio.vn; thuky@cangio.vn\nphoban@cangio.vn'],
    ]);
    expect(findings).toEqual([]);
    expect(settings.admins).toEqual(['phoban@cangio.vn', 'thuky@cangio.vn']);
  });

  it('reads addresses as strictly as Email nhận tổng hợp: each invalid one is admin-invalid, at its cell', () => {
    const { settings, findings } = readSettings([
      ['Tên chiến dịch', 'Cần Giờ'],
      ['Ngày bắt đầu', '26/06/2023'],
      ['Hạn hoàn thành', '05/11/2023'],
      ['Email nhận tổng hợp', 'bcd@cangio.vn'],
      ['Quản trị', 'Bcc:ke.gian@evil.example, thuky@cangio.vn; Phó ban <phoban@cangio.vn>'],
    ]);
    // The valid address still counts; the two others give no right to anyone.
    expect(settings.admins).toEqual(['thuky@cangio.vn']);
    expect(findings.map((f) => [f.severity, f.code, f.sheet, f.cell, f.message])).toEqual([
      [
        'error',
        'admin-invalid',
        'Cấu hình',
        'B5',
        '"Bcc:ke.gian@evil.example" không phải địa chỉ email hợp lệ nên không được quyền quản trị; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.',
      ],
      [
        'error',
        'admin-invalid',
        'Cấu hình',
        'B5',
        '"Phó ban <phoban@cangio.vn>" không phải địa chỉ email hợp lệ nên không được quyền quản trị; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.',
      ],
    ]);
  });
});
