import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import { readCampaign } from '../../src/core/campaign';
import { historyChart, historySheet } from '../../src/core/history-sheet';
import { computeProgress } from '../../src/core/progress';
import type { Rows } from '../../src/core/values';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

// The Cần Giờ campaign's span (26/06–05/11/2023, every day: 133 counting days) with two units
// whose openings add up to the sample's 7,813 and quotas to the appendix's 66,392.
const campaign = smallCampaign(
  settingsRows('2023-06-26', '2023-11-05'),
  [
    { name: 'A', parent: 'Cần Giờ', quota: 40000, openC: 5000, openA: 1000 },
    { name: 'B', parent: 'Cần Giờ', quota: 26392, openC: 2813, openA: 800 },
  ],
  july(14),
);
const p = computeProgress(campaign, july(13), at(july(14), '08:00'));
const WHEN = '14/07/2023 08:00';
const HEADER = [
  'Ngày số liệu',
  'Lũy kế Thu nhận',
  'Kế hoạch Thu nhận',
  'Lũy kế Kích hoạt',
  'Cập nhật lúc',
];

describe('Lịch sử', () => {
  it('adds the row of the data date: totals, and the plan line worked from the openings', () => {
    const sheet = historySheet(null, p, campaign, WHEN);
    expect(sheet.name).toBe('Lịch sử');
    // 7813 + (66392 − 7813) × 18 days (26/06–13/07) ÷ 133 = 7813 + 7927.98 = 15740.98 → 15741.
    expect(sheet.rows).toEqual([HEADER, [{ date: '2023-07-13' }, 7813, 15741, 1800, WHEN]]);
    expect(sheet.boldRows).toEqual([1]);
    expect(sheet.frozenRows).toBe(1);
  });

  it('prints its rows bordered (not the empty rows kept for the chart), the header wrapped', () => {
    const sheet = historySheet(null, p, campaign, WHEN);
    expect(sheet.layout!.borders).toEqual([{ row: 1, col: 1, rows: 2, cols: 5 }]);
    expect(sheet.layout!.wrapRows).toEqual([1]);
    expect(sheet.layout!.merges).toEqual([]);
    // The date column fits dd/MM/yyyy (LibreOffice shows ### in a narrower one).
    expect(sheet.layout!.widths[0]).toBeGreaterThanOrEqual(80);
    expect(sheet.layout!.widths).toHaveLength(5);
  });

  it('draws the plan from the openings on the first day to the quota at the deadline', () => {
    const plan = (asOf: string) =>
      historySheet(null, computeProgress(campaign, asOf, at(july(14), '08:00')), campaign, WHEN)
        .rows[1][2];
    // 7813 + 58579 × 1 ÷ 133 = 8253.4 → 8253.
    expect(plan('2023-06-26')).toBe(8253);
    expect(plan('2023-11-05')).toBe(66392);
  });

  it('replaces the row of a data date summarised again, keeps the others, sorted by date', () => {
    const existing: Rows = [
      HEADER,
      [sheetDate('2023-07-14'), 9000, 16000, 2000, '15/07/2023 08:00'],
      [sheetDate('2023-07-13'), 1, 2, 3, 'cũ'],
      ['12/07/2023', 7700, 15300, 1700, '13/07/2023 08:00'],
      ['Ghi chú không phải ngày'],
    ];
    const sheet = historySheet(existing, p, campaign, WHEN);
    expect(sheet.rows).toEqual([
      HEADER,
      [{ date: '2023-07-12' }, 7700, 15300, 1700, '13/07/2023 08:00'],
      [{ date: '2023-07-13' }, 7813, 15741, 1800, WHEN],
      [{ date: '2023-07-14' }, 9000, 16000, 2000, '15/07/2023 08:00'],
    ]);
    expect(sheet.formats).toEqual([
      { col: 1, fromRow: 2, toRow: 4, format: 'dd/MM/yyyy' },
      { col: 2, fromRow: 2, toRow: 4, format: '#,##0' },
      { col: 3, fromRow: 2, toRow: 4, format: '#,##0' },
      { col: 4, fromRow: 2, toRow: 4, format: '#,##0' },
    ]);
  });

  it('keeps earlier rows under their own headers when an indicator is added or dropped', () => {
    // Written when Kích hoạt was not yet an indicator, and a third one, since dropped, was.
    const existing: Rows = [
      ['Ngày số liệu', 'Lũy kế Thu nhận', 'Kế hoạch Thu nhận', 'Lũy kế Mức 2', 'Cập nhật lúc'],
      ['12/07/2023', 7700, 15300, 40, '13/07/2023 08:00'],
    ];
    const sheet = historySheet(existing, p, campaign, WHEN);
    expect(sheet.rows).toEqual([
      [...HEADER.slice(0, 4), 'Lũy kế Mức 2', 'Cập nhật lúc'],
      [{ date: '2023-07-12' }, 7700, 15300, null, 40, '13/07/2023 08:00'],
      [{ date: '2023-07-13' }, 7813, 15741, 1800, null, WHEN],
    ]);
  });

  it('adds nothing before there is a data date', () => {
    const none = computeProgress(campaign, null, at('2023-06-26', '08:00'));
    const existing: Rows = [HEADER, [sheetDate('2023-07-12'), 7700, 15300, 1700, 'x']];
    expect(historySheet(existing, none, campaign, WHEN).rows).toEqual([
      HEADER,
      [{ date: '2023-07-12' }, 7700, 15300, 1700, 'x'],
    ]);
  });
});

