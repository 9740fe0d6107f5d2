// The menu and its handlers: thin commands over the core.
import { FINDINGS_SHEET, MENU, MSG, NOTIFY, SETUP, SUMMARY } from '../core/messages';
import {
  SCHEDULE_PROPERTY,
  previewEmails,
  sendEmailsNow,
  turnOffSchedule,
  turnOnSchedule,
} from './mail-menu';
import { formatVnDate, readDate } from '../core/dates';
import { SummaryRefused, summarize } from './summarize';
import { WorkbookError } from '../core/workbook';
import { loadCampaign, writeFindings } from './commands';
import { SetupRefused, createTemplate, setupUnitTabs } from './setup';
import { errorMessage } from './errors';
import { spreadsheetPort } from './workbook-port';

/**
 * Builds the menu. In AuthMode.NONE (before the add-on is authorised) it touches nothing but the
 * UI; otherwise it reads one document property to say whether the daily schedule is on.
 */
export function buildMenu(authMode?: GoogleAppsScript.Script.AuthMode): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU.title);
  menu
    .addItem(MENU.summarize, 'summarizeProgress')
    .addItem(MENU.summarizeUpTo, 'summarizeUpTo')
    .addItem(MENU.validate, 'validateEntries')
    .addSeparator()
    .addItem(MENU.preview, 'previewEmails')
    .addItem(MENU.send, 'sendEmailsNow');
  let time: string | null | undefined;
  if (authMode !== ScriptApp.AuthMode.NONE) {
    try {
      time = PropertiesService.getDocumentProperties().getProperty(SCHEDULE_PROPERTY);
    } catch {
      time = undefined; // not allowed here: the menu still opens, with both items
    }
  }
  if (time === undefined) {
    menu
      .addItem(NOTIFY.menuOnGeneric, 'turnOnDailySchedule')
      .addItem(NOTIFY.menuOffGeneric, 'turnOffDailySchedule');
  } else if (time) {
    menu.addItem(NOTIFY.menuOn(time), 'turnOffDailySchedule');
  } else {
    menu.addItem(NOTIFY.menuOff, 'turnOnDailySchedule');
  }
  menu
    .addSeparator()
    .addItem(MENU.tabs, 'setUpUnitTabs')
    .addItem(MENU.template, 'createTemplateSheets')
    .addItem(MENU.campaignInfo, 'showCampaignInfo')
    .addToUi();
}

function describe(error: unknown): string {
  if (
    error instanceof WorkbookError ||
    error instanceof SetupRefused ||
    error instanceof SummaryRefused
  )
    return error.message;
  return MSG.unexpected(errorMessage(error));
}

/** A dialog with one OK button. */
function alert(title: string, text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/** Runs a menu action; a problem becomes a Vietnamese alert instead of a stack trace. */
function withAlert(action: () => void): void {
  try {
    action();
  } catch (error) {
    alert(MSG.cannotUse, describe(error));
  }
}

export function showCampaignInfo(): void {
  withAlert(() => {
    const campaign = loadCampaign(
      spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()),
      new Date(),
    );
    const names = campaign.units.map(({ unit }, i) => `${i + 1}. ${unit.name}`).join('\n');
    alert(
      MSG.campaignInfoTitle,
      MSG.campaignInfo(campaign.settings.campaign, campaign.units.length, names),
    );
  });
}

export function validateEntries(): void {
  withAlert(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const port = spreadsheetPort(ss);
    const now = new Date();
    const { findings } = loadCampaign(port, now);
    writeFindings(port, findings, now);
    const errors = findings.filter((f) => f.severity === 'error').length;
    ss.toast(FINDINGS_SHEET.toast(errors, findings.length - errors), FINDINGS_SHEET.toastTitle, 10);
  });
}

export function createTemplateSheets(): void {
  withAlert(() => {
    createTemplate(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()));
    alert(SETUP.templateTitle, SETUP.templateDone);
  });
}

export function setUpUnitTabs(): void {
  withAlert(() => {
    const report = setupUnitTabs(
      spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()),
      new Date(),
    );
    const lines = [
      SETUP.tabsDone(
        report.created.length,
        report.updated.length,
        report.daysAdded,
        report.columnsAdded,
      ),
    ];
    if (report.skipped.length)
      lines.push(SETUP.tabsSkipped(report.skipped.map((t) => `"${t}"`).join(', ')));
    alert(SETUP.tabsTitle, lines.join('\n\n'));
  });
}

function summarizeAt(asOf?: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const port = spreadsheetPort(ss);
  const now = new Date();
  const progress = summarize(port, loadCampaign(port, now), now, asOf);
  ss.toast(
    progress.asOf
      ? SUMMARY.done(formatVnDate(progress.asOf))
      : SUMMARY.notStarted(formatVnDate(progress.deadline)),
    SUMMARY.title,
    10,
  );
}

export function summarizeProgress(): void {
  withAlert(() => summarizeAt());
}

/** Asks for the data date (dd/MM/yyyy) and summarises up to the end of it. */
export function summarizeUpTo(): void {
  withAlert(() => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(SUMMARY.title, SUMMARY.askDate, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const text = answer.getResponseText().trim();
    const date = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text) ? readDate(text) : null;
    if (!date) {
      alert(SUMMARY.title, SUMMARY.badDate(text));
      return;
    }
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const port = spreadsheetPort(ss);
    const now = new Date();
    const campaign = loadCampaign(port, now);
    const { start, deadline } = campaign.settings;
    if (start && deadline && (date < start || date > deadline)) {
      alert(SUMMARY.title, SUMMARY.dateOutside(text, formatVnDate(start), formatVnDate(deadline)));
      return;
    }
    summarize(port, campaign, now, date);
    ss.toast(SUMMARY.done(formatVnDate(date)), SUMMARY.title, 10);
  });
}

export function previewEmailsItem(): void {
  withAlert(previewEmails);
}

export function sendEmailsNowItem(): void {
  withAlert(sendEmailsNow);
}

export function turnOnDailySchedule(): void {
  withAlert(() => {
    let time: string;
    try {
      time = turnOnSchedule();
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
    const had = turnOffSchedule();
    buildMenu();
    alert(NOTIFY.title, had ? NOTIFY.scheduleOff : NOTIFY.scheduleNone);
  });
}
