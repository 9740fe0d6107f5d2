import { describe, expect, it } from 'vitest';
import { sheetLink } from '../../src/core/output';

describe('links to a sheet', () => {
  it('link to the sheet by its id', () => {
    expect(sheetLink(123456, 'Cần Thạnh')).toEqual({
      formula: 'HYPERLINK("#gid=123456","Cần Thạnh")',
    });
  });

  it('link to a cell of it when one is named', () => {
    expect(sheetLink(7, 'B10', 'B10')).toEqual({ formula: 'HYPERLINK("#gid=7&range=B10","B10")' });
  });

  it('link to the first sheet, whose id is 0', () => {
    expect(sheetLink(0, 'Cấu hình')).toEqual({ formula: 'HYPERLINK("#gid=0","Cấu hình")' });
  });

  it('double the quotes of a label, as a formula string needs', () => {
    expect(sheetLink(7, 'Chi đoàn "Sao Đỏ"')).toEqual({
      formula: 'HYPERLINK("#gid=7","Chi đoàn ""Sao Đỏ""")',
    });
  });

  it('are plain text when the sheet has no id (it does not exist)', () => {
    expect(sheetLink(null, 'Lý Nhơn')).toBe('Lý Nhơn');
    expect(sheetLink(null, 'B10', 'B10')).toBe('B10');
  });
});
