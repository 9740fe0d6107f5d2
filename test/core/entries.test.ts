import { describe, expect, it } from 'vitest';
import type { TabContext } from '../../src/core/entries';
import { findLayout, readTab } from '../../src/core/entries';
import type { Series } from '../../src/core/entries';
import { fromDayNumber } from '../../src/core/dates';
import type { Rows } from '../../src/core/values';
import { sheetDate } from '../../src/core/dates';

const pairs = (s: Series) => Array.from(s.days, (day, i) => [fromDayNumber(day), s.daily[i]]);

const d = (date: string) => sheetDate(date);
const ctx = (over: Partial<TabContext> = {}): TabContext => ({
  tab: 'Khoa cơ khí',
  mode: 'daily',
  start: '2022-12-01',
  deadline: '2022-12-30',
  today: '2022-12-20',
  openings: {},
  openingsValid: true,
  limit: () => Infinity,
  ...over,
});

describe('the header row', () => {
  it('is the first of the first ten rows with Ngày and an indicator; titles above are free', () => {
    const rows: Rows = [
      ['Khoa cơ khí — chỉ tiêu 150'],
      ['Ngày nhập: trước 07:30'],
      [],
      ['ngay', 'Kich hoat', 'Thu nhận', 'Sinh viên mới', 'Ghi chú', 'Cập nhật lúc'],
    ];
    expect(findLayout(rows)).toEqual({
      headerRow: 4,
      dateCol: 0,
      indicatorCols: [
        { indicator: 'Kích hoạt', col: 1 },
        { indicator: 'Thu nhận', col: 2 },
        { indicator: 'Sinh viên mới', col: 3 },
      ],
      duplicates: [],
      noteCol: 4,
      stampCol: 5,
      width: 6,
    });
    expect(findLayout([['Ngày'], ['Ngày', 'Ghi chú']])).toBeNull();
  });
});

