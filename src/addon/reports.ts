// The monthly and final reports: which are due at a run (core/report-period.ts),
// their blocks on top of `Báo cáo tháng` (written by `run`, the daily job, once per period),
// and their e-mails to `Email nhận tổng hợp`, which go through the mail log like the digest
// (kind `monthly` or `final`, data date = the period's last day, no unit): the log's key makes
// each go once, across repeated runs, continuations and the menu's sending alike. A mail always
// carries its block as written (read back by core/report-read.ts when it goes in a later run).
import type { Campaign } from '../core/campaign';
import { lastDeadline } from '../core/campaign';
import type { Mail, MailLinks } from '../core/email';
import type { LogEntry } from '../core/mail-log';
import type { Moment } from '../core/moment';
import { stampText } from '../core/moment';
import type { ReportTable } from '../core/monthly-report';
import { reportTable } from '../core/monthly-report';
import type { Progress } from '../core/progress';
import { computeProgress } from '../core/progress';
import type { MadeReport, ReportKind, ReportPeriod } from '../core/report-period';
import { reportsDue } from '../core/report-period';
import { reportMail } from '../core/report-mail';
import { readReportTable } from '../core/report-read';
import { hasReport, reportSheet, writtenReports } from '../core/report-sheet';
import type { ReportRecord } from '../core/result';
import { countingDays } from '../core/calendar';
import { dayNumber } from '../core/dates';
import { REPORT } from '../core/messages-report';
import type { OutputCell } from '../core/output';
import { sameName } from '../core/text';
import { timeline } from '../core/timeline';
import type { Rows } from '../core/values';
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

/**
 * The table of a period: progress at its last day (the run's summary, when it is of that day)
 * and at the counting day before its first, with each unit's reporting in the period.
 */
export function tableOf(
  campaign: Campaign,
  period: ReportPeriod,
  now: Moment,
  summary?: Progress,
): ReportTable {
  const s = campaign.settings;
  const days = countingDays(s.start!, period.from, s);
  // The counting day before `from`; none (the start): the opening balances alone.
  const before = days.length >= 2 ? days[days.length - 2] : null;
  const at = summary?.asOf === period.to ? summary : computeProgress(campaign, period.to, now);
  // Per unit, its due days (its rhythm, to its deadline) from `from` to `to`, less those missed.
  const t = timeline(campaign, period.to, now);
  const first = dayNumber(period.from);
  const reporting = at.units.map((u, i) => {
    const due = t.dueDays(u.deadline, campaign.units[i].unit.frequency).days;
    const inPeriod = due.filter((d) => d >= first).length;
    const missed = u.missing.filter((d) => d >= period.from).length;
    return { reported: inPeriod - missed, due: inPeriod };
  });
  return reportTable(period, at, computeProgress(campaign, before, now), reporting);
}

export interface MadeReports {
  /** What result.json lists under `reports`: the blocks this run wrote. */
  records: ReportRecord[];
  /** Their tables, for the e-mails of the same run. */
  tables: ReportTable[];
  /** `Báo cáo tháng` as this run read and wrote it (undefined: not read), for the e-mails. */
  sheet?: Rows | null;
  /** Why a report due was not written (its tab is a unit's), in Vietnamese. */
  notice?: string;
}

/** The rows written, as a read would give them back (the blocks hold text and numbers). */
function asRead(rows: OutputCell[][]): Rows {
  return rows.map((r) => r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)));
}

/**
 * Writes the block of every report due whose period `Báo cáo tháng` does not hold yet, newest on
 * top; a period already there is left as it stands (it is what was mailed). `summary`: the
 * run's progress, reused for a period ending on its data date.
 */
