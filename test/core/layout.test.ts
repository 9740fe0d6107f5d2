import { describe, expect, it } from 'vitest';
import {
  columnWidths,
  mailLogLayout,
  progressBar,
  shownNumber,
  shownText,
  textWidth,
  wrappedLines,
} from '../../src/core/layout';
import { MAIL_LOG_COLUMN } from '../../src/core/vocabulary';

describe('the progress bar', () => {
  it('fills a tenth per 10 %, rounded down: only 100 % or more is full', () => {
    expect(progressBar(0)).toBe('░░░░░░░░░░');
    expect(progressBar(0.099)).toBe('░░░░░░░░░░');
    expect(progressBar(0.1)).toBe('█░░░░░░░░░');
    expect(progressBar(0.214)).toBe('██░░░░░░░░');
    expect(progressBar(0.3)).toBe('███░░░░░░░');
    expect(progressBar(0.999)).toBe('█████████░');
    expect(progressBar(1)).toBe('██████████');
    expect(progressBar(1.37)).toBe('██████████');
    expect(progressBar(-0.2)).toBe('░░░░░░░░░░');
  });
});

describe('what a cell shows', () => {
  it('formats numbers as the sheet formats them', () => {
    expect(shownNumber(66392, '#,##0')).toBe('66,392');
    expect(shownNumber(1234567.89, '#,##0')).toBe('1,234,568');
    expect(shownNumber(346.29, '#,##0.0')).toBe('346.3');
    expect(shownNumber(0.214, '0.0%')).toBe('21.4%');
    expect(shownNumber(-5, '#,##0')).toBe('-5');
    expect(shownNumber(12.5, undefined)).toBe('12.5');
  });

  it("takes a link's label, a date as dd/MM/yyyy, nothing for another formula", () => {
    expect(shownText({ formula: 'HYPERLINK("#gid=7","Cần ""Thạnh""")' })).toBe('Cần "Thạnh"');
    expect(shownText({ date: '2023-12-15' })).toHaveLength(10);
    expect(shownText({ formula: 'SUM(A1:A3)' })).toBe('');
    expect(shownText(null)).toBe('');
  });
});

describe('text widths at 10 pt', () => {
  it('give a date some 80 px with padding, bold wider than plain, digits alike', () => {
    expect(textWidth('15/12/2023') + 10).toBeGreaterThanOrEqual(80);
    // Arial's widths: "m" is wider than "n", "i" narrower, every digit alike.
    expect(textWidth('m')).toBeGreaterThan(textWidth('n'));
    expect(textWidth('i')).toBeLessThan(textWidth('n'));
    expect(textWidth('Trạng thái', true)).toBeGreaterThan(textWidth('Trạng thái'));
    expect(textWidth('1111')).toBe(textWidth('8888'));
    // Tone marks take no width of their own, composed or not.
    expect(textWidth('Hòa')).toBe(textWidth('Hoa'));
    expect(textWidth('Ho\u0300a')).toBe(textWidth('Hoa'));
  });

  it('count the lines a wrapped text takes', () => {
    expect(wrappedLines('Chưa kích hoạt', 1000)).toBe(1);
    expect(wrappedLines('Chưa kích hoạt', textWidth('Chưa kích') + 10)).toBe(2);
    expect(wrappedLines('một\nhai', 1000)).toBe(2);
  });
});

describe('column widths', () => {
  const rows = [
    ['Một tiêu đề rất dài của chiến dịch, tràn sang phải thay vì làm rộng cột A'],
    ['STT', 'Đơn vị', 'Nhóm', ''],
    ['', '', 'Chưa kích hoạt', 'Dự kiến xong'],
    [1, 'Cần Thạnh', 1234567, { date: '2023-12-15' }],
  ];
  const widths = columnWidths(rows, {
    fromRow: 2,
    wrapRows: [2, 3],
    boldRows: [2, 3],
    formats: [{ col: 3, fromRow: 4, toRow: 4, format: '#,##0' }],
    merges: [{ row: 2, col: 3, rows: 1, cols: 2 }],
  });

  it('leave out the title rows above `fromRow` and a merge over several columns', () => {
    expect(widths).toHaveLength(4);
    // Column A: "STT" and "1", not the title.
    expect(widths[0]).toBeLessThanOrEqual(60);
    // "Nhóm" is merged over C:D: column C is as wide as "1,234,567" or "Chưa kích" needs.
    expect(widths[2]).toBeLessThan(textWidth('Chưa kích hoạt', true) + 12);
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth('1,234,567') + 12);
  });

  it('give a wrapped header the width of half of it at least, or of its longest word', () => {
    expect(widths[2]).toBeGreaterThanOrEqual(Math.ceil(textWidth('Chưa kích hoạt', true) / 2));
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth('Chưa', true));
    // Dates fit whole (LibreOffice shows ### in a date too narrow for it).
    expect(widths[3]).toBeGreaterThanOrEqual(80);
  });

  it('are steps of 10 px between 36 and 420, or the width given for a column', () => {
    for (const w of widths) expect(w % 10).toBe(0);
    const fixed = columnWidths([['x'.repeat(500), 'y']], { fromRow: 1, fixed: { 2: 333 } });
    expect(fixed).toEqual([420, 333]);
    expect(columnWidths([['', 'a']], { fromRow: 1 })).toEqual([36, 36]);
  });
});

describe("the mail log's widths", () => {
  it('fit a time, a date and every kind whole, wrap the subject and the outcome, keep the signature narrow', () => {
    const header = [
      'Thời gian',
      'Loại',
      'Ngày số liệu',
      'Đơn vị',
      'Người nhận',
      'Tiêu đề',
      'Kết quả',
      'Chữ ký',
    ];
    const layout = mailLogLayout(
      [header, ['', '', '', '', 'a@b.vn, '.repeat(40), 'T'.repeat(300), '', 'f'.repeat(64)]],
      Object.values(MAIL_LOG_COLUMN.kinds),
    );
    const { widths } = layout;
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth('14/07/2023 08:00:00') + 10);
    expect(widths[2]).toBeGreaterThanOrEqual(80);
    // Đơn vị at least 120, Người nhận capped at 240; the subject 300 and the outcome 200, both
    // wrapped; the signature 70, cut.
    expect(widths.slice(3)).toEqual([120, 240, 300, 200, 70]);
    // The longest kind, the final report's, whole (bold is not used for the rows).
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('Báo cáo kết thúc') + 10);
    expect(layout.wrapCols).toEqual([6, 7]);
    expect(layout.borders).toEqual([{ row: 1, col: 1, rows: 2, cols: 8 }]);
  });
});
