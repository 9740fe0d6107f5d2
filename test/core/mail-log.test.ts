import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import type { Mail } from '../../src/core/email';
import type { LogEntry } from '../../src/core/mail-log';
import { logRows, logWrite, readLog, superseded, unsent } from '../../src/core/mail-log';
import type { OutputCell } from '../../src/core/output';
import type { CellValue, Rows } from '../../src/core/values';
import { MAIL_LOG_COLUMN } from '../../src/core/vocabulary';

const HEADER = ['Thời gian', 'Loại', 'Ngày số liệu', 'Đơn vị', 'Người nhận', 'Tiêu đề', 'Kết quả'];

const entry = (over: Partial<LogEntry>): LogEntry => ({
  time: '14/07/2023 08:00:05',
  kind: 'digest',
  dataDate: '2023-07-13',
  unit: '',
  recipients: ['bcd@cangio.example.vn'],
  subject: 'Tổng hợp',
  outcome: 'sent',
  ...over,
});

const mail = (over: Partial<Mail>): Mail => ({
  kind: 'digest',
  unit: '',
  to: ['bcd@cangio.example.vn'],
  subject: 'Tổng hợp',
  html: '<p></p>',
  text: '',
  dataDate: '2023-07-13',
  units: [],
  ...over,
});

describe('reading the mail log', () => {
  it('reads each row: kind, data date, unit, recipients (lower case) and outcome', () => {
    const rows: Rows = [
      HEADER,
      [
        '14/07/2023 08:00:05',
        'Tổng hợp',
        sheetDate('2023-07-13'),
        '',
        'BCD@cangio.example.vn; b@x.vn',
        'S1',
        'Đã gửi',
      ],
      [
        '14/07/2023 08:00:06',
        'Nhắc báo cáo',
        '13/07/2023',
        'Thạnh An',
        'ca@x.vn',
        'S2',
        MAIL_LOG_COLUMN.pending,
      ],
      [
        '14/07/2023 08:00:07',
        'Nhắc báo cáo',
        '13/07/2023',
        'Lý Nhơn',
        'ln@x.vn',
        'S3',
        'Lỗi: Service invoked too many times',
      ],
      [
        '15/07/2023 08:00:00',
        'Nhắc báo cáo',
        '12/07/2023',
        'Lý Nhơn',
        'ln@x.vn',
        'S4',
        'Bỏ qua — đã có thư cho ngày 14/07/2023',
      ],
    ];
    expect(readLog(rows)).toEqual([
      entry({ recipients: ['bcd@cangio.example.vn', 'b@x.vn'], subject: 'S1' }),
      entry({
        time: '14/07/2023 08:00:06',
        kind: 'reminder',
        unit: 'Thạnh An',
        recipients: ['ca@x.vn'],
        subject: 'S2',
        outcome: 'pending',
      }),
      entry({
        time: '14/07/2023 08:00:07',
        kind: 'reminder',
        unit: 'Lý Nhơn',
        recipients: ['ln@x.vn'],
        subject: 'S3',
        outcome: 'failed',
      }),
      entry({
        time: '15/07/2023 08:00:00',
        kind: 'reminder',
        dataDate: '2023-07-12',
        unit: 'Lý Nhơn',
        recipients: ['ln@x.vn'],
        subject: 'S4',
        outcome: 'skipped',
      }),
    ]);
  });

  it('skips rows whose kind or data date it cannot read, and a missing log', () => {
    const rows: Rows = [
      HEADER,
      ['t', 'Thư khác', '13/07/2023', '', 'a@x.vn', 'S', 'Đã gửi'],
      ['t', 'Tổng hợp', 'hôm qua', '', 'a@x.vn', 'S', 'Đã gửi'],
      ['t', 'Tổng hợp', '', '', 'a@x.vn', 'S', 'Đã gửi'],
      [],
    ];
    expect(readLog(rows)).toEqual([]);
    expect(readLog(null)).toEqual([]);
  });
});

