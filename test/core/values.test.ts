import { describe, expect, it } from 'vitest';
import { readDate, readTime } from '../../src/core/dates';
import { readNumber } from '../../src/core/values';
import { sheetDate } from '../../src/core/dates';

describe('readNumber', () => {
  it.each([
    [120, 120],
    ['120', 120],
    [' 1 050 ', 1050],
    ['1.050', 1050],
    ['12.345.678', 12345678],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['-5', -5],
    ['12.5', 12.5],
  ])('reads %j as %d', (input, expected) => {
    expect(readNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1,234', 'ambiguous'],
    ['mười hai', 'text'],
    ['12a', 'text'],
    ['#N/A', 'error'],
    [true, 'boolean'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(readNumber(input as string)).toEqual({ ok: false, reason });
  });
});

describe('readDate and readTime', () => {
  it('reads date cells and dd/MM/yyyy text, refusing impossible dates', () => {
    expect(readDate(sheetDate('2023-07-13'))).toBe('2023-07-13');
    expect(readDate('13/07/2023')).toBe('2023-07-13');
    expect(readDate('3/7/2023')).toBe('2023-07-03');
    expect(readDate('2023-07-13')).toBe('2023-07-13');
    expect(readDate('31/02/2023')).toBeNull();
    expect(readDate('07/13/2023')).toBeNull();
    expect(readDate(45120)).toBeNull();
  });

  it('reads HH:mm text and time cells as minutes after midnight', () => {
    expect(readTime('07:30')).toBe(450);
    expect(readTime('7h30')).toBe(450);
    expect(readTime(sheetDate('1899-12-30', '08:00:00'))).toBe(480);
    expect(readTime('24:00')).toBeNull();
    expect(readTime('7 giờ 30')).toBeNull();
  });
});
