import { describe, expect, it } from 'vitest';
import { LocalRuntime } from '../../src/local/runtime';
import { bundle, runtime, sampleRuntime, setAdmins, snapshot } from '../helpers';
import { COMMUNES } from '../fixtures/can-gio-appendix';

const OWNER = 'lanhdao@cangio.example.vn';

/** Everything set-up can change, to compare two workbooks. */
function fullState(rt: LocalRuntime) {
  return {
    values: snapshot(rt),
    sheets: rt.spreadsheet.sheets.map((s) => ({
      name: s.name,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      frozen: s.frozenRows,
      formats: [...s.numberFormats],
      notes: [...s.notes],
      validations: [...s.validations].map(([k, v]) => [
        k,
        v.criteria,
        v.values,
        v.allowInvalid,
        v.helpText,
      ]),
    })),
    protections: rt.spreadsheet.protections.map((p) => [
      p.sheet.name,
      p.type,
      p.range?.getA1Notation() ?? null,
      p.description,
      [...p.editors],
    ]),
    triggers: rt.scriptApp.triggers.map((t) => [t.handler, t.eventType]),
  };
}

function templateRuntime() {
  const rt = runtime({ owner: OWNER });
  const script = bundle(rt);
  rt.answer('OK');
  script.createTemplateSheets();
  return { rt, script };
}

function fill(rt: LocalRuntime, a1: string, sheet: string, values: unknown[][]) {
  rt.spreadsheet.getSheetByName(sheet)!.getRange(a1).setValues(values);
}

describe('Tạo mẫu bảng tính', () => {
  it('adds Cấu hình with every label and its default, and Đơn vị with its headers and example rows', () => {
    const { rt } = templateRuntime();
    const settings = rt.spreadsheet.getSheetByName('Cấu hình')!.getDataRange().getValues();
    expect(settings.map((r) => [r[0], r[1]])).toEqual([
      ['Thiết lập', 'Giá trị'],
      ['Tên chiến dịch', ''],
      ['Ngày bắt đầu', ''],
      ['Hạn hoàn thành', ''],
      ['Giờ chốt báo cáo', '07:30'],
      ['Cách nhập số liệu', 'Số trong ngày'],
      ['Tính thứ Bảy', 'Có'],
      ['Tính Chủ nhật', 'Có'],
      ['Ngày nghỉ', ''],
      ['Số ngày tính tốc độ', 7],
      ['Email nhận tổng hợp', ''],
      ['Giờ gửi tổng hợp', '08:00'],
      ['Làm tròn số cần đạt', 'Lên'],
      ['Ngày báo cáo tháng', 10],
      ['Quản trị', ''],
    ]);
    const units = rt.spreadsheet.getSheetByName('Đơn vị')!;
    expect(units.getRange('A1:M1').getValues()[0]).toEqual([
      'Mã',
      'Đơn vị',
      'Cấp trên',
      'Tab',
      'Email',
      'Chỉ tiêu Thu nhận',
      'Chỉ tiêu Kích hoạt',
      'Đầu kỳ Thu nhận',
      'Đầu kỳ Kích hoạt',
      'Đối tượng',
      'Hạn riêng',
      'Chỉ số',
      'Tần suất',
    ]);
    expect(units.getRange('B2:B3').getValues()).toEqual([['Xã Ví Dụ Một'], ['Xã Ví Dụ Hai']]);
    // The notes explain shares and rhythms, in Vietnamese.
    expect(units.getRange('F1').getNote()).toContain('tỷ lệ của số đối tượng: 100%, ≥ 50%');
    expect(units.getRange('M1').getNote()).toMatch(/^Khi nào đơn vị báo cáo: Hằng ngày/);
    expect(rt.spreadsheet.getSheetByName('Cấu hình')!.getRange('A4').getNote()).toMatch(
      /^Bắt buộc/,
    );
    expect(
      rt.spreadsheet
        .getSheetByName('Cấu hình')!
        .getRange('B6')
        .getDataValidation()!
        .getCriteriaValues(),
    ).toEqual([['Số trong ngày', 'Số lũy kế'], true]);
  });

  it('refuses, with a message, to overwrite sheets that already exist', () => {
    const rt = runtime();
    rt.addSheet('Đơn vị', [['Đơn vị'], ['Cần Thạnh']]);
    const before = snapshot(rt);
    rt.answer('OK');
    bundle(rt).createTemplateSheets();
    expect(rt.dialogs[0].message).toBe(
      'Bảng tính đã có trang "Đơn vị". Tiến Độ không ghi đè trang đã có: hãy đổi tên hoặc xóa trang đó nếu muốn tạo mẫu mới.',
    );
    expect(snapshot(rt)).toEqual(before);
  });
});

