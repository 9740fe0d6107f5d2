// The menu and its handlers: thin commands over the core.
import { FINDINGS_SHEET, MENU, MSG, SETUP } from '../core/messages';
import { WorkbookError } from '../core/workbook';
import { loadCampaign, writeFindings } from './commands';
import { SetupRefused, createTemplate, setupUnitTabs } from './setup';
import { spreadsheetPort } from './workbook-port';

/**
 * Builds the menu. Runs in AuthMode.NONE too (before the add-on is authorised), so it touches
 * nothing but the UI: no Properties, no sheet reads.
 */
export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU.title)
    .addItem(MENU.validate, 'validateEntries')
    .addSeparator()
    .addItem(MENU.tabs, 'setUpUnitTabs')
    .addItem(MENU.template, 'createTemplateSheets')
    .addItem(MENU.campaignInfo, 'showCampaignInfo')
    .addToUi();
}

function describe(error: unknown): string {
  if (error instanceof WorkbookError || error instanceof SetupRefused) return error.message;
  return MSG.unexpected(error instanceof Error ? error.message : String(error));
}

/** Runs a menu action; a problem becomes a Vietnamese alert instead of a stack trace. */
function withAlert(action: () => void): void {
  try {
    action();
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(MSG.cannotUse, describe(error), ui.ButtonSet.OK);
  }
}

export function showCampaignInfo(): void {
  withAlert(() => {
    const ui = SpreadsheetApp.getUi();
    const campaign = loadCampaign(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()), new Date());
    const names = campaign.units.map(({ unit }, i) => `${i + 1}. ${unit.name}`).join('\n');
    ui.alert(MSG.campaignInfoTitle, MSG.campaignInfo(campaign.settings.campaign, campaign.units.length, names), ui.ButtonSet.OK);
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
    const ui = SpreadsheetApp.getUi();
    createTemplate(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()));
    ui.alert(SETUP.templateTitle, SETUP.templateDone, ui.ButtonSet.OK);
  });
}

export function setUpUnitTabs(): void {
  withAlert(() => {
    const ui = SpreadsheetApp.getUi();
    const report = setupUnitTabs(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()), new Date());
    const lines = [SETUP.tabsDone(report.created.length, report.updated.length, report.daysAdded, report.columnsAdded)];
    if (report.skipped.length) lines.push(SETUP.tabsSkipped(report.skipped.map((t) => `"${t}"`).join(', ')));
    ui.alert(SETUP.tabsTitle, lines.join('\n\n'), ui.ButtonSet.OK);
  });
}
