// A report's block read back for its e-mail (core/report-read.ts), and the table of a period as
// the daily job makes it (addon/reports.ts tableOf), on the small campaign of
// report-sheet.test.ts: every day counts, 01/07–31/08/2023; A and B under Tỉnh T > Huyện X, C
// under Tỉnh T, each reporting daily 01/07–12/07 only. The report of 10/08 covers 10/07–09/08:
// 31 counting days (22 in July, 9 in August), of which each unit reported 3 (10, 11, 12/07).
import { describe, expect, it } from 'vitest';
import { readReportTable } from '../../src/core/report-read';
import type { ReportTable } from '../../src/core/monthly-report';
import type { ReportPeriod } from '../../src/core/report-period';
import { reportSheet, writtenReports } from '../../src/core/report-sheet';
import { computeProgress } from '../../src/core/progress';
import type { OutputCell } from '../../src/core/output';
import type { Rows } from '../../src/core/values';
import { reportMails, tableOf } from '../../src/addon/reports';
import type { WorkbookPort } from '../../src/addon/workbook-port';
import type { UnitSpec } from '../fixtures/small-campaign';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

/** A moment in the campaign's zone, as the port gives it. */
const moment = (date: string, time: string) => ({
  ...at(date, time),
  seconds: 0,
  offset: '+07:00',
});

const days = Array.from({ length: 12 }, (_, i) => july(i + 1));
const unit = (name: string, parent: string, quota: number, c: number, a: number): UnitSpec => ({
  name,
  parent,
  quota,
  rows: days.map((d): [string, number, number] => [d, c, a]),
});
const campaign = smallCampaign(
  settingsRows(july(1), '2023-08-31'),
  [
    unit('A', 'Tỉnh T > Huyện X', 100, 5, 2),
    unit('B', 'Tỉnh T > Huyện X', 50, 3, 1),
    { ...unit('C', 'Tỉnh T', 200, 10, 5), openC: 20, openA: 10 },
  ],
  '2023-08-10',
);
const now = moment('2023-08-10', '08:00');
const august: ReportPeriod = {
  kind: 'monthly',
  from: '2023-07-10',
  to: '2023-08-09',
  month: 8,
  year: 2023,
};
const july10: ReportPeriod = { kind: 'monthly', from: july(1), to: july(9), month: 7, year: 2023 };
const fallback = { campaign: 'Không dùng', deadline: '2099-01-01' };

/** The sheet's rows as a read gives them back: text and numbers. */
const asRead = (rows: OutputCell[][]): Rows =>
  rows.map((r) => r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)));

describe('the table of a period', () => {
  it('gives each unit the days it reported of the days due in the period', () => {
    const t = tableOf(campaign, august, now);
    expect(t.hasDays).toBe(true);
    expect(t.rows.map((r) => [r.name, r.days])).toEqual([
      ['A', { reported: 3, due: 31 }],
      ['B', { reported: 3, due: 31 }],
      ['Cộng Huyện X', null],
      ['C', { reported: 3, due: 31 }],
      ['Cộng Tỉnh T', null],
      ['Tổng số', null],
    ]);
    // July's report (01/07–09/07): 9 days due, all reported.
    expect(tableOf(campaign, july10, now).rows[0].days).toEqual({ reported: 9, due: 9 });
  });

  it('reuses the run’s summary when it is of the period’s last day, and only then', () => {
    const summary = { ...computeProgress(campaign, '2023-08-09', now), campaign: 'Dùng lại' };
    expect(tableOf(campaign, august, now, summary).campaign).toBe('Dùng lại');
    const other = { ...computeProgress(campaign, '2023-08-08', now), campaign: 'Dùng lại' };
    expect(tableOf(campaign, august, now, other).campaign).not.toBe('Dùng lại');
  });
});

describe('a block read back', () => {
  const t = tableOf(campaign, august, now);
  it('is the table it was written from', () => {
    const rows = asRead(reportSheet(null, [t], '10/08/2023 08:00').rows);
    const [block] = writtenReports(rows);
    expect(readReportTable(rows, block, fallback)).toEqual(t);
  });

  it('finds an older block below a newer one, as it was written', () => {
    const older = tableOf(campaign, july10, moment('2023-07-10', '08:00'));
    const first = asRead(reportSheet(null, [older], '10/07/2023 08:00').rows);
    const rows = asRead(reportSheet(first, [t], '10/08/2023 08:00').rows);
    const blocks = writtenReports(rows);
    expect(blocks.map((b) => b.to)).toEqual(['2023-08-09', '2023-07-09']);
    expect(readReportTable(rows, blocks[1], fallback)).toEqual(older);
  });

  it('reads a final block at the deadline (no days left), and one written without the days', () => {
    const final: ReportTable = {
      ...t,
      period: { kind: 'final', from: july(1), to: '2023-08-31', month: 8, year: 2023 },
      daysLeft: 0,
    };
    const rows = asRead(reportSheet(null, [final], '01/09/2023 08:00').rows);
    expect(readReportTable(rows, writtenReports(rows)[0], fallback)).toEqual(final);
    const old: ReportTable = {
      ...t,
      hasDays: false,
      rows: t.rows.map((r) => ({ ...r, days: null })),
    };
    const oldRows = asRead(reportSheet(null, [old], '10/08/2023 08:00').rows);
    expect(readReportTable(oldRows, writtenReports(oldRows)[0], fallback)).toEqual(old);
  });
});

describe('the e-mails of the run that wrote the block', () => {
  it('take the sheet as the run read it: no second read of Báo cáo tháng', () => {
    const t = tableOf(campaign, august, now);
    const sheet = asRead(reportSheet(null, [t], '10/08/2023 08:00').rows);
    const port = {
      readValues: () => {
        throw new Error('Báo cáo tháng read again');
      },
    } as unknown as WorkbookPort;
    const withTo = {
      ...campaign,
      settings: { ...campaign.settings, digestTo: ['bcd@x.vn'] },
    };
    const links = { sheet: 'https://s', tab: () => null };
    const made = { records: [], tables: [], sheet };
    const mails = reportMails(port, withTo, now, [], links, made);
    expect(mails.map((m) => [m.kind, m.dataDate])).toEqual([['monthly', '2023-08-09']]);
    // Each unit reported 3 of its 31 days: none reported every day.
    expect(mails[0].text).toContain('0/3 đơn vị báo cáo đủ trong kỳ');
    expect(mails[0].text).toContain('  1. A (báo cáo 3/31 ngày) — ');
  });
});