describe('what is still to send', () => {
  const log = [
    entry({ recipients: ['bcd@cangio.example.vn'] }),
    entry({ kind: 'reminder', unit: 'thạnh an', recipients: ['ca@x.vn'] }),
    entry({ kind: 'reminder', unit: 'Lý Nhơn', recipients: ['ln@x.vn'], outcome: 'pending' }),
    entry({ kind: 'reminder', unit: 'Long Hòa', recipients: ['lh@x.vn'], outcome: 'failed' }),
  ];

  it('drops the recipients already sent the same kind, data date and unit (any case)', () => {
    const mails = [
      mail({ to: ['BCD@cangio.example.vn', 'ubnd@cangio.example.vn'] }),
      mail({ kind: 'reminder', unit: 'Thạnh An', to: ['CA@x.vn'] }),
    ];
    expect(unsent(mails, log)).toEqual([mail({ to: ['ubnd@cangio.example.vn'] })]);
  });

  it('keeps a message of another data date, kind or unit, and one only pending or failed', () => {
    const mails = [
      mail({ dataDate: '2023-07-14' }),
      mail({ kind: 'reminder', unit: 'Thạnh An', to: ['bcd@cangio.example.vn'] }),
      mail({ kind: 'reminder', unit: 'Cần Thạnh', to: ['ca@x.vn'] }),
      mail({ kind: 'reminder', unit: 'Lý Nhơn', to: ['ln@x.vn'] }),
      mail({ kind: 'reminder', unit: 'Long Hòa', to: ['lh@x.vn'] }),
    ];
    expect(unsent(mails, log)).toEqual(mails);
  });

  it('keeps every recipient when a person chooses to resend', () => {
    const mails = [
      mail({ to: ['bcd@cangio.example.vn'] }),
      mail({ kind: 'reminder', unit: 'Thạnh An', to: ['ca@x.vn'] }),
    ];
    expect(unsent(mails, log, true)).toEqual(mails);
  });
});

describe('pending messages a newer data date replaces', () => {
  it('are the pending ones of earlier data dates that were not sent later', () => {
    const stale = entry({
      kind: 'reminder',
      unit: 'A',
      dataDate: '2023-07-12',
      outcome: 'pending',
    });
    const log = [
      stale,
      // Pending on 13/07, sent by a later run the same day: nothing to skip.
      entry({ kind: 'reminder', unit: 'B', outcome: 'pending' }),
      entry({ kind: 'reminder', unit: 'B', outcome: 'sent' }),
      // Pending for the current data date: still to be sent, not replaced.
      entry({ dataDate: '2023-07-14', outcome: 'pending' }),
    ];
    expect(superseded(log, '2023-07-14')).toEqual([{ ...stale, outcome: 'skipped' }]);
    expect(superseded([], '2023-07-14')).toEqual([]);
  });
});

describe('writing the mail log', () => {
  const entries = [
    entry({ recipients: ['a@x.vn', 'b@x.vn'], subject: 'S1' }),
    entry({ kind: 'reminder', unit: 'Thạnh An', recipients: ['ca@x.vn'], outcome: 'pending' }),
    entry({ kind: 'reminder', unit: 'Lý Nhơn', outcome: 'failed', detail: 'Quota exceeded' }),
    entry({ kind: 'reminder', unit: 'Long Hòa', dataDate: '2023-07-12', outcome: 'skipped' }),
  ];
  const rows = logRows(entries, '14/07/2023 08:00:05', '13/07/2023');

  it('writes one row per message with the outcome in words', () => {
    expect(rows[0]).toEqual([
      '14/07/2023 08:00:05',
      'Tổng hợp',
      { date: '2023-07-13' },
      '',
      'a@x.vn, b@x.vn',
      'S1',
      'Đã gửi',
    ]);
    expect(rows.map((r) => r[1])).toEqual([
      'Tổng hợp',
      'Nhắc báo cáo',
      'Nhắc báo cáo',
      'Nhắc báo cáo',
    ]);
    expect(rows.map((r) => r[6])).toEqual([
      MAIL_LOG_COLUMN.sent,
      MAIL_LOG_COLUMN.pending,
      'Lỗi: Quota exceeded',
      'Bỏ qua — đã có thư cho ngày 13/07/2023',
    ]);
  });

  it('reads back what it wrote as the same outcomes', () => {
    const asCells = (r: OutputCell[]): CellValue[] =>
      r.map((v) =>
        v && typeof v === 'object' && 'date' in v ? sheetDate(v.date) : (v as CellValue),
      );
    const back = readLog([HEADER, ...rows.map(asCells)]);
    expect(back.map((e) => [e.kind, e.dataDate, e.unit, e.outcome])).toEqual(
      entries.map((e) => [e.kind, e.dataDate, e.unit, e.outcome]),
    );
  });

  it('creates the log with its header the first time', () => {
    expect(logWrite(null, rows)).toEqual({
      kind: 'create',
      sheet: {
        name: 'Nhật ký gửi thư',
        rows: [HEADER, ...rows],
        boldRows: [1],
        frozenRows: 1,
        wide: expect.objectContaining({ col: 6 }),
      },
    });
  });

  it('appends below the rows already there, never rewriting them', () => {
    const existing: Rows = [HEADER, ['a'], ['b']];
    expect(logWrite(existing, rows)).toEqual({ kind: 'append', row: 4, rows });
    expect(logWrite([HEADER], rows)).toEqual({ kind: 'append', row: 2, rows });
  });
});
