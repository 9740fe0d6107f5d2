import { describe, expect, it } from 'vitest';
import { LocalRuntime } from '../../src/local/runtime';
import { bundle, command, runtime, sampleRuntime, snapshot, summarized } from '../helpers';
import { COMMUNES } from '../fixtures/can-gio-appendix';

function validate(rt: LocalRuntime) {
  return command(rt, 'validate').issues;
}

function set(rt: LocalRuntime, sheet: string, a1: string, value: unknown) {
  rt.spreadsheet.getSheetByName(sheet)!.getRange(a1).setValue(value);
}

function get(rt: LocalRuntime, sheet: string, a1: string): number {
  return rt.spreadsheet.getSheetByName(sheet)!.getRange(a1).getValue() as number;
}

const INPUT_SHEETS = ['Cấu hình', 'Đơn vị', ...COMMUNES];

describe('validating the sample campaign', () => {
  it('finds nothing wrong in the clean sample', async () => {
    const rt = await sampleRuntime();
    expect(validate(rt)).toEqual([]);
  });

  it('finds every planted mistake at its exact cell, with its code, and nothing else', async () => {
    const rt = await sampleRuntime();
    // Settings: no campaign name row; a cut-off time that is not HH:mm.
    rt.spreadsheet.getSheetByName('Cấu hình')!.getRange('A2:B2').clearContent();
    set(rt, 'Cấu hình', 'B5', '7 giờ 30');
    // Units: a quota that is text, a negative opening balance, a broken e-mail address, a
    // unit without a tab, a tab without a header, a repeated unit, a row without a name.
    set(rt, 'Đơn vị', 'F3', 'nhiều');
    set(rt, 'Đơn vị', 'G4', -3);
    set(rt, 'Đơn vị', 'E5', 'ca.anthoidong@');
    const units = rt.spreadsheet.getSheetByName('Đơn vị')!;
    units.insertRowsAfter(8, 4); // a person adds rows below the last unit
    units.getRange('A9:C12').setValues([
      ['XM', 'Xã Mới', 'Huyện Cần Giờ'],
      ['ĐT', 'Đội Thử', 'Huyện Cần Giờ'],
      ['CT2', 'Cần thạnh', 'Huyện Cần Giờ'],
      ['XX', '', 'Huyện Cần Giờ'],
    ]);
    rt.spreadsheet.insertSheet('Đội Thử').getRange('A1').setValue('Chưa có tiêu đề');
    // Entries. Rows: 4 = 26/06/2023 … 21 = 13/07/2023, 22 = 14/07/2023, 23 = 15/07/2023.
    set(rt, 'Cần Thạnh', 'B5', 'mười hai');
    set(rt, 'Cần Thạnh', 'C6', -5);
    set(rt, 'Cần Thạnh', 'B7', '12,5');
    set(rt, 'Cần Thạnh', 'C8', '#N/A');
    set(rt, 'Bình Khánh', 'B10', get(rt, 'Bình Khánh', 'B10') * 10); // an extra digit
    set(rt, 'Bình Khánh', 'C3', ''); // the Kích hoạt header deleted
    set(rt, 'Tam Thôn Hiệp', 'A9', '31/02/2023');
    const ath = rt.spreadsheet.getSheetByName('An Thới Đông')!;
    ath.insertRowsAfter(136, 2); // two rows added below the last day (05/11/2023, row 136)
    ath.getRange('A137:B138').setValues([
      ['20/06/2023', 5],
      ['13/07/2023', 3],
    ]);
    set(rt, 'Thạnh An', 'B23', 40);
    const lh = rt.spreadsheet.getSheetByName('Long Hòa')!;
    const before = (lh.getRange('B4:B14').getValues() as number[][]).reduce((s, [v]) => s + v, 0);
    set(rt, 'Long Hòa', 'B15', before + (lh.getRange('B15').getValue() as number)); // the running total
    set(rt, 'Lý Nhơn', 'C5', 2000);

    const found = validate(rt).map((i) => [i.severity, i.code, i.sheet, i.cell ?? null]);
    expect(found).toEqual([
      ['error', 'setting-missing', 'Cấu hình', null],
      ['error', 'setting-invalid', 'Cấu hình', 'B5'],
      ['error', 'quota-invalid', 'Đơn vị', 'F3'],
      ['error', 'opening-invalid', 'Đơn vị', 'G4'],
      ['error', 'email-invalid', 'Đơn vị', 'E5'],
      ['error', 'missing-tab', 'Đơn vị', 'B9'],
      ['error', 'unit-duplicate', 'Đơn vị', 'B11'],
      ['error', 'unit-name-missing', 'Đơn vị', 'B12'],
      ['error', 'not-a-number', 'Cần Thạnh', 'B5'],
      ['error', 'negative', 'Cần Thạnh', 'C6'],
      ['error', 'not-integer', 'Cần Thạnh', 'B7'],
      ['error', 'error-value', 'Cần Thạnh', 'C8'],
      ['error', 'missing-column', 'Bình Khánh', 'C3'],
      ['error', 'date-invalid', 'Tam Thôn Hiệp', 'A9'],
      ['error', 'date-duplicate', 'An Thới Đông', 'A138'],
      ['error', 'future-entry', 'Thạnh An', 'A23'],
      ['error', 'activated-exceeds-collected', 'Lý Nhơn', 'C5'],
      ['error', 'header-missing', 'Đội Thử', null],
      ['warning', 'outlier', 'Bình Khánh', 'B10'],
      ['warning', 'date-outside', 'An Thới Đông', 'A137'],
      ['warning', 'outlier', 'Long Hòa', 'B15'],
      ['warning', 'outlier', 'Lý Nhơn', 'C5'],
    ]);
  });

  it('says in Vietnamese what is wrong and how to fix it', async () => {
    const rt = await sampleRuntime();
    set(rt, 'Cần Thạnh', 'B7', '12,5');
    set(rt, 'Cần Thạnh', 'B8', '1,234');
    const lh = rt.spreadsheet.getSheetByName('Long Hòa')!;
    const before = (lh.getRange('B4:B14').getValues() as number[][]).reduce((s, [v]) => s + v, 0);
    set(rt, 'Long Hòa', 'B15', before + 60);
    const messages = Object.fromEntries(
      validate(rt).map((i) => [`${i.sheet}!${i.cell}`, i.message]),
    );
    expect(messages['Cần Thạnh!B7']).toBe(
      '12,5 không phải số nguyên: số hồ sơ và tài khoản phải là số nguyên.',
    );
    expect(messages['Cần Thạnh!B8']).toBe(
      '"1,234" không rõ là 1234 hay 1.234: hãy nhập số nguyên không có dấu phân cách, ví dụ 1234.',
    );
    expect(messages['Long Hòa!B15']).toBe(
      `${before + 60} gần bằng tổng lũy kế đến hôm trước: có vẻ đã nhập số lũy kế vào cột số trong ngày. Hãy nhập số của riêng ngày đó.`,
    );
  });

  it('does not flag an ordinary busy day (3× the usual figure)', async () => {
    const rt = await sampleRuntime();
    // Cần Thạnh collects about 54 a day in the sample.
    set(rt, 'Cần Thạnh', 'B12', 3 * 54);
    expect(validate(rt)).toEqual([]);
  });

  it('reads numbers typed the Vietnamese way and dates typed as text', async () => {
    const rt = await sampleRuntime();
    set(rt, 'Cần Thạnh', 'B5', "'1.050"); // text 1.050 = 1050: a big day, an outlier warning, but a number
    set(rt, 'Cần Thạnh', 'A4', "'26/06/2023"); // the date as text
    const issues = validate(rt);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['outlier', 'B5']]);
  });

  it('finds tabs whose names are typed with other Unicode forms, case or spacing', async () => {
    const rt = await sampleRuntime();
    // "Long Hoà" (the accent on the a, decomposed) for the tab "Long Hòa"; spaces and capitals.
    set(rt, 'Đơn vị', 'B7', 'Long Hoa\u0300');
    set(rt, 'Đơn vị', 'B8', '  LÝ   NHƠN ');
    expect(validate(rt)).toEqual([]);
  });

  it('leaves every value a person entered unchanged', async () => {
    const rt = await sampleRuntime();
    set(rt, 'Cần Thạnh', 'B5', 'mười hai');
    const before = snapshot(rt, INPUT_SHEETS);
    validate(rt);
    expect(snapshot(rt, INPUT_SHEETS)).toEqual(before);
  });

  it('reads each sheet once and writes Kiểm tra in the same number of calls whatever it holds', async () => {
    const clean = await sampleRuntime();
    validate(clean);
    const reads = clean.calls.spreadsheet();
    // Cấu hình, Đơn vị and the seven tabs: one call each for all its values.
    expect(reads['Sheet.getSheetValues']).toBe(9);
    expect(reads['Range.getValues']).toBeUndefined();
    expect(reads['Spreadsheet.getSheets']).toBe(1);

    const dirty = await sampleRuntime();
    for (let r = 5; r < 21; r++) set(dirty, 'Cần Thạnh', `B${r}`, -r);
    dirty.calls.reset();
    expect(validate(dirty)).toHaveLength(16);
    const a = clean.calls.summary();
    const b = dirty.calls.summary();
    // Column widths follow the content: neighbouring columns of one width take one call, so
    // their calls vary, at most one per column of the sheet's six.
    const widths = (rt: typeof clean) =>
      rt.calls.count('Sheet.setColumnWidth') + rt.calls.count('Sheet.setColumnWidths');
    expect(widths(clean)).toBeLessThanOrEqual(6);
    expect(widths(dirty)).toBeLessThanOrEqual(6);
    expect(b.writes - widths(dirty)).toBe(a.writes - widths(clean));
    expect(b.reads).toBe(a.reads);
    // One more call: the id of the sheet the findings link to.
    expect(b.calls - widths(dirty)).toBe(a.calls - widths(clean) + 1);
  });
});

