import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/core/progress';
import { summarySheet } from '../../src/core/summary-sheet';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

// Every day counts, 01–20/07/2023; summary at data date 05/07, on 06/07 at 08:00: 15 days left.
// A (quota 100): 10 collected and 4 activated a day, 01–05/07.
// B (quota 50): 10 collected and 5 activated a day, 01–04/07; nothing for 05/07.
const campaign = smallCampaign(
  settingsRows(july(1), july(20)),
  [
    {
      name: 'A',
      parent: 'Huyện X',
      quota: 100,
      rows: [1, 2, 3, 4, 5].map((d) => [july(d), 10, 4]),
    },
    { name: 'B', parent: 'Huyện X', quota: 50, rows: [1, 2, 3, 4].map((d) => [july(d), 10, 5]) },
  ],
  july(6),
);
const p = computeProgress(campaign, july(5), at(july(6), '08:00'));
const WHEN = '06/07/2023 08:00';
const gid = (tab: string) => (tab === 'A' ? 101 : null);
const sheet = summarySheet(p, gid, WHEN);

describe('Tổng hợp', () => {
  it('opens with the campaign, the data date with the days left, and when it was made', () => {
    expect(sheet.name).toBe('Tổng hợp');
    expect(sheet.rows[0]).toEqual(['Thử']);
    expect(sheet.rows[1]).toEqual([
      'Số liệu tính đến hết ngày 05/07/2023 — còn 15 ngày đến hạn 20/07/2023',
    ]);
    expect(String(sheet.rows[2][0])).toContain(WHEN);
    expect(String(sheet.rows[2][0])).toContain('làm tròn lên');
  });

  it('on the deadline says it is reached, not "còn 0 ngày", and names the rounding in force', () => {
    const nearest = smallCampaign(
      settingsRows(july(1), july(5), [['Làm tròn số cần đạt', 'Gần nhất']]),
      [{ name: 'A', quota: 100, rows: [1, 2, 3, 4, 5].map((d) => [july(d), 10, 4]) }],
      july(6),
    );
    const last = summarySheet(computeProgress(nearest, july(5), at(july(6), '08:00')), gid, WHEN);
    expect(last.rows[1]).toEqual(['Số liệu tính đến hết ngày 05/07/2023 — đã đến hạn 05/07/2023']);
    expect(String(last.rows[2][0])).toContain('làm tròn đến số gần nhất');
    expect(String(last.rows[2][0])).not.toContain('làm tròn lên');
  });

  it('has two header rows: each indicator over its columns, then the columns', () => {
    expect(sheet.rows[3]).toEqual([
      'STT',
      'Đơn vị',
      'Thu nhận',
      ...Array(8).fill(''),
      'Kích hoạt',
      '',
      '',
      'Chưa kích hoạt',
      'Cần kích hoạt/ngày',
      'Trạng thái',
      'Báo cáo ngày 05/07/2023',
    ]);
    expect(sheet.rows[4]).toEqual([
      '',
      '',
      'Chỉ tiêu',
      'Lũy kế',
      'Tỷ lệ',
      'Tiến độ',
      'Còn lại',
      'Cần đạt/ngày',
      'TB 7 ngày',
      'TB từ đầu',
      'Dự kiến xong',
      'Lũy kế',
      'TB 7 ngày',
      'TB từ đầu',
      '',
      '',
      '',
      '',
    ]);
  });

  it('has one row per unit, numbered, its name a link to its tab', () => {
    // A: 50 of 100; 50 left over 15 days = 3.3 → 4; pace 50 ÷ 5 days = 10; ⌈50 ÷ 10⌉ = 5 days
    // after 05/07 → 10/07. Activated 20, 4 a day; pending 50 − 20 = 30.
    expect(sheet.rows[5]).toEqual([
      1,
      { formula: 'HYPERLINK("#gid=101","A")' },
      100,
      50,
      0.5,
      '█████░░░░░', // 50 %: five tenths of ten
      50,
      4,
      10,
      10,
      { date: '2023-07-10' },
      20,
      4,
      4,
      30,
      2, // ⌈30 ÷ 15⌉
      'Đúng tiến độ',
      'Đã báo cáo',
    ]);
    // B (no tab id: plain text): 40 of 50; 10 left → ⌈10 ÷ 15⌉ = 1; pace 40 ÷ 5 = 8;
    // ⌈10 ÷ 8⌉ = 2 days → 07/07. Activated 20; pending 20. 05/07 missing.
    expect(sheet.rows[6]).toEqual([
      2,
      'B',
      50,
      40,
      0.8,
      '████████░░', // 80 %
      10,
      1,
      8,
      8,
      { date: '2023-07-07' },
      20,
      4,
      4,
      20,
      2, // ⌈20 ÷ 15⌉
      'Đúng tiến độ',
      'Chưa báo cáo từ 05/07', // the day it missed
    ]);
  });

  it('follows the units of a group with its subtotal, then the total', () => {
    // 90 of 150 = 60%; remaining 50 + 10 = 60 → ⌈60 ÷ 15⌉ = 4; pace 18; ⌈60 ÷ 18⌉ = 4 → 09/07.
    const sums = (label: string) => [
      '',
      label,
      150,
      90,
      0.6,
      '██████░░░░', // 60 %
      60,
      4,
      18,
      18,
      { date: '2023-07-09' },
      40, // activated 20 + 20
      8,
      8,
      50, // pending 30 + 20
      4, // ⌈50 ÷ 15⌉
      'Đúng tiến độ',
      '',
    ];
    expect(sheet.rows[7]).toEqual(sums('Cộng Huyện X'));
    expect(sheet.rows[8]).toEqual(sums('Tổng số'));
    expect(sheet.rows).toHaveLength(9);
  });

  it('merges each indicator over its columns and the other headers over both header rows', () => {
    const layout = sheet.layout!;
    const over2 = (col: number) => ({ row: 4, col, rows: 2, cols: 1 });
    expect(layout.merges).toEqual([
      over2(1), // STT
      over2(2), // Đơn vị
      { row: 4, col: 3, rows: 1, cols: 9 }, // Thu nhận: Chỉ tiêu … Dự kiến xong
      { row: 4, col: 12, rows: 1, cols: 3 }, // Kích hoạt: Lũy kế, TB 7 ngày, TB từ đầu
      over2(15), // Chưa kích hoạt
      over2(16), // Cần kích hoạt/ngày
      over2(17), // Trạng thái
      over2(18), // Báo cáo ngày
    ]);
    // The table from the first header row to the total, every column, bordered.
    expect(layout.borders).toEqual([{ row: 4, col: 1, rows: 6, cols: 18 }]);
    expect(layout.wrapRows).toEqual([4, 5]);
  });

  it('gives columns widths from their content, not from the title rows', () => {
    const { widths } = sheet.layout!;
    expect(widths).toHaveLength(18);
    // dd/MM/yyyy needs some 80 px at 10 pt; the bar's ten blocks, 8 px each, some 90.
    expect(widths[10]).toBeGreaterThanOrEqual(80);
    expect(widths[5]).toBeGreaterThanOrEqual(90);
    // "Báo cáo ngày 05/07/2023" wraps onto two lines; "Chưa báo cáo (1 ngày)" does not wrap.
    expect(widths[17]).toBeGreaterThanOrEqual(130);
    // A campaign name of 200 letters in row 1 overflows to the right: column A stays narrow.
    const long = summarySheet({ ...p, campaign: 'x'.repeat(200) }, gid, WHEN).layout!;
    expect(long.widths).toEqual(widths);
    expect(widths[0]).toBeLessThanOrEqual(60);
  });

  it('puts the title, the headers, subtotals and the total in bold, and freezes the header', () => {
    expect(sheet.boldRows).toEqual([1, 4, 5, 8, 9]);
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.frozenColumns).toBe(2);
  });

  it('formats counts, percentages, pace and dates per column', () => {
    const byCol = Object.fromEntries(sheet.formats.map((f) => [f.col, f.format]));
    expect(byCol).toEqual({
      3: '#,##0', // Chỉ tiêu
      4: '#,##0', // Lũy kế
      5: '0.0%', // Tỷ lệ
      7: '#,##0', // Còn lại
      8: '#,##0', // Cần đạt/ngày
      9: '#,##0.0', // TB 7 ngày
      10: '#,##0.0', // TB từ đầu
      11: 'dd/MM/yyyy', // Dự kiến xong
      12: '#,##0', // Lũy kế Kích hoạt
      13: '#,##0.0',
      14: '#,##0.0',
      15: '#,##0', // Chưa kích hoạt
      16: '#,##0', // Cần kích hoạt/ngày
    });
    for (const f of sheet.formats) expect([f.fromRow, f.toRow]).toEqual([6, 9]);
  });

  it('colours statuses (green, yellow, red) and reporting (red missing, orange late)', () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      const h =
        max === r
          ? (60 * (g - b)) / (max - min)
          : max === g
            ? 60 * ((b - r) / (max - min)) + 120
            : 240;
      const deg = (h + 360) % 360;
      return deg < 20 || deg >= 340 ? 'red' : deg < 40 ? 'orange' : deg < 70 ? 'yellow' : 'green';
    };
    const [status, reporting] = sheet.colours;
    expect([status.col, status.fromRow, status.toRow]).toEqual([17, 6, 9]);
    expect(status.rules.map((r) => [r.text, hue(r.background!)])).toEqual([
      ['Hoàn thành', 'green'],
      ['Đúng tiến độ', 'green'],
      ['Chậm tiến độ', 'yellow'],
      ['Quá hạn', 'red'],
    ]);
    expect([reporting.col, reporting.fromRow, reporting.toRow]).toEqual([18, 6, 9]);
    expect(reporting.rules.map((r) => [r.text, !!r.contains, hue(r.fontColor!)])).toEqual([
      ['Chưa báo cáo', true, 'red'],
      ['Báo cáo trễ', false, 'orange'],
    ]);
  });

  it('lists units without a parent together, without a subtotal, after the groups before them', () => {
    const mixed = smallCampaign(
      settingsRows(july(1), july(20)),
      [
        { name: 'P1', parent: 'X', quota: 10 },
        { name: 'Q', quota: 10 },
        { name: 'P2', parent: 'x', quota: 10 },
        { name: 'R', quota: 10 },
      ],
      july(6),
    );
    const s = summarySheet(computeProgress(mixed, july(5), at(july(6), '08:00')), () => null, WHEN);
    expect(s.rows.slice(5).map((r) => [r[0], r[1]])).toEqual([
      [1, 'P1'],
      [2, 'P2'],
      ['', 'Cộng X'],
      [3, 'Q'],
      [4, 'R'],
      ['', 'Tổng số'],
    ]);
    expect(s.boldRows).toEqual([1, 4, 5, 8, 11]);
  });

  it('before any day is due, says so, and leaves out the backlog without Kích hoạt', () => {
    const one = smallCampaign(
      settingsRows(july(1), july(20)),
      [{ name: 'A', quota: 100 }],
      july(1),
      {
        activated: false,
      },
    );
    const s = summarySheet(computeProgress(one, null, at(july(1), '08:00')), () => null, WHEN);
    expect(s.rows[1]).toEqual(['Chưa có ngày nào đến hạn báo cáo — hạn hoàn thành 20/07/2023']);
    expect(s.rows[3]).not.toContain('Chưa kích hoạt');
    expect(s.rows[3][s.rows[3].length - 1]).toBe('Báo cáo ngày —');
  });
});
