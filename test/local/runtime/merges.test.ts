// Merged ranges a loaded sheet holds, as Range.getMergedRanges and Range.isPartOfMerge tell them.
import { describe, expect, it } from 'vitest';
import { runtime } from '../../helpers';

function sheetWithMerges() {
  const rt = runtime();
  return rt.load.sheet('Cần Thạnh', {
    rows: [
      ['Ngày', 'Thu nhận', 'Kích hoạt', 'Ghi chú'],
      ['13/07', 120, '', 'Gộp hai dòng'],
      ['14/07', 95, 40, ''],
    ],
    merges: ['B2:C2', 'D2:D3'],
    maxRows: 5,
    maxColumns: 5,
  });
}

describe('merged ranges', () => {
  it('are those sharing a cell with the range, whole', () => {
    const sheet = sheetWithMerges();
    const a1 = (range: { getMergedRanges(): { getA1Notation(): string }[] }) =>
      range.getMergedRanges().map((r) => r.getA1Notation());
    expect(a1(sheet.getRange('A1:E5'))).toEqual(['B2:C2', 'D2:D3']);
    // C2 is covered by B2:C2; D3 by D2:D3; the whole merge comes back, not the cell.
    expect(a1(sheet.getRange('C2'))).toEqual(['B2:C2']);
    expect(a1(sheet.getRange('A3:D3'))).toEqual(['D2:D3']);
    expect(a1(sheet.getRange('A1:E1'))).toEqual([]);
    expect(sheet.getRange('C2').getMergedRanges()[0].getValue()).toBe(120);
  });

  it('make a range part of a merge when it overlaps one', () => {
    const sheet = sheetWithMerges();
    expect(
      ['B2', 'C2', 'D3', 'A1:B1', 'A2', 'C3', 'A3:D3'].map((a1) =>
        sheet.getRange(a1).isPartOfMerge(),
      ),
    ).toEqual([true, true, true, false, false, false, true]);
  });

  it('include those a script merges', () => {
    const sheet = sheetWithMerges();
    sheet.getRange('A4:B4').merge();
    expect(sheet.getRange('B4').isPartOfMerge()).toBe(true);
  });
});

describe('merging and breaking apart', () => {
  it('merges across rows and down columns, one merge per row or column', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp');
    sheet.getRange('A4:B5').mergeVertically();
    sheet.getRange('C4:E5').mergeAcross();
    expect([...sheet.merges].sort()).toEqual(['A4:A5', 'B4:B5', 'C4:E4', 'C5:E5']);
  });

  it('keeps only the top-left value of each merge, as Sheets does', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    sheet.getRange('A1:B2').mergeVertically();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('refuses to merge or unmerge over part of a merge; a merge wholly inside is replaced', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp');
    sheet.getRange('C4:E4').merge();
    const partly = /You must select all cells in a merged range to merge or unmerge them/;
    expect(() => sheet.getRange('D4:F4').merge()).toThrow(partly);
    expect(() => sheet.getRange('E3:E5').breakApart()).toThrow(partly);
    expect(() => sheet.getRange('D3:D4').mergeVertically()).toThrow(partly);
    sheet.getRange('A4:F5').merge();
    expect(sheet.merges).toEqual(['A4:F5']);
    sheet.getRange('A1:Z100').breakApart();
    expect(sheet.merges).toEqual([]);
  });

  it('move with rows and columns: a merge cut by a delete shrinks, one left a cell goes', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp');
    sheet.getRange('A2:A6').merge();
    sheet.getRange('C8:D8').merge();
    sheet.getRange('B9:B10').merge();
    sheet.deleteRows(4, 2); // rows 4–5: A2:A6 keeps rows 2, 3 and 6 (now 4)
    expect([...sheet.merges].sort()).toEqual(['A2:A4', 'B7:B8', 'C6:D6']);
    sheet.deleteColumns(4, 1); // C6:D6 keeps C6 alone: no merge
    expect([...sheet.merges].sort()).toEqual(['A2:A4', 'B7:B8']);
    sheet.insertRowsAfter(2, 3); // inside A2:A4: it grows, as Sheets grows it
    expect([...sheet.merges].sort()).toEqual(['A2:A7', 'B10:B11']);
    sheet.deleteRows(1, 11);
    expect(sheet.merges).toEqual([]);
  });
});
