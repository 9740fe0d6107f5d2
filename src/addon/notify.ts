// Sending what is due: the digest first, then reminders; never twice for the same data date
// and recipient (the mail log), never two runs at once (the document lock), within the daily
// quota (what does not fit waits as pending), and a failed send never stops the others.
import type { Campaign } from '../core/campaign';
import { formatVnDate } from '../core/dates';
import type { Mail, MailLinks } from '../core/email';
import { digestMail, reminderMail } from '../core/email';
import type { LogEntry } from '../core/mail-log';
import { logRows, readLog, superseded, unsent } from '../core/mail-log';
import { MAIL_LOG, SHEETS } from '../core/messages';
import type { Progress } from '../core/progress';
import { errorMessage } from './errors';
import type { WorkbookPort } from './workbook-port';

export interface SendReport {
  /** Another run held the document lock: nothing was sent. */
  busy: boolean;
  sent: Mail[];
  pending: Mail[];
  failed: { mail: Mail; error: string }[];
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

/** Every message due for the progress's data date: the digest, and a reminder per missing unit. */
export function dueMails(port: WorkbookPort, campaign: Campaign, progress: Progress): Mail[] {
  if (!progress.asOf) return [];
  const l = links(port);
  const mails: Mail[] = [];
  if (campaign.settings.digestTo.length)
    mails.push(digestMail(progress, campaign.settings.digestTo, l));
  progress.units.forEach((u, i) => {
    const emails = campaign.units[i].unit.emails;
    if (u.reporting === 'missing' && emails.length)
      mails.push(reminderMail(progress, u, emails, campaign.settings.cutoff, l));
  });
  return mails;
}

/** What would be sent now (after the log), for the preview. */
export function mailsToSend(
  port: WorkbookPort,
  campaign: Campaign,
  progress: Progress,
  resend = false,
): Mail[] {
  return unsent(
    dueMails(port, campaign, progress),
    readLog(port.readValues(SHEETS.mailLog)),
    resend,
  );
}

/** Appends the entries below the log's rows as read (`existing`), in a fixed number of calls. */
function appendLog(
  port: WorkbookPort,
  existing: unknown[][] | null,
  entries: LogEntry[],
  now: Date,
  latest: string,
): void {
  if (entries.length === 0) return;
  const when = Utilities.formatDate(now, port.timeZone, 'dd/MM/yyyy HH:mm:ss');
  const rows = logRows(entries, when, formatVnDate(latest));
  if (!existing) {
    port.writeSheet({
      name: SHEETS.mailLog,
      rows: [[...MAIL_LOG.header], ...rows],
      boldRows: [1],
      frozenRows: 1,
      wide: { col: 6, width: 420 },
    });
    return;
  }
  const sheet = port.sheet(SHEETS.mailLog)!;
  const first = existing.length + 1;
  const need = first + rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  port.writeBlock(sheet, first, 1, rows);
}

/** Sends what is due for the data date, logging every message. */
export function sendDue(
  port: WorkbookPort,
  campaign: Campaign,
  progress: Progress,
  now: Date,
  resend = false,
): SendReport {
  const report: SendReport = { busy: false, sent: [], pending: [], failed: [] };
  if (!progress.asOf) return report;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) return { ...report, busy: true };
  try {
    // Read the log only once the lock is held, so an overlapping run cannot send the same.
    const logValues = port.readValues(SHEETS.mailLog);
    const log = readLog(logValues);
    const entries: LogEntry[] = superseded(log, progress.asOf);
    let remaining = MailApp.getRemainingDailyQuota();
    for (const mail of unsent(dueMails(port, campaign, progress), log, resend)) {
      const base = {
        time: '',
        kind: mail.kind,
        dataDate: mail.dataDate,
        unit: mail.unit,
        recipients: mail.to,
        subject: mail.subject,
      };
      if (mail.to.length > remaining) {
        report.pending.push(mail);
        entries.push({ ...base, outcome: 'pending' });
        continue;
      }
      try {
        MailApp.sendEmail({
          to: mail.to.join(','),
          subject: mail.subject,
          body: mail.text,
          htmlBody: mail.html,
          name: 'Tiến Độ',
        });
        remaining -= mail.to.length;
        report.sent.push(mail);
        entries.push({ ...base, outcome: 'sent' });
      } catch (error) {
        const detail = errorMessage(error);
        report.failed.push({ mail, error: detail });
        entries.push({ ...base, outcome: 'failed', detail });
      }
    }
    appendLog(port, logValues, entries, now, progress.asOf);
  } finally {
    lock.releaseLock();
  }
  return report;
}
