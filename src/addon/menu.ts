// The menu and its handlers: thin commands over the core.
import { FINDINGS_SHEET, MENU, MSG } from '../core/messages';
import { WorkbookError } from '../core/workbook';
import { loadCampaign, writeFindings } from './commands';
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
    .addItem(MENU.campaignInfo, 'showCampaignInfo')
    .addToUi();
}

function describe(error: unknown): string {
  if (error instanceof WorkbookError) return error.message;
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
