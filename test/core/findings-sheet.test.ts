import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings';
import { findingsSheet } from '../../src/core/findings-sheet';

const WHEN = '14/07/2023 08:00';
const gids: Record<string, number> = { 'Cần Thạnh': 7, 'Cấu hình': 0 };
const gid = (sheet: string) => gids[sheet] ?? null;

describe('Kiểm tra', () => {
  const findings: Finding[] = [
    {
      severity: 'error',
      code: 'negative',
      sheet: 'Cần Thạnh',
      cell: 'B10',
      message: 'Số âm (-5) không hợp lệ: hãy nhập số từ 0 trở lên.',
    },
    {
      severity: 'error',
      code: 'setting-missing',
      sheet: 'Cấu hình',
      message: 'Thiếu thiết lập "Tên chiến dịch".',
    },
    {
      severity: 'error',
      code: 'missing-tab',
      sheet: 'Đơn vị',
      cell: 'A8',
      message: 'Không có trang.',
    },
    {
      severity: 'warning',
      code: 'outlier',
      sheet: 'Cần Thạnh',
      cell: 'B12',
      message: '1234 lớn bất thường.',
    },
  ];
  const sheet = findingsSheet(findings, gid, WHEN);

  it('opens with the time, the counts of errors and warnings, and the header', () => {
    expect(sheet.name).toBe('Kiểm tra');
    expect(sheet.rows.slice(0, 3)).toEqual([
      ['Kết quả kiểm tra số liệu — lúc 14/07/2023 08:00'],
      ['3 lỗi, 1 cảnh báo'],
      ['Mức độ', 'Trang', 'Ô', 'Mã lỗi', 'Loại lỗi', 'Nội dung và cách sửa'],
    ]);
    expect(sheet.boldRows).toEqual([1, 3]);
    expect(sheet.frozenRows).toBe(3);
  });

  it('has a row per finding whose cell is a link to it (or to its sheet)', () => {
    expect(sheet.rows.slice(3)).toEqual([
      [
        'Lỗi',
        'Cần Thạnh',
        { formula: 'HYPERLINK("#gid=7&range=B10","B10")' },
        'negative',
        'Số âm',
        'Số âm (-5) không hợp lệ: hãy nhập số từ 0 trở lên.',
      ],
      [
        'Lỗi',
        'Cấu hình',
        { formula: 'HYPERLINK("#gid=0","Cấu hình")' },
        'setting-missing',
        'Thiếu thiết lập',
        'Thiếu thiết lập "Tên chiến dịch".',
      ],
      // A sheet without an id: the cell is named in plain text.
      ['Lỗi', 'Đơn vị', 'A8', 'missing-tab', 'Thiếu trang', 'Không có trang.'],
      [
        'Cảnh báo',
        'Cần Thạnh',
        { formula: 'HYPERLINK("#gid=7&range=B12","B12")' },
        'outlier',
        'Số bất thường',
        '1234 lớn bất thường.',
      ],
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(findingsSheet([], gid, WHEN).rows).toEqual([
      ['Kết quả kiểm tra số liệu — lúc 14/07/2023 08:00'],
      ['0 lỗi, 0 cảnh báo'],
      ['Mức độ', 'Trang', 'Ô', 'Mã lỗi', 'Loại lỗi', 'Nội dung và cách sửa'],
      ['Không phát hiện lỗi nào.'],
    ]);
  });

  it('leaves "Không phát hiện lỗi nào." out of the borders, so none crosses it', () => {
    const layout = findingsSheet([], gid, WHEN).layout!;
    // The header alone bordered: row 3, six columns.
    expect(layout.borders).toEqual([{ row: 3, col: 1, rows: 1, cols: 6 }]);
    expect(layout.merges).toEqual([]);
  });

  it('prints its table with borders, the messages wrapping in a column of their own width', () => {
    const layout = sheet.layout!;
    // The header and four findings, six columns, each cell bordered.
    expect(layout.borders).toEqual([{ row: 3, col: 1, rows: 5, cols: 6 }]);
    expect(layout.wrapRows).toEqual([3, 4, 5, 6, 7]);
    expect(layout.merges).toEqual([]);
    expect(layout.widths).toHaveLength(6);
    expect(layout.widths[5]).toBe(480);
    // "Loại lỗi" holds "Thiếu thiết lập", wider than its header; "Ô" holds "Cấu hình", wider
    // than B10; the title rows above the header do not count.
    expect(layout.widths[4]).toBeGreaterThanOrEqual(100);
    expect(layout.widths[0]).toBeLessThan(120);
  });
});
