// The table of a monthly report and its block in `Báo cáo tháng`, on a small campaign worked out
// by hand. Every day counts, 01/07–31/08/2023, report on the 10th (the default):
//   Tỉnh T > Huyện X: A (quota 100) collects 5 and activates 2 a day, B (quota 50) 3 and 1;
//   Tỉnh T: C (quota 200, opening 20 collected and 10 activated) 10 and 5 a day;
//   all three report 01/07 to 12/07 only.
// The report of 10/08 covers 10/07–09/08: its period holds 10, 11 and 12/07 (3 days); at 09/08,
// 22 counting days are left (10/08–31/08).
import { describe, expect, it } from 'vitest';
import { reportTable } from '../../src/core/monthly-report';
import { computeProgress } from '../../src/core/progress';
import type { ReportPeriod } from '../../src/core/report-period';
import { hasReport, reportBlock, reportSheet, writtenReports } from '../../src/core/report-sheet';
import type { Rows } from '../../src/core/values';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

const days = Array.from({ length: 12 }, (_, i) => july(i + 1));
const campaign = smallCampaign(
  settingsRows(july(1), '2023-08-31'),
  [
    {
      name: 'A',
      parent: 'Tỉnh T > Huyện X',
      quota: 100,
      rows: days.map((d) => [d, 5, 2]),
    },
    { name: 'B', parent: 'Tỉnh T > Huyện X', quota: 50, rows: days.map((d) => [d, 3, 1]) },
    {
      name: 'C',
      parent: 'Tỉnh T',
      quota: 200,
      openC: 20,
      openA: 10,
      rows: days.map((d) => [d, 10, 5]),
    },
  ],
  '2023-08-10',
);
const now = at('2023-08-10', '08:00');
const august: ReportPeriod = {
  kind: 'monthly',
  from: '2023-07-10',
  to: '2023-08-09',
  month: 8,
  year: 2023,
};
const july10: ReportPeriod = { kind: 'monthly', from: july(1), to: july(9), month: 7, year: 2023 };
const table = reportTable(
  august,
  computeProgress(campaign, '2023-08-09', now),
  computeProgress(campaign, july(9), now),
);
const WHEN = '10/08/2023 08:00';
const behind = 'Chậm tiến độ';

describe('the table of a monthly report', () => {
  it('has, per indicator, the period, the cumulative and with a target its share, remaining and need', () => {
    expect(table.columns.map((c) => [c.indicator, c.header])).toEqual([
      ['Thu nhận', 'Trong kỳ'],
      ['Thu nhận', 'Lũy kế'],
      ['Thu nhận', 'Tỷ lệ'],
      ['Thu nhận', 'Còn lại'],
      ['Thu nhận', 'Cần đạt/ngày'],
      ['Kích hoạt', 'Trong kỳ'],
      ['Kích hoạt', 'Lũy kế'],
      [null, 'Chưa kích hoạt'],
      [null, 'Trạng thái'],
    ]);
  });

  it('gives each unit, each level and the total its figures', () => {
    expect(table.rows.map((r) => [r.stt, r.name, r.depth, ...r.cells])).toEqual([
      // period 3 × 5; cumulative 12 × 5; 60/100; 40 left, ⌈40/22⌉; 3 × 2, 12 × 2; 60 − 24.
      [1, 'A', 1, 15, 60, 0.6, 40, 2, 6, 24, 36, behind],
      [2, 'B', 1, 9, 36, 0.72, 14, 1, 3, 12, 24, behind],
      // Both share the deadline: need from the sums, ⌈54/22⌉.
      [null, 'Cộng Huyện X', 0, 24, 96, 0.64, 54, 3, 9, 36, 60, behind],
      // Opening balances in the cumulative, never in the period.
      [3, 'C', 0, 30, 140, 0.7, 60, 3, 15, 70, 70, behind],
      [null, 'Cộng Tỉnh T', 0, 54, 236, 236 / 350, 114, 6, 24, 106, 130, behind],
      [null, 'Tổng số', 0, 54, 236, 236 / 350, 114, 6, 24, 106, 130, behind],
    ]);
  });

  it('counts the whole period from the start when it is the first (opening balances left out)', () => {
    const first = reportTable(
      july10,
      computeProgress(campaign, july(9), now),
      computeProgress(campaign, null, now),
    );
    const c = first.rows.find((r) => r.name === 'C')!;
    // 9 days × 10 and × 5; the cumulative adds the opening 20 and 10.
    expect([c.cells[0], c.cells[1], c.cells[5], c.cells[6]]).toEqual([90, 110, 45, 55]);
  });
});

