import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/core/values';

describe('readNumber', () => {
  it.each([
    [120, 120],
    ['120', 120],
    [' 120 ', 120],
    ['１２０', 120], // full-width digits
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
    // A space inside a number is no thousands separator: two figures typed in one cell.
    ['35 15', 'text'],
    [' 1 050 ', 'text'],
    ['#N/A', 'error'],
    [true, 'boolean'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(readNumber(input as string)).toEqual({ ok: false, reason });
  });
});
