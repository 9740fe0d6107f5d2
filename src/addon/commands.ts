// What the menu, the command line and the scheduled job run: read the workbook once, call the
// pure core, write the output sheets once, and return a plain result.
import type { Campaign } from '../core/campaign';
import { readCampaign } from '../core/campaign';
import type { Finding } from '../core/findings';
import { findingsSheet } from '../core/findings-sheet';
import { SHEETS } from '../core/messages';
import { progressResult } from '../core/result';
import { SummaryRefused, progressAt, summarize } from './summarize';
import { sendDue } from './notify';
import type { SendReport } from './notify';
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
  /** What this command sent. */
  emails?: MailRecord[];
  /** What it did not send: pending (quota), failed, or busy (another run held the lock). */
  emailsNotSent?: (MailRecord & { reason: 'pending' | 'failed' | 'busy'; detail?: string })[];
} & Partial<Omit<ReturnType<typeof progressResult>, 'units'>>;

/** Reads `Cấu hình`, `Đơn vị` and every unit's tab, each once. */
export function loadCampaign(port: WorkbookPort, now: Date): Campaign {
  const today = Utilities.formatDate(now, port.timeZone, 'yyyy-MM-dd');
  return readCampaign(
    {
      settings: port.readValues(SHEETS.settings),
      units: port.readValues(SHEETS.units),
      tab: (name) => port.readValues(name),
      prefetch: (names) => port.prefetch(names),
    },
    today,
  );
}

/** Writes the findings into `Kiểm tra` in a fixed number of calls. */
export function writeFindings(port: WorkbookPort, findings: Finding[], now: Date): void {
  const when = Utilities.formatDate(now, port.timeZone, 'dd/MM/yyyy HH:mm');
  port.writeSheet(findingsSheet(findings, (sheet) => port.sheetId(sheet), when));
}

export interface MailRecord {
  kind: 'digest' | 'reminder';
  to: string[];
  subject: string;
  units: string[];
  dataDate: string;
}

function mailRecords(report: SendReport): Pick<CommandResult, 'emails' | 'emailsNotSent'> {
  const rec = (m: SendReport['sent'][number]): MailRecord => ({
    kind: m.kind,
    to: m.to,
    subject: m.subject,
    units: m.units,
    dataDate: m.dataDate,
  });
  return {
    emails: report.sent.map(rec),
    emailsNotSent: [
      ...(report.busy
        ? [
            {
              kind: 'digest' as const,
              to: [],
              subject: '',
              units: [],
              dataDate: '',
              reason: 'busy' as const,
            },
          ]
        : []),
      ...report.pending.map((m) => ({ ...rec(m), reason: 'pending' as const })),
      ...report.failed.map(({ mail, error }) => ({
        ...rec(mail),
        reason: 'failed' as const,
        detail: error,
      })),
    ],
  };
}

export function runCommand(
  port: WorkbookPort,
  command: CommandName,
  now: Date,
  options: CommandOptions = {},
): CommandResult {
  const campaign = loadCampaign(port, now);
  const result: CommandResult = {
    campaign: campaign.settings.campaign,
    timeZone: port.timeZone,
    now: Utilities.formatDate(now, port.timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX"),
    units: campaign.units.map(({ unit }) => ({ name: unit.name, parent: unit.parent })),
  };
  if (command === 'validate' || command === 'run') writeFindings(port, campaign.findings, now);
  if (command !== 'validate') {
    try {
      // notify computes the same progress as summarize, without rewriting Tổng hợp.
      const progress =
        command === 'notify'
          ? progressAt(campaign, now, port.timeZone, options.asOf)
          : summarize(port, campaign, now, options.asOf);
      Object.assign(result, progressResult(progress));
      if (command !== 'summarize')
        Object.assign(result, mailRecords(sendDue(port, campaign, progress, now)));
    } catch (error) {
      if (!(error instanceof SummaryRefused)) throw error;
      result.summaryError = error.message;
    }
  }
  result.issues = campaign.findings;
  // Only what this command sent: nothing, for validate and summarize.
  result.emails ??= [];
  return result;
}
