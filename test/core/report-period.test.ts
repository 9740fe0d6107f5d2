// Which monthly and final reports are due, and the days each covers: every expected period
// worked out by hand from a calendar of 2023/2024 (the data date at day D is the last counting
// day whose figures are due at D's cut-off, 07:30 here).
import { describe, expect, it } from 'vitest';
import type { LocalMoment } from '../../src/core/calendar';
import type { PeriodSettings } from '../../src/core/report-period';
import { reportsDue } from '../../src/core/report-period';

const at = (date: string, hhmm: string): LocalMoment => ({
  date,
  minutes: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)),
});

/** The Cần Giờ sample: 26/06–05/11/2023, every day counts, report on the 10th, cut-off 07:30. */
const sample: PeriodSettings = {
  start: '2023-06-26',
  end: '2023-11-05',
  monthlyDay: 10,
  cutoff: 450,
  countSaturday: true,
  countSunday: true,
  holidays: [],
};

describe('the monthly report', () => {
  it('covers the start to the day before the first report day', () => {
    expect(reportsDue(sample, at('2023-07-10', '08:00'))).toEqual([
      { kind: 'monthly', from: '2023-06-26', to: '2023-07-09', month: 7, year: 2023 },
    ]);
  });

  it('then covers the day after the previous report’s data date to the day before D', () => {
    expect(reportsDue(sample, at('2023-08-10', '08:00'))).toEqual([
      { kind: 'monthly', from: '2023-07-10', to: '2023-08-09', month: 8, year: 2023 },
    ]);
  });

  it('is not due on D before the cut-off: that run still sees the month before', () => {
    expect(reportsDue(sample, at('2023-07-11', '07:29'))).toEqual([
      { kind: 'monthly', from: '2023-06-26', to: '2023-07-09', month: 7, year: 2023 },
    ]);
    expect(reportsDue(sample, at('2023-08-10', '07:29'))).toEqual([]);
    // Before the first report day's cut-off there is none at all (10/06 is before the start).
    expect(reportsDue(sample, at('2023-07-10', '07:00'))).toEqual([]);
  });

  it('stays the same period for two days after D (a run that missed D makes it), then none', () => {
    for (const day of ['2023-08-11', '2023-08-12'])
      expect(reportsDue(sample, at(day, day === '2023-08-12' ? '23:59' : '00:00'))).toEqual([
        { kind: 'monthly', from: '2023-07-10', to: '2023-08-09', month: 8, year: 2023 },
      ]);
    for (const day of ['2023-08-13', '2023-08-25'])
      expect(reportsDue(sample, at(day, '08:00'))).toEqual([]);
    // The mornings of 13/07 and 14/07 (the sample's own): the July report's grace is over.
    expect(reportsDue(sample, at('2023-07-13', '08:00'))).toEqual([]);
    expect(reportsDue(sample, at('2023-07-14', '08:00'))).toEqual([]);
    expect(reportsDue(sample, at('2023-09-10', '07:00'))).toEqual([]);
  });

  it('leaves out weekends and holidays at both ends of the period', () => {
    // Weekdays only; Thursday 10/08 and Thursday 07/09/2023 are holidays. At 10/08 07:30,
    // Wednesday 09/08 is due on Friday 11/08 (the holiday skipped), Tuesday 08/08 on 09/08: the
    // previous report's data date is 08/08, and the period starts Wednesday 09/08. At Sunday
    // 10/09 07:30, Friday 08/09 is due on Monday 11/09 and 07/09 does not count: it ends
    // Wednesday 06/09.
    const weekdays: PeriodSettings = {
      ...sample,
      countSaturday: false,
      countSunday: false,
      holidays: ['2023-08-10', '2023-09-07'],
    };
    expect(reportsDue(weekdays, at('2023-09-10', '09:00'))).toEqual([
      { kind: 'monthly', from: '2023-08-09', to: '2023-09-06', month: 9, year: 2023 },
    ]);
  });

  it('starts after the previous report the sheet holds, when there is one', () => {
    const july = { kind: 'monthly' as const, from: '2023-06-26', to: '2023-07-09' };
    // August's report was missed (no run in its grace): September's covers both months.
    expect(reportsDue(sample, at('2023-09-10', '08:00'), [july])).toEqual([
      { kind: 'monthly', from: '2023-07-10', to: '2023-09-09', month: 9, year: 2023 },
    ]);
    // `Ngày báo cáo tháng` went from 5 to 10 after the report of 05/07 (to 04/07): no gap.
    const fifth = { kind: 'monthly' as const, from: '2023-06-26', to: '2023-07-04' };
    expect(reportsDue(sample, at('2023-08-10', '08:00'), [fifth])).toEqual([
      { kind: 'monthly', from: '2023-07-05', to: '2023-08-09', month: 8, year: 2023 },
    ]);
    // A period already written keeps its first day; a final report or a later block does not count.
    const written = { kind: 'monthly' as const, from: '2023-07-12', to: '2023-08-09' };
    const final = { kind: 'final' as const, from: '2023-06-26', to: '2023-08-01' };
    const later = { kind: 'monthly' as const, from: '2023-08-10', to: '2023-09-09' };
    expect(reportsDue(sample, at('2023-08-11', '08:00'), [later, final, written])).toEqual([
      { kind: 'monthly', from: '2023-07-12', to: '2023-08-09', month: 8, year: 2023 },
    ]);
    expect(reportsDue(sample, at('2023-08-11', '08:00'), [later, final])).toEqual([
      { kind: 'monthly', from: '2023-07-10', to: '2023-08-09', month: 8, year: 2023 },
    ]);
  });

  it('is never made without a monthly day', () => {
    const none = { ...sample, monthlyDay: null };
    expect(reportsDue(none, at('2023-08-10', '08:00'))).toEqual([]);
  });

  it('is made on the 28th in February, leap year or not', () => {
    const s: PeriodSettings = {
      ...sample,
      start: '2024-01-15',
      end: '2024-06-30',
      monthlyDay: 28,
    };
    const february = {
      kind: 'monthly',
      from: '2024-01-28',
      to: '2024-02-27',
      month: 2,
      year: 2024,
    };
    expect(reportsDue(s, at('2024-02-28', '08:00'))).toEqual([february]);
    expect(reportsDue(s, at('2024-02-29', '08:00'))).toEqual([february]);
    expect(reportsDue(s, at('2024-03-01', '08:00'))).toEqual([february]);
    const s2023 = { ...s, start: '2023-01-15', end: '2023-06-30' };
    expect(reportsDue(s2023, at('2023-03-01', '08:00'))).toEqual([
      { ...february, from: '2023-01-28', to: '2023-02-27', year: 2023 },
    ]);
  });

  it('crosses the year', () => {
    const s = { ...sample, start: '2023-11-20', end: '2024-03-01' };
    expect(reportsDue(s, at('2024-01-10', '08:00'))).toEqual([
      { kind: 'monthly', from: '2023-12-10', to: '2024-01-09', month: 1, year: 2024 },
    ]);
  });
});