describe('Kiểm tra số liệu (the menu item)', () => {
  it('writes Kiểm tra and shows a toast with the counts', async () => {
    const rt = await sampleRuntime();
    set(rt, 'Cần Thạnh', 'B5', 'mười hai');
    bundle(rt).validateEntries();
    expect(rt.spreadsheet.toasts).toEqual([
      {
        message: 'Phát hiện 1 lỗi, 0 cảnh báo: xem trang "Kiểm tra".',
        title: 'Kiểm tra số liệu',
        timeoutSeconds: 10,
      },
    ]);
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')!.getRange('D4').getValue()).toBe(
      'not-a-number',
    );
  });
});

describe('the Kiểm tra sheet', () => {
  it('lists findings errors first, each cell a link that jumps to it', async () => {
    const rt = await sampleRuntime();
    set(rt, 'Lý Nhơn', 'C5', 2000);
    set(rt, 'Cần Thạnh', 'B5', 'mười hai');
    validate(rt);
    const sheet = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    const values = sheet.getDataRange().getValues();
    expect(values[0][0]).toBe('Kết quả kiểm tra số liệu — lúc 14/07/2023 08:00');
    expect(values[1][0]).toBe('2 lỗi, 1 cảnh báo');
    expect(values[2]).toEqual([
      'Mức độ',
      'Trang',
      'Ô',
      'Mã lỗi',
      'Loại lỗi',
      'Nội dung và cách sửa',
    ]);
    expect(values.slice(3).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['Lỗi', 'Cần Thạnh', 'not-a-number', 'Không phải số'],
      ['Lỗi', 'Lý Nhơn', 'activated-exceeds-collected', 'Kích hoạt vượt thu nhận'],
      ['Cảnh báo', 'Lý Nhơn', 'outlier', 'Số bất thường'],
    ]);
    const gid = rt.spreadsheet.getSheetByName('Cần Thạnh')!.getSheetId();
    expect(sheet.getRange('C4').getFormula()).toBe(`=HYPERLINK("#gid=${gid}&range=B5","B5")`);
    expect(sheet.getFrozenRows()).toBe(3);
  });

  it('is replaced, not appended to, when validation runs again', async () => {
    const rt = await sampleRuntime();
    set(rt, 'Cần Thạnh', 'B5', 'mười hai');
    validate(rt);
    set(rt, 'Cần Thạnh', 'B5', 12);
    validate(rt);
    const values = rt.spreadsheet.getSheetByName('Kiểm tra')!.getDataRange().getValues();
    expect(values.slice(1).map((r) => r[0])).toEqual([
      '0 lỗi, 0 cảnh báo',
      'Mức độ',
      'Không phát hiện lỗi nào.',
    ]);
  });

  it('reads the exact tab when another sheet has the same name, and says so', async () => {
    const rt = await sampleRuntime();
    rt.addSheet('cần thạnh', [['Ngày', 'Thu nhận', 'Kích hoạt']]);
    const issues = validate(rt);
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ['warning', 'missing-tab', 'Đơn vị', 'B2'],
    ]);
    expect(issues[0].message).toContain('"Cần Thạnh", "cần thạnh"');
    // The exact tab is the one read: its 2173 dossiers, as the appendix has them.
    expect(summarized(rt, 'summarize').units[0].indicators['Thu nhận'].cumulative).toBe(2173);
  });

  it('shows an invisible character in the name of a tab that is not found', async () => {
    const rt = await sampleRuntime();
    set(rt, 'Đơn vị', 'D2', 'Cần Thạnh\u200b2');
    const missing = validate(rt).find((i) => i.code === 'missing-tab')!;
    expect(missing.message).toContain('"Cần Thạnh⟨U+200B⟩2"');
  });
});

