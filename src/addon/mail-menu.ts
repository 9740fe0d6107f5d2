// The e-mail menu items: preview, send now, and the daily schedule (one time-driven trigger).
import { formatVnDate, formatTime } from '../core/dates';
import { previewHtml } from '../core/email';
import { NOTIFY } from '../core/messages';
import { loadCampaign, runCommand } from './commands';
import { mailsToSend, sendDue } from './notify';
import { progressAt } from './summarize';
import { spreadsheetPort } from './workbook-port';

export const DAILY_JOB = 'dailyJob';
/** Document property remembering the schedule, so the menu can say it without ScriptApp. */
export const SCHEDULE_PROPERTY = 'tienDo.dailySchedule';

function current() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const port = spreadsheetPort(ss);
  const now = new Date();
  const campaign = loadCampaign(port, now);
  return { ss, port, now, campaign, progress: progressAt(campaign, now, port.timeZone) };
}

export function previewEmails(): void {
  const ui = SpreadsheetApp.getUi();
  const { port, campaign, progress } = current();
  const mails = mailsToSend(port, campaign, progress);
  const quota = MailApp.getRemainingDailyQuota();
  const html = previewHtml(mails, progress.asOf, {
    none: progress.asOf
      ? NOTIFY.previewNone(formatVnDate(progress.asOf))
      : NOTIFY.previewNotStarted,
    count: NOTIFY.previewCount,
    quota: NOTIFY.previewQuota(quota),
    to: NOTIFY.to,
    subject: NOTIFY.subject,
  });
  ui.showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(860).setHeight(640),
    NOTIFY.previewTitle,
  );
}

export function sendEmailsNow(): void {
  const ui = SpreadsheetApp.getUi();
  const { port, campaign, progress, now } = current();
  if (!progress.asOf) {
    ui.alert(NOTIFY.title, NOTIFY.previewNotStarted, ui.ButtonSet.OK);
    return;
  }
  const date = formatVnDate(progress.asOf);
  const mails = mailsToSend(port, campaign, progress);
  const recipients = mails.reduce((n, m) => n + m.to.length, 0);
  const question = mails.length
    ? NOTIFY.confirm(mails.length, recipients, date)
    : NOTIFY.confirmResend(date);
  if (ui.alert(NOTIFY.title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  const report = sendDue(port, campaign, progress, now, mails.length === 0);
  const message = report.busy
    ? NOTIFY.busy
    : NOTIFY.result(report.sent.length, report.pending.length, report.failed.length);
  ui.alert(NOTIFY.title, message, ui.ButtonSet.OK);
}

function removeDailyTriggers(): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === DAILY_JOB) ScriptApp.deleteTrigger(t);
}

/** One time-driven trigger at `Giờ gửi tổng hợp` in the campaign's zone, replacing any other. */
export function turnOnSchedule(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const port = spreadsheetPort(ss);
  const { settings } = loadCampaign(port, new Date());
  removeDailyTriggers();
  ScriptApp.newTrigger(DAILY_JOB)
    .timeBased()
    .atHour(Math.floor(settings.sendAt / 60))
    .nearMinute(settings.sendAt % 60)
    .everyDays(1)
    .inTimezone(port.timeZone)
    .create();
  const time = formatTime(settings.sendAt);
  PropertiesService.getDocumentProperties().setProperty(SCHEDULE_PROPERTY, time);
  return time;
}

export function turnOffSchedule(): boolean {
  const had = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DAILY_JOB);
  removeDailyTriggers();
  PropertiesService.getDocumentProperties().deleteProperty(SCHEDULE_PROPERTY);
  return had;
}

/** What the scheduled trigger runs: validate → summarise → send, as `run` does. */
export function runDailyJob(): void {
  const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
  const result = runCommand(port, 'run', new Date());
  console.log(
    JSON.stringify({
      asOf: result.asOf ?? null,
      issues: result.issues?.length ?? 0,
      sent: result.emails?.length ?? 0,
      notSent: result.emailsNotSent ?? [],
      summaryError: result.summaryError ?? null,
    }),
  );
}