describe('the final report', () => {
  it('is due once the deadline’s figures are, with the last monthly report', () => {
    expect(reportsDue(sample, at('2023-11-06', '07:29'))).toEqual([]);
    expect(reportsDue(sample, at('2023-11-06', '08:00'))).toEqual([
      { kind: 'final', from: '2023-06-26', to: '2023-11-05', month: 11, year: 2023 },
    ]);
    // A monthly report on the 5th: the one of 05/11 (to 04/11) is due with the final one.
    expect(reportsDue({ ...sample, monthlyDay: 5 }, at('2023-11-06', '08:00'))).toEqual([
      { kind: 'monthly', from: '2023-10-05', to: '2023-11-04', month: 11, year: 2023 },
      { kind: 'final', from: '2023-06-26', to: '2023-11-05', month: 11, year: 2023 },
    ]);
  });

  it('stays due for two more days, as a monthly one (a run that missed 06/11 makes it), then none', () => {
    // 05/11's figures fall due on 06/11 at 07:30: due 06/11, 07/11 and 08/11, not 09/11.
    const final = { kind: 'final', from: '2023-06-26', to: '2023-11-05', month: 11, year: 2023 };
    expect(reportsDue(sample, at('2023-11-06', '23:59'))).toEqual([final]);
    expect(reportsDue(sample, at('2023-11-07', '08:00'))).toEqual([final]);
    expect(reportsDue(sample, at('2023-11-08', '23:59'))).toEqual([final]);
    expect(reportsDue(sample, at('2023-11-09', '00:00'))).toEqual([]);
    // 10/11 would be a report day past the end: no monthly report.
    expect(reportsDue(sample, at('2023-11-10', '08:00'))).toEqual([]);
  });

  it('is made without a monthly day too, ending on the last counting day', () => {
    // Weekdays only: Sunday 05/11/2023's last counting day is Friday 03/11, due Monday 06/11.
    const s = { ...sample, monthlyDay: null, countSaturday: false, countSunday: false };
    expect(reportsDue(s, at('2023-11-04', '08:00'))).toEqual([]);
    expect(reportsDue(s, at('2023-11-06', '08:00'))).toEqual([
      { kind: 'final', from: '2023-06-26', to: '2023-11-03', month: 11, year: 2023 },
    ]);
  });
});
