import { describe, expect, it } from 'vitest';
import type { CalendarRules, LocalMoment } from '../../src/core/calendar';
import {
  countingDays,
  countingDaysAfter,
  dataDateAt,
  isDue,
  nextCountingDay,
} from '../../src/core/calendar';

const at = (date: string, hhmm: string): LocalMoment => ({
  date,
  minutes: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)),
});
const CUTOFF = 450; // 07:30

/** Every day counts (the Cần Giờ plan during its peak). */
const everyDay: CalendarRules = { countSaturday: true, countSunday: true, holidays: [] };
/** Weekdays only, and Monday 10/07/2023 a holiday. July 2023 starts on a Saturday. */
const weekdays: CalendarRules = {
  countSaturday: false,
  countSunday: false,
  holidays: ['2023-07-10'],
};

describe('counting days', () => {
  it('skips weekends and holidays', () => {
    expect(countingDays('2023-07-03', '2023-07-14', weekdays)).toEqual([
      '2023-07-03',
      '2023-07-04',
      '2023-07-05',
      '2023-07-06',
      '2023-07-07',
      '2023-07-11',
      '2023-07-12',
      '2023-07-13',
      '2023-07-14',
    ]);
  });

  it('leave out a start on Saturday and an end on Sunday when weekends do not count', () => {
    // 01/07/2023 Saturday, 02 Sunday; 15 Saturday, 16 Sunday.
    expect(countingDays('2023-07-01', '2023-07-16', weekdays)).toEqual(
      countingDays('2023-07-03', '2023-07-14', weekdays),
    );
    expect(countingDays('2023-07-01', '2023-07-02', weekdays)).toEqual([]);
  });

  it('can leave out Sundays only', () => {
    const noSunday = { countSaturday: true, countSunday: false, holidays: [] };
    expect(countingDays('2023-07-01', '2023-07-04', noSunday)).toEqual([
      '2023-07-01',
      '2023-07-03',
      '2023-07-04',
    ]);
  });

  it('count every calendar day when every day counts: 115 after 13/07/2023 up to 05/11/2023', () => {
    // 18 in July (14–31) + 31 + 30 + 31 + 5 in November.
    expect(countingDays('2023-07-14', '2023-11-05', everyDay)).toHaveLength(115);
    expect(countingDays('2023-07-14', '2023-07-13', everyDay)).toEqual([]);
  });
});

describe('the next counting day', () => {
  it('jumps over a weekend and a holiday', () => {
    // Friday 07/07 → (Sat 08, Sun 09, holiday Mon 10) → Tuesday 11/07.
    expect(nextCountingDay('2023-07-07', weekdays)).toBe('2023-07-11');
    expect(nextCountingDay('2023-07-11', weekdays)).toBe('2023-07-12');
    expect(nextCountingDay('2023-07-07', everyDay)).toBe('2023-07-08');
  });

  it('runs past the end of a year and past a holiday of more than a month', () => {
    expect(nextCountingDay('2023-12-31', everyDay)).toBe('2024-01-01');
    const august = Array.from(
      { length: 31 },
      (_, i) => `2023-08-${String(i + 1).padStart(2, '0')}`,
    );
    expect(nextCountingDay('2023-07-31', { ...everyDay, holidays: august })).toBe('2023-09-01');
  });
});

describe('due times', () => {
  it('makes day D due at the cut-off of the next counting day', () => {
    expect(isDue('2023-07-13', at('2023-07-14', '07:29'), CUTOFF, everyDay)).toBe(false);
    expect(isDue('2023-07-13', at('2023-07-14', '07:30'), CUTOFF, everyDay)).toBe(true);
    expect(isDue('2023-07-13', at('2023-07-13', '23:59'), CUTOFF, everyDay)).toBe(false);
  });

  it("makes Friday's figures due on Tuesday after a weekend and a holiday Monday", () => {
    expect(isDue('2023-07-07', at('2023-07-10', '23:59'), CUTOFF, weekdays)).toBe(false);
    expect(isDue('2023-07-07', at('2023-07-11', '07:29'), CUTOFF, weekdays)).toBe(false);
    expect(isDue('2023-07-07', at('2023-07-11', '07:30'), CUTOFF, weekdays)).toBe(true);
    expect(isDue('2023-07-07', at('2023-07-12', '00:00'), CUTOFF, weekdays)).toBe(true);
  });

  it('follows the cut-off set in Cấu hình', () => {
    // Cut-off 17:00 = 1020 minutes.
    expect(isDue('2023-07-13', at('2023-07-14', '16:59'), 1020, everyDay)).toBe(false);
    expect(isDue('2023-07-13', at('2023-07-14', '17:00'), 1020, everyDay)).toBe(true);
  });
});