describe('entries', () => {
  const header: Rows = [['Ngày', 'Thu nhận', 'Kích hoạt']];

  it('keeps valid rows and drops bad cells, so the rest is still counted', () => {
    const { reading, findings } = readTab(
      [...header, [d('2022-12-01'), 10, 4], [d('2022-12-02'), 'x', 5], [d('2022-12-03'), 0, '']],
      ctx(),
    );
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['not-a-number', 'B3']]);
    expect(pairs(reading!.figures['Thu nhận'])).toEqual([
      ['2022-12-01', 10],
      ['2022-12-03', 0],
    ]);
    expect(pairs(reading!.figures['Kích hoạt'])).toEqual([
      ['2022-12-01', 4],
      ['2022-12-02', 5],
    ]);
    expect(Array.from(reading!.reported, fromDayNumber)).toEqual([
      '2022-12-01',
      '2022-12-02',
      '2022-12-03',
    ]);
  });

  it('finds duplicate dates in any order and keeps the figures in date order', () => {
    const stamp = (date: string, time: string) => sheetDate(date, time);
    const rows: Rows = [
      ['Ngày', 'Thu nhận', 'Kích hoạt', 'Cập nhật lúc'],
      [d('2022-12-03'), 30, 3, stamp('2022-12-04', '07:10')],
      [d('2022-12-01'), 10, 1, stamp('2022-12-02', '09:45')],
      [d('2022-12-02'), 20, 2, ''],
      [d('2022-12-01'), 11, 1, ''],
      [d('2022-12-03'), 31, 3, ''],
      [d('2022-12-04'), 40, 4, ''],
    ];
    const { reading, findings } = readTab(rows, ctx());
    expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        'date-duplicate',
        'A5',
        'Ngày 01/12/2022 đã có ở hàng 3: số liệu hàng này không được tính; hãy gộp vào một hàng và xóa hàng thừa.',
      ],
      [
        'date-duplicate',
        'A6',
        'Ngày 03/12/2022 đã có ở hàng 2: số liệu hàng này không được tính; hãy gộp vào một hàng và xóa hàng thừa.',
      ],
    ]);
    expect(pairs(reading!.figures['Thu nhận'])).toEqual([
      ['2022-12-01', 10],
      ['2022-12-02', 20],
      ['2022-12-03', 30],
      ['2022-12-04', 40],
    ]);
    expect(Array.from(reading!.figures['Thu nhận'].rows)).toEqual([3, 4, 2, 7]);
    expect(Array.from(reading!.reported, fromDayNumber)).toEqual([
      '2022-12-01',
      '2022-12-02',
      '2022-12-03',
      '2022-12-04',
    ]);
    // Entry times travel with their dates: 02/12 09:45 and 04/12 07:10, as minutes since 1970.
    const minutes = (date: string, h: number, m: number) =>
      Date.parse(`${date}T00:00:00Z`) / 60_000 + h * 60 + m;
    expect(Array.from(reading!.enteredAt)).toEqual([
      minutes('2022-12-02', 9, 45),
      NaN,
      minutes('2022-12-04', 7, 10),
      NaN,
    ]);
  });

  it('in running-total mode turns totals into daily counts and flags each total that goes down', () => {
    const rows: Rows = [
      ...header,
      [d('2022-12-01'), 110, 50],
      [d('2022-12-02'), 130, 60],
      [d('2022-12-03'), 125, 70],
      [d('2022-12-04'), 120, 80],
      [d('2022-12-05'), 140, 90],
    ];
    const { reading, findings } = readTab(
      rows,
      ctx({ mode: 'cumulative', openings: { 'Thu nhận': 100, 'Kích hoạt': 40 } }),
    );
    expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        'cumulative-decrease',
        'B4',
        'Số lũy kế 125 nhỏ hơn số của ngày 02/12/2022 (130): số lũy kế không thể giảm. Số này không được tính; hãy kiểm tra lại.',
      ],
      [
        'cumulative-decrease',
        'B5',
        'Số lũy kế 120 nhỏ hơn số của ngày 02/12/2022 (130): số lũy kế không thể giảm. Số này không được tính; hãy kiểm tra lại.',
      ],
    ]);
    expect(Array.from(reading!.figures['Thu nhận'].daily)).toEqual([10, 20, 10]);
    expect(Array.from(reading!.figures['Kích hoạt'].daily)).toEqual([10, 10, 10, 10, 10]);
  });

  it('points at the first row where activated passes collected, opening balances included', () => {
    const rows: Rows = [
      ...header,
      [d('2022-12-01'), 5, 8],
      [d('2022-12-02'), 5, 5],
      [d('2022-12-03'), 5, 9],
    ];
    const { findings } = readTab(rows, ctx({ openings: { 'Thu nhận': 10, 'Kích hoạt': 5 } }));
    // Totals: collected 15, 20, 25; activated 13, 18, 27: first above on 03/12 (C4).
    expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        'activated-exceeds-collected',
        'C4',
        'Đến ngày 03/12/2022, lũy kế kích hoạt (27) vượt lũy kế thu nhận (25): hãy kiểm tra số kích hoạt hoặc số thu nhận.',
      ],
    ]);
  });

  it('needs a history of five days before calling a figure unusual', () => {
    const days = (values: number[]): Rows => [
      ...header,
      ...values.map((v, i) => [d(`2022-12-${String(i + 1).padStart(2, '0')}`), v, 0]),
    ];
    expect(readTab(days([10, 12, 900]), ctx()).findings).toEqual([]);
    const flagged = readTab(days([10, 12, 9, 11, 10, 110, 30]), ctx()).findings;
    expect(flagged.map((f) => [f.code, f.cell])).toEqual([['outlier', 'B7']]);
  });

  it('never skips a warning the rule gives (random series against the rule written plainly)', () => {
    // The rule from the brief, with a full sort: usual = median of the positive days (five or
    // more); warn above 6x usual and 20 over it, or at a running total of the days before.
    const expected = (values: number[]): number[] => {
      const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
      if (positive.length < 5) return [];
      const m = positive.length >> 1;
      const usual = positive.length % 2 ? positive[m] : (positive[m - 1] + positive[m]) / 2;
      const rows: number[] = [];
      let before = 0;
      values.forEach((v, i) => {
        const total = before >= 5 * usual && v >= before && v <= before + 3 * usual;
        if (total || (v > 6 * usual && v - usual >= 20)) rows.push(i + 2);
        before += v;
      });
      return rows;
    };
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let flagged = 0;
    for (let n = 0; n < 400; n++) {
      const usual = 1 + Math.floor(rand() * 150);
      const values = Array.from({ length: 5 + Math.floor(rand() * 40) }, () =>
        rand() < 0.1 ? 0 : Math.round(usual * (0.2 + rand() * 1.6)),
      );
      // Now and then a figure with an extra digit, a running total, or a skewed history.
      const at = Math.floor(rand() * values.length);
      const kind = rand();
      if (kind < 0.2) values[at] *= 10;
      else if (kind < 0.4) values[at] = values.slice(0, at).reduce((a, b) => a + b, 0);
      else if (kind < 0.5)
        for (let i = 0; i < values.length; i += 2) values[i] = Math.round(values[i] / 8);
      const rows: Rows = [
        ...header,
        ...values.map((v, i) => [d(`2022-11-${String(i + 1).padStart(2, '0')}`), v, 0]),
      ];
      const got = readTab(rows.slice(0, 31), ctx({ start: '2022-11-01', today: '2022-12-30' }))
        .findings.filter((f) => f.code === 'outlier')
        .map((f) => Number(f.cell!.slice(1)));
      const want = expected(values.slice(0, 30));
      expect(got).toEqual(want);
      flagged += want.length;
    }
    expect(flagged).toBeGreaterThan(50);
  });

  it('flags a 12-digit ID typed as a figure, and leaves the usual days alone', () => {
    const days = (values: number[]): Rows => [
      ...header,
      ...values.map((v, i) => [d(`2022-12-${String(i + 1).padStart(2, '0')}`), v, 0]),
    ];
    // Usual day: the median of 10, 12, 9, 11, 10, 1234567890123, 12, 11 (sorted: …, 11, 11, …) = 11.
    const { findings } = readTab(days([10, 12, 9, 11, 10, 1234567890123, 12, 11]), ctx());
    expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        'outlier',
        'B7',
        '1234567890123 lớn bất thường so với mức thường ngày của đơn vị (khoảng 11/ngày): hãy kiểm tra có gõ thừa chữ số không.',
      ],
    ]);
  });
});
