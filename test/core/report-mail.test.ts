// The reports' e-mails: how the mail log plans them (once per period, waiting past their data
// date, after the digest and before the reminders), how the log names them, and what they say.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Mail } from '../../src/core/email';
import type { LogEntry, Seal } from '../../src/core/mail-log';
import { readLog, sealText } from '../../src/core/mail-log';
import { planSend } from '../../src/core/mail-plan';
import type { ReportRow, ReportTable } from '../../src/core/monthly-report';
import { REPORT_MAIL_BYTES, reportMail } from '../../src/core/report-mail';

const DATE = '2023-08-10';
const mail = (over: Partial<Mail>): Mail => ({
  kind: 'reminder',
  unit: 'Xã A',
  to: ['a@x.vn'],
  subject: 'S',
  html: '',
  text: '',
  dataDate: DATE,
  units: [],
  ...over,
});
let row = 1;
const logged = (over: Partial<LogEntry>): LogEntry => ({
  row: ++row,
  time: 't',
  kind: 'reminder',
  dataDate: DATE,
  unit: 'Xã A',
  recipients: ['a@x.vn'],
  subject: 'S',
  outcome: 'sent',
  outcomeText: '',
  ...over,
});
const digest = mail({ kind: 'digest', unit: '', to: ['bcd@x.vn'] });
/** The report of 10/08, made the day before (its period ends on 09/08). */
const monthly = mail({ kind: 'monthly', unit: '', to: ['bcd@x.vn'], dataDate: '2023-08-09' });
const reminder = mail({});

describe('planning a report’s e-mail', () => {
  it('sends it after the digest and before the reminders', () => {
    const plan = planSend([reminder, monthly, digest], [], DATE);
    expect(plan.send.map((o) => o.mail.kind)).toEqual(['digest', 'monthly', 'reminder']);
  });

  it('keeps its pending row waiting past its data date, instead of closing it as older', () => {
    const pending = logged({
      kind: 'monthly',
      unit: '',
      dataDate: '2023-08-09',
      recipients: ['bcd@x.vn'],
      outcome: 'pending',
    });
    const plan = planSend([digest, monthly], [pending], DATE);
    expect(plan.close).toEqual([]);
    expect(plan.send.map((o) => [o.mail.kind, o.row])).toEqual([
      ['digest', null],
      ['monthly', pending.row],
    ]);
  });

  it('closes its pending row once no longer due, and never sends one sent again', () => {
    const pending = logged({
      kind: 'monthly',
      unit: '',
      dataDate: '2023-08-09',
      recipients: ['bcd@x.vn'],
      outcome: 'pending',
    });
    expect(planSend([digest], [pending], DATE).close).toEqual([
      { row: pending.row, text: 'Bỏ qua — không còn cần gửi' },
    ]);
    const sent = { ...pending, outcome: 'sent' as const };
    expect(planSend([digest, monthly], [sent], DATE).send.map((o) => o.mail.kind)).toEqual([
      'digest',
    ]);
  });

  it('goes, like the digest, to no more leaders than a whole day allows', () => {
    const to = ['l1@x.vn', 'l2@x.vn', 'l3@x.vn'];
    const plan = planSend([{ ...monthly, to }], [], DATE, { dailyRecipients: 2 });
    expect(plan.send.map((o) => o.message.to)).toEqual([['l1@x.vn', 'l2@x.vn']]);
  });
});

describe('the mail log', () => {
  const seal: Seal = (f) => createHmac('sha256', 'k').update(sealText('ss', f)).digest('hex');
  it('reads back the reports’ rows by their Vietnamese kinds', () => {
    const header = [
      'Thời gian',
      'Loại',
      'Ngày số liệu',
      'Đơn vị',
      'Người nhận',
      'Tiêu đề',
      'Kết quả',
    ];
    const rows = [
      header,
      ['t', 'Báo cáo tháng', '09/08/2023', '', 'bcd@x.vn', 'S', 'Đã gửi'],
      ['t', 'Báo cáo kết thúc', '05/11/2023', '', 'bcd@x.vn', 'S', 'Chờ gửi'],
    ];
    const read = readLog(rows, seal, true);
    expect(read.entries.map((e) => [e.kind, e.dataDate, e.outcome])).toEqual([
      ['monthly', '2023-08-09', 'sent'],
      ['final', '2023-11-05', 'pending'],
    ]);
  });
});

