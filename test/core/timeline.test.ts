import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/core/timeline';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

// Weekdays only, Monday 10/07/2023 a holiday, a pace window of 3 counting days; from Saturday
// 01/07 to Thursday 20/07, and unit B with its own deadline on Tuesday 25/07. The counting days:
// 03, 04, 05, 06, 07, 11, 12, 13, 14, 17, 18, 19, 20, then (for B) 21, 24, 25.
const campaign = smallCampaign(
  settingsRows(july(1), july(20), [
    ['Tính thứ Bảy', 'Không'],
    ['Tính Chủ nhật', 'Không'],
    ['Ngày nghỉ', '10/07/2023'],
    ['Số ngày tính tốc độ', 3],
  ]),
  [{ name: 'A' }, { name: 'B', deadline: july(25) }],
  july(13),
);
const DAY_12_07 = 19550;
const DAILY = { kind: 'daily' } as const; // 13/07/2023 is day 19551 (see dates.test.ts)

describe('the timeline at a data date', () => {
  const t = timeline(campaign, july(12), at(july(13), '08:00'));

  it('counts the days elapsed and takes the last N of them as the pace window', () => {
    expect(t.asOf).toBe(july(12));
    expect(t.asOfDay).toBe(DAY_12_07);
    // 03, 04, 05, 06, 07, 11, 12: 7 counting days through 12/07.
    expect(t.elapsed).toBe(7);
    // Three counting days before 12/07: 11, 07, 06 → the base is 06/07.
    expect(t.paceWindow(DAILY)).toEqual({ baseDay: DAY_12_07 - 6, window: 3 });
  });

  it('counts the days left to each deadline', () => {
    // After 12/07: 13, 14, 17, 18, 19, 20 → 6; and 21, 24, 25 for B → 9.
    expect(t.daysLeftTo(july(20))).toBe(6);
    expect(t.daysLeftTo(july(25))).toBe(9);
    expect(t.daysLeftTo(july(12))).toBe(0);
  });

  it('names the k-th counting day after the data date', () => {
    expect(t.dayAfter(1)).toBe(july(13));
    expect(t.dayAfter(3)).toBe(july(17));
  });

  it('shortens the window to the days since the start', () => {
    const early = timeline(campaign, july(4), at(july(5), '08:00'));
    expect([early.elapsed, early.paceWindow(DAILY)]).toEqual([2, { baseDay: null, window: 2 }]);
    // 03, 04, 05/07: exactly N = 3 days since the start, still measured from the start.
    const full = timeline(campaign, july(5), at(july(6), '08:00'));
    expect([full.elapsed, full.paceWindow(DAILY)]).toEqual([3, { baseDay: null, window: 3 }]);
  });

  it('before any data date: nothing elapsed, and every counting day of the campaign left', () => {
    const none = timeline(campaign, null, at(july(3), '06:00'));
    expect([none.asOfDay, none.elapsed, none.paceWindow(DAILY)]).toEqual([
      null,
      0,
      { baseDay: null, window: 0 },
    ]);
    expect(none.daysLeftTo(july(20))).toBe(13);
    expect(none.dayAfter(1)).toBeNull();
    expect(Array.from(none.dueDays(july(20), DAILY).days)).toEqual([]);
    expect(none.dueDays(july(20), DAILY).lateAfter).toBe(Infinity);
  });
});