const ADMIN = 'phokhoa@ntc.example.vn';

describe('Tạo/cập nhật trang đơn vị', () => {
  /** Two units of a college, set up by the owner, who confirms who may edit what. */
  function campaign(admins: string[] = []) {
    const { rt, script } = templateRuntime();
    fill(rt, 'B15', 'Cấu hình', [[admins.join(', ')]]);
    fill(rt, 'B2:B4', 'Cấu hình', [['Khoa cơ khí'], ['01/12/2022'], ['14/12/2022']]);
    fill(rt, 'B7:B8', 'Cấu hình', [['Không'], ['Không']]);
    fill(rt, 'B9', 'Cấu hình', [['08/12/2022']]);
    fill(rt, 'A2:K3', 'Đơn vị', [
      [
        'CK',
        'Khoa cơ khí',
        'Trường CĐ Kỹ thuật',
        '',
        'doan.cokhi@ntc.example.vn',
        150,
        '',
        0,
        0,
        '',
        '',
      ],
      [
        'DT',
        'Khoa điện – Điện tử',
        'Trường CĐ Kỹ thuật',
        'Điện tử',
        'doan.dientu@ntc.example.vn; gv.dientu@ntc.example.vn',
        150,
        '',
        0,
        0,
        '',
        '09/12/2022',
      ],
    ]);
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    return { rt, script };
  }

  it('creates one tab per unit: title, header, one row per counting day, formats, frozen header', () => {
    const { rt } = campaign();
    expect(rt.dialogs.at(-1)!.message).toBe(
      'Đã tạo 2 trang mới; cập nhật 0 trang (thêm 0 ngày, 0 cột). Số liệu đã nhập được giữ nguyên.',
    );
    const tab = rt.spreadsheet.getSheetByName('Khoa cơ khí')!;
    expect(tab.getRange('A1').getValue()).toBe(
      'Khoa cơ khí — số liệu hằng ngày (số của mỗi ngày nhập trước 07:30 ngày tính tiếp theo)',
    );
    expect(tab.getRange('A3:E3').getValues()[0]).toEqual([
      'Ngày',
      'Thu nhận',
      'Kích hoạt',
      'Ghi chú',
      'Cập nhật lúc',
    ]);
    // 01/12/2022 (Thu) … 14/12/2022 (Wed), without Saturdays, Sundays and the holiday 08/12.
    const dates = tab
      .getRange(4, 1, tab.getLastRow() - 3, 1)
      .getDisplayValues()
      .map(([d]) => d);
    expect(dates).toEqual([
      '01/12/2022',
      '02/12/2022',
      '05/12/2022',
      '06/12/2022',
      '07/12/2022',
      '09/12/2022',
      '12/12/2022',
      '13/12/2022',
      '14/12/2022',
    ]);
    expect((tab.getRange('A4').getValue() as Date).toISOString()).toBe('2022-11-30T17:00:00.000Z');
    expect(tab.getRange('B4:C4').getNumberFormats()).toEqual([['#,##0', '#,##0']]);
    expect(tab.getRange('E4').getNumberFormat()).toBe('dd/MM/yyyy HH:mm:ss');
    expect(tab.getFrozenRows()).toBe(3);
    // Its own deadline (09/12/2022) ends the other tab, named by the Tab column:
    // 01, 02, 05, 06, 07 and 09/12/2022.
    const dt = rt.spreadsheet.getSheetByName('Điện tử')!;
    expect(dt.getLastRow()).toBe(3 + 6);
  });

  it('accepts only whole numbers ≥ 0 in figure cells, with a Vietnamese help text', () => {
    const { rt } = campaign();
    const tab = rt.spreadsheet.getSheetByName('Khoa cơ khí')!;
    const rule = tab.getRange('B12').getDataValidation()!;
    expect(rule.getCriteriaType()).toBe('CUSTOM_FORMULA');
    // Relative to the top-left cell of the rows it covers (B4:B12, C4:C12).
    expect(rule.getCriteriaValues()).toEqual(['=AND(ISNUMBER(B4),B4>=0,INT(B4)=B4)']);
    expect(tab.getRange('C12').getDataValidation()!.getCriteriaValues()).toEqual([
      '=AND(ISNUMBER(C4),C4>=0,INT(C4)=C4)',
    ]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe(
      'Nhập số nguyên từ 0 trở lên (số của riêng ngày này). Không nhập chữ, số âm hay số thập phân.',
    );
    expect(
      rt.spreadsheet.getSheetByName('Khoa cơ khí')!.getRange('D4').getDataValidation(),
    ).toBeNull();
  });

  it("lets only the unit's people, the admins and the owner edit a tab, and nobody edit Cập nhật lúc", () => {
    const { rt, script } = campaign([ADMIN]);
    const protections = rt.spreadsheet.protections.map((p) => [
      p.sheet.name,
      p.type,
      p.range?.getA1Notation() ?? null,
      p.description,
      p.editors,
    ]);
    // Each tab is as long as its days: Khoa cơ khí 3 + 9 rows (01–14/12/2022, weekdays, not
    // 08/12), Điện tử 3 + 6 (to its own deadline 09/12); the stamp column is protected down to
    // the last. Cấu hình and Đơn vị are the admins'.
    const leaders =
      'Tiến Độ: chỉ người quản trị (mục "Quản trị" trong trang "Cấu hình") và chủ bảng tính được sửa trang này';
    const stamp = 'Tiến Độ: cột "Cập nhật lúc" do tiện ích tự ghi';
    expect(protections).toEqual([
      ['Cấu hình', 'SHEET', null, leaders, [OWNER, ADMIN]],
      ['Đơn vị', 'SHEET', null, leaders, [OWNER, ADMIN]],
      [
        'Khoa cơ khí',
        'SHEET',
        null,
        'Tiến Độ: chỉ cán bộ của Khoa cơ khí, người quản trị và chủ bảng tính được sửa trang này',
        [OWNER, 'doan.cokhi@ntc.example.vn', ADMIN],
      ],
      ['Khoa cơ khí', 'RANGE', 'E1:E12', stamp, [OWNER]],
      [
        'Điện tử',
        'SHEET',
        null,
        'Tiến Độ: chỉ cán bộ của Khoa điện – Điện tử, người quản trị và chủ bảng tính được sửa trang này',
        [OWNER, 'doan.dientu@ntc.example.vn', 'gv.dientu@ntc.example.vn', ADMIN],
      ],
      ['Điện tử', 'RANGE', 'E1:E9', stamp, [OWNER]],
    ]);
    expect(() =>
      rt.edit(script, 'Khoa cơ khí', 'B4', 12, { as: 'doan.dientu@ntc.example.vn' }),
    ).toThrow(/protected cell/);
    expect(() =>
      rt.edit(script, 'Khoa cơ khí', 'E4', 'sửa giờ', { as: 'doan.cokhi@ntc.example.vn' }),
    ).toThrow(/protected cell/);
    expect(() =>
      rt.edit(script, 'Khoa cơ khí', 'B4', 12, { as: 'doan.cokhi@ntc.example.vn' }),
    ).not.toThrow();
    expect(() => rt.edit(script, 'Điện tử', 'B4', 7, { as: ADMIN })).not.toThrow();
  });

  it('locks every sheet that is not a unit tab for the owner and the admins: Cấu hình, Đơn vị, the outputs, any other', () => {
    const { rt, script } = campaign([ADMIN]);
    rt.addSheet('Ghi chép của lãnh đạo', [['Họp giao ban thứ Hai']]);
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    // Only the new sheet gains anyone: the admin.
    expect(rt.dialogs.at(-2)!.message).toContain(
      '"Ghi chép của lãnh đạo": thêm quyền sửa cho phokhoa@ntc.example.vn.',
    );
    // Kiểm tra, first written after set-up, is born locked the same way.
    rt.setNow(Date.UTC(2022, 11, 2, 3, 0));
    script.validateEntries();
    const officer = 'doan.cokhi@ntc.example.vn';
    for (const sheet of ['Cấu hình', 'Đơn vị', 'Ghi chép của lãnh đạo', 'Kiểm tra']) {
      expect(
        rt.spreadsheet.protections.filter((p) => p.sheet.name === sheet).map((p) => p.editors),
      ).toEqual([[OWNER, ADMIN]]);
      expect(() => rt.edit(script, sheet, 'A1', 'sửa', { as: officer })).toThrow(/protected cell/);
      expect(() => rt.edit(script, sheet, 'C1', 'sửa', { as: ADMIN })).not.toThrow();
    }
  });

  it('asks first, naming per tab who gains and who loses the right to edit; No changes nothing', () => {
    const { rt, script } = campaign();
    // The owner confirmed the first set-up: its question named each tab and its people.
    expect(rt.dialogs[1]).toMatchObject({
      kind: 'alert',
      title: 'Xác nhận quyền sửa',
      buttons: 'YES_NO',
      message: [
        '"Tạo/cập nhật trang đơn vị" sẽ thay đổi quyền sửa như sau (chủ bảng tính luôn sửa được mọi trang):',
        '"Khoa cơ khí": thêm quyền sửa cho doan.cokhi@ntc.example.vn.\n"Điện tử": thêm quyền sửa cho doan.dientu@ntc.example.vn, gv.dientu@ntc.example.vn.',
        '2 trang chưa khóa sẽ được khóa: chỉ chủ bảng tính và những người được nêu sửa được.',
        'Đồng ý thay đổi quyền sửa như trên và tạo/cập nhật trang đơn vị?',
      ].join('\n\n'),
    });
    // An admin is named, a teacher leaves Điện tử, a unit with a new officer is added: asked,
    // the owner says No.
    fill(rt, 'B15', 'Cấu hình', [[ADMIN]]);
    fill(rt, 'E3', 'Đơn vị', [['doan.dientu@ntc.example.vn']]);
    fill(rt, 'A4:F4', 'Đơn vị', [
      ['OT', 'Khoa ô tô', 'Trường CĐ Kỹ thuật', '', 'doan.oto@ntc.example.vn', 90],
    ]);
    const before = fullState(rt);
    rt.answer('NO');
    script.setUpUnitTabs();
    expect(rt.dialogs.at(-1)!.message).toBe(
      [
        '"Tạo/cập nhật trang đơn vị" sẽ thay đổi quyền sửa như sau (chủ bảng tính luôn sửa được mọi trang):',
        [
          '"Cấu hình", "Đơn vị", "Khoa cơ khí": thêm quyền sửa cho phokhoa@ntc.example.vn.',
          '"Điện tử": thêm quyền sửa cho phokhoa@ntc.example.vn; bỏ quyền sửa của gv.dientu@ntc.example.vn.',
          '"Khoa ô tô": thêm quyền sửa cho doan.oto@ntc.example.vn, phokhoa@ntc.example.vn.',
        ].join('\n'),
        'Đồng ý thay đổi quyền sửa như trên và tạo/cập nhật trang đơn vị?',
      ].join('\n\n'),
    );
    expect(fullState(rt)).toEqual(before);
    expect(rt.spreadsheet.toasts.at(-1)!.message).toBe('Đã hủy: không thay đổi gì.');
    // Yes: the teacher may no longer edit Điện tử; the new tab is the new officer's.
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    expect(() => rt.edit(script, 'Điện tử', 'B4', 5, { as: 'gv.dientu@ntc.example.vn' })).toThrow(
      /protected cell/,
    );
    expect(() =>
      rt.edit(script, 'Khoa ô tô', 'B4', 5, { as: 'doan.oto@ntc.example.vn' }),
    ).not.toThrow();
  });

  it('installs the entry-time trigger once, which stamps the row when a figure changes', () => {
    const { rt, script } = campaign();
    rt.answer('OK');
    script.setUpUnitTabs();
    expect(rt.scriptApp.triggers.map((t) => [t.handler, t.eventType])).toEqual([
      ['onEntryEdit', 'ON_EDIT'],
    ]);
    rt.setNow(Date.UTC(2022, 11, 2, 0, 40)); // 02/12/2022 07:40 in Nha Trang
    rt.edit(script, 'Khoa cơ khí', 'B4:C4', [[12, 9]], { as: 'doan.cokhi@ntc.example.vn' });
    const tab = rt.spreadsheet.getSheetByName('Khoa cơ khí')!;
    expect(tab.getRange('E4').getDisplayValue()).toBe('02/12/2022 07:40:00');
    // A note is not a figure: no new stamp.
    rt.setNow(Date.UTC(2022, 11, 2, 3, 0));
    rt.edit(script, 'Khoa cơ khí', 'D4', 'đã gọi điện nhắc', { as: 'doan.cokhi@ntc.example.vn' });
    expect(tab.getRange('E4').getDisplayValue()).toBe('02/12/2022 07:40:00');
  });

  it('keeps stamping entry times when the admin whose trigger stamps them leaves Quản trị', () => {
    const { rt, script } = templateRuntime();
    fill(rt, 'B2:B4', 'Cấu hình', [['Khoa cơ khí'], ['01/12/2022'], ['14/12/2022']]);
    fill(rt, 'B15', 'Cấu hình', [[ADMIN]]);
    fill(rt, 'A2:F3', 'Đơn vị', [
      ['CK', 'Khoa cơ khí', '', '', 'doan.cokhi@ntc.example.vn', 150],
      ['', '', '', '', '', ''],
    ]);
    // The admin sets the tabs up: the entry-time trigger is theirs, and runs as them.
    rt.activeUser = ADMIN;
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    rt.activeUser = OWNER;
    const officer = 'doan.cokhi@ntc.example.vn';
    const tab = rt.spreadsheet.getSheetByName('Khoa cơ khí')!;
    rt.setNow(Date.UTC(2022, 11, 2, 0, 40)); // 02/12/2022 07:40
    rt.edit(script, 'Khoa cơ khí', 'B4', 12, { as: officer });
    expect(tab.getRange('E4').getDisplayValue()).toBe('02/12/2022 07:40:00');
    // The owner takes the admin off the list and sets up again: the admin loses every sheet,
    // and the owner's own trigger takes over the stamping.
    fill(rt, 'B15', 'Cấu hình', [['']]);
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    expect(rt.dialogs.at(-2)!.message).toContain(
      '"Cấu hình", "Đơn vị", "Khoa cơ khí": bỏ quyền sửa của phokhoa@ntc.example.vn.',
    );
    rt.setNow(Date.UTC(2022, 11, 5, 0, 50)); // 05/12/2022 07:50
    rt.edit(script, 'Khoa cơ khí', 'B5', 9, { as: officer });
    expect(tab.getRange('E5').getDisplayValue()).toBe('05/12/2022 07:50:00');
    // The admin's trigger stood down when it fired; nobody but the owner edits the stamps.
    expect(rt.scriptApp.triggers.map((t) => [t.handler, t.installedBy])).toEqual([
      ['onEntryEdit', OWNER],
    ]);
    expect(
      rt.spreadsheet.protections.filter((p) => p.type === 'RANGE').map((p) => p.editors),
    ).toEqual([[OWNER]]);
    expect(() => rt.edit(script, 'Khoa cơ khí', 'B6', 1, { as: ADMIN })).toThrow(/protected cell/);
  });

  it("never stacks a second protection on a tab: an earlier version's, or one made for the unit's old name, is reused", () => {
    const { rt, script } = campaign();
    const sheetProtections = (tab: string) =>
      rt.spreadsheet.protections
        .filter((p) => p.sheet.name === tab && p.type === 'SHEET')
        .map((p) => [p.description, p.editors]);
    // As an earlier version worded it; then the unit is renamed, keeping its tab.
    rt.spreadsheet.protections.find((p) => p.sheet.name === 'Khoa cơ khí')!.description =
      'Tiến Độ: chỉ cán bộ của Khoa cơ khí và chủ bảng tính được sửa trang này';
    fill(rt, 'B2', 'Đơn vị', [['Khoa Cơ khí Động lực']]);
    fill(rt, 'D2', 'Đơn vị', [['Khoa cơ khí']]);
    rt.answer('OK');
    script.setUpUnitTabs();
    expect(sheetProtections('Khoa cơ khí')).toEqual([
      [
        'Tiến Độ: chỉ cán bộ của Khoa Cơ khí Động lực, người quản trị và chủ bảng tính được sửa trang này',
        [OWNER, 'doan.cokhi@ntc.example.vn'],
      ],
    ]);
  });

  it('run twice gives the same workbook as run once', () => {
    const { rt, script } = campaign();
    const once = fullState(rt);
    rt.answer('OK');
    script.setUpUnitTabs();
    expect(rt.dialogs.at(-1)!.message).toBe(
      'Đã tạo 0 trang mới; cập nhật 0 trang (thêm 0 ngày, 0 cột). Số liệu đã nhập được giữ nguyên.',
    );
    expect(fullState(rt)).toEqual(once);
  });
});

describe('Tạo/cập nhật trang đơn vị in more than one run', () => {
  /** Three communes, the third with two officers; set up by the owner, who confirms. */
  function threeUnits() {
    const { rt, script } = templateRuntime();
    fill(rt, 'B2:B4', 'Cấu hình', [['Cần Giờ'], ['26/06/2023'], ['31/07/2023']]);
    fill(rt, 'A2:F4', 'Đơn vị', [
      ['CT', 'Cần Thạnh', 'Huyện Cần Giờ', '', 'ca.canthanh@cangio.vn', 100],
      ['BK', 'Bình Khánh', 'Huyện Cần Giờ', '', 'ca.binhkhanh@cangio.vn', 100],
      ['LH', 'Long Hòa', 'Huyện Cần Giờ', '', 'ca.longhoa@cangio.vn; pho.longhoa@cangio.vn', 100],
    ]);
    return { rt, script };
  }

  it('goes on as the owner confirmed, without asking, whatever Đơn vị and Quản trị say by then', () => {
    const { rt, script } = threeUnits();
    // The first tab takes the run past its 4.5 minutes: the two others are left for later.
    let slowed = false;
    rt.executions.afterCall = (method) => {
      if (method === 'Spreadsheet.insertSheet' && !slowed) {
        slowed = true;
        rt.advance(5 * 60_000);
      }
    };
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    rt.executions.afterCall = null;
    expect(rt.dialogs.at(-1)!.message).toContain('Còn 2 trang chưa làm xong trong lượt này');
    expect(rt.spreadsheet.getSheets().map((s) => s.name)).toEqual([
      'Cấu hình',
      'Đơn vị',
      'Cần Thạnh',
    ]);
    // Before the continuation runs, someone adds an address to Long Hòa and an admin.
    fill(rt, 'E4', 'Đơn vị', [['ca.longhoa@cangio.vn; ke.la@evil.example']]);
    setAdmins(rt, ['ke.la.khac@evil.example']);
    const dialogs = rt.dialogs.length;
    const fired = rt.fireTriggers(script, rt.now() + 2 * 60_000);
    expect(fired.map((f) => [f.handler, f.user, f.error ?? null])).toEqual([
      ['continueSetUp', OWNER, null],
    ]);
    expect(rt.dialogs).toHaveLength(dialogs);
    // Each tab is protected as the owner confirmed: Long Hòa for its two officers of then.
    const editors = (tab: string) =>
      rt.spreadsheet.protections
        .filter((p) => p.sheet.name === tab && p.type === 'SHEET')
        .map((p) => p.editors);
    expect(editors('Bình Khánh')).toEqual([[OWNER, 'ca.binhkhanh@cangio.vn']]);
    expect(editors('Long Hòa')).toEqual([[OWNER, 'ca.longhoa@cangio.vn', 'pho.longhoa@cangio.vn']]);
    // Done: nothing left armed or recorded.
    expect(rt.scriptApp.triggers.filter((t) => !t.disabled).map((t) => t.handler)).toEqual([
      'onEntryEdit',
    ]);
    expect([...rt.properties.document.keys()].filter((k) => k.startsWith('tienDo.setup'))).toEqual(
      [],
    );
    // The next set-up asks about what changed since.
    rt.answer('NO');
    script.setUpUnitTabs();
    expect(rt.dialogs.at(-1)!.message).toContain(
      '"Long Hòa": thêm quyền sửa cho ke.la@evil.example, ke.la.khac@evil.example; bỏ quyền sửa của pho.longhoa@cangio.vn.',
    );
  });

  it('does not go on from a continuation that recorded no confirmation', () => {
    const { rt, script } = threeUnits();
    // An earlier version's record: the next unit alone.
    rt.properties.document.set('tienDo.setupNext', '1');
    rt.executions.run(OWNER, () => {
      const app = rt.globals().ScriptApp as GoogleAppsScript.Script.ScriptApp;
      app.newTrigger('continueSetUp').timeBased().after(60_000).create();
    });
    rt.fireTriggers(script, rt.now() + 2 * 60_000);
    expect(rt.spreadsheet.getSheets().map((s) => s.name)).toEqual(['Cấu hình', 'Đơn vị']);
    expect(rt.properties.document.has('tienDo.setupNext')).toBe(false);
  });
});

describe('Tạo/cập nhật trang đơn vị on a campaign in progress', () => {
  it('adds the missing days and columns at the end and keeps every figure entered', async () => {
    const rt = await sampleRuntime({ owner: OWNER });
    const script = bundle(rt);
    const tabs = COMMUNES;
    const before = snapshot(rt, tabs);
    // The deadline moves to 10/11/2023 and a new indicator gets a quota.
    rt.spreadsheet.getSheetByName('Cấu hình')!.getRange('B4').setValue('10/11/2023');
    const units = rt.spreadsheet.getSheetByName('Đơn vị')!;
    units.insertColumnsAfter(8, 1); // a person adds a column after the last
    units.getRange('I1:I2').setValues([['Chỉ tiêu Định danh mức 1'], [500]]);
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    expect(rt.dialogs.at(-1)!.message).toBe(
      'Đã tạo 0 trang mới; cập nhật 7 trang (thêm 35 ngày, 7 cột). Số liệu đã nhập được giữ nguyên.',
    );
    const after = snapshot(rt, tabs);
    for (const tab of tabs) {
      // Every cell that existed holds what it held.
      before[tab].forEach((row, r) =>
        row.forEach((cell, c) => expect([tab, r, c, after[tab][r][c]]).toEqual([tab, r, c, cell])),
      );
    }
    const ct = rt.spreadsheet.getSheetByName('Cần Thạnh')!;
    expect(ct.getRange('F3').getValue()).toBe('Định danh mức 1');
    expect(
      ct
        .getRange(137, 1, 5, 1)
        .getDisplayValues()
        .map(([d]) => d),
    ).toEqual(['06/11/2023', '07/11/2023', '08/11/2023', '09/11/2023', '10/11/2023']);
    expect(ct.getRange('F4').getDataValidation()!.getCriteriaValues()).toEqual([
      '=AND(ISNUMBER(F4),F4>=0,INT(F4)=F4)',
    ]);
    // 3 rows above the days, 133 days (26/06–05/11/2023) and 5 more: the stamp column is
    // protected down to the last of them.
    const stamp = rt.spreadsheet.protections.find((p) => p.sheet.name === 'Cần Thạnh' && p.range);
    expect(stamp!.range!.getA1Notation()).toBe('E1:E141');
  });
});

describe('10 million cells', () => {
  /**
   * A campaign of `n` units over 2023 (365 days, every day counts), set up from scratch; each
   * unit with its officer's address when `emails`.
   */
  function yearCampaign(n: number, filler = 0, emails = false) {
    const rt = runtime({ owner: OWNER, ui: true });
    rt.addSheet('Cấu hình', [
      ['Tên chiến dịch', 'Tỉnh thử'],
      ['Ngày bắt đầu', '01/01/2023'],
      ['Hạn hoàn thành', '31/12/2023'],
    ]);
    rt.addSheet('Đơn vị', [
      ['Đơn vị', 'Chỉ tiêu Thu nhận', 'Email'],
      ...Array.from({ length: n }, (_, i) => [
        `Xã ${i + 1}`,
        1000,
        emails ? `ca.xa${i + 1}@tinh.example.vn` : '',
      ]),
    ]);
    if (filler) rt.load.sheet('Lưu trữ', { maxRows: filler, maxColumns: 26 });
    return rt;
  }

  it('fits 2,000 units × 365 days in one spreadsheet: each tab trimmed to its days', () => {
    const rt = yearCampaign(2000, 0, true);
    const script = bundle(rt);
    rt.answer('YES');
    rt.answer('OK');
    script.setUpUnitTabs();
    // One question for the 2,000 officers: ten lines, and the rest counted.
    expect(rt.dialogs[0].message).toContain(
      '… và 1.990 trang khác: thêm 1.990 quyền sửa, bỏ 0 quyền sửa.',
    );
    // More tabs than one run of 6 minutes can make: the rest follow in one-off runs, which
    // grant what was confirmed (kept in parts of 3,000 characters in the document's properties).
    expect(rt.dialogs.at(-1)!.message).toMatch(/tiện ích sẽ tự làm tiếp sau khoảng một phút/);
    expect(rt.properties.document.has('tienDo.setupConfirmed.1')).toBe(true);
    for (let i = 0; i < 40 && rt.spreadsheet.getSheets().length < 2002; i++)
      rt.fireTriggers(script, rt.now() + 10 * 60_000);
    expect(rt.spreadsheet.getSheets()).toHaveLength(2 + 2000);
    expect(rt.executions.history.every((e) => !e.stopped)).toBe(true);
    const last = rt.spreadsheet.protections.find(
      (p) => p.sheet.name === 'Xã 2000' && p.type === 'SHEET',
    );
    expect(last!.editors).toEqual([OWNER, 'ca.xa2000@tinh.example.vn']);
    // A tab: 3 rows above 365 days; 4 columns (Ngày, Thu nhận, Ghi chú, Cập nhật lúc: the one
    // indicator `Đơn vị` names).
    const tab = rt.spreadsheet.getSheetByName('Xã 1')!;
    expect([tab.getMaxRows(), tab.getMaxColumns()]).toEqual([368, 4]);
    // 2,000 × 1,472 = 2,944,000 cells, and the sheets of settings (1,000 × 26) and units
    // (2,001 rows × 26): 3,022,026 of the 10 million.
    expect(rt.spreadsheet.cellCount).toBe(2000 * 368 * 4 + 1000 * 26 + 2001 * 26);
  });

  it('refuses a set-up that would not fit, before changing anything, saying how many tabs fit', () => {
    // A sheet of 380,000 × 26 = 9,880,000 cells already there.
    const rt = yearCampaign(100, 380_000);
    const sheets = rt.spreadsheet.getSheets().length;
    const room = 10_000_000 - rt.spreadsheet.cellCount - 26_000;
    rt.answer('OK');
    bundle(rt).setUpUnitTabs();
    expect(rt.spreadsheet.getSheets()).toHaveLength(sheets);
    // Each tab needs 368 × 4 = 1,472 cells, and one new sheet's 1,000 × 26 as room to trim.
    expect(rt.dialogs.at(-1)!.message).toContain(
      `thêm 100 trang đơn vị sẽ vượt giới hạn 10 triệu ô của một bảng tính Google. Bảng tính này còn chỗ cho khoảng ${Math.floor(room / 1472)} trang`,
    );
  });
});

describe('a unit that reports some indicators only', () => {
  it('gets a tab with columns for those only', () => {
    const rt = runtime({ owner: OWNER });
    rt.addSheet('Cấu hình', [
      ['Tên chiến dịch', 'Bỉm Sơn'],
      ['Ngày bắt đầu', '24/03/2023'],
      ['Hạn hoàn thành', '31/03/2023'],
    ]);
    rt.addSheet('Đơn vị', [
      ['Đơn vị', 'Chỉ tiêu Đoàn viên', 'Chỉ tiêu Công dân', 'Đối tượng', 'Chỉ số'],
      ['Khu phố 3', '', '50%', 1476, 'Công dân'],
      ['Phường Ba Đình', '100%', '50%', 6870, ''],
    ]);
    rt.answer('YES');
    rt.answer('OK');
    bundle(rt).setUpUnitTabs();
    const header = (tab: string) =>
      rt.spreadsheet
        .getSheetByName(tab)!
        .getDataRange()
        .getValues()[2]
        .filter((v) => v !== '');
    expect(header('Khu phố 3')).toEqual(['Ngày', 'Công dân', 'Ghi chú', 'Cập nhật lúc']);
    expect(header('Phường Ba Đình')).toEqual([
      'Ngày',
      'Đoàn viên',
      'Công dân',
      'Ghi chú',
      'Cập nhật lúc',
    ]);
  });
});

describe('cases found by the property tests (test/addon/commands.property.test.ts)', () => {
  it('adds a missing column after a header row that ends with a number, not over it', () => {
    const rt = runtime({ owner: OWNER });
    rt.load.sheet('Cấu hình', {
      rows: [
        ['Ngày bắt đầu', LocalRuntime.date(2023, 7, 1)],
        ['Hạn hoàn thành', LocalRuntime.date(2023, 7, 3)],
      ],
    });
    rt.load.sheet('Đơn vị', { rows: [['Đơn vị'], ['A']] });
    // A year typed after the headers: a number, so no indicator, but a cell a person filled.
    rt.load.sheet('A', { rows: [['Ngày', 'Thu nhận', 2023]] });
    rt.answer('OK');
    bundle(rt).setUpUnitTabs();
    const header = rt.spreadsheet.getSheetByName('A')!.getRange('A1:E1').getValues()[0];
    expect(header).toEqual(['Ngày', 'Thu nhận', 2023, 'Kích hoạt', 'Cập nhật lúc']);
  });

  /** A campaign of one unit, `Long Hòa`, and the sheets given, each holding only a header. */
  function twoTabs(...titles: string[]) {
    const rt = runtime({ owner: OWNER });
    rt.load.sheet('Cấu hình', {
      rows: [
        ['Tên chiến dịch', 'Thử'],
        ['Ngày bắt đầu', LocalRuntime.date(2023, 7, 1)],
        ['Hạn hoàn thành', LocalRuntime.date(2023, 7, 3)],
      ],
    });
    rt.load.sheet('Đơn vị', { rows: [['Đơn vị'], ['Long Hòa']] });
    for (const t of titles) rt.load.sheet(t, { rows: [['Ngày', 'Thu nhận', 'Kích hoạt']] });
    rt.answer('OK');
    bundle(rt).setUpUnitTabs();
    return rt;
  }

  it('completes the tab spelt exactly as the unit, of two sheets of its name', () => {
    const nfd = 'Long Hòa'.normalize('NFD');
    const rt = twoTabs('long hòa', nfd);
    expect(rt.spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Cấu hình',
      'Đơn vị',
      'long hòa',
      nfd,
    ]);
    const days = (name: string) =>
      rt.spreadsheet
        .getSheetByName(name)!
        .getDataRange()
        .getDisplayValues()
        .slice(1)
        .map((r) => r[0]);
    expect(days(nfd)).toEqual(['01/07/2023', '02/07/2023', '03/07/2023']);
    expect(rt.spreadsheet.sheets[2].values).toEqual([['Ngày', 'Thu nhận', 'Kích hoạt']]);
  });

  it("leaves alone two sheets of the unit's name when neither is spelt exactly, and says so", () => {
    const rt = twoTabs('long hòa', 'Long Hòa\u200B');
    expect(rt.spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Cấu hình',
      'Đơn vị',
      'long hòa',
      'Long Hòa\u200B',
    ]);
    expect(rt.spreadsheet.sheets.slice(2).map((s) => s.values)).toEqual([
      [['Ngày', 'Thu nhận', 'Kích hoạt']],
      [['Ngày', 'Thu nhận', 'Kích hoạt']],
    ]);
    expect(rt.dialogs.at(-1)!.message).toContain('không trang nào đúng tên');
  });
});