/** A table of n units under one group, with one indicator and its status. */
function table(n: number, name = (i: number) => `Xã ${i}`): ReportTable {
  const rows: ReportRow[] = Array.from({ length: n }, (_, i) => ({
    kind: 'unit',
    stt: i + 1,
    name: name(i + 1),
    depth: 1,
    days: null,
    cells: [12, 1234, 0.1234, 1000, 8, 'Chậm tiến độ'],
  }));
  const sums = [1, 2, 0.5, 3, 4, null];
  rows.push(
    { kind: 'subtotal', stt: null, name: 'Cộng Huyện X', depth: 0, days: null, cells: sums },
    { kind: 'total', stt: null, name: 'Tổng số', depth: 0, days: null, cells: sums },
  );
  const col = (header: string, format: string | null) => ({
    indicator: 'Thu nhận',
    header,
    format,
  });
  return {
    period: { kind: 'monthly', from: '2023-07-10', to: '2023-08-09', month: 8, year: 2023 },
    campaign: 'Chiến dịch <Thử>',
    deadline: '2023-11-05',
    daysLeft: 88,
    hasDays: false,
    columns: [
      col('Trong kỳ', '#,##0'),
      col('Lũy kế', '#,##0'),
      col('Tỷ lệ', '0.0%'),
      col('Còn lại', '#,##0'),
      col('Cần đạt/ngày', '#,##0'),
      { indicator: null, header: 'Trạng thái', format: null },
    ],
    rows,
  };
}
const links = { sheet: 'https://sheet', tab: (t: string) => `https://sheet#${t}` };