describe('the chart of Lịch sử', () => {
  it("plots the first quota indicator's cumulative and plan against the dates, beside the table", () => {
    const sheet = historySheet(null, p, campaign, WHEN);
    const chart = historyChart(sheet, p)!;
    expect(chart.sheet).toBe('Lịch sử');
    expect(chart.columns).toEqual([
      { col: 1, cols: 1 },
      { col: 2, cols: 2 },
    ]);
    expect(chart.title).toContain('Thu nhận');
    expect(chart.col).toBeGreaterThan(HEADER.length);
  });

  it('is not drawn without an indicator with a quota', () => {
    const noQuota = smallCampaign(settingsRows(july(1), july(20)), [{ name: 'A' }], july(6));
    const q = computeProgress(noQuota, july(5), at(july(6), '08:00'));
    expect(historyChart(historySheet(null, q, noQuota, WHEN), q)).toBeNull();
  });
});

describe('Lịch sử of a campaign with no unit yet (found by the property tests)', () => {
  it('has the row of the data date with blank totals', () => {
    const empty = smallCampaign(settingsRows('2023-07-01', '2023-07-04'), [], '2023-07-03');
    const progress = computeProgress(empty, '2023-07-02', at('2023-07-03', '08:00'));
    expect(historySheet(null, progress, empty, WHEN).rows).toEqual([
      ['Ngày số liệu', 'Lũy kế Thu nhận', 'Lũy kế Kích hoạt', 'Cập nhật lúc'],
      [{ date: '2023-07-02' }, null, null, WHEN],
    ]);
  });
});

describe('Lịch sử of a campaign in phases', () => {
  it("draws each phase's own plan line, from the target of the phase before", () => {
    // 01–20/07, every day counting; A has 200 people. Peak 01–10/07: 50% (100); then 11–20/07:
    // 100% (200). At 15/07, 5 of the 10 days of the second phase: 100 + 100 × 5 ÷ 10 = 150.
    const c = readCampaign(
      {
        settings: settingsRows('2023-07-01', '2023-07-20'),
        units: [
          ['Đơn vị', 'Chỉ tiêu Thu nhận', 'Đối tượng', 'Chỉ số'],
          ['A', '100%', 200, 'Thu nhận'],
        ],
        tab: () => [['Ngày', 'Thu nhận']],
        phases: [
          ['Giai đoạn', 'Từ ngày', 'Đến ngày', 'Chỉ tiêu Thu nhận'],
          ['Cao điểm', sheetDate('2023-07-01'), sheetDate('2023-07-10'), '50%'],
          ['Duy trì', sheetDate('2023-07-11'), sheetDate('2023-07-20'), '100%'],
        ],
      },
      '2023-07-16',
    );
    expect(c.findings).toEqual([]);
    const at15 = computeProgress(c, '2023-07-15', at('2023-07-16', '08:00'));
    expect(historySheet(null, at15, c, WHEN).rows[1]).toEqual([
      { date: '2023-07-15' },
      0,
      150,
      WHEN,
    ]);
    // In the peak, at 05/07 (5 of 10 days): 0 + 100 × 5 ÷ 10 = 50.
    const at05 = computeProgress(c, '2023-07-05', at('2023-07-16', '08:00'));
    expect(historySheet(null, at05, c, WHEN).rows[1][2]).toBe(50);
  });
});
