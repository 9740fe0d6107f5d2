// Sending what is due, so that a run stopped at any call leaves what the next run can finish
// from: the messages are first logged as pending (and flushed); each is marked as going in the
// document's properties (saved at once) before MailApp sends it; the outcomes reach the log at
// the end. A run that finds a send left in flight settles it first: what went is sent, and the
// message going when it stopped may or may not have gone: it is listed, never sent again on its
// own. The digest goes first; the quota and the run's own time budget leave the rest pending.
// Only the log's signed rows count (mail-seal.ts): a row typed into the sheet is reported.
import type { Campaign } from '../core/campaign';
import type { Mail, MailLinks } from '../core/email';
import { digestMail, reminderMail } from '../core/email';
import { digestContext } from '../core/digest-context';
import type { Finding } from '../core/findings';
import type { Inflight, LogEntry } from '../core/mail-log';
import {
  logRow,
  loggedFields,
  messageMark,
  settleInflight,
  unsignedFindings,
} from '../core/mail-log';
import type { Outgoing, Resend } from '../core/mail-plan';
import { digestOverQuota, planSend, recentUnconfirmed } from '../core/mail-plan';
import { MAIL } from '../core/messages';
import type { Moment } from '../core/moment';
import { stampText } from '../core/moment';
import type { Progress } from '../core/progress';
import { MAIL_LOG_COLUMN as MAIL_LOG, SHEETS } from '../core/vocabulary';
import { errorMessage } from './errors';
import { clearInflight, readInflight, saveInflight } from './inflight';
import type { MailLogSheet } from './mail-log-sheet';
import { appendRows, openLog, writeAdoption, writeOutcomes } from './mail-log-sheet';
import type { MailQuota } from './mail-quota';
import { mailQuota } from './mail-quota';
import { logSeal, markSigned, mayAdopt } from './mail-seal';
import type { MadeReports } from './reports';
import { reportMails, reportKind } from './reports';
import type { WorkbookPort } from './workbook-port';

export interface SendReport {
  /** Another run held the document lock: nothing was sent. */
  busy: boolean;
  sent: Outgoing[];
  /** Left pending: for want of quota, or of time in this run (a later run sends them). */
  pending: { outgoing: Outgoing; reason: 'quota' | 'later' }[];
  failed: { outgoing: Outgoing; error: string }[];
  /** Messages a stopped run marked as being sent and never confirmed. */
  unconfirmed: LogEntry[];
  /**
   * What a person must fix, found while sending: rows of the log without a valid signature, a
   * digest listed to more addresses than a whole day allows.
   */
  findings: Finding[];
}

export interface SendOptions {
  resend?: Resend;
  /** When (ms since the epoch, as Date.now() gives) to stop starting new sends. */
  until?: number;
  /** The reports this run made and `Báo cáo tháng` as it read it (see reports.ts). */
  reports?: MadeReports;
  /**
   * The campaign is over (as-of.ts, reportsOnly): only the leaders' reports may go; digests and
   * reminders, and their rows in the log, are left as they are.
   */
  reportsOnly?: boolean;
}

function links(port: WorkbookPort): MailLinks {
  return {
    sheet: port.url,
    tab: (tab) => {
      const id = port.sheetId(tab);
      return id === null ? null : `${port.url}#gid=${id}`;
    },
  };
}

/**
 * Every message due for the progress's data date: the digest (naming the messages the log
 * leaves unconfirmed, and the data's problems as read), the monthly or final report due at
 * `now` (none without `now`), and a reminder per missing unit.
 */
