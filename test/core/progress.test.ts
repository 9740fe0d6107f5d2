import { describe, expect, it } from 'vitest';
import { readCampaign } from '../../src/core/campaign';
import { computeProgress } from '../../src/core/progress';
import type { Rows } from '../../src/core/values';
import { sheetDate } from '../../src/core/dates';
import { APPENDIX } from '../fixtures/can-gio-appendix';

const d = (date: string, time = '00:00:00') => sheetDate(date, time);

interface UnitSpec {
  name: string;
  parent?: string;
  quota?: number;
  openC?: number;
  openA?: number;
  deadline?: string;
  /** [date, collected, activated, entered "yyyy-MM-dd HH:mm"?] */
  rows?: [string, number | '', number | '', string?][];
}

function campaign(settings: Rows, units: UnitSpec[], today: string) {
  const unitRows: Rows = [
    ['Đơn vị', 'Cấp trên', 'Chỉ tiêu Thu nhận', 'Đầu kỳ Thu nhận', 'Đầu kỳ Kích hoạt', 'Hạn riêng'],
  ];
  const tabs = new Map<string, Rows>();
  for (const u of units) {
    unitRows.push([
      u.name,
      u.parent ?? '',
      u.quota ?? '',
      u.openC ?? '',
      u.openA ?? '',
      u.deadline ? d(u.deadline) : '',
    ]);
    tabs.set(
      u.name,
      [['Ngày', 'Thu nhận', 'Kích hoạt', 'Cập nhật lúc'] as Rows[number]].concat(
        (u.rows ?? []).map(([date, c, a, at]) => [
          d(date),
          c,
          a,
          at ? d(at.slice(0, 10), `${at.slice(11)}:00`) : '',
        ]),
      ),
    );
  }
  return readCampaign({ settings, units: unitRows, tab: (n) => tabs.get(n) ?? null }, today);
}

const at = (date: string, hhmm: string) => ({
  date,
  minutes: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)),
});

describe('the statistics appendix of plan 135/KH-BCĐ (Cần Giờ)', () => {
  // Cumulative figures at the end of 13/07/2023, as opening balances of a campaign with no rows.
  const c = campaign(
    [
      ['Tên chiến dịch', 'Cần Giờ'],
      ['Ngày bắt đầu', d('2023-06-26')],
      ['Hạn hoàn thành', d('2023-11-05')],
    ],
    APPENDIX.map(([name, quota, openC, openA]) => ({
      name,
      parent: 'Cần Giờ',
      quota,
      openC,
      openA,
    })),
    '2023-07-14',
  );
  const p = computeProgress(c, '2023-07-13', at('2023-07-14', '08:00'));

  it('has 115 days left after 13/07/2023', () => {
    expect(p.daysLeft).toBe(115);
    expect(p.units.map((u) => u.daysLeft)).toEqual([115, 115, 115, 115, 115, 115, 115]);
  });

  it("gives the document's remaining and pending activation", () => {
    expect(p.units.map((u) => u.indicators['Thu nhận'].remaining)).toEqual([
      7979, 14393, 4245, 10912, 2904, 7768, 3981,
    ]);
    expect(p.units.map((u) => u.pendingActivation)).toEqual([1051, 1706, 752, 960, 891, 1441, 938]);
    expect(p.total.indicators['Thu nhận']).toMatchObject({
      quota: 66392,
      cumulative: 14210,
      remaining: 52182,
    });
    expect(p.total.indicators['Kích hoạt'].cumulative).toBe(6471);
    expect(p.total.pendingActivation).toBe(7739);
  });

  it('rounds the required daily figure up: 70, 126, 37, 95, 26, 68, 35 and 454 in total', () => {
    expect(p.units.map((u) => u.indicators['Thu nhận'].requiredPerDay)).toEqual([
      70, 126, 37, 95, 26, 68, 35,
    ]);
    expect(p.total.indicators['Thu nhận'].requiredPerDay).toBe(454);
    expect(p.groups.map((g) => [g.name, g.indicators['Thu nhận'].requiredPerDay])).toEqual([
      ['Cần Giờ', 454],
    ]);
    expect(p.units[0].indicators['Thu nhận'].percent).toBeCloseTo(2173 / 10152, 10);
  });
});

