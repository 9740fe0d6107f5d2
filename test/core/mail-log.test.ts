import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import type { LogFields, Seal } from '../../src/core/mail-log';
import {
  OUTCOME_COLUMN,
  SIGNATURE_COLUMN,
  logRow,
  newLog,
  outcomeCells,
  readLog,
  sealText,
  settleInflight,
  unsignedFindings,
} from '../../src/core/mail-log';
import type { CellValue, Rows } from '../../src/core/values';

const OLD_HEADER = [
  'Thời gian',
  'Loại',
  'Ngày số liệu',
  'Đơn vị',
  'Người nhận',
  'Tiêu đề',
  'Kết quả',
];
const HEADER = [...OLD_HEADER, 'Chữ ký'];

/** HMAC-SHA256 in hex, as the add-on computes it with Utilities. */
const seal: Seal = (f) => createHmac('sha256', 'khóa').update(sealText('ss', f)).digest('hex');
/** The same rows signed for another spreadsheet, or under another key. */
const otherSheet: Seal = (f) => createHmac('sha256', 'khóa').update(sealText('x', f)).digest('hex');

/** A row as the add-on writes it: its seven cells and their signature. */
function signed(cells: CellValue[]): CellValue[] {
  const [entry] = readLog([OLD_HEADER, cells], seal, true).entries;
  return [...cells, seal(entry)];
}

const reminder = (date: CellValue, outcome = 'Đã gửi') => [
  '14/07/2023 08:00:05',
  'Nhắc báo cáo',
  date,
  'Thạnh An',
  'ca@x.vn',
  'S',
  outcome,
];

describe('reading the mail log', () => {
  it('reads each signed row with its row number: kind, data date, unit, recipients and outcome', () => {
    const rows: Rows = [
      HEADER,
      signed(['t', 'Tổng hợp', sheetDate('2023-07-13'), '', 'BCD@x.vn; b@x.vn', 'S1', 'Đã gửi']),
      signed(['t', 'Nhắc báo cáo', '13/07/2023', 'Thạnh An', 'ca@x.vn', 'S2', 'Chờ gửi']),
      signed(['t', 'Nhắc báo cáo', '13/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S3', 'Đang gửi — x']),
      signed(['t', 'Nhắc báo cáo', '12/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S4', 'Lỗi: hộp thư đầy']),
      signed(['t', 'Nhắc báo cáo', '11/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S5', 'Đã gửi lại']),
      signed(['t', 'Nhắc báo cáo', '10/07/2023', 'Lý Nhơn', 'ln@x.vn', 'S6', 'Bỏ qua — y']),
    ];
    const read = readLog(rows, seal);
    expect(
      read.entries.map((e) => [e.row, e.kind, e.dataDate, e.unit, e.recipients, e.outcome]),
    ).toEqual([
      [2, 'digest', '2023-07-13', '', ['bcd@x.vn', 'b@x.vn'], 'sent'],
      [3, 'reminder', '2023-07-13', 'Thạnh An', ['ca@x.vn'], 'pending'],
      [4, 'reminder', '2023-07-13', 'Lý Nhơn', ['ln@x.vn'], 'sending'],
      [5, 'reminder', '2023-07-12', 'Lý Nhơn', ['ln@x.vn'], 'failed'],
      [6, 'reminder', '2023-07-11', 'Lý Nhơn', ['ln@x.vn'], 'sent'],
      [7, 'reminder', '2023-07-10', 'Lý Nhơn', ['ln@x.vn'], 'skipped'],
    ]);
    expect([read.unsigned, read.adopted, read.signedHeader]).toEqual([[], [], true]);
    expect(readLog(null, seal).entries).toEqual([]);
  });

  it('takes no row a person typed or changed: each is reported, none counts', () => {
    const good = signed(reminder('13/07/2023'));
    const pending = signed(reminder('13/07/2023', 'Chờ gửi'));
    const lyNhon = [...reminder('13/07/2023').slice(0, 3), 'Lý Nhơn', 'ln@x.vn', 'S', 'Đã gửi'];
    const [lyNhonFields] = readLog([OLD_HEADER, lyNhon], seal, true).entries;
    const rows: Rows = [
      HEADER,
      good,
      reminder('13/07/2023'), // typed: no signature
      [...lyNhon, 'a1b2c3'], // a signature made up
      [...lyNhon, good[7]], // another row's signature, copied
      [...pending.slice(0, 6), 'Đã gửi', pending[7]], // `Chờ gửi` changed into `Đã gửi`
      ['', 'Ghi chú của chị Lan', '', '', '', '', ''], // no message, but not empty
      ['', '', '', '', '', '', '', ''], // empty: nothing to say
      [...lyNhon, otherSheet(lyNhonFields)], // signed for another spreadsheet
      [...good], // a signed row copied whole says what its original says: it counts
    ];
    const read = readLog(rows, seal);
    expect(read.entries.map((e) => e.row)).toEqual([2, 10]);
    expect(read.unsigned).toEqual([3, 4, 5, 6, 7, 9]);
  });

  it('a signed row still reads when a person turns its dates into numbers or date cells', () => {
    // 45120 days after 30/12/1899 is 13/07/2023; `Thời gian` as a date-time cell.
    const row = signed(reminder('13/07/2023'));
    const rows: Rows = [
      HEADER,
      row,
      [row[0], row[1], 45120, ...row.slice(3)],
      [sheetDate('2023-07-14', '08:00'), row[1], sheetDate('2023-07-13'), ...row.slice(3)],
      [row[0], row[1], 13, ...row.slice(3)], // 13 is no day
    ];
    const read = readLog(rows, seal);
    expect(read.entries.map((e) => [e.row, e.dataDate])).toEqual([
      [2, '2023-07-13'],
      [3, '2023-07-13'],
      [4, '2023-07-13'],
    ]);
    expect(read.unsigned).toEqual([5]);
  });

  it("takes an older version's log as it stands, once: when asked, and only with no signature in it", () => {
    const rows: Rows = [
      OLD_HEADER,
      reminder('13/07/2023'),
      ['', 'Ghi chú', '', '', '', '', ''],
      reminder('12/07/2023', 'Chờ gửi'),
    ];
    const adopted = readLog(rows, seal, true);
    expect(adopted.entries.map((e) => [e.row, e.dataDate, e.outcome])).toEqual([
      [2, '2023-07-13', 'sent'],
      [4, '2023-07-12', 'pending'],
    ]);
    expect(adopted.adopted).toEqual([
      { row: 2, signature: seal(adopted.entries[0]) },
      { row: 4, signature: seal(adopted.entries[1]) },
    ]);
    expect([adopted.unsigned, adopted.signedHeader]).toEqual([[3], false]);
    // Once this spreadsheet has signed its log (the caller knows), or the log has the header,
    // or any row of it is signed, typed rows are typed rows.
    expect(readLog(rows, seal, false).unsigned).toEqual([2, 3, 4]);
    expect(readLog([HEADER, ...rows.slice(1)], seal, true).unsigned).toEqual([2, 3, 4]);
    const withSigned = [...rows, signed(reminder('14/07/2023'))];
    expect(readLog(withSigned, seal, true).unsigned).toEqual([2, 3, 4]);
    expect(readLog(withSigned, seal, true).adopted).toEqual([]);
  });

  it('reports each run of adjacent unsigned rows once, at its first signature cell', () => {
    const findings = unsignedFindings([3, 4, 5, 9]);
    expect(findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ['warning', 'mail-log-unsigned', 'Nhật ký gửi thư', 'A3'],
      ['warning', 'mail-log-unsigned', 'Nhật ký gửi thư', 'A9'],
    ]);
    expect(findings[0].message).toMatch(/^Các hàng 3–5 không do Tiến Độ ghi/);
    expect(findings[1].message).toMatch(/^Hàng 9 không do Tiến Độ ghi/);
    expect(findings[1].message).toContain('Tiện ích không sửa, không xóa hàng này.');
  });
});

