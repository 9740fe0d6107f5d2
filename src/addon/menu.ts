// The menu and its handlers: thin commands over the core.
import { MENU, MSG } from '../core/messages';
import { WorkbookError } from '../core/workbook';
import { readCampaignInfo } from './commands';
import { spreadsheetPort } from './workbook-port';

/**
 * Builds the menu. Runs in AuthMode.NONE too (before the add-on is authorised), so it touches
 * nothing but the UI: no Properties, no sheet reads.
 */
export function buildMenu(): void {
  SpreadsheetApp.getUi().createMenu(MENU.title).addItem(MENU.campaignInfo, 'showCampaignInfo').addToUi();
}

function describe(error: unknown): string {
  if (error instanceof WorkbookError) return error.message;
  return MSG.unexpected(error instanceof Error ? error.message : String(error));
}

export function showCampaignInfo(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const info = readCampaignInfo(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()));
    const names = info.units.map((u, i) => `${i + 1}. ${u.name}`).join('\n');
    ui.alert(MSG.campaignInfoTitle, MSG.campaignInfo(info.campaign, info.units.length, names), ui.ButtonSet.OK);
  } catch (error) {
    ui.alert(MSG.cannotUse, describe(error), ui.ButtonSet.OK);
  }
}