describe('the days due for reporting', () => {
  const days = (...dates: string[]) => dates.map((d) => DAY_12_07 + (Number(d) - 12));

  it('leave out the data date itself until its cut-off on the next counting day', () => {
    const before = timeline(campaign, july(12), at(july(13), '07:29')).dueDays(july(20), DAILY);
    expect(Array.from(before.days)).toEqual(days('3', '4', '5', '6', '7', '11'));
    // The last due day, 11/07, is late after 12/07 07:30 (in minutes since 1970 on the wall clock).
    expect(before.lateAfter).toBe(DAY_12_07 * 1440 + 450);

    const after = timeline(campaign, july(12), at(july(13), '07:30')).dueDays(july(20), DAILY);
    expect(Array.from(after.days)).toEqual(days('3', '4', '5', '6', '7', '11', '12'));
    expect(after.lateAfter).toBe((DAY_12_07 + 1) * 1440 + 450);
  });

  it("wait past a weekend and a holiday for Friday's figures", () => {
    // Friday 07/07 is due on Tuesday 11/07 at 07:30: on Monday evening it is not.
    const monday = timeline(campaign, july(7), at(july(10), '23:00')).dueDays(july(20), DAILY);
    expect(Array.from(monday.days)).toEqual(days('3', '4', '5', '6'));
    const tuesday = timeline(campaign, july(7), at(july(11), '07:30')).dueDays(july(20), DAILY);
    expect(Array.from(tuesday.days)).toEqual(days('3', '4', '5', '6', '7'));
    expect(tuesday.lateAfter).toBe((DAY_12_07 - 1) * 1440 + 450);
  });

  it("stop at a unit's own earlier deadline", () => {
    const due = timeline(campaign, july(12), at(july(13), '08:00')).dueDays(july(6), DAILY);
    expect(Array.from(due.days)).toEqual(days('3', '4', '5', '6'));
    // 06/07 is late after Friday 07/07 at 07:30.
    expect(due.lateAfter).toBe((DAY_12_07 - 5) * 1440 + 450);
  });

  it('do not include days of a chosen data date that are not due yet', () => {
    // Summary chosen up to 14/07 on the morning of 13/07: only days through 11/07 are due.
    const due = timeline(campaign, july(14), at(july(13), '07:00')).dueDays(july(20), DAILY);
    expect(Array.from(due.days)).toEqual(days('3', '4', '5', '6', '7', '11'));
  });
});

describe('a unit reporting weekly or monthly', () => {
  // Every day counts; 01/07/2023 is a Saturday.
  const everyDay = smallCampaign(settingsRows(july(1), july(31)), [{ name: 'A' }], july(20));
  const monday = { kind: 'weekly', weekday: 1 } as const;

  it('is due on its own days only: each Monday', () => {
    const t = timeline(everyDay, july(19), at(july(20), '08:00'));
    // Mondays 03, 10 and 17/07; 19/07 is due but is a Wednesday.
    expect(Array.from(t.dueDays(july(31), monday).days).map((d) => d - DAY_12_07 + 12)).toEqual([
      3, 10, 17,
    ]);
  });

  it('takes the next counting day when its day does not count (Sunday without Sundays)', () => {
    const weekdays = smallCampaign(
      settingsRows(july(1), july(31), [
        ['Tính thứ Bảy', 'Không'],
        ['Tính Chủ nhật', 'Không'],
      ]),
      [{ name: 'A' }],
      july(20),
    );
    const t = timeline(weekdays, july(19), at(july(20), '08:00'));
    const sunday = { kind: 'weekly', weekday: 0 } as const;
    // Sundays 02, 09, 16/07 fall on the Mondays after: 03, 10, 17.
    expect(Array.from(t.dueDays(july(31), sunday).days).map((d) => d - DAY_12_07 + 12)).toEqual([
      3, 10, 17,
    ]);
  });

  it('is due once a month on its day, from the start on', () => {
    const year = smallCampaign(settingsRows('2023-03-24', '2023-12-31'), [{ name: 'A' }], july(20));
    const t = timeline(year, july(19), at(july(20), '08:00'));
    const fifth = { kind: 'monthly', day: 5 } as const;
    // 05/03 is before the start: 05/04, 05/05, 05/06, 05/07.
    expect(Array.from(t.dueDays('2023-12-31', fifth).days).length).toBe(4);
  });

  it('measures its pace over its last N reporting days', () => {
    // Pace window 7 over Mondays: through 19/07 only three Mondays: since the start.
    const t = timeline(everyDay, july(19), at(july(20), '08:00'));
    expect(t.paceWindow(monday)).toEqual({ baseDay: null, window: 19 });
  });
});
