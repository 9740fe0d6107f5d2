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
