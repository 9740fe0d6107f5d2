// `Phụ lục thống kê` for a campaign of other indicators (officials, union members): each
// indicator's four columns under its name, one deadline column, a subtotal per group. The
// figures are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { appendixSheet } from '../../src/core/appendix-sheet';
import { readCampaign } from '../../src/core/campaign';
import { sheetDate } from '../../src/core/dates';
import { computeProgress } from '../../src/core/progress';
import type { Rows } from '../../src/core/values';
import { at, settingsRows } from '../fixtures/small-campaign';

// 01/07–10/07/2023, every day counts; as of 05/07 five days are left (06/07–10/07).
const units: [string, string, number, number, number, number][] = [
  // name, parent, quota Cán bộ, quota Đoàn viên, daily Cán bộ, daily Đoàn viên
  ['A', 'Huyện X', 20, 50, 2, 3],
  ['B', 'Huyện X', 30, 40, 1, 4],
  ['C', 'Huyện Y', 10, 12, 0, 2],
];
const days = ['2023-07-01', '2023-07-02', '2023-07-03', '2023-07-04', '2023-07-05'];
const tabs = new Map<string, Rows>(
  units.map(([name, , , , c, d]) => [
    name,
    [['Ngày', 'Cán bộ', 'Đoàn viên'], ...days.map((day) => [sheetDate(day), c, d])],
  ]),
);
const campaign = readCampaign(
  {
    settings: settingsRows('2023-07-01', '2023-07-10'),
    units: [
      ['Đơn vị', 'Cấp trên', 'Chỉ tiêu Cán bộ', 'Chỉ tiêu Đoàn viên'],
      ...units.map(([name, parent, q1, q2]) => [name, parent, q1, q2]),
    ],
    tab: (n) => tabs.get(n) ?? null,
  },
  '2023-07-06',
);

describe('Phụ lục thống kê of a campaign without Thu nhận and Kích hoạt', () => {
  const sheet = appendixSheet(computeProgress(campaign, '2023-07-05', at('2023-07-06', '08:00')));
  const end = { date: '2023-07-10' };

  it('puts each indicator over its four columns, then the deadline', () => {
    expect(sheet.rows[3]).toEqual([
      'STT',
      'Đơn vị',
      'Cán bộ',
      '',
      '',
      '',
      'Đoàn viên',
      '',
      '',
      '',
      'Thời gian hoàn thành',
    ]);
    const four = [
      'Tổng chỉ tiêu được giao',
      'Đã thực hiện',
      'Còn lại phải thực hiện',
      'Chỉ tiêu trung bình/ngày',
    ];
    expect(sheet.rows[4]).toEqual(['', '', ...four, ...four, '']);
    expect(sheet.layout!.merges).toEqual(
      expect.arrayContaining([
        { row: 4, col: 3, rows: 1, cols: 4 },
        { row: 4, col: 7, rows: 1, cols: 4 },
        { row: 4, col: 1, rows: 2, cols: 1 },
        { row: 4, col: 11, rows: 2, cols: 1 },
      ]),
    );
    expect(sheet.frozenRows).toBe(5);
  });

  it('gives each unit, each group and the whole its figures', () => {
    // A: 5 × 2 = 10 of 20, 10 left over 5 days = 2; 5 × 3 = 15 of 50, 35 left = 7 a day.
    // Huyện Y's Đoàn viên: 2 left over 5 days = 0.4, rounded up to 1; the total's 57 ÷ 5 → 12.
    expect(sheet.rows.slice(5)).toEqual([
      [1, 'A', 20, 10, 10, 2, 50, 15, 35, 7, end],
      [2, 'B', 30, 5, 25, 5, 40, 20, 20, 4, end],
      ['', 'Cộng Huyện X', 50, 15, 35, 7, 90, 35, 55, 11, end],
      [3, 'C', 10, 0, 10, 2, 12, 10, 2, 1, end],
      ['', 'Cộng Huyện Y', 10, 0, 10, 2, 12, 10, 2, 1, end],
      ['', 'Tổng số', 60, 15, 45, 9, 102, 45, 57, 12, end],
    ]);
  });
});
