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
const DAY_12_07 = 19550; // 13/07/2023 is day 19551 (see dates.test.ts)

describe('the timeline at a data date', () => {
  const t = timeline(campaign, july(12), at(july(13), '08:00'));

  it('counts the days elapsed and takes the last N of them as the pace window', () => {
    expect(t.asOf).toBe(july(12));
    expect(t.asOfDay).toBe(DAY_12_07);
    // 03, 04, 05, 06, 07, 11, 12: 7 counting days through 12/07.
    expect(t.elapsed).toBe(7);
    expect(t.window).toBe(3);
    // Three counting days before 12/07: 11, 07, 06 → the base is 06/07.
    expect(t.baseDay).toBe(DAY_12_07 - 6);
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
    expect([early.elapsed, early.window, early.baseDay]).toEqual([2, 2, null]);
    // 03, 04, 05/07: exactly N = 3 days since the start, still measured from the start.
    const full = timeline(campaign, july(5), at(july(6), '08:00'));
    expect([full.elapsed, full.window, full.baseDay]).toEqual([3, 3, null]);
  });

  it('before any data date: nothing elapsed, and every counting day of the campaign left', () => {
    const none = timeline(campaign, null, at(july(3), '06:00'));
    expect([none.asOfDay, none.elapsed, none.window, none.baseDay]).toEqual([null, 0, 0, null]);
    expect(none.daysLeftTo(july(20))).toBe(13);
    expect(none.dayAfter(1)).toBeNull();
    expect(Array.from(none.dueDays(july(20)).days)).toEqual([]);
    expect(none.dueDays(july(20)).lateAfter).toBe(Infinity);
  });
});

describe('the days due for reporting', () => {
  const days = (...dates: string[]) => dates.map((d) => DAY_12_07 + (Number(d) - 12));

  it('leave out the data date itself until its cut-off on the next counting day', () => {
    const before = timeline(campaign, july(12), at(july(13), '07:29')).dueDays(july(20));
    expect(Array.from(before.days)).toEqual(days('3', '4', '5', '6', '7', '11'));
    // The last due day, 11/07, is late after 12/07 07:30 (in minutes since 1970 on the wall clock).
    expect(before.lateAfter).toBe(DAY_12_07 * 1440 + 450);

    const after = timeline(campaign, july(12), at(july(13), '07:30')).dueDays(july(20));
    expect(Array.from(after.days)).toEqual(days('3', '4', '5', '6', '7', '11', '12'));
    expect(after.lateAfter).toBe((DAY_12_07 + 1) * 1440 + 450);
  });

  it("wait past a weekend and a holiday for Friday's figures", () => {
    // Friday 07/07 is due on Tuesday 11/07 at 07:30: on Monday evening it is not.
    const monday = timeline(campaign, july(7), at(july(10), '23:00')).dueDays(july(20));
    expect(Array.from(monday.days)).toEqual(days('3', '4', '5', '6'));
    const tuesday = timeline(campaign, july(7), at(july(11), '07:30')).dueDays(july(20));
    expect(Array.from(tuesday.days)).toEqual(days('3', '4', '5', '6', '7'));
    expect(tuesday.lateAfter).toBe((DAY_12_07 - 1) * 1440 + 450);
  });

  it("stop at a unit's own earlier deadline", () => {
    const due = timeline(campaign, july(12), at(july(13), '08:00')).dueDays(july(6));
    expect(Array.from(due.days)).toEqual(days('3', '4', '5', '6'));
    // 06/07 is late after Friday 07/07 at 07:30.
    expect(due.lateAfter).toBe((DAY_12_07 - 5) * 1440 + 450);
  });

  it('do not include days of a chosen data date that are not due yet', () => {
    // Summary chosen up to 14/07 on the morning of 13/07: only days through 11/07 are due.
    const due = timeline(campaign, july(14), at(july(13), '07:00')).dueDays(july(20));
    expect(Array.from(due.days)).toEqual(days('3', '4', '5', '6', '7', '11'));
  });
});
