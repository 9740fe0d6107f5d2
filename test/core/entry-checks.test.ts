import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/core/dates';
import { activatedCheck, outliers, runningTotalsToDaily } from '../../src/core/entry-checks';
import type { Series } from '../../src/core/series';
import { findLayout } from '../../src/core/tab-layout';

const TAB = 'Cần Thạnh';
const dec = (n: number) => `2022-12-${String(n).padStart(2, '0')}`;

/** Figures of column B on consecutive December days from the 1st, on rows 2, 3, … */
function series(values: number[], { col = 1, days = values.map((_, i) => i + 1) } = {}): Series {
  return {
    days: Int32Array.from(days, (d) => dayNumber(dec(d))),
    daily: Float64Array.from(values),
    rows: Int32Array.from(days, (_, i) => i + 2),
    col,
  };
}

const dailyOf = (s: Series) => Array.from(s.daily);
const daysOf = (s: Series) => Array.from(s.days);
const where = (findings: { code: string; cell?: string }[]) =>
  findings.map((f) => [f.code, f.cell]);

describe('running totals turned into daily counts', () => {
  it('takes each day as the increase over the day before, the opening balance first', () => {
    const { series: s, findings } = runningTotalsToDaily(TAB, series([10, 25, 25, 40]), 5);
    // 10 − 5, 25 − 10, 25 − 25, 40 − 25.
    expect(dailyOf(s)).toEqual([5, 15, 0, 15]);
    expect(Array.from(s.rows)).toEqual([2, 3, 4, 5]);
    expect(findings).toEqual([]);
  });

  it('reports each total that goes down at its own cell and leaves it out', () => {
    const { series: s, findings } = runningTotalsToDaily(
      TAB,
      series([110, 130, 125, 120, 140, 150]),
      100,
    );
    // 125 and 120 (rows 4 and 5) are below 130 and left out; 140 counts from 130.
    expect(where(findings)).toEqual([
      ['cumulative-decrease', 'B4'],
      ['cumulative-decrease', 'B5'],
    ]);
    expect(findings[0].message).toBe(
      'Số lũy kế 125 nhỏ hơn số của ngày 02/12/2022 (130): số lũy kế không thể giảm. Số này không được tính; hãy kiểm tra lại.',
    );
    expect(findings[0].severity).toBe('error');
    expect(dailyOf(s)).toEqual([10, 20, 10, 10]);
    expect(daysOf(s)).toEqual([1, 2, 5, 6].map((d) => dayNumber(dec(d))));
    expect(Array.from(s.rows)).toEqual([2, 3, 6, 7]);
  });

  it('leaves out a total with an extra digit, not the correct totals after it', () => {
    // 1300 was meant as 130: it stands above 140 and 150 that follow.
    const { series: s, findings } = runningTotalsToDaily(TAB, series([110, 1300, 140, 150]), 100);
    expect(where(findings)).toEqual([['cumulative-decrease', 'B3']]);
    expect(findings[0].message).toContain('1300 lớn hơn số của ngày 03/12/2022 sau đó (140)');
    expect(dailyOf(s)).toEqual([10, 30, 10]);
  });

  it('compares the first total with the opening balance', () => {
    const { series: s, findings } = runningTotalsToDaily(TAB, series([40, 60]), 50);
    expect(where(findings)).toEqual([['cumulative-decrease', 'B2']]);
    expect(findings[0].message).toContain('đầu kỳ (50)');
    expect(dailyOf(s)).toEqual([10]);
  });
});