const weekdaysOnly: Rows = [
  ['Tên chiến dịch', 'Thử'],
  ['Ngày bắt đầu', '03/07/2023'], // Monday
  ['Hạn hoàn thành', '14/07/2023'], // Friday
  ['Tính thứ Bảy', 'Không'],
  ['Tính Chủ nhật', 'Không'],
  ['Ngày nghỉ', '10/07/2023'], // Monday
];

describe('calendars', () => {
  it('counts days left, required per day, pace and projection on counting days only', () => {
    const c = campaign(
      weekdaysOnly,
      [
        {
          name: 'A',
          quota: 90,
          rows: ['03', '04', '05', '06', '07'].map((x) => [`2023-07-${x}`, 10, 5]),
        },
      ],
      '2023-07-11',
    );
    const u = computeProgress(c, '2023-07-07', at('2023-07-11', '08:00')).units[0];
    // 50 done, 40 left over 11, 12, 13, 14/07; 5 days elapsed (< 7), so the window is 5 days.
    expect(u.daysLeft).toBe(4);
    expect(u.indicators['Thu nhận']).toEqual({
      quota: 90,
      cumulative: 50,
      percent: 50 / 90,
      remaining: 40,
      pace: 10,
      meanSinceStart: 10,
      requiredPerDay: 10,
      projected: '2023-07-14',
      population: null,
      coverage: null,
      target: { kind: 'count', share: null, strict: false, soft: false },
      today: 10, // the figure of 07/07 itself
    });
    expect(u.status).toBe('on-track');
  });
});

const everyDay: Rows = [
  ['Tên chiến dịch', 'Thử'],
  ['Ngày bắt đầu', '01/07/2023'],
  ['Hạn hoàn thành', '20/07/2023'],
  ['Số ngày tính tốc độ', 3],
];
const july = (n: number) => `2023-07-${String(n).padStart(2, '0')}`;

