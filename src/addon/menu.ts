// The Tiến Độ menu: one table of items, and the handler of each. Handlers are thin: read the
// workbook through the port, call the core, write once, and say the outcome in a dialog; a
// problem becomes a Vietnamese alert instead of a stack trace.
import { asOfProblem, mailHeld, reportsOnly } from '../core/as-of';
import { confirmText } from '../core/access';
import { formatVnDate, readDate } from '../core/dates';
import { previewHtml } from '../core/mail-preview';
import type { Resend } from '../core/mail-plan';
import { Refusal } from '../core/errors';
import { addFindings } from '../core/findings';
import { FINDINGS_SHEET, MENU, MSG, NOTIFY, SETUP, SUMMARY } from '../core/messages';
import { PRINT } from '../core/messages-print';
import { pdfExportHtml } from '../core/pdf-export';
import type { Moment } from '../core/moment';
import { leadersOnly, requireLeader } from './access';
import { visible } from '../core/text';
import { SHEETS } from '../core/vocabulary';
import { loadCampaign } from './load';
import { errorMessage } from './errors';
import { mailFindings, mailsToSend, sendDue } from './notify';
import { SEND_BUDGET_MS, continueSetUpLater } from './daily-job';
import { scheduleShown, turnOffSchedule, turnOnSchedule } from './schedule';
import { applySetUp, confirmedAccess, createTemplate, planSetUp, setupChanges } from './setup';
import { spreadsheetPort } from './spreadsheet-port';
import { progressAt, summarize } from './summarize';
import { writeFindings } from './validate';
import type { WorkbookPort } from './workbook-port';

/** A menu item: its caption and the entry point (a top-level function of the bundle) it runs. */
interface MenuItem {
  label: string;
  handler: string;
}

/** The menu top to bottom; `schedule` stands for the item(s) that turn the daily job on or off. */
const MENU_TABLE: (MenuItem | 'separator' | 'schedule')[] = [
  { label: MENU.summarize, handler: 'summarizeProgress' },
  { label: MENU.summarizeUpTo, handler: 'summarizeUpTo' },
  { label: MENU.validate, handler: 'validateEntries' },
  { label: PRINT.menu, handler: 'exportPdf' },
  'separator',
  { label: MENU.preview, handler: 'previewEmails' },
  { label: MENU.send, handler: 'sendEmailsNow' },
  'schedule',
  'separator',
  { label: MENU.tabs, handler: 'setUpUnitTabs' },
  { label: MENU.template, handler: 'createTemplateSheets' },
  { label: MENU.campaignInfo, handler: 'showCampaignInfo' },
];

/** The schedule's item: turn it off when on, on when off, both when the state is unknown. */
function scheduleItems(time: string | null | undefined): MenuItem[] {
  if (time === undefined)
    return [
      { label: NOTIFY.menuOnGeneric, handler: 'turnOnDailySchedule' },
      { label: NOTIFY.menuOffGeneric, handler: 'turnOffDailySchedule' },
    ];
  return time
    ? [{ label: NOTIFY.menuOn(time), handler: 'turnOffDailySchedule' }]
    : [{ label: NOTIFY.menuOff, handler: 'turnOnDailySchedule' }];
}

/**
 * Builds the menu. In AuthMode.NONE (before the add-on is authorised) it touches nothing but the
 * UI; otherwise it reads one document property to say whether the daily schedule is on.
 */
function buildMenu(authMode?: AuthMode): void {
  // A published add-on's menu goes under Extensions, named after the add-on; a bound script's
  // stands in the menu bar (Ui.createAddonMenu / Ui.createMenu). The build says which it is.
  const ui = SpreadsheetApp.getUi();
  const menu = ADDON_BUILD ? ui.createAddonMenu() : ui.createMenu(MENU.title);
  const time = authMode !== ScriptApp.AuthMode.NONE ? scheduleShown() : undefined;
  for (const item of MENU_TABLE) {
    if (item === 'separator') menu.addSeparator();
    else if (item === 'schedule')
      for (const s of scheduleItems(time)) menu.addItem(s.label, s.handler);
    else menu.addItem(item.label, item.handler);
  }
  menu.addToUi();
}

/** The authorization mode an open or install event carries (it prints as its name). */
type AuthMode = GoogleAppsScript.Script.AuthMode | keyof typeof GoogleAppsScript.Script.AuthMode;

export function onOpen(e?: { authMode?: AuthMode }): void {
  buildMenu(e?.authMode);
}

export function onInstall(e?: { authMode?: AuthMode }): void {
  onOpen(e);
}

/** A dialog with one OK button. */
function alert(title: string, text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/** The spreadsheet's port, the moment now in its zone, and the toast to report with. */
function context(): { port: WorkbookPort; now: Moment; toast(text: string, title: string): void } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const port = spreadsheetPort(ss);
  return { port, now: port.moment(new Date()), toast: (text, title) => ss.toast(text, title, 10) };
}

