import { describe, expect, it } from 'vitest';
import { a1, cellPosition, columnLetter, columnNumber } from '../../src/core/a1';

describe('column letters', () => {
  it('go A…Z, then AA, and grow a letter after ZZ', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(columnLetter(52)).toBe('AZ');
    expect(columnLetter(53)).toBe('BA');
    // 26 one-letter columns + 26 × 26 two-letter columns = 702 = ZZ.
    expect(columnLetter(702)).toBe('ZZ');
    expect(columnLetter(703)).toBe('AAA');
  });

  it('read back as the same column number, in either case', () => {
    expect(columnNumber('A')).toBe(1);
    expect(columnNumber('z')).toBe(26);
    expect(columnNumber('aa')).toBe(27);
    expect(columnNumber('ZZ')).toBe(702);
    expect(columnNumber('AAA')).toBe(703);
    for (let col = 1; col <= 1000; col++) expect(columnNumber(columnLetter(col))).toBe(col);
  });
});

describe('cell references', () => {
  it('name a cell from a 0-based column and a 1-based row', () => {
    expect(a1(0, 1)).toBe('A1');
    expect(a1(1, 10)).toBe('B10');
    expect(a1(25, 3)).toBe('Z3');
    expect(a1(26, 3)).toBe('AA3');
  });

  it('give back the 1-based row and column of a cell, [0, 0] for anything else', () => {
    expect(cellPosition('B14')).toEqual([14, 2]);
    expect(cellPosition('AA3')).toEqual([3, 27]);
    expect(cellPosition(a1(4, 7))).toEqual([7, 5]);
    expect(cellPosition(undefined)).toEqual([0, 0]);
    expect(cellPosition('')).toEqual([0, 0]);
    expect(cellPosition('B')).toEqual([0, 0]);
    expect(cellPosition('14')).toEqual([0, 0]);
    expect(cellPosition('Cần Thạnh')).toEqual([0, 0]);
  });
});
