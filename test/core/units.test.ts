import type { Unit } from '../../src/core/units';
import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import { WorkbookError } from '../../src/core/errors';
import { canonical, readUnits } from '../../src/core/units';
import type { Rows } from '../../src/core/values';

/** A unit's targets as plain numbers where they are counts (shares as they are). */
const counts = (u: Unit) =>
  Object.fromEntries(
    Object.entries(u.targets).map(([k, t]) => [k, t.kind === 'count' ? t.count : t]),
  );

const START = '2023-06-26';
const where = (findings: { code: string; cell?: string }[]) =>
  findings.map((f) => [f.code, f.cell]);

describe('Đơn vị', () => {
  it('reads each unit with its parent, tab, e-mails, quotas, openings and own deadline', () => {
    const rows: Rows = [
      [
        'Mã',
        'Đơn vị',
        'Cấp trên',
        'Tab',
        'Email',
        'Chỉ tiêu Thu nhận',
        'Đầu kỳ Thu nhận',
        'Đầu kỳ Kích hoạt',
        'Hạn riêng',
      ],
      ['CT', 'Cần Thạnh', 'Cần Giờ', '', 'a@cangio.vn; b@cangio.vn', 10152, 2000, '', ''],
      ['', 'Thạnh An', '', 'TA', '', '4.055', '', 0, sheetDate('2023-10-31')],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(findings).toEqual([]);
    expect(table.indicators).toEqual(['Thu nhận', 'Kích hoạt']);
    expect(table.units).toEqual([
      {
        name: 'Cần Thạnh',
        code: 'CT',
        path: ['Cần Giờ'],
        parent: 'Cần Giờ',
        tab: 'Cần Thạnh',
        emails: ['a@cangio.vn', 'b@cangio.vn'],
        targets: { 'Thu nhận': { kind: 'count', count: 10152, soft: false } },
        openings: { 'Thu nhận': 2000 },
        openingsValid: true,
        groupSize: null,
        populations: {},
        reports: null,
        frequency: { kind: 'daily' },
        deadline: null,
        row: 2,
        tabCell: 'B2',
      },
      {
        name: 'Thạnh An',
        code: null,
        path: [],
        parent: null,
        tab: 'TA',
        emails: [],
        targets: { 'Thu nhận': { kind: 'count', count: 4055, soft: false } },
        openings: { 'Kích hoạt': 0 },
        openingsValid: true,
        groupSize: null,
        populations: {},
        reports: null,
        frequency: { kind: 'daily' },
        deadline: '2023-10-31',
        row: 3,
        tabCell: 'D3',
      },
    ]);
  });

  it('finds indicators in Chỉ tiêu X / Đầu kỳ X headers however they are typed', () => {
    const rows: Rows = [
      [
        'Đơn vị',
        'CHI TIEU thu nhan',
        'đầu kỳ KÍCH HOẠT',
        'Chỉ tiêu Sinh viên mới',
        'Đầu kỳ sinh vien moi',
        'Chỉ tiêu',
      ],
      ['Khoa Cơ khí', 150, 3, 40, 5, 99],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(findings).toEqual([]);
    // The defaults take their own spelling; another indicator keeps its first spelling.
    expect(table.indicators).toEqual(['Thu nhận', 'Kích hoạt', 'Sinh viên mới']);
    expect(counts(table.units[0])).toEqual({ 'Thu nhận': 150, 'Sinh viên mới': 40 });
    expect(table.units[0].openings).toEqual({ 'Kích hoạt': 3, 'Sinh viên mới': 5 });
  });

  it('names no indicator when no header does (the campaign then uses the defaults)', () => {
    expect(readUnits([['Đơn vị'], ['A']], START).table.indicators).toEqual([]);
  });

  it('cannot be used without a Đơn vị column in row 1', () => {
    expect(() =>
      readUnits(
        [
          ['Tên', 'Cấp trên'],
          ['A', 'X'],
        ],
        START,
      ),
    ).toThrow(WorkbookError);
    expect(() => readUnits([['Tên', 'Cấp trên']], START)).toThrow(/hàng 1 thiếu cột "Đơn vị"/);
    expect(() => readUnits([], START)).toThrow(WorkbookError);
  });

  it('ignores a repeated name, and reports a repeated code or tab on a row it still reads', () => {
    const rows: Rows = [
      ['Mã', 'Đơn vị', 'Tab'],
      ['01', 'Cần Thạnh', ''],
      ['02', 'CẦN  THẠNH', ''],
      ['01', 'Bình Khánh', ''],
      ['03', 'Lý Nhơn', 'cần thạnh'],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(where(findings)).toEqual([
      ['unit-duplicate', 'B3'],
      ['unit-duplicate', 'A4'],
      ['unit-duplicate', 'C5'],
    ]);
    expect(table.units.map((u) => u.name)).toEqual(['Cần Thạnh', 'Bình Khánh', 'Lý Nhơn']);
  });

  it('tells names apart by their tone marks, wherever the mark is typed on the vowels', () => {
    const rows: Rows = [
      ['Đơn vị'],
      ['Tấn Hòa'],
      ['Tân Hòa'], // another commune
      ['CAN THANH'], // not Cần Thạnh
      ['Cần Thạnh'],
      ['Long Hòa'],
      ['Long Hoà'], // the same name, the mark on the a (old spelling)
      ['Thủy Xuân'],
      ['Thuỷ  Xuân\u200b'], // the same, with a mark moved, a space and an invisible character
    ];
    const { table, findings } = readUnits(rows, START);
    expect(where(findings)).toEqual([
      ['unit-duplicate', 'A7'],
      ['unit-duplicate', 'A9'],
    ]);
    expect(table.units.map((u) => u.name)).toEqual([
      'Tấn Hòa',
      'Tân Hòa',
      'CAN THANH',
      'Cần Thạnh',
      'Long Hòa',
      'Thủy Xuân',
    ]);
    // An invisible character is shown in the message, so two names that look alike can be told.
    expect(findings[1].message).toContain('Thuỷ Xuân⟨U+200B⟩');
  });

  it('skips empty rows and reports a row with content but no name', () => {
    const rows: Rows = [
      ['Đơn vị', 'Cấp trên'],
      ['', ''],
      [null, 'Cần Giờ'],
      ['A', ''],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(where(findings)).toEqual([['unit-name-missing', 'A3']]);
    expect(table.units.map((u) => [u.name, u.row])).toEqual([['A', 4]]);
  });

  it('leaves a unit without a quota that is not a whole number above 0', () => {
    const rows: Rows = [
      ['Đơn vị', 'Chỉ tiêu Thu nhận', 'Đối tượng'],
      ['A', 0, ''],
      ['B', -5, ''],
      ['C', '12,5', ''],
      ['D', 'nhiều', 0],
      ['E', '', 300],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(where(findings)).toEqual([
      ['quota-invalid', 'B2'],
      ['quota-invalid', 'B3'],
      ['quota-invalid', 'B4'],
      // Đối tượng (C) is read first: a share target needs it.
      ['quota-invalid', 'C5'],
      ['quota-invalid', 'B5'],
    ]);
    expect(table.units.map((u) => [counts(u), u.groupSize])).toEqual([
      [{}, null],
      [{}, null],
      [{}, null],
      [{}, null],
      [{}, 300],
    ]);
  });

  it('counts a bad opening balance as 0 and turns off the checks across indicators', () => {
    const rows: Rows = [
      ['Đơn vị', 'Đầu kỳ Thu nhận'],
      ['A', -1],
      ['B', 0],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(where(findings)).toEqual([['opening-invalid', 'B2']]);
    expect(table.units.map((u) => [u.openings, u.openingsValid])).toEqual([
      [{}, false],
      [{ 'Thu nhận': 0 }, true],
    ]);
  });

  it("keeps a unit on the campaign's deadline when its own is not a date or is before the start", () => {
    const rows: Rows = [
      ['Đơn vị', 'Hạn riêng'],
      ['A', 'cuối năm'],
      ['B', '25/06/2023'],
      ['C', '26/06/2023'],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(where(findings)).toEqual([
      ['date-invalid', 'B2'],
      ['date-invalid', 'B3'],
    ]);
    expect(table.units.map((u) => u.deadline)).toEqual([null, null, '2023-06-26']);
  });

  it('keeps the valid e-mails and reports the others', () => {
    const rows: Rows = [
      ['Đơn vị', 'Email'],
      ['A', 'a@x.vn, không-phải-email'],
    ];
    const { table, findings } = readUnits(rows, START);
    expect(where(findings)).toEqual([['email-invalid', 'B2']]);
    expect(table.units[0].emails).toEqual(['a@x.vn']);
  });
});

describe('indicator names', () => {
  it('take the default spelling of Thu nhận and Kích hoạt, and keep any other as typed', () => {
    expect(canonical('thu nhan')).toBe('Thu nhận');
    expect(canonical('KÍCH HOẠT')).toBe('Kích hoạt');
    expect(canonical('Sinh viên mới')).toBe('Sinh viên mới');
  });
});
