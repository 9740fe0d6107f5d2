// What the menu, the command line and the scheduled job run: read the workbook once, call the
// pure core, write the output sheets once, and return a plain result.
import type { Campaign } from '../core/campaign';
import { readCampaign } from '../core/campaign';
import type { Finding } from '../core/findings';
import { findingsSheet } from '../core/findings-sheet';
import { SHEETS } from '../core/messages';
import { progressResult } from '../core/result';
import { SummaryRefused, summarize } from './summarize';
import type { WorkbookPort } from './workbook-port';

export type CommandName = 'run' | 'validate' | 'summarize' | 'notify';

export interface CommandOptions {
  /** The data date (yyyy-MM-dd) to summarise up to, instead of the latest due day. */
  asOf?: string;
}

export type CommandResult = {
  campaign: string;
  timeZone: string;
  now: string;
  units: { name: string; parent: string | null }[] | ReturnType<typeof progressResult>['units'];
  issues?: Finding[];
  /** Why there is no summary (a setting it needs is invalid), when there is none. */
  summaryError?: string;
} & Partial<Omit<ReturnType<typeof progressResult>, 'units'>>;

/** Reads `Cấu hình`, `Đơn vị` and every unit's tab, each once. */
export function loadCampaign(port: WorkbookPort, now: Date): Campaign {
  const today = Utilities.formatDate(now, port.timeZone, 'yyyy-MM-dd');
  return readCampaign(
    {
      settings: port.readValues(SHEETS.settings),
      units: port.readValues(SHEETS.units),
      tab: (name) => port.readValues(name),
    },
    today,
  );
}

/** Writes the findings into `Kiểm tra` in a fixed number of calls. */
export function writeFindings(port: WorkbookPort, findings: Finding[], now: Date): void {
  const when = Utilities.formatDate(now, port.timeZone, 'dd/MM/yyyy HH:mm');
  port.writeSheet(findingsSheet(findings, (sheet) => port.sheetId(sheet), when));
}

export function runCommand(port: WorkbookPort, command: CommandName, now: Date, options: CommandOptions = {}): CommandResult {
  const campaign = loadCampaign(port, now);
  const result: CommandResult = {
    campaign: campaign.settings.campaign,
    timeZone: port.timeZone,
    now: Utilities.formatDate(now, port.timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX"),
    units: campaign.units.map(({ unit }) => ({ name: unit.name, parent: unit.parent })),
  };
  if (command === 'validate' || command === 'run') writeFindings(port, campaign.findings, now);
  if (command === 'summarize' || command === 'run') {
    try {
      Object.assign(result, progressResult(summarize(port, campaign, now, options.asOf)));
    } catch (error) {
      if (!(error instanceof SummaryRefused)) throw error;
      result.summaryError = error.message;
    }
  }
  result.issues = campaign.findings;
  return result;
}