describe('the data date', () => {
  const july = countingDays('2023-07-01', '2023-07-20', everyDay);

  it('is the day before yesterday before 07:30 and yesterday from 07:30', () => {
    const days = countingDays('2023-07-01', '2023-07-20', {
      countSaturday: true,
      countSunday: true,
      holidays: [],
    });
    const rules = { countSaturday: true, countSunday: true, holidays: [] };
    expect(dataDateAt(days, at('2023-07-14', '07:00'), 450, rules)).toBe('2023-07-12');
    expect(dataDateAt(days, at('2023-07-14', '07:30'), 450, rules)).toBe('2023-07-13');
    // After the deadline the data date stays at the deadline.
    expect(dataDateAt(days, at('2023-08-30', '10:00'), 450, rules)).toBe('2023-07-20');
  });

  it('is 12/07 at 07:29 on 14/07/2023 and 13/07 from 07:30', () => {
    expect(dataDateAt(july, at('2023-07-14', '07:29'), CUTOFF, everyDay)).toBe('2023-07-12');
    expect(dataDateAt(july, at('2023-07-14', '07:30'), CUTOFF, everyDay)).toBe('2023-07-13');
  });

  it('does not exist before the first day is due', () => {
    expect(dataDateAt(july, at('2023-06-20', '09:00'), CUTOFF, everyDay)).toBeNull();
    expect(dataDateAt(july, at('2023-07-02', '07:29'), CUTOFF, everyDay)).toBeNull();
    expect(dataDateAt(july, at('2023-07-02', '07:30'), CUTOFF, everyDay)).toBe('2023-07-01');
  });

  it("makes Friday's figures due at the cut-off of the next counting day (Tuesday after the holiday)", () => {
    const rules = { countSaturday: false, countSunday: false, holidays: ['2023-07-10'] };
    const days = countingDays('2023-07-03', '2023-07-14', rules);
    expect(dataDateAt(days, at('2023-07-10', '08:00'), 450, rules)).toBe('2023-07-06');
    expect(dataDateAt(days, at('2023-07-11', '07:29'), 450, rules)).toBe('2023-07-06');
    expect(dataDateAt(days, at('2023-07-11', '07:30'), 450, rules)).toBe('2023-07-07');
    expect(dataDateAt(days, at('2023-07-03', '09:00'), 450, rules)).toBeNull();
  });

  it('stays at the last counting day once the deadline has passed', () => {
    const days = countingDays('2023-07-03', '2023-07-14', weekdays);
    // Friday 14/07 is due on Monday 17/07 at 07:30.
    expect(dataDateAt(days, at('2023-07-17', '07:29'), CUTOFF, weekdays)).toBe('2023-07-13');
    expect(dataDateAt(days, at('2023-07-17', '07:30'), CUTOFF, weekdays)).toBe('2023-07-14');
    expect(dataDateAt(days, at('2024-01-01', '00:00'), CUTOFF, weekdays)).toBe('2023-07-14');
  });
});

describe('the k-th counting day after a date', () => {
  it('counts only counting days', () => {
    const after = countingDaysAfter('2023-07-07', weekdays);
    expect(after(1)).toBe('2023-07-11');
    expect(after(2)).toBe('2023-07-12');
    // 11, 12, 13, 14, then Monday 17.
    expect(after(5)).toBe('2023-07-17');
  });

  it('reaches years ahead, but not beyond about ten years', () => {
    const after = countingDaysAfter('2023-07-13', everyDay);
    // 155 days after 13/07/2023: 18 (July) + 31 + 30 + 31 + 30 + 15 → 15/12/2023.
    expect(after(155)).toBe('2023-12-15');
    // Ten years after 13/07/2023 is 13/07/2033, 3653 days later (2024, 2028, 2032 are leap):
    // 3650 days → 10/07/2033 is still given; a day further than ten years and a week is not.
    expect(after(3650)).toBe('2033-07-10');
    expect(after(3661)).toBeNull();
    expect(after(4000)).toBeNull();
  });

  it('has none without a data date', () => {
    expect(countingDaysAfter(null, everyDay)(1)).toBeNull();
  });
});