describe('unusual daily figures', () => {
  it('needs five days with a positive figure before anything is unusual', () => {
    expect(outliers(TAB, series([10, 12, 0, 900, 0, 11]), 0, 'daily')).toEqual([]);
  });

  it('flags a figure over 6 times the usual day and at least 20 above it (an extra digit)', () => {
    // Positive days sorted: 9, 10, 10, 10, 11, 12, 110: usual (median) 10; 110 > 60 and 100 ≥ 20.
    const found = outliers(TAB, series([10, 12, 9, 11, 10, 10, 110]), 0, 'daily');
    expect(where(found)).toEqual([['outlier', 'B8']]);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toContain('khoảng 10/ngày');
  });

  it('does not flag a busy day of 3 times the usual', () => {
    expect(outliers(TAB, series([10, 12, 9, 11, 10, 10, 30]), 0, 'daily')).toEqual([]);
  });

  it('does not flag a small unit over 6 times its usual day but less than 20 above it', () => {
    // Usual 2: 15 > 12 but only 13 above.
    expect(outliers(TAB, series([15, 2, 2, 2, 2, 2, 2]), 0, 'daily')).toEqual([]);
  });

  it('flags a running total typed into the daily column', () => {
    // Usual 10; the five days before add up to 50 (≥ 5 usual days), and 50 is within 50…80.
    const found = outliers(TAB, series([10, 10, 10, 10, 10, 50]), 0, 'daily');
    expect(where(found)).toEqual([['outlier', 'B7']]);
    expect(found[0].message).toContain('số lũy kế');
  });

  it('recognises a running total that includes the opening balance', () => {
    // 50 before + 200 opening = 250; 255 is within 250…280.
    const found = outliers(TAB, series([10, 10, 10, 10, 10, 255]), 200, 'daily');
    expect(where(found)).toEqual([['outlier', 'B7']]);
    expect(found[0].message).toContain('số lũy kế');
  });

  it('in running-total mode applies only the extra-digit rule', () => {
    // 50 is 5 usual days, not over 6: nothing. 255 is over 60: an extra digit, not a total.
    expect(outliers(TAB, series([10, 10, 10, 10, 10, 50]), 0, 'cumulative')).toEqual([]);
    const found = outliers(TAB, series([10, 10, 10, 10, 10, 255]), 200, 'cumulative');
    expect(where(found)).toEqual([['outlier', 'B7']]);
    expect(found[0].message).toContain('khoảng 10/ngày');
  });
});

describe('activated never above collected', () => {
  const layout = findLayout([['Ngày', 'Thu nhận', 'Kích hoạt']])!;
  const figures = (c: Series, a: Series) => ({ 'Thu nhận': c, 'Kích hoạt': a });

  it('points at the first day where cumulative activated passes cumulative collected', () => {
    const found = activatedCheck(
      TAB,
      layout,
      figures(series([5, 5, 5]), series([8, 5, 9], { col: 2 })),
      { 'Thu nhận': 10, 'Kích hoạt': 5 },
    );
    // Collected 15, 20, 25; activated 13, 18, 27: above on 03/12, row 4 of column C.
    expect(where(found)).toEqual([['activated-exceeds-collected', 'C4']]);
    expect(found[0].message).toBe(
      'Đến ngày 03/12/2022, lũy kế kích hoạt (27) vượt lũy kế thu nhận (25): hãy kiểm tra số kích hoạt hoặc số thu nhận.',
    );
  });

  it('counts collections up to the same day when the two are reported on different days', () => {
    // Collected 10 on 01/12 and 10 on 03/12; activated 5 on 01/12 and 6 on 02/12: 11 > 10 on 02/12.
    const c = series([10, 10], { days: [1, 3] });
    const a = series([5, 6], { col: 2, days: [1, 2] });
    expect(where(activatedCheck(TAB, layout, figures(c, a), {}))).toEqual([
      ['activated-exceeds-collected', 'C3'],
    ]);
  });

  it('includes the opening balances', () => {
    const c = series([25]);
    const a = series([6], { col: 2 });
    // 0 + 25 collected, 20 + 6 = 26 activated.
    expect(where(activatedCheck(TAB, layout, figures(c, a), { 'Kích hoạt': 20 }))).toEqual([
      ['activated-exceeds-collected', 'C2'],
    ]);
    // With 1 collected before the start, 26 against 26 is fine.
    expect(activatedCheck(TAB, layout, figures(c, a), { 'Thu nhận': 1, 'Kích hoạt': 20 })).toEqual(
      [],
    );
  });

  it('has nothing to check without both columns', () => {
    const collectedOnly = findLayout([['Ngày', 'Thu nhận', 'Sinh viên mới']])!;
    expect(
      activatedCheck(
        TAB,
        collectedOnly,
        { 'Thu nhận': series([1]), 'Sinh viên mới': series([9], { col: 2 }) },
        {},
      ),
    ).toEqual([]);
  });
});