export function writeReports(
  port: WorkbookPort,
  campaign: Campaign,
  now: Moment,
  summary?: Progress,
): MadeReports {
  // The sheet is read only on the days a report is due.
  if (!duePeriods(campaign, now).length) return { records: [], tables: [] };
  if (campaign.claimed.includes(SHEETS.monthly)) {
    const unit = campaign.units.find(({ unit }) => sameName(unit.tab, SHEETS.monthly));
    return { records: [], tables: [], sheet: null, notice: REPORT.claimed(unit?.unit.name ?? '') };
  }
  const existing = port.readValues(SHEETS.monthly);
  const written = writtenReports(existing);
  const tables = duePeriods(campaign, now, written)
    .filter((p) => !hasReport(written, p))
    .map((p) => tableOf(campaign, p, now, summary));
  if (!tables.length) return { records: [], tables: [], sheet: existing };
  const sheet = reportSheet(existing, tables, stampText(now));
  port.writeReport(sheet);
  return {
    records: tables.map(({ period: { kind, from, to } }) => ({ kind, from, to })),
    tables,
    sheet: asRead(sheet.rows),
  };
}

const REPORT_KINDS: ReportKind[] = ['monthly', 'final'];

/** Whether a mail log's kind is a leaders' report's. */
export const reportKind = (kind: string) => REPORT_KINDS.includes(kind as ReportKind);

/**
 * The e-mails of the reports owed, for the mail log to plan, each carrying its block exactly as
 * `Báo cáo tháng` holds it (the table this run made, or its block read back: never figures
 * worked out again). Of each kind, the newest block is owed while its report is due (its day
 * and grace, reports-period.ts) and after that for as long as the log holds a row of it waiting
 * (the quota put it off) or failed: a written report's mail is kept until it has gone to every
 * leader. `notify`, the menu's sending, sends what `run` made, never a report of its own. One a
 * stopped run left unconfirmed is planned like the digest: never sent again unless a person asks.
 * The sheet is read only when a report is due or owed, and once (`made.sheet` when `run` read it).
 */
export function reportMails(
  port: WorkbookPort,
  campaign: Campaign,
  now: Moment,
  log: LogEntry[],
  links: MailLinks,
  made: MadeReports = { records: [], tables: [] },
): Mail[] {
  const to = campaign.settings.digestTo;
  if (!to.length) return [];
  const isReport = (e: LogEntry) => reportKind(e.kind) && e.unit === '';
  // Rows of the newest report of each kind in the log that wait or failed, to recipients it has
  // not reached: a row of an older one (a newer block was mailed since) makes no run read the
  // sheet again and again.
  const newest = new Map<string, string>();
  for (const e of log)
    if (isReport(e) && e.dataDate > (newest.get(e.kind) ?? '')) newest.set(e.kind, e.dataDate);
  const sentTo = new Set(
    log
      .filter((e) => isReport(e) && e.outcome === 'sent')
      .flatMap((e) => e.recipients.map((r) => `${e.kind}|${e.dataDate}|${r}`)),
  );
  const waiting = log.filter(
    (e) =>
      isReport(e) &&
      (e.outcome === 'pending' || e.outcome === 'failed') &&
      e.dataDate === newest.get(e.kind) &&
      e.recipients.some((r) => !sentTo.has(`${e.kind}|${e.dataDate}|${r}`)),
  );
  if (!duePeriods(campaign, now).length && !waiting.length) return [];
  const rows =
    made.sheet !== undefined
      ? made.sheet
      : campaign.claimed.includes(SHEETS.monthly)
        ? null
        : port.readValues(SHEETS.monthly);
  const written = writtenReports(rows);
  const due = duePeriods(campaign, now, written);
  const fallback = {
    campaign: campaign.settings.campaign,
    deadline: lastDeadline(campaign) ?? '',
  };
  return REPORT_KINDS.flatMap((kind) => {
    const newest = written
      .filter((w) => w.kind === kind)
      .sort((a, b) => b.to.localeCompare(a.to))[0];
    if (!newest || !rows) return [];
    const owed =
      due.some((p) => p.kind === kind && p.to === newest.to) ||
      waiting.some((e) => e.kind === kind && e.dataDate === newest.to);
    if (!owed) return [];
    const reached = new Set(
      log
        .filter((e) => isReport(e) && e.kind === kind && e.dataDate === newest.to)
        .filter((e) => e.outcome === 'sent')
        .flatMap((e) => e.recipients),
    );
    if (to.every((r) => reached.has(r.toLowerCase()))) return [];
    const table =
      made.tables.find((t) => t.period.kind === kind && t.period.to === newest.to) ??
      readReportTable(rows, newest, fallback);
    return table ? [reportMail(table, to, links)] : [];
  });
}
