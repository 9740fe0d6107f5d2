// Apps Script entry points, and nothing else: build.mjs gives each export a top-level function.
import {
  runCommand,
  type CommandName,
  type CommandOptions,
  type CommandResult,
} from './addon/commands';
import { stampEntry } from './addon/entry-stamp';
import { runDailyJob } from './addon/mail-menu';
import { buildMenu, previewEmailsItem, sendEmailsNowItem } from './addon/menu';
import { spreadsheetPort } from './addon/workbook-port';
import { WorkbookError } from './core/workbook';

export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  buildMenu(e?.authMode);
}

export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}

export {
  createTemplateSheets,
  setUpUnitTabs,
  showCampaignInfo,
  summarizeProgress,
  summarizeUpTo,
  turnOffDailySchedule,
  turnOnDailySchedule,
  validateEntries,
} from './addon/menu';

export function previewEmails(): void {
  previewEmailsItem();
}

export function sendEmailsNow(): void {
  sendEmailsNowItem();
}

/** The daily time-driven trigger: validate → summarise → send what is due. */
export function dailyJob(): void {
  runDailyJob();
}

/** Installed by "Tạo/cập nhật trang đơn vị": stamps `Cập nhật lúc` when a figure changes. */
export function onEntryEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  stampEntry(e);
}

/**
 * The command line's door into the add-on (private: the trailing underscore hides it from
 * google.script.run and the Run menu). Returns the result, or the Vietnamese message of a
 * workbook that cannot be used.
 */
export function runCommand_(
  command: CommandName,
  options: CommandOptions = {},
): { result?: CommandResult; fatal?: string } {
  try {
    return {
      result: runCommand(
        spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()),
        command,
        new Date(),
        options,
      ),
    };
  } catch (error) {
    if (error instanceof WorkbookError) return { fatal: error.message };
    throw error;
  }
}
