// What the command line and the scheduled job run: read the workbook once, compute, return a
// plain result. Validation, summaries and e-mail join here as they are built.
import { SHEETS, MSG } from '../core/messages';
import { WorkbookError, readUnitRows, settingValue } from '../core/workbook';
import { cellText } from '../core/text';
import type { WorkbookPort } from './workbook-port';

export type CommandName = 'run' | 'validate' | 'summarize' | 'notify';

export interface CommandResult {
  campaign: string;
  timeZone: string;
  now: string;
  units: { name: string; parent: string | null }[];
}

export interface CommandOptions {
  /** The data date (yyyy-MM-dd) to summarise up to, instead of the latest due day. */
  asOf?: string;
}

export interface CampaignInfo {
  campaign: string;
  units: { name: string; parent: string | null }[];
}

/** Reads `Cấu hình` and `Đơn vị`; throws WorkbookError when either is missing. */
export function readCampaignInfo(port: WorkbookPort): CampaignInfo {
  const settings = port.readValues(SHEETS.settings);
  if (!settings) throw new WorkbookError(MSG.sheetMissing(SHEETS.settings));
  const units = port.readValues(SHEETS.units);
  if (!units) throw new WorkbookError(MSG.sheetMissing(SHEETS.units));
  return {
    campaign: cellText(settingValue(settings, 'Tên chiến dịch')),
    units: readUnitRows(units).map(({ name, parent }) => ({ name, parent })),
  };
}

export function runCommand(port: WorkbookPort, command: CommandName, now: Date, options: CommandOptions = {}): CommandResult {
  // Every command reads the campaign; validation, summaries and e-mail will use these too.
  void command;
  void options;
  const info = readCampaignInfo(port);
  return {
    campaign: info.campaign,
    timeZone: port.timeZone,
    now: Utilities.formatDate(now, port.timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX"),
    units: info.units,
  };
}