describe('units', () => {
  it('with running totals: the cumulative is the latest total, opening included', () => {
    const settings: Rows = [...everyDay, ['Cách nhập số liệu', 'Số lũy kế']];
    const c = campaign(
      settings,
      [
        {
          name: 'A',
          quota: 300,
          openC: 100,
          rows: [
            [july(1), 110, ''],
            [july(2), 130, ''],
            [july(4), 150, ''],
          ],
        },
      ],
      july(6),
    );
    const u = computeProgress(c, july(5), at(july(6), '08:00')).units[0];
    // Window: 3 counting days before 05/07 is 02/07 (total 130): (150 − 130) / 3.
    expect(u.indicators['Thu nhận']).toMatchObject({
      cumulative: 150,
      remaining: 150,
      pace: 20 / 3,
      meanSinceStart: 10,
    });
    expect(u.missing).toEqual([july(3), july(5)]);
    expect(u.reporting).toBe('missing');
    expect(u.missingStreak).toBe(1);
  });

  it('with no report in the pace window: pace 0, behind, no projection, missing days counted', () => {
    const rows = [1, 2, 3, 4, 5].map((n) => [july(n), 10, 4] as [string, number, number]);
    const c = campaign(everyDay, [{ name: 'A', quota: 500, rows }], july(11));
    const u = computeProgress(c, july(10), at(july(11), '08:00')).units[0];
    expect(u.indicators['Thu nhận']).toMatchObject({
      cumulative: 50,
      pace: 0,
      meanSinceStart: 5,
      requiredPerDay: 45,
      projected: null,
    });
    expect(u.status).toBe('behind');
    expect(u.missing).toEqual([july(6), july(7), july(8), july(9), july(10)]);
    expect([u.reporting, u.missingStreak, u.lastReported]).toEqual(['missing', 5, july(5)]);
  });

  it('finds a missing day however the reports around it fall (every day counted, weekends excluded)', () => {
    const rows = (days: number[]) => days.map((n) => [july(n), 10, 0] as [string, number, number]);
    // Due at 11/07 08:00 with every day counted: 01–10/07.
    const every = campaign(
      everyDay,
      [
        { name: 'All', rows: rows([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) },
        { name: 'Gap', rows: rows([1, 2, 3, 4, 6, 7, 8, 9, 10]) },
        { name: 'Gap and extra', rows: rows([1, 2, 3, 4, 6, 7, 8, 9, 10, 11]) },
        { name: 'First missing', rows: rows([2, 3, 4, 5, 6, 7, 8, 9, 10]) },
      ],
      july(11),
    );
    const byName = (p: ReturnType<typeof computeProgress>) =>
      p.units.map((u) => [u.name, u.missing, u.missingStreak, u.reporting]);
    expect(byName(computeProgress(every, july(10), at(july(11), '08:00')))).toEqual([
      ['All', [], 0, 'reported'],
      ['Gap', [july(5)], 0, 'reported'],
      ['Gap and extra', [july(5)], 0, 'reported'],
      ['First missing', [july(1)], 0, 'reported'],
    ]);
    // Weekends and a holiday excluded (08, 09/07/2023: Saturday, Sunday; 10/07: holiday), so
    // 03–07/07 are due on 11/07 at 08:00. Reports on Saturday and on the holiday do not stand
    // in for the missing Friday, the last due day: a streak of 1.
    const weekdays = campaign(
      weekdaysOnly,
      [{ name: 'Friday missing', rows: rows([3, 4, 5, 6, 8, 10]) }],
      july(11),
    );
    expect(byName(computeProgress(weekdays, july(10), at(july(11), '08:00')))).toEqual([
      ['Friday missing', [july(7)], 1, 'missing'],
    ]);
    // A day later 11/07 is due too and reported: six due days, six reports from the first to the
    // last of them, and still the Friday is missing.
    const later = campaign(
      weekdaysOnly,
      [{ name: 'Friday missing', rows: rows([3, 4, 5, 6, 8, 11]) }],
      july(12),
    );
    expect(byName(computeProgress(later, july(11), at(july(12), '08:00')))).toEqual([
      ['Friday missing', [july(7)], 0, 'reported'],
    ]);
  });

  it('past its own deadline and not done: overdue, no days left, no required figure', () => {
    const rows = [1, 2, 3].map((n) => [july(n), 10, 0] as [string, number, number]);
    const c = campaign(everyDay, [{ name: 'A', quota: 100, deadline: july(5), rows }], july(9));
    const u = computeProgress(c, july(8), at(july(9), '08:00')).units[0];
    expect([u.deadline, u.daysLeft, u.status]).toEqual([july(5), 0, 'overdue']);
    expect(u.indicators['Thu nhận'].requiredPerDay).toBeNull();
    // Only its own days were due: 04 and 05/07.
    expect(u.missing).toEqual([july(4), july(5)]);
  });

  it('done when the cumulative reaches the quota', () => {
    const c = campaign(
      everyDay,
      [{ name: 'A', quota: 40, openC: 30, rows: [[july(1), 20, 0]] }],
      july(3),
    );
    const u = computeProgress(c, july(2), at(july(3), '08:00')).units[0];
    expect(u.indicators['Thu nhận']).toMatchObject({
      cumulative: 50,
      percent: 1.25,
      remaining: 0,
      requiredPerDay: 0,
      projected: null,
    });
    expect(u.status).toBe('done');
  });

  it('late when the entry time is after the due time', () => {
    const c = campaign(
      everyDay,
      [
        {
          name: 'A',
          quota: 100,
          rows: [
            [july(1), 5, 0, '2023-07-02 07:10'],
            [july(2), 5, 0, '2023-07-03 09:15'],
          ],
        },
      ],
      july(3),
    );
    const u = computeProgress(c, july(2), at(july(3), '10:00')).units[0];
    expect(u.reporting).toBe('late');
  });
});

describe('groups and total', () => {
  it('sum the figures and recompute percent and required per day from the sums', () => {
    const c = campaign(
      everyDay,
      [
        { name: 'A', parent: 'X', quota: 100, openC: 90 },
        { name: 'B', parent: 'X', quota: 50, openC: 60 },
        { name: 'C', quota: 200, openC: 20 },
      ],
      july(2),
    );
    const p = computeProgress(c, july(1), at(july(2), '08:00'));
    // 19 days left (02 → 20/07). A lacks 10; B is over its quota, which does not help A.
    expect(
      p.groups.map((g) => [
        g.name,
        g.units,
        g.indicators['Thu nhận'].quota,
        g.indicators['Thu nhận'].cumulative,
        g.indicators['Thu nhận'].remaining,
        g.indicators['Thu nhận'].requiredPerDay,
      ]),
    ).toEqual([['X', ['A', 'B'], 150, 150, 10, 1]]);
    expect(p.total.indicators['Thu nhận']).toMatchObject({
      quota: 350,
      cumulative: 170,
      remaining: 190,
      requiredPerDay: 10,
    });
    expect(p.total.indicators['Thu nhận'].percent).toBeCloseTo(170 / 350, 10);
  });
});
