import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import type { EditStep, OutputCell } from '../../src/core/output';
import type { TabPlanOptions } from '../../src/core/tab-plan';
import { planTab } from '../../src/core/tab-plan';
import type { Unit } from '../../src/core/units';
import type { Rows } from '../../src/core/values';
import { FIGURE_HELP } from '../../src/core/vocabulary';

const unit: Unit = {
  name: 'Cần Thạnh',
  code: null,
  parent: 'Cần Giờ',
  tab: 'Cần Thạnh',
  emails: ['ca.canthanh@cangio.example.vn', 'pho.canthanh@cangio.example.vn'],
  path: ['Cần Giờ'],
  targets: { 'Thu nhận': { kind: 'count', count: 10152, soft: false } },
  populations: {},
  reports: null,
  frequency: { kind: 'daily' },
  openings: {},
  openingsValid: true,
  groupSize: null,
  deadline: null,
  row: 2,
  tabCell: 'A2',
};
const options: TabPlanOptions = {
  indicators: ['Thu nhận', 'Kích hoạt'],
  days: ['2023-07-03', '2023-07-04', '2023-07-05'],
  cutoff: '07:30',
  mode: 'daily',
  access: {
    description:
      'Tiến Độ: chỉ cán bộ của Cần Thạnh, người quản trị và chủ bảng tính được sửa trang này',
    editors: [...unit.emails, 'phoban@cangio.example.vn'],
  },
  stampEditors: ['thuky@cangio.example.vn'],
};
const whole = (mode: 'daily' | 'cumulative' = 'daily') => ({
  kind: 'wholeNumber',
  help: FIGURE_HELP[mode],
});
const column = (col: number, row: number, rows: number) => ({ row, col, rows, cols: 1 });
const ofKind = <K extends EditStep['op']>(steps: EditStep[], op: K) =>
  steps.filter((s): s is Extract<EditStep, { op: K }> => s.op === op);

describe('a missing unit tab', () => {
  const plan = planTab(unit, options, null);
  const steps = plan.edit!.steps;

  it('is created with a title, help, the header in row 3 and one row per counting day', () => {
    expect([plan.kind, plan.tab, plan.edit!.sheet, plan.edit!.create]).toEqual([
      'create',
      'Cần Thạnh',
      'Cần Thạnh',
      true,
    ]);
    const [values] = ofKind(steps, 'values');
    expect([values.row, values.col]).toEqual([1, 1]);
    const rows = values.cells;
    expect(String(rows[0][0])).toContain('Cần Thạnh');
    expect(String(rows[0][0])).toContain('07:30');
    expect(rows[1]).toHaveLength(1);
    expect(rows.slice(2)).toEqual([
      ['Ngày', 'Thu nhận', 'Kích hoạt', 'Ghi chú', 'Cập nhật lúc'],
      [{ date: '2023-07-03' }],
      [{ date: '2023-07-04' }],
      [{ date: '2023-07-05' }],
    ]);
    // 3 rows above the data, then 3 days; Ngày, two indicators, Ghi chú, Cập nhật lúc. A new
    // sheet's 1,000 × 26 is trimmed to that.
    expect(steps[0]).toEqual({ op: 'fit', rows: 6, cols: 5 });
  });

  it('has its title and header in bold, the header frozen, and wider date and stamp columns', () => {
    expect(ofKind(steps, 'bold').map((s) => s.area)).toEqual([
      { row: 1, col: 1, rows: 1, cols: 1 },
      { row: 3, col: 1, rows: 1, cols: 5 },
    ]);
    expect(ofKind(steps, 'frozenRows')).toEqual([{ op: 'frozenRows', rows: 3 }]);
    expect(ofKind(steps, 'width').map((s) => s.col)).toEqual([1, 5]);
  });

  it('formats dates and entry times, and lets only whole numbers into each figure column', () => {
    expect(ofKind(steps, 'rules')).toEqual([
      { op: 'rules', area: column(1, 4, 3), format: 'dd/MM/yyyy' },
      { op: 'rules', area: column(5, 4, 3), format: 'dd/MM/yyyy HH:mm:ss' },
      { op: 'rules', area: column(2, 4, 3), format: '#,##0', validation: whole() },
      { op: 'rules', area: column(3, 4, 3), format: '#,##0', validation: whole() },
    ]);
  });

  it("protects the tab for the unit's people and the admins, Cập nhật lúc for whoever stamps it", () => {
    expect(ofKind(steps, 'protectSheet')).toEqual([{ op: 'protectSheet', ...options.access }]);
    expect(ofKind(steps, 'protectColumn')).toEqual([
      {
        op: 'protectColumn',
        col: 5,
        description: 'Tiến Độ: cột "Cập nhật lúc" do tiện ích tự ghi',
        editors: ['thuky@cangio.example.vn'],
      },
    ]);
  });

  it('explains running totals in the validation help in running-total mode', () => {
    const cumulative = planTab(unit, { ...options, mode: 'cumulative' }, null);
    const validations = ofKind(cumulative.edit!.steps, 'rules').flatMap((s) =>
      s.validation ? [s.validation] : [],
    );
    expect(validations).toEqual([whole('cumulative'), whole('cumulative')]);
  });
});

