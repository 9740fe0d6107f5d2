// The monthly and final reports (issue 15): which are due at a run (core/report-period.ts),
// their blocks on top of `Báo cáo tháng` (written by `run`, the daily job, once per period),
// and their e-mails to `Email nhận tổng hợp`, which go through the mail log like the digest
// (kind `monthly` or `final`, data date = the period's last day, no unit): the log's key makes
// each go once, across repeated runs, continuations and the menu's sending alike.
import type { Campaign } from '../core/campaign';
import { lastDeadline } from '../core/campaign';
import type { Mail, MailLinks } from '../core/email';
import type { LogEntry } from '../core/mail-log';
import type { Moment } from '../core/moment';
import { stampText } from '../core/moment';
import type { ReportTable } from '../core/monthly-report';
import { reportTable } from '../core/monthly-report';
import { computeProgress } from '../core/progress';
import type { MadeReport, ReportPeriod } from '../core/report-period';
import { reportsDue } from '../core/report-period';
import { reportMail } from '../core/report-mail';
import { hasReport, reportSheet, writtenReports } from '../core/report-sheet';
import type { ReportRecord } from '../core/result';
import { countingDays } from '../core/calendar';
import { SHEETS } from '../core/vocabulary';
import type { WorkbookPort } from './workbook-port';

/**
 * The reports due at `now` (none without a start and a deadline); `made`, the reports
 * `Báo cáo tháng` holds, says where a monthly period starts.
 */
export function duePeriods(
  campaign: Campaign,
  now: Moment,
  made: MadeReport[] = [],
): ReportPeriod[] {
  const s = campaign.settings;
  const end = lastDeadline(campaign);
  if (!s.start || !s.deadline || !end) return [];
  return reportsDue({ ...s, start: s.start, end }, now, made);
}

/** The reports `Báo cáo tháng` holds ([] when it is a unit's tab: not the add-on's). */
function madeReports(port: WorkbookPort, campaign: Campaign): MadeReport[] {
  if (campaign.claimed.includes(SHEETS.monthly)) return [];
  return writtenReports(port.readValues(SHEETS.monthly));
}

/** The table of a period: progress at its last day and at the counting day before its first. */
export function tableOf(campaign: Campaign, period: ReportPeriod, now: Moment): ReportTable {
  const s = campaign.settings;
  const days = countingDays(s.start!, period.from, s);
  // The counting day before `from`; none (the start): the opening balances alone.
  const before = days.length >= 2 ? days[days.length - 2] : null;
  return reportTable(
    period,
    computeProgress(campaign, period.to, now),
    computeProgress(campaign, before, now),
  );
}

export interface MadeReports {
  /** What result.json lists under `reports`: the blocks this run wrote. */
  records: ReportRecord[];
  /** Their tables, for the e-mails of the same run. */
  tables: ReportTable[];
}

/**
 * Writes the block of every report due whose period `Báo cáo tháng` does not hold yet, newest on
 * top; a period already there is left as it stands (it is what was mailed).
 */
export function writeReports(port: WorkbookPort, campaign: Campaign, now: Moment): MadeReports {
  // The sheet is read only on the days a report is due.
  if (!duePeriods(campaign, now).length || campaign.claimed.includes(SHEETS.monthly))
    return { records: [], tables: [] };
  const existing = port.readValues(SHEETS.monthly);
  const written = writtenReports(existing);
  const tables = duePeriods(campaign, now, written)
    .filter((p) => !hasReport(written, p))
    .map((p) => tableOf(campaign, p, now));
  if (!tables.length) return { records: [], tables: [] };
  port.writeReport(reportSheet(existing, tables, stampText(now)));
  return {
    records: tables.map(({ period: { kind, from, to } }) => ({ kind, from, to })),
    tables,
  };
}

/**
 * The e-mails of the reports due, for the mail log to plan: only of a report whose block is in
 * `Báo cáo tháng` (made by this run, or by an earlier one: `notify`, the menu's sending, sends
 * what `run` made and the quota held back, never a report of its own); none for a period whose
 * message the log says went to every leader (the table is worked out only when needed). One a
 * stopped run left unconfirmed is planned like the digest: never sent again unless a person asks.
 */
export function reportMails(
  port: WorkbookPort,
  campaign: Campaign,
  now: Moment,
  log: LogEntry[],
  links: MailLinks,
  made: ReportTable[] = [],
): Mail[] {
  const to = campaign.settings.digestTo;
  if (!to.length) return [];
  let written: MadeReport[] | null = null;
  return duePeriods(campaign, now).flatMap((due) => {
    const reached = new Set(
      log
        .filter(
          (e) =>
            e.kind === due.kind && e.dataDate === due.to && e.unit === '' && e.outcome === 'sent',
        )
        .flatMap((e) => e.recipients),
    );
    if (to.every((r) => reached.has(r.toLowerCase()))) return [];
    const same = (p: ReportPeriod) => p.kind === due.kind && p.to === due.to;
    let table = made.find((t) => same(t.period));
    if (!table) {
      // The period as its block has it (or would): the sheet is read once, and only now.
      written ??= madeReports(port, campaign);
      const period = duePeriods(campaign, now, written).find(same);
      if (!period || !hasReport(written, period)) return [];
      table = tableOf(campaign, period, now);
    }
    return [reportMail(table, to, links)];
  });
}
