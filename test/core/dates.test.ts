import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  formatTime,
  formatVnDate,
  fromDayNumber,
  readDate,
  readDay,
  readTime,
  sheetDate,
} from '../../src/core/dates';

describe('day numbers', () => {
  it('count the days since 1970-01-01 and turn back into the same date', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    // 1970 → 2023: 53 years of 365 days plus 13 leap days (1972, 1976, …, 2020) = 19358;
    // then Jan–Jun 2023 (31 + 28 + 31 + 30 + 31 + 30 = 181) and 12 more days of July: 19551.
    expect(dayNumber('2023-07-13')).toBe(19551);
    for (const date of ['1969-12-31', '1970-01-01', '2000-02-29', '2023-07-13', '2200-12-31'])
      expect(fromDayNumber(dayNumber(date))).toBe(date);
  });

  it('know leap years: 2000 has a 29 February, 1900 and 2023 do not', () => {
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });
});

describe('showing and building dates', () => {
  it('writes a date the Vietnamese way, day first', () => {
    expect(formatVnDate('2023-07-13')).toBe('13/07/2023');
    expect(formatVnDate('2023-11-05')).toBe('05/11/2023');
  });

  it('makes a date cell with its day number and time of day (seconds dropped)', () => {
    expect(sheetDate('2023-07-13')).toEqual({
      kind: 'date',
      date: '2023-07-13',
      day: 19551,
      minutes: 0,
    });
    // 07:30 = 7 × 60 + 30 = 450 minutes; 08:00:05 keeps 480 whole minutes.
    expect(sheetDate('2023-07-14', '07:30').minutes).toBe(450);
    expect(sheetDate('2023-07-14', '08:00:05').minutes).toBe(480);
  });
});

describe('readDate', () => {
  it('reads date cells and dd/MM/yyyy text, refusing impossible dates', () => {
    expect(readDate(sheetDate('2023-07-13'))).toBe('2023-07-13');
    expect(readDate('13/07/2023')).toBe('2023-07-13');
    expect(readDate('3/7/2023')).toBe('2023-07-03');
    expect(readDate('2023-07-13')).toBe('2023-07-13');
    expect(readDate('31/02/2023')).toBeNull();
    expect(readDate('07/13/2023')).toBeNull();
    expect(readDate(45120)).toBeNull();
  });

  it('accepts the other separators the contract allows, and spaces around', () => {
    expect(readDate('13-07-2023')).toBe('2023-07-13');
    expect(readDate('13.07.2023')).toBe('2023-07-13');
    expect(readDate('  05/11/2023 ')).toBe('2023-11-05');
  });

  it('accepts 29/02 only in a leap year', () => {
    expect(readDate('29/02/2024')).toBe('2024-02-29');
    expect(readDate('29/02/2000')).toBe('2000-02-29');
    expect(readDate('29/02/2023')).toBeNull();
    // Divisible by 100 but not by 400: not a leap year.
    expect(readDate('29/02/1900')).toBeNull();
  });

  it('refuses a day the month does not have, and years outside 1900–2200', () => {
    expect(readDate('31/04/2023')).toBeNull();
    expect(readDate('30/04/2023')).toBe('2023-04-30');
    expect(readDate('00/04/2023')).toBeNull();
    expect(readDate('01/13/2023')).toBeNull();
    expect(readDate('01/01/1900')).toBe('1900-01-01');
    expect(readDate('31/12/2200')).toBe('2200-12-31');
    expect(readDate('31/12/1899')).toBeNull();
    expect(readDate('01/01/2201')).toBeNull();
  });

  it('refuses text that is not a date, and non-text cells', () => {
    expect(readDate('hôm nay')).toBeNull();
    expect(readDate('13/07/23')).toBeNull();
    expect(readDate('')).toBeNull();
    expect(readDate(null)).toBeNull();
    expect(readDate(undefined)).toBeNull();
    expect(readDate(true)).toBeNull();
  });
});

describe('readDay', () => {
  it('gives the day number of a date cell or a date text, null otherwise', () => {
    expect(readDay(sheetDate('2023-07-13', '09:15'))).toBe(19551);
    expect(readDay('13/07/2023')).toBe(19551);
    expect(readDay('14/07/2023')).toBe(19552);
    expect(readDay('31/04/2023')).toBeNull();
    expect(readDay(12)).toBeNull();
  });
});

describe('readTime and formatTime', () => {
  it('reads HH:mm text and time cells as minutes after midnight', () => {
    expect(readTime('07:30')).toBe(450);
    expect(readTime('7h30')).toBe(450);
    expect(readTime(sheetDate('1899-12-30', '08:00:00'))).toBe(480);
    expect(readTime('24:00')).toBeNull();
    expect(readTime('7 giờ 30')).toBeNull();
  });

  it('accepts "7:30" and "07h30", up to 23:59, and refuses minutes past 59', () => {
    expect(readTime('7:30')).toBe(450);
    expect(readTime('07h30')).toBe(450);
    expect(readTime('17H00')).toBe(1020); // 17 × 60
    expect(readTime(' 00:00 ')).toBe(0);
    expect(readTime('23:59')).toBe(1439); // 23 × 60 + 59
    expect(readTime('07:60')).toBeNull();
    expect(readTime('7:5')).toBeNull();
    expect(readTime(0.3125)).toBeNull();
    expect(readTime(null)).toBeNull();
  });

  it('writes minutes after midnight as HH:mm', () => {
    expect(formatTime(450)).toBe('07:30');
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(1439)).toBe('23:59');
    expect(formatTime(readTime('7h05')!)).toBe('07:05');
  });
});