describe('the block in Báo cáo tháng', () => {
  const block = reportBlock(table, WHEN);

  it('opens with the title and period, where the campaign stands, and the two header rows', () => {
    expect(block[0]).toEqual(['Báo cáo tháng 8/2023 (từ 10/07/2023 đến 09/08/2023)']);
    expect(block[1]).toEqual([
      'Thử. Số liệu đến hết ngày 09/08/2023; còn 22 ngày tính đến hạn 31/08/2023. Lập lúc 10/08/2023 08:00.',
    ]);
    expect(block[2]).toEqual([
      'STT',
      'Đơn vị',
      'Thu nhận',
      '',
      '',
      '',
      '',
      'Kích hoạt',
      '',
      'Chưa kích hoạt',
      'Trạng thái',
    ]);
    expect(block[3].slice(0, 9)).toEqual([
      '',
      '',
      'Trong kỳ',
      'Lũy kế',
      'Tỷ lệ',
      'Còn lại',
      'Cần đạt/ngày',
      'Trong kỳ',
      'Lũy kế',
    ]);
    expect(block[4].slice(0, 3)).toEqual([1, '    A', 15]);
    expect(block[block.length - 1]).toEqual([]);
  });

  it('goes on top of the older blocks, which stay as they were, with formats for each block', () => {
    const older = reportTable(
      july10,
      computeProgress(campaign, july(9), now),
      computeProgress(campaign, null, now),
    );
    const before = reportSheet(null, [older], '10/07/2023 08:00');
    // What a port reads back: the same values, a person's note below them.
    const existing: Rows = [
      ...before.rows.map((r) => r.map((v) => (v === null || typeof v === 'object' ? '' : v))),
      ['', 'Ghi chú: đã trình lãnh đạo'],
    ];
    const sheet = reportSheet(existing, [table], WHEN);
    expect(sheet.name).toBe('Báo cáo tháng');
    const n = block.length;
    expect(sheet.rows.slice(n)).toEqual(existing.map((r) => r.map((v) => (v === '' ? null : v))));
    expect(writtenReports(sheet.rows as Rows).map((w) => [w.kind, w.from, w.to, w.row])).toEqual([
      ['monthly', '2023-07-10', '2023-08-09', 1],
      ['monthly', july(1), july(9), n + 1],
    ]);
    expect(hasReport(writtenReports(sheet.rows as Rows), august)).toBe(true);
    expect(hasReport(writtenReports(existing), august)).toBe(false);
    // Title, header rows, subtotals and total in bold, in both blocks (rows 1-based).
    for (const top of [1, n + 1])
      expect(sheet.boldRows).toEqual(
        expect.arrayContaining([top, top + 2, top + 3, top + 6, top + 8, top + 9]),
      );
    expect(sheet.boldRows).not.toContain(5); // unit A
    // Shares as percents and counts with separators, block by block, the newest last.
    expect(sheet.formats.slice(-8).map((f) => [f.col, f.fromRow, f.toRow, f.format])).toEqual([
      [3, 5, 10, '#,##0'],
      [4, 5, 10, '#,##0'],
      [5, 5, 10, '0.0%'],
      [6, 5, 10, '#,##0'],
      [7, 5, 10, '#,##0'],
      [8, 5, 10, '#,##0'],
      [9, 5, 10, '#,##0'],
      [10, 5, 10, '#,##0'],
    ]);
    expect(sheet.formats).toContainEqual({ col: 5, fromRow: n + 5, toRow: n + 10, format: '0.0%' });
    // Print-ready, block by block: the table bordered, header rows wrapped, headers merged.
    const layout = sheet.layout!;
    expect(layout.borders).toEqual([
      { row: 3, col: 1, rows: 8, cols: 11 },
      { row: n + 3, col: 1, rows: 8, cols: 11 },
    ]);
    expect(layout.wrapRows).toEqual([3, 4, n + 3, n + 4]);
    expect(layout.merges.filter((m) => m.row === 3)).toEqual([
      { row: 3, col: 1, rows: 2, cols: 1 },
      { row: 3, col: 2, rows: 2, cols: 1 },
      { row: 3, col: 3, rows: 1, cols: 5 },
      { row: 3, col: 8, rows: 1, cols: 2 },
      { row: 3, col: 10, rows: 2, cols: 1 },
      { row: 3, col: 11, rows: 2, cols: 1 },
    ]);
    expect(layout.widths).toHaveLength(11);
    expect(sheet.colours.map((c) => [c.col, c.fromRow, c.toRow])).toEqual([
      [11, n + 5, n + 10],
      [11, 5, 10],
    ]);
  });
});

describe('the final report', () => {
  it('is titled as the end of the campaign', () => {
    const final: ReportPeriod = { ...august, kind: 'final', from: july(1), to: '2023-08-31' };
    expect(reportBlock({ ...table, period: final }, WHEN)[0]).toEqual([
      'Báo cáo kết thúc chiến dịch (từ 01/07/2023 đến 31/08/2023)',
    ]);
  });
});