describe('a report’s e-mail', () => {
  it('names the month and period in its subject, and gives each row its figures', () => {
    const m = reportMail(table(2), ['bcd@x.vn'], links);
    expect(m).toMatchObject({ kind: 'monthly', unit: '', dataDate: '2023-08-09', units: [] });
    expect(m.subject).toBe('[Tiến Độ] Báo cáo tháng 8/2023 (10/07–09/08/2023) — Chiến dịch ‹Thử›');
    expect(m.text).toContain(
      '  1. Xã 1 — Thu nhận: trong kỳ 12, lũy kế 1.234, tỷ lệ 12,3%, còn lại 1.000, cần đạt/ngày 8; Chậm tiến độ',
    );
    expect(m.html).toContain('<th colspan="5"');
    expect(m.html).toContain('<td nowrap align="right">12,3%</td>');
    expect(m.html).not.toContain('<Thử>');
    expect(m.html).toContain('https://sheet#Báo cáo tháng');
  });

  it('keeps personal numbers and markup a person typed out of it', () => {
    const m = reportMail(
      table(1, () => 'Xã <b>A</b> 0912 345 678'),
      ['bcd@x.vn'],
      links,
    );
    expect(m.html).not.toMatch(/0912|<b>A/);
    expect(m.text).not.toContain('0912');
  });

  it('cuts a province’s table to its first units, keeping every subtotal and the total', () => {
    const n = 3000;
    const m = reportMail(table(n), ['bcd@x.vn'], links);
    const shown = [...m.text.matchAll(/^ {2}(\d+)\. Xã \d+ — /gm)].map((x) => Number(x[1]));
    // The first units, in order, then a line counting the rest.
    expect(shown.length).toBeGreaterThan(100);
    expect(shown).toEqual(shown.map((_, i) => i + 1));
    expect(m.text).toContain(
      `… và ${n - shown.length} dòng nữa: xem đầy đủ ở trang "Báo cáo tháng" của bảng tính.`,
    );
    expect(m.text).toContain('Cộng Huyện X');
    expect(m.text).toContain('Tổng số');
    expect(m.html.split('<tr>').length - 1).toBe(2 + shown.length + 2);
    const bytes = Buffer.byteLength(m.html) + Buffer.byteLength(m.text);
    expect(bytes).toBeLessThan(200_000);
    expect(bytes).toBeGreaterThan(REPORT_MAIL_BYTES * 0.9);
  });

  it('names the final report in its subject', () => {
    const t = table(1);
    const m = reportMail(
      { ...t, period: { ...t.period, kind: 'final', from: '2023-06-26', to: '2023-11-05' } },
      ['bcd@x.vn'],
      links,
    );
    expect(m.kind).toBe('final');
    expect(m.subject).toBe(
      '[Tiến Độ] Báo cáo kết thúc chiến dịch (26/06–05/11/2023) — Chiến dịch ‹Thử›',
    );
  });

  it('keeps both years in its subject when the period crosses the new year', () => {
    const t = table(1);
    const period = {
      kind: 'monthly' as const,
      from: '2023-12-10',
      to: '2024-01-09',
      month: 1,
      year: 2024,
    };
    expect(reportMail({ ...t, period }, ['bcd@x.vn'], links).subject).toBe(
      '[Tiến Độ] Báo cáo tháng 1/2024 (10/12/2023–09/01/2024) — Chiến dịch ‹Thử›',
    );
  });

  it('colours the status cells as the digest does', () => {
    const t = table(2);
    t.rows[1].cells[5] = 'Hoàn thành';
    const m = reportMail(t, ['bcd@x.vn'], links);
    expect(m.html).toContain('<td nowrap style="color:#c5221f">Chậm tiến độ</td>');
    expect(m.html).toContain('<td nowrap style="color:#188038">Hoàn thành</td>');
  });

  it('shows each unit’s days reported of its days due, and how many units reported every day', () => {
    const t = table(3);
    t.hasDays = true;
    t.rows[0].days = { reported: 20, due: 20 };
    t.rows[1].days = { reported: 0, due: 20 };
    t.rows[2].days = { reported: 4, due: 4 };
    const m = reportMail(t, ['bcd@x.vn'], links);
    const line = '2/3 đơn vị báo cáo đủ trong kỳ';
    expect(m.text).toContain(line);
    expect(m.html).toContain(line);
    expect(m.text).toContain('  2. Xã 2 (báo cáo 0/20 ngày) — Thu nhận: trong kỳ 12');
    expect(m.html).toContain('<th rowspan="2" bgcolor="#f1f3f4">Số ngày báo cáo</th>');
    expect(m.html).toContain('<td nowrap align="center">0/20</td>');
  });

  it('splits five indicators over tables of at most 11 figure columns, each naming every unit', () => {
    const t = table(2);
    const names = ['A', 'B', 'C', 'D', 'E'];
    const five = names.flatMap((indicator) =>
      t.columns.slice(0, 5).map((c) => ({ ...c, indicator })),
    );
    const status = t.columns[5];
    const rows = t.rows.map((r) => ({
      ...r,
      cells: [...names.flatMap(() => r.cells.slice(0, 5)), r.cells[5]],
    }));
    const m = reportMail({ ...t, columns: [...five, status], rows }, ['bcd@x.vn'], links);
    // 25 figure columns, 5 an indicator: 2 + 2 + 1 indicators, i.e. 10, 10 and 5 columns.
    const tables = m.html.split('<table').slice(1);
    expect(tables).toHaveLength(3);
    expect(tables.map((x) => x.split('colspan="5"').length - 1)).toEqual([2, 2, 1]);
    for (const x of tables) {
      expect(x).toContain('Xã 1');
      expect(x).toContain('Xã 2');
      expect(x).toContain('Trạng thái');
    }
  });
});