describe('cases found by the property tests (test/addon/commands.property.test.ts)', () => {
  it('points a missing column at a cell inside a tab made exactly as wide as its header', () => {
    const rt = runtime();
    rt.load.sheet('Cấu hình', {
      rows: [
        ['Ngày bắt đầu', LocalRuntime.date(2023, 7, 1)],
        ['Hạn hoàn thành', LocalRuntime.date(2023, 7, 31)],
      ],
    });
    rt.load.sheet('Đơn vị', { rows: [['Đơn vị'], ['A']] });
    // A 1 × 2 grid: no Kích hoạt column, and no column after Thu nhận to point at.
    rt.load.sheet('A', { rows: [['Ngày', 'Thu nhận']] });
    const missing = validate(rt).filter((i) => i.code === 'missing-column');
    expect(missing.map((i) => [i.sheet, i.cell])).toEqual([['A', 'B1']]);
  });

  it('reads the tab spelt exactly as the unit when both are typed decomposed (NFD)', () => {
    const rt = runtime();
    const nfd = 'Long Hòa'.normalize('NFD');
    rt.load.sheet('Cấu hình', {
      rows: [
        ['Tên chiến dịch', 'Thử'],
        ['Ngày bắt đầu', LocalRuntime.date(2023, 7, 1)],
        ['Hạn hoàn thành', LocalRuntime.date(2023, 7, 31)],
      ],
    });
    rt.load.sheet('Đơn vị', { rows: [['Đơn vị'], [nfd]] });
    rt.load.sheet(nfd, {
      rows: [
        ['Ngày', 'Thu nhận', 'Kích hoạt'],
        [LocalRuntime.date(2023, 7, 12), 7, 2],
      ],
    });
    rt.load.sheet('long hòa', { rows: [['Ngày', 'Thu nhận', 'Kích hoạt']] });
    const issues = validate(rt);
    expect(issues.map((i) => [i.severity, i.code, i.sheet])).toEqual([
      ['warning', 'missing-tab', 'Đơn vị'],
    ]);
    expect(summarized(rt, 'summarize').units[0].indicators['Thu nhận'].cumulative).toBe(7);
  });

  it('reads the tab spelt as typed in Đơn vị, runs of spaces and all, of two of its name', () => {
    const rt = runtime();
    rt.load.sheet('Cấu hình', {
      rows: [
        ['Tên chiến dịch', 'Thử'],
        ['Ngày bắt đầu', LocalRuntime.date(2023, 7, 1)],
        ['Hạn hoàn thành', LocalRuntime.date(2023, 7, 31)],
      ],
    });
    rt.load.sheet('Đơn vị', { rows: [['Đơn vị'], ['Cần  Thạnh']] });
    for (const [title, figure] of [
      ['Cần  Thạnh', 5],
      ['Cần Thạnh', 9],
    ] as const)
      rt.load.sheet(title, {
        rows: [
          ['Ngày', 'Thu nhận', 'Kích hoạt'],
          [LocalRuntime.date(2023, 7, 12), figure, 0],
        ],
      });
    expect(validate(rt).map((i) => [i.severity, i.code])).toEqual([['warning', 'missing-tab']]);
    expect(summarized(rt, 'summarize').units[0].indicators['Thu nhận'].cumulative).toBe(5);
  });
});
