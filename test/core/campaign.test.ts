import { describe, expect, it } from 'vitest';
import type { CampaignSheets } from '../../src/core/campaign';
import { lastDeadline, readCampaign } from '../../src/core/campaign';
import { sheetDate } from '../../src/core/dates';
import { WorkbookError } from '../../src/core/errors';
import type { Rows } from '../../src/core/values';

const settings: Rows = [
  ['Tên chiến dịch', 'Thử'],
  ['Ngày bắt đầu', '01/07/2023'],
  ['Hạn hoàn thành', '20/07/2023'],
];
const sheets = (units: Rows, tabs: Record<string, Rows>): CampaignSheets => ({
  settings,
  units,
  tab: (name) => tabs[name] ?? null,
});
const where = (findings: { code: string; sheet: string; cell?: string }[]) =>
  findings.map((f) => [f.code, f.sheet, f.cell]);

describe('reading a campaign', () => {
  it('reports a missing tab at the Tab cell, or at the name when there is no Tab', () => {
    const c = readCampaign(
      sheets(
        [
          ['Đơn vị', 'Tab'],
          ['Cần Thạnh', 'CT'],
          ['Lý Nhơn', ''],
          ['Long Hòa', ''],
        ],
        { 'Long Hòa': [['Ngày', 'Thu nhận', 'Kích hoạt']] },
      ),
      '2023-07-05',
    );
    expect(where(c.findings)).toEqual([
      ['missing-tab', 'Đơn vị', 'B2'],
      ['missing-tab', 'Đơn vị', 'A3'],
    ]);
    expect(c.findings[0].message).toContain('"CT"');
    expect(c.units.map((u) => u.reading === null)).toEqual([true, true, false]);
  });

  it('reports a tab without the column of an indicator Đơn vị names', () => {
    const c = readCampaign(
      sheets(
        [
          ['Đơn vị', 'Chỉ tiêu Thu nhận', 'Đầu kỳ Kích hoạt'],
          ['A', 100, 0],
        ],
        {
          A: [['Ngày', 'Thu nhận', 'Ghi chú']],
        },
      ),
      '2023-07-05',
    );
    expect(c.findings.map((f) => [f.code, f.sheet])).toEqual([['missing-column', 'A']]);
    expect(c.findings[0].message).toContain('"Kích hoạt"');
  });

  it('expects Thu nhận and Kích hoạt when Đơn vị names no indicator', () => {
    const c = readCampaign(
      sheets([['Đơn vị'], ['A']], { A: [['Ngày', 'Kích hoạt']] }),
      '2023-07-05',
    );
    expect(c.findings.map((f) => [f.code, f.sheet])).toEqual([['missing-column', 'A']]);
    expect(c.findings[0].message).toContain('"Thu nhận"');
    expect(c.indicators).toEqual(['Thu nhận', 'Kích hoạt']);
  });

  it('takes further columns of the tabs as indicators, once each, after those Đơn vị names', () => {
    const c = readCampaign(
      sheets(
        [
          ['Đơn vị', 'Chỉ tiêu Thu nhận'],
          ['A', 100],
          ['B', 50],
        ],
        {
          A: [['Ngày', 'Thu nhận', 'Sinh viên mới']],
          B: [['Ngày', 'thu nhan', 'SINH VIEN MOI', 'Đoàn viên']],
        },
      ),
      '2023-07-05',
    );
    expect(c.findings).toEqual([]);
    expect(c.indicators).toEqual(['Thu nhận', 'Sinh viên mới', 'Đoàn viên']);
  });

  it('reports a tab without a header row', () => {
    const c = readCampaign(sheets([['Đơn vị'], ['A']], { A: [['Sổ ghi chép']] }), '2023-07-05');
    expect(where(c.findings)).toEqual([['header-missing', 'A', undefined]]);
  });

  it('cannot be read without Cấu hình or Đơn vị', () => {
    const tab = () => null;
    expect(() => readCampaign({ settings: null, units: [['Đơn vị']], tab }, '2023-07-05')).toThrow(
      WorkbookError,
    );
    expect(() => readCampaign({ settings: null, units: [['Đơn vị']], tab }, '2023-07-05')).toThrow(
      /"Cấu hình"/,
    );
    expect(() => readCampaign({ settings, units: null, tab }, '2023-07-05')).toThrow(/"Đơn vị"/);
  });

  it('lists errors before warnings, then by sheet in order of appearance and by cell', () => {
    const c = readCampaign(
      sheets([['Đơn vị'], ['A'], ['B']], {
        A: [
          ['Ngày', 'Thu nhận', 'Kích hoạt'],
          ...[1, 2, 3, 4, 5].map((d) => [sheetDate(`2023-07-0${d}`), 10, 0]),
          [sheetDate('2023-07-06'), 900, 0],
          [sheetDate('2023-07-07'), -1, 0],
        ],
      }),
      '2023-07-10',
    );
    // Found in this order: A's negative, A's outlier (a warning), B's missing tab.
    expect(where(c.findings)).toEqual([
      ['negative', 'A', 'B8'],
      ['missing-tab', 'Đơn vị', 'A3'],
      ['outlier', 'A', 'B7'],
    ]);
  });
});

describe('the last deadline', () => {
  const c = readCampaign(
    sheets(
      [
        ['Đơn vị', 'Hạn riêng'],
        ['A', '25/07/2023'],
        ['B', '15/07/2023'],
        ['C', ''],
      ],
      {},
    ),
    '2023-07-05',
  );

  it("is a unit's later own deadline, else the campaign's", () => {
    expect(lastDeadline(c)).toBe('2023-07-25');
    expect(lastDeadline({ ...c, units: c.units.slice(1) })).toBe('2023-07-20');
  });

  it('is unknown without a campaign deadline', () => {
    expect(lastDeadline({ ...c, settings: { ...c.settings, deadline: null } })).toBeNull();
  });
});