/** Runs a menu action; a problem becomes a Vietnamese alert instead of a stack trace. */
function withAlert(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof Refusal) alert(error.title ?? MSG.cannotUse, error.message);
    else alert(MSG.cannotUse, MSG.unexpected(errorMessage(error)));
  }
}

export function showCampaignInfo(): void {
  withAlert(() => {
    const { port, now } = context();
    const campaign = loadCampaign(port, now.date);
    const names = campaign.units.map(({ unit }, i) => `${i + 1}. ${unit.name}`).join('\n');
    alert(
      MSG.campaignInfoTitle,
      MSG.campaignInfo(campaign.settings.campaign, campaign.units.length, names),
    );
  });
}

export function validateEntries(): void {
  withAlert(() => {
    const { port, now, toast } = context();
    const campaign = loadCampaign(port, now.date, {
      merges: true,
      ...leadersOnly(port, MENU.validate),
    });
    const findings = addFindings(campaign.findings, mailFindings(port, campaign));
    writeFindings(port, findings, now);
    const errors = findings.filter((f) => f.severity === 'error').length;
    toast(FINDINGS_SHEET.toast(errors, findings.length - errors), FINDINGS_SHEET.toastTitle);
  });
}

/**
 * A dialog with Google's PDF export link of `Tổng hợp` and, when the spreadsheet has them, of
 * `Phụ lục thống kê` and `Báo cáo tháng`: the person's browser downloads it with their own access, so no scope is
 * added. Reads three sheet ids and the spreadsheet's id; writes nothing.
 */
export function exportPdf(): void {
  withAlert(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const port = spreadsheetPort(ss);
    const html = pdfExportHtml(port.id, [
      { name: SHEETS.summary, sheetId: port.sheetId(SHEETS.summary), required: true },
      { name: SHEETS.appendix, sheetId: port.sheetId(SHEETS.appendix) },
      { name: SHEETS.monthly, sheetId: port.sheetId(SHEETS.monthly) },
    ]);
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput(html).setWidth(520).setHeight(300),
      PRINT.title,
    );
  });
}

export function createTemplateSheets(): void {
  withAlert(() => {
    createTemplate(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()));
    alert(SETUP.templateTitle, SETUP.templateDone);
  });
}

/**
 * Plans the set-up, shows what it would grant and take away and asks (when it changes anyone's
 * rights), then applies it; what is left goes on in a continuation, which grants what was
 * confirmed here.
 */