describe('an existing unit tab', () => {
  // Made by hand: header in row 3 without Kích hoạt; 03 and 04/07 there, 05/07 missing.
  const rows: Rows = [
    ['Cần Thạnh — số liệu hằng ngày'],
    ['Nhập trước 07:30'],
    ['Ngày', 'Thu nhận', 'Ghi chú', 'Cập nhật lúc'],
    [sheetDate('2023-07-04'), 12, 'đã gộp', sheetDate('2023-07-05', '07:10')],
    ['03/07/2023', 10, '', ''],
  ];
  const plan = planTab(unit, options, rows);
  const steps = plan.edit!.steps;

  it('gets only the missing day, below the last row, and the missing column after the last header', () => {
    expect([plan.kind, plan.edit!.create, plan.daysAdded, plan.columnsAdded]).toEqual([
      'update',
      false,
      1,
      1,
    ]);
    expect(ofKind(steps, 'values')).toEqual([
      { op: 'values', row: 3, col: 5, cells: [['Kích hoạt']] },
      { op: 'values', row: 6, col: 1, cells: [[{ date: '2023-07-05' }]] },
    ]);
    expect(steps[0]).toEqual({ op: 'size', rows: 6, cols: 5 });
  });

  it('rewrites no cell that holds something', () => {
    const written: [number, number][] = [];
    for (const s of ofKind(steps, 'values'))
      s.cells.forEach((r: OutputCell[], i: number) =>
        r.forEach((_, j) => written.push([s.row + i, s.col + j])),
      );
    for (const [row, col] of written) {
      const v = rows[row - 1]?.[col - 1];
      expect(v === undefined || v === '' || v === null).toBe(true);
    }
  });

  it('formats the new column down to the last row, and the new day across every column', () => {
    expect(ofKind(steps, 'rules')).toEqual([
      // Kích hoạt (E) on the rows already there, 4–5.
      { op: 'rules', area: column(5, 4, 2), format: '#,##0', validation: whole() },
      // Row 6: date, entry time, Thu nhận, Kích hoạt.
      { op: 'rules', area: column(1, 6, 1), format: 'dd/MM/yyyy' },
      { op: 'rules', area: column(4, 6, 1), format: 'dd/MM/yyyy HH:mm:ss' },
      { op: 'rules', area: column(2, 6, 1), format: '#,##0', validation: whole() },
      { op: 'rules', area: column(5, 6, 1), format: '#,##0', validation: whole() },
    ]);
    expect(ofKind(steps, 'protectColumn').map((s) => s.col)).toEqual([4]);
  });

  it('gets a Cập nhật lúc column when it has none', () => {
    const noStamp: Rows = [
      ['Ngày', 'Thu nhận', 'Kích hoạt'],
      ...options.days.map((d) => [sheetDate(d), 1, 1]),
    ];
    const p = planTab(unit, options, noStamp);
    expect([p.daysAdded, p.columnsAdded]).toEqual([0, 1]);
    expect(ofKind(p.edit!.steps, 'values')).toEqual([
      { op: 'values', row: 1, col: 4, cells: [['Cập nhật lúc']] },
    ]);
    expect(ofKind(p.edit!.steps, 'rules')).toEqual([
      { op: 'rules', area: column(4, 2, 3), format: 'dd/MM/yyyy HH:mm:ss' },
    ]);
    expect(ofKind(p.edit!.steps, 'protectColumn').map((s) => s.col)).toEqual([4]);
  });

  it('gets its missing columns side by side after the last header', () => {
    const short: Rows = [['Ngày', 'Thu nhận'], ...options.days.map((d) => [sheetDate(d), 1])];
    const three = { ...options, indicators: ['Thu nhận', 'Kích hoạt', 'Sinh viên mới'] };
    const p = planTab(unit, three, short);
    expect([p.daysAdded, p.columnsAdded]).toEqual([0, 3]);
    expect(ofKind(p.edit!.steps, 'values')).toEqual([
      { op: 'values', row: 1, col: 3, cells: [['Kích hoạt', 'Sinh viên mới', 'Cập nhật lúc']] },
    ]);
    // Validation on the two new figure columns (C, D) over the rows already there, 2–4.
    expect(
      ofKind(p.edit!.steps, 'rules')
        .filter((s) => s.validation)
        .map((s) => s.area),
    ).toEqual([column(3, 2, 3), column(4, 2, 3)]);
    expect(ofKind(p.edit!.steps, 'protectColumn').map((s) => s.col)).toEqual([5]);
  });

  it('that is complete gets nothing written, only its protection renewed', () => {
    const complete: Rows = [
      ['Ngày', 'Thu nhận', 'Kích hoạt', 'Cập nhật lúc'],
      ...options.days.map((d) => [sheetDate(d), '', '', '']),
    ];
    const p = planTab(unit, options, complete);
    expect([p.kind, p.daysAdded, p.columnsAdded]).toEqual(['update', 0, 0]);
    expect(p.edit!.steps.map((s) => s.op)).toEqual(['size', 'protectSheet', 'protectColumn']);
  });

  it("without a header row is left alone but for its protection: it is still the unit's tab", () => {
    const p = planTab(unit, options, [['Sổ ghi chép'], ['Ngày', 'Ghi chú']]);
    expect(p).toEqual({
      kind: 'skip',
      tab: 'Cần Thạnh',
      edit: {
        sheet: 'Cần Thạnh',
        create: false,
        steps: [{ op: 'protectSheet', ...options.access }],
      },
      cells: 0,
      daysAdded: 0,
      columnsAdded: 0,
    });
  });
});
