import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import { OUTCOME_COLUMN, logRow, newLog, readLog } from '../../src/core/mail-log';
import type { Rows } from '../../src/core/values';

const HEADER = ['Thời gian', 'Loại', 'Ngày số liệu', 'Đơn vị', 'Người nhận', 'Tiêu đề', 'Kết quả'];

describe('reading the mail log', () => {
  it('reads each row with its row number: kind, data date, unit, recipients and outcome', () => {
    const rows: Rows = [
      HEADER,
      ['t', 'Tổng hợp', sheetDate('2023-07-13'), '', 'BCD@x.vn; b@x.vn', 'S1', 'Đã gửi'],
      ['t', 'Nhắc báo cáo', '13/07/2023', 'Thạnh An', 'ca@x.vn', 'S2', 'Chờ gửi'],
      ['t', 'Nhắc báo cáo', '13/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S3', 'Đang gửi — chưa xác nhận'],
      ['t', 'Nhắc báo cáo', '12/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S4', 'Lỗi: hộp thư đầy'],
      ['t', 'Nhắc báo cáo', '11/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S5', 'Đã gửi lại'],
      ['t', 'Nhắc báo cáo', '10/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S6', 'Bỏ qua — không còn cần gửi'],
    ];
    expect(
      readLog(rows).map((e) => [e.row, e.kind, e.dataDate, e.unit, e.recipients, e.outcome]),
    ).toEqual([
      [2, 'digest', '2023-07-13', '', ['bcd@x.vn', 'b@x.vn'], 'sent'],
      [3, 'reminder', '2023-07-13', 'Thạnh An', ['ca@x.vn'], 'pending'],
      [4, 'reminder', '2023-07-13', 'Lý Nhơn', ['ln@x.vn'], 'sending'],
      [5, 'reminder', '2023-07-12', 'Lý Nhơn', ['ln@x.vn'], 'failed'],
      [6, 'reminder', '2023-07-11', 'Lý Nhơn', ['ln@x.vn'], 'sent'],
      [7, 'reminder', '2023-07-10', 'Lý Nhơn', ['ln@x.vn'], 'skipped'],
    ]);
  });

  it('skips rows that are not messages (unknown kind, no data date) but keeps row numbers', () => {
    const rows: Rows = [
      HEADER,
      ['t', 'Ghi chú', '13/07/2023', '', 'a@x.vn', '', 'Đã gửi'],
      ['t', 'Tổng hợp', '', '', 'a@x.vn', '', 'Đã gửi'],
      ['t', 'Tổng hợp', '13/07/2023', '', 'a@x.vn', '', 'Đã gửi'],
    ];
    expect(readLog(rows).map((e) => e.row)).toEqual([4]);
    expect(readLog(null)).toEqual([]);
  });

  it('reads a data date written as text whatever number format the column is given', () => {
    // Written as text "13/07/2023": a number format applied by a person leaves text as text.
    const rows: Rows = [HEADER, ['t', 'Tổng hợp', '13/07/2023', '', 'a@x.vn', '', 'Đã gửi']];
    expect(readLog(rows)[0].dataDate).toBe('2023-07-13');
  });

  it('reads a data date a person turned into a number (a Sheets serial) or a date cell', () => {
    // 45120 days after 30/12/1899 is 13/07/2023.
    const rows: Rows = [
      HEADER,
      ['t', 'Tổng hợp', 45120, '', 'a@x.vn', '', 'Đã gửi'],
      ['t', 'Tổng hợp', sheetDate('2023-07-13'), '', 'a@x.vn', '', 'Đã gửi'],
      ['t', 'Tổng hợp', 13, '', 'a@x.vn', '', 'Đã gửi'],
    ];
    expect(readLog(rows).map((e) => [e.row, e.dataDate])).toEqual([
      [2, '2023-07-13'],
      [3, '2023-07-13'],
    ]);
  });
});

describe('writing the mail log', () => {
  it('writes a row: time, kind in Vietnamese, the data date as dd/MM/yyyy text, recipients, outcome', () => {
    const row = logRow(
      {
        kind: 'reminder',
        dataDate: '2023-07-13',
        unit: 'Thạnh An',
        to: ['a@x.vn', 'b@x.vn'],
        subject: 'S',
      },
      '14/07/2023 08:00:05',
      'Chờ gửi',
    );
    expect(row).toEqual([
      '14/07/2023 08:00:05',
      'Nhắc báo cáo',
      '13/07/2023',
      'Thạnh An',
      'a@x.vn, b@x.vn',
      'S',
      'Chờ gửi',
    ]);
    expect(row[OUTCOME_COLUMN - 1]).toBe('Chờ gửi');
  });

  it('starts a log with its header, bold and frozen', () => {
    const sheet = newLog([['x']]);
    expect(sheet.rows[0]).toEqual(HEADER);
    expect(sheet.rows[1]).toEqual(['x']);
    expect([sheet.name, sheet.boldRows, sheet.frozenRows]).toEqual(['Nhật ký gửi thư', [1], 1]);
  });
});