export function setUpUnitTabs(): void {
  withAlert(() => {
    // Apps Script's 6 minutes run while the question waits for an answer.
    const until = Date.now() + SEND_BUDGET_MS;
    const { port, now, toast } = context();
    const plan = planSetUp(port, now.date);
    const { changes, newlyLocked } = setupChanges(port, plan);
    if (changes.length) {
      const ui = SpreadsheetApp.getUi();
      const text = confirmText(changes, newlyLocked);
      if (ui.alert(SETUP.confirmTitle, text, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
        toast(SETUP.cancelled, SETUP.tabsTitle);
        return;
      }
    }
    const report = applySetUp(port, plan, until);
    continueSetUpLater(report.remaining ? report.next : null, confirmedAccess(plan, report.next));
    const lines = [
      SETUP.tabsDone(
        report.created.length,
        report.updated.length,
        report.daysAdded,
        report.columnsAdded,
      ),
    ];
    if (report.remaining) lines.push(SETUP.tabsContinue(report.remaining));
    if (report.skipped.length)
      lines.push(SETUP.tabsSkipped(report.skipped.map((t) => `"${t}"`).join(', ')));
    if (report.reserved.length)
      lines.push(SETUP.tabsReserved(report.reserved.map((t) => `"${t}"`).join(', ')));
    if (report.ambiguous.length)
      lines.push(SETUP.tabsAmbiguous(report.ambiguous.map((t) => `"${visible(t)}"`).join(', ')));
    alert(SETUP.tabsTitle, lines.join('\n\n'));
  });
}

export function summarizeProgress(): void {
  withAlert(() => {
    const { port, now, toast } = context();
    const campaign = loadCampaign(port, now.date, leadersOnly(port, MENU.summarize));
    const progress = summarize(port, campaign, now);
    toast(
      progress.asOf
        ? SUMMARY.done(formatVnDate(progress.asOf))
        : SUMMARY.notStarted(formatVnDate(progress.deadline)),
      SUMMARY.title,
    );
  });
}

/** Asks for the data date (dd/MM/yyyy) and summarises up to the end of it. */
export function summarizeUpTo(): void {
  withAlert(() => {
    // Read first: one who may not write `Tổng hợp` is told so before being asked for a date.
    const { port, now, toast } = context();
    const campaign = loadCampaign(port, now.date, leadersOnly(port, MENU.summarizeUpTo));
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(SUMMARY.title, SUMMARY.askDate, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const text = answer.getResponseText().trim();
    const date = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text) ? readDate(text) : null;
    if (!date) {
      alert(SUMMARY.title, SUMMARY.badDate(text));
      return;
    }
    const problem = asOfProblem(campaign, date, now);
    if (problem) {
      alert(SUMMARY.title, problem);
      return;
    }
    summarize(port, campaign, now, date);
    toast(SUMMARY.done(formatVnDate(date)), SUMMARY.title);
  });
}

/**
 * The campaign and its progress now, for the two e-mail items; for `writing` one, only if the
 * person running it may write the leaders' sheets.
 */
function mailContext(writing?: string) {
  const { port, now } = context();
  const campaign = loadCampaign(port, now.date, writing ? leadersOnly(port, writing) : {});
  return { port, now, campaign, progress: progressAt(campaign, now) };
}

/** A dialog with exactly what would be sent now, to whom, and the e-mail quota left today. */
export function previewEmails(): void {
  withAlert(() => {
    const ui = SpreadsheetApp.getUi();
    const { port, campaign, progress, now } = mailContext();
    const held = mailHeld(campaign, now);
    // Once the campaign is over only the final report's mail may still go (as-of.ts).
    const only = held !== null && reportsOnly(campaign, now);
    if (held && !only) {
      ui.alert(NOTIFY.previewTitle, held, ui.ButtonSet.OK);
      return;
    }
    const { send, quota: left } = mailsToSend(port, campaign, progress, 'none', now, only);
    if (held && !send.length) {
      ui.alert(NOTIFY.previewTitle, held, ui.ButtonSet.OK);
      return;
    }
    const mails = send.map((o) => ({ ...o.mail, to: o.message.to }));
    const quota = left.remaining;
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
  });
}

/** Asks, then sends what is due; when all was sent, asks whether to resend (the only way to). */
export function sendEmailsNow(): void {
  withAlert(() => {
    const ui = SpreadsheetApp.getUi();
    const { port, campaign, progress, now } = mailContext(MENU.send);
    if (!progress.asOf) {
      ui.alert(NOTIFY.title, NOTIFY.previewNotStarted, ui.ButtonSet.OK);
      return;
    }
    const held = mailHeld(campaign, now);
    const only = held !== null && reportsOnly(campaign, now);
    const { send, unconfirmed } = held
      ? only
        ? mailsToSend(port, campaign, progress, 'none', now, true)
        : { send: [], unconfirmed: [] }
      : mailsToSend(port, campaign, progress, 'none', now);
    // Once the campaign is over, only a final report still owed may go (as-of.ts).
    if (held && !send.length) {
      ui.alert(NOTIFY.title, held, ui.ButtonSet.OK);
      return;
    }
    const date = formatVnDate(progress.asOf);
    const recipients = send.reduce((n, o) => n + o.message.to.length, 0);
    const ofDate = unconfirmed.filter((e) => e.dataDate === progress.asOf);
    const [question, resend]: [string, Resend] = send.length
      ? [NOTIFY.confirm(send.length, recipients, date), 'none']
      : ofDate.length
        ? [NOTIFY.confirmUnconfirmed(ofDate.length, date), 'unconfirmed']
        : [NOTIFY.confirmResend(date), 'all'];
    if (ui.alert(NOTIFY.title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    const report = sendDue(port, campaign, progress, now, { resend, reportsOnly: only });
    const message = report.busy
      ? NOTIFY.busy
      : NOTIFY.result(report.sent.length, report.pending.length, report.failed.length);
    // What the log holds that the add-on did not write: this item does not rewrite `Kiểm tra`.
    const notes = report.findings.map((f) => `${f.message} (${MSG.at(f.sheet, f.cell)})`);
    ui.alert(NOTIFY.title, [message, ...notes].join('\n\n'), ui.ButtonSet.OK);
  });
}

export function turnOnDailySchedule(): void {
  withAlert(() => {
    const { port, now } = context();
    const { settings } = loadCampaign(port, now.date, leadersOnly(port, NOTIFY.menuOff));
    let time: string;
    try {
      time = turnOnSchedule(settings, port.timeZone);
    } catch (error) {
      if (/too many triggers/i.test(errorMessage(error))) {
        alert(NOTIFY.title, NOTIFY.tooManyTriggers);
        return;
      }
      throw error;
    }
    buildMenu();
    alert(NOTIFY.title, NOTIFY.scheduleOn(time));
  });
}

export function turnOffDailySchedule(): void {
  withAlert(() => {
    // The daily job writes the leaders' sheets: only they turn it on or off.
    requireLeader(context().port, NOTIFY.menuOffGeneric);
    const had = turnOffSchedule();
    buildMenu();
    alert(NOTIFY.title, had ? NOTIFY.scheduleOff : NOTIFY.scheduleNone);
  });
}