function dueMails(
  port: WorkbookPort,
  campaign: Campaign,
  progress: Progress,
  log: LogEntry[],
  now?: Moment,
  made?: MadeReports,
  reportsOnly = false,
): Mail[] {
  if (!progress.asOf) return [];
  const l = links(port);
  if (reportsOnly) return now ? reportMails(port, campaign, now, log, l, made) : [];
  const mails: Mail[] = [];
  const unconfirmed = recentUnconfirmed(log, progress.asOf);
  if (campaign.settings.digestTo.length)
    mails.push(
      digestMail(
        progress,
        campaign.settings.digestTo,
        l,
        unconfirmed,
        digestContext(campaign, progress),
      ),
    );
  if (now) mails.push(...reportMails(port, campaign, now, log, l, made));
  progress.units.forEach((u, i) => {
    const emails = campaign.units[i].unit.emails;
    // A tab that could not be read says nothing of reporting: no reminder on a guess. A unit
    // is reminded on the day its report fell due (every day for a daily unit, once a week for
    // a weekly one), not every day until it reports.
    const fellDue = u.missing[u.missing.length - 1] === progress.asOf;
    if (u.reporting === 'missing' && u.tabRead && fellDue && emails.length)
      mails.push(
        reminderMail(
          progress,
          u,
          emails,
          { cutoff: campaign.settings.cutoff, rules: campaign.settings },
          l,
        ),
      );
  });
  return mails;
}

/** The log's rows a plan may see: only the reports' once the campaign is over. */
function onlyReports(entries: LogEntry[], reportsOnly = false): LogEntry[] {
  return reportsOnly ? entries.filter((e) => reportKind(e.kind)) : entries;
}

/** What the mail log and the quota say that a person must fix: findings. */
function logFindings(log: MailLogSheet, campaign: Campaign, quota: MailQuota): Finding[] {
  return [
    ...digestOverQuota(campaign.settings, quota.daily),
    ...unsignedFindings(log.read.unsigned),
  ];
}

/**
 * What would be sent now, for the preview and the question before sending; the reports due at
 * `now` are among them when it is given.
 */
export function mailsToSend(
  port: WorkbookPort,
  campaign: Campaign,
  progress: Progress,
  resend: Resend = 'none',
  now?: Moment,
  reportsOnly = false,
): { send: Outgoing[]; unconfirmed: LogEntry[]; findings: Finding[]; quota: MailQuota } {
  const log = openLog(port, logSeal(port.id), mayAdopt());
  const quota = mailQuota();
  const findings = logFindings(log, campaign, quota);
  if (!progress.asOf) return { send: [], unconfirmed: [], findings, quota };
  const entries = onlyReports(log.read.entries, reportsOnly);
  const plan = planSend(
    dueMails(port, campaign, progress, entries, now, undefined, reportsOnly),
    entries,
    progress.asOf,
    { resend, dailyRecipients: quota.daily },
  );
  return { ...plan, findings, quota };
}

/** What the mail log and the quota say, for `Kiểm tra` when nothing is sent. */
export function mailFindings(port: WorkbookPort, campaign: Campaign): Finding[] {
  // A unit's tab of the log's name is a person's figures, not a log: `name-reserved` says so.
  if (campaign.claimed.includes(SHEETS.mailLog))
    return digestOverQuota(campaign.settings, mailQuota().daily);
  return logFindings(openLog(port, logSeal(port.id), mayAdopt()), campaign, mailQuota());
}

function send(mail: Mail, to: string[]): void {
  MailApp.sendEmail({
    to: to.join(','),
    subject: mail.subject,
    body: mail.text,
    htmlBody: mail.html,
    name: MAIL.sender,
  });
}

