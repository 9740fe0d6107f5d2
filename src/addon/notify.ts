// Sending what is due: the digest first, then reminders; never twice for the same data date
// and recipient (the mail log), never two runs at once (the document lock), within the daily
// quota (what does not fit waits as pending), and a failed send never stops the others.
import type { Campaign } from '../core/campaign';
import { formatVnDate } from '../core/dates';
import type { Mail, MailLinks } from '../core/email';
import { digestMail, reminderMail } from '../core/email';
import type { LogEntry } from '../core/mail-log';
import { logRows, logWrite, readLog, superseded, unsent } from '../core/mail-log';
import { MAIL } from '../core/messages';
import type { Moment } from '../core/moment';
import { stampText } from '../core/moment';
import type { Progress } from '../core/progress';
import { SHEETS } from '../core/vocabulary';
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
function dueMails(port: WorkbookPort, campaign: Campaign, progress: Progress): Mail[] {
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

/** Sends what is due for the data date, logging every message. */
export function sendDue(
  port: WorkbookPort,
  campaign: Campaign,
  progress: Progress,
  now: Moment,
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
          name: MAIL.sender,
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
    if (entries.length > 0) {
      const rows = logRows(entries, stampText(now, true), formatVnDate(progress.asOf));
      const write = logWrite(logValues, rows);
      if (write.kind === 'create') port.writeSheet(write.sheet);
      else port.appendRows(SHEETS.mailLog, write.row, write.rows);
    }
  } finally {
    // The log's new rows must be in the sheet before another run can take the lock and read it:
    // writes wait in a buffer until a flush (SpreadsheetApp.flush reference).
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
  return report;
}