describe('writing the mail log', () => {
  const message = {
    kind: 'reminder' as const,
    dataDate: '2023-07-13',
    unit: 'Thạnh An',
    to: ['a@x.vn', 'b@x.vn'],
    subject: 'S',
  };

  it('writes a row: time, kind in Vietnamese, the data date as dd/MM/yyyy text, recipients, outcome, signature', () => {
    const row = logRow(message, '14/07/2023 08:00:05', 'Chờ gửi', seal);
    const fields: LogFields = {
      time: '2023-07-14 08:00',
      kind: 'reminder',
      dataDate: '2023-07-13',
      unit: 'Thạnh An',
      recipients: ['a@x.vn', 'b@x.vn'],
      subject: 'S',
      outcomeText: 'Chờ gửi',
    };
    expect(row).toEqual([
      '14/07/2023 08:00:05',
      'Nhắc báo cáo',
      '13/07/2023',
      'Thạnh An',
      'a@x.vn, b@x.vn',
      'S',
      'Chờ gửi',
      seal(fields),
    ]);
    expect(row[OUTCOME_COLUMN - 1]).toBe('Chờ gửi');
    expect(String(row[SIGNATURE_COLUMN - 1])).toMatch(/^[0-9a-f]{64}$/);
    expect(readLog([HEADER, row as CellValue[]], seal).entries).toHaveLength(1);
  });

  it('signs a row again with its new outcome; the old signature no longer fits', () => {
    const row = logRow(message, '14/07/2023 08:00:05', 'Chờ gửi', seal) as CellValue[];
    const [entry] = readLog([HEADER, row], seal).entries;
    const sent = [...row.slice(0, 6), ...outcomeCells(entry, 'Đã gửi', seal)] as CellValue[];
    expect(readLog([HEADER, sent], seal).entries.map((e) => e.outcome)).toEqual(['sent']);
    expect(readLog([HEADER, [...sent.slice(0, 7), row[7]]], seal).unsigned).toEqual([2]);
  });

  it('starts a log with its header, bold and frozen', () => {
    const sheet = newLog([['x']]);
    expect(sheet.rows[0]).toEqual(HEADER);
    expect(sheet.rows[1]).toEqual(['x']);
    expect([sheet.name, sheet.boldRows, sheet.frozenRows]).toEqual(['Nhật ký gửi thư', [1], 1]);
  });

  it('settles a stopped send on the rows it vouches for only', () => {
    const rows: Rows = [HEADER, signed(reminder('13/07/2023', 'Chờ gửi')), reminder('13/07/2023')];
    const { entries } = readLog(rows, seal);
    expect(settleInflight(entries, { sent: [2, 3], resent: [], current: null })).toEqual([
      { row: 2, text: 'Đã gửi' },
    ]);
    expect([entries[0].outcome, entries[0].outcomeText]).toEqual(['sent', 'Đã gửi']);
  });
});