/** Sends what is due for the data date, logging every message before and after it goes. */
export function sendDue(
  port: WorkbookPort,
  campaign: Campaign,
  progress: Progress,
  now: Moment,
  options: SendOptions = {},
): SendReport {
  const report: SendReport = {
    busy: false,
    sent: [],
    pending: [],
    failed: [],
    unconfirmed: [],
    findings: [],
  };
  if (!progress.asOf) return { ...report, findings: mailFindings(port, campaign) };
  // The key first: creating it (once) takes the script lock, which an unbound script's run
  // below holds while it sends.
  const seal = logSeal(port.id);
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(30_000)) {
    // Say what this run could not send, as far as the log (read without the lock) tells.
    const waiting = mailsToSend(port, campaign, progress, options.resend, now, options.reportsOnly);
    report.pending = waiting.send.map((outgoing) => ({ outgoing, reason: 'later' }));
    return { ...report, findings: waiting.findings, busy: true };
  }
  try {
    // Read the log only once the lock is held, so an overlapping run cannot send the same (a
    // run that started before another created it, on the first day, looks for it again); and
    // settle what a stopped run left in flight.
    port.lookAgain(SHEETS.mailLog);
    const adopt = mayAdopt();
    const log = openLog(port, seal, adopt);
    const quota = mailQuota();
    report.findings = logFindings(log, campaign, quota);
    const entries = onlyReports(log.read.entries, options.reportsOnly);
    const left = readInflight();
    const settled = left ? settleInflight(log.read.entries, left) : [];
    const plan = planSend(
      dueMails(port, campaign, progress, entries, now, options.reports, options.reportsOnly),
      entries,
      progress.asOf,
      { resend: options.resend, dailyRecipients: quota.daily },
    );
    report.unconfirmed = plan.unconfirmed.filter((e) => plan.send.every((o) => o.row !== e.row));
    // 1. Every message due is in the log, pending, before any is sent.
    writeAdoption(port, log);
    const fresh = plan.send.filter((o) => o.row === null);
    if (fresh.length) {
      const time = stampText(now, true);
      const rows = fresh.map((o) => logRow(o.message, time, MAIL_LOG.pending, seal));
      const first = appendRows(port, log, rows);
      fresh.forEach((o, i) => {
        o.row = first + i;
        log.fields.set(o.row, loggedFields(o.message, time));
      });
    }
    writeOutcomes(port, log, [...settled, ...plan.close]);
    port.flush();
    if (adopt && log.values) markSigned();
    if (left) clearInflight();
    // 2. Each message is marked as going (saved at once) before MailApp sends it.
    let remaining = quota.remaining;
    const inflight: Inflight = { sent: [], resent: [], current: null };
    // Whether this run left a record in flight: it must let it go however its sends ended, or
    // the next run would take a failed send for one that may have gone and never try it again.
    let marked = false;
    for (const o of plan.send) {
      if (options.until !== undefined && Date.now() >= options.until) {
        report.pending.push({ outgoing: o, reason: 'later' });
        continue;
      }
      if (o.message.to.length > remaining) {
        report.pending.push({ outgoing: o, reason: 'quota' });
        continue;
      }
      // Each row named with its message's mark: found again if the log is sorted meanwhile.
      const named = `${o.row}:${messageMark({ ...o.message, recipients: o.message.to.map((r) => r.toLowerCase()) })}`;
      saveInflight({ ...inflight, current: named });
      marked = true;
      try {
        send(o.mail, o.message.to);
        remaining -= o.message.to.length;
        report.sent.push(o);
        (o.resend ? inflight.resent : inflight.sent).push(named);
      } catch (error) {
        // Not sent: tried again by the next run, whether or not its line reaches the log.
        report.failed.push({ outgoing: o, error: errorMessage(error) });
      }
    }
    // 3. The outcomes into the log (what went, what failed, why the others wait); the record in
    // flight is let go only once they are in the sheet.
    if (marked) saveInflight(inflight);
    writeOutcomes(port, log, [
      ...report.sent.map((o) => ({
        row: o.row!,
        text: o.resend ? MAIL_LOG.resent : MAIL_LOG.sent,
      })),
      ...report.failed.map(({ outgoing, error }) => ({
        row: outgoing.row!,
        text: MAIL_LOG.failed(error),
      })),
      ...report.pending.map(({ outgoing, reason }) => ({
        row: outgoing.row!,
        text: reason === 'quota' ? MAIL_LOG.pendingQuota : MAIL_LOG.pendingLater,
      })),
    ]);
    port.flush();
    if (marked) clearInflight();
  } finally {
    // The log's rows must be in the sheet before another run can take the lock and read it:
    // writes wait in a buffer until a flush (SpreadsheetApp.flush reference).
    port.flush();
    lock.releaseLock();
  }
  return report;
}
