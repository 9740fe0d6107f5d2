import { describe, expect, it } from 'vitest';
import type { TabLayout } from '../../src/core/tab-layout';
import { findLayout, stampTarget } from '../../src/core/tab-layout';
import type { Rows } from '../../src/core/values';

const HEADER = ['Ngày', 'Thu nhận', 'Kích hoạt', 'Ghi chú', 'Cập nhật lúc'];

describe('finding the header row of a unit tab', () => {
  it('finds the header below a title and help rows, with each column in place', () => {
    const rows: Rows = [['Cần Thạnh — số liệu hằng ngày'], ['Mỗi hàng là một ngày.'], HEADER];
    expect(findLayout(rows)).toEqual({
      headerRow: 3,
      dateCol: 0,
      indicatorCols: [
        { indicator: 'Thu nhận', col: 1 },
        { indicator: 'Kích hoạt', col: 2 },
      ],
      duplicates: [],
      noteCol: 3,
      stampCol: 4,
      width: 5,
    });
  });

  it('looks only at the first 10 rows', () => {
    const titles = (n: number): Rows => Array.from({ length: n }, (_, i) => [`Dòng ${i + 1}`]);
    expect(findLayout([...titles(9), HEADER])?.headerRow).toBe(10);
    expect(findLayout([...titles(10), HEADER])).toBeNull();
  });

  it('does not take a long title or help sentence that starts with "Ngày" for the header', () => {
    const rows: Rows = [
      ['Ngày nhập số liệu: trước 07:30 sáng hôm sau, mỗi hàng một ngày', 'Thu nhận'],
      ['NGAY', 'thu nhan'],
    ];
    expect(findLayout(rows)).toMatchObject({
      headerRow: 2,
      indicatorCols: [{ indicator: 'Thu nhận', col: 1 }],
    });
  });

  it('needs an indicator: Ghi chú and Cập nhật lúc are not indicators', () => {
    expect(findLayout([['Ngày', 'Ghi chú', 'Cập nhật lúc']])).toBeNull();
    expect(findLayout([['Ngày'], ['Ngày', 'Ghi chú'], HEADER])?.headerRow).toBe(3);
  });

  it('takes any other header as an indicator, wherever the date column is', () => {
    expect(findLayout([['STT', 'Sinh viên mới', 'Ngày']])).toMatchObject({
      dateCol: 2,
      indicatorCols: [
        { indicator: 'STT', col: 0 },
        { indicator: 'Sinh viên mới', col: 1 },
      ],
      duplicates: [],
      noteCol: -1,
      stampCol: -1,
    });
  });

  it('counts the width up to the last header in use, ignoring trailing blanks', () => {
    const layout = findLayout([['Ngày', 'Thu nhận', '', 'Ghi chú', '', '', null]]);
    expect(layout).toMatchObject({
      indicatorCols: [{ indicator: 'Thu nhận', col: 1 }],
      duplicates: [],
      noteCol: 3,
      stampCol: -1,
      width: 4,
    });
  });
});

describe('which entry time to stamp after an edit', () => {
  // Header in row 3: A Ngày, B Thu nhận, C Kích hoạt, D Ghi chú, E Cập nhật lúc.
  const layout = findLayout([['Tiêu đề'], ['Hướng dẫn'], HEADER])!;
  const edit = (row: number, col: number, rows = 1, cols = 1) => ({ row, col, rows, cols });

  it("stamps the row's Cập nhật lúc cell when a figure below the header changes", () => {
    expect(stampTarget(layout, edit(5, 2))).toEqual({ col: 5, from: 5, to: 5 });
    expect(stampTarget(layout, edit(9, 3))).toEqual({ col: 5, from: 9, to: 9 });
  });

  it('stamps nothing for an edit above or on the header row', () => {
    expect(stampTarget(layout, edit(2, 2))).toBeNull();
    expect(stampTarget(layout, edit(3, 2))).toBeNull();
  });

  it('stamps nothing for an edit of the note or the date only', () => {
    expect(stampTarget(layout, edit(5, 4))).toBeNull();
    expect(stampTarget(layout, edit(5, 1))).toBeNull();
  });

  it('stamps from the first data row when a pasted block spans the header', () => {
    // Rows 2–7, columns A–E: the data rows among them are 4–7.
    expect(stampTarget(layout, edit(2, 1, 6, 5))).toEqual({ col: 5, from: 4, to: 7 });
    // A block of the note and the stamp columns only touches no figure.
    expect(stampTarget(layout, edit(4, 4, 3, 2))).toBeNull();
  });

  it('stamps nothing when the tab has no Cập nhật lúc column or no header', () => {
    const noStamp: TabLayout = findLayout([['Ngày', 'Thu nhận', 'Kích hoạt']])!;
    expect(stampTarget(noStamp, edit(5, 2))).toBeNull();
    expect(stampTarget(null, edit(5, 2))).toBeNull();
  });
});
