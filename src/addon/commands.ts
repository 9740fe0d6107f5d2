// What the menu, the command line and the scheduled job run: read the workbook once, call the
// pure core, write the output sheets once, and return a plain result.
import { asOfProblem, mailHeld, reportsOnly } from '../core/as-of';
import { BadRequest, Refusal, WorkbookError } from '../core/errors';
import type { Finding } from '../core/findings';
import { addFindings } from '../core/findings';
import { isoText } from '../core/moment';
import type { CommandResult, MailRecord, NotSentRecord, ProgressResult } from '../core/result';
import { progressResult } from '../core/result';
import type { CommandName } from '../core/vocabulary';
import type { LoadOptions } from './load';
import { loadCampaign } from './load';
import type { Outgoing } from '../core/mail-plan';
import type { SendReport } from './notify';
import { mailFindings, sendDue } from './notify';
import { spreadsheetPort } from './spreadsheet-port';
import type { MadeReports } from './reports';
import { writeReports } from './reports';
import { progressAt, summarize } from './summarize';
import { writeFindings } from './validate';
import type { WorkbookPort } from './workbook-port';

export type { CommandName } from '../core/vocabulary';

export interface CommandOptions {
  /** The data date (yyyy-MM-dd) to summarise up to, instead of the latest due day. */
  asOf?: string;
  /** When (ms since the epoch) to stop starting new sends; the rest waits as pending. */
  until?: number;
  /**
   * Whether validating looks for merged cells in the unit tabs (default true): a call per tab
   * unless the Sheets API gave them with the sheets' metadata. The scheduled job, short of
   * time, leaves them to the menu's "Kiểm tra số liệu".
   */
  merges?: boolean;
}

function mailRecords(report: SendReport): Pick<CommandResult, 'emails' | 'emailsNotSent'> {
  const rec = ({ mail, message }: Outgoing): MailRecord => ({
    kind: mail.kind,
    to: message.to,
    subject: mail.subject,
    units: mail.units,
    dataDate: mail.dataDate,
  });
  const unconfirmed = report.unconfirmed.map((e): NotSentRecord => ({
    kind: e.kind,
    to: e.recipients,
    subject: e.subject,
    units: e.unit ? [e.unit] : [],
    dataDate: e.dataDate,
    reason: 'unconfirmed',
  }));
  return {
    emails: report.sent.map(rec),
    emailsNotSent: [
      ...report.pending.map(({ outgoing, reason }): NotSentRecord => ({
        ...rec(outgoing),
        reason: report.busy ? 'busy' : reason === 'quota' ? 'pending' : 'later',
      })),
      ...report.failed.map(({ outgoing, error }): NotSentRecord => ({
        ...rec(outgoing),
        reason: 'failed',
        detail: error,
      })),
      ...unconfirmed,
    ],
  };
}

/**
 * One command: `validate` writes `Kiểm tra`; `summarize` writes `Tổng hợp` and `Lịch sử`;
 * `notify` sends what is due; `run` does all three, as the scheduled job does. `load` may stop
 * it (see leadersOnly) once `Cấu hình` is read.
 */
export function runCommand(
  port: WorkbookPort,
  command: CommandName,
  at: Date,
  options: CommandOptions = {},
  load: LoadOptions = {},
): CommandResult {
  const now = port.moment(at);
  const validating = command === 'validate' || command === 'run';
  const campaign = loadCampaign(port, now.date, {
    merges: validating && options.merges !== false,
    ...load,
  });
  const head = {
    campaign: campaign.settings.campaign,
    timeZone: port.timeZone,
    now: isoText(now),
    units: campaign.units.map(({ unit }) => ({ name: unit.name, parent: unit.parent })),
  };
  // A data date asked for must be one that can be summarised: checked before anything is written.
  const asOfWrong = options.asOf === undefined ? null : asOfProblem(campaign, options.asOf, now);
  if (asOfWrong) throw new BadRequest(asOfWrong);
  let progress: ProgressResult | undefined;
  let mail: Pick<CommandResult, 'emails' | 'emailsNotSent'> | undefined;
  let summaryError: string | undefined;
  let mailNotice: string | undefined;
  // What the mail log and the quota say that a person must fix: found by the send, under its
  // lock, or (validate) by reading the log; `Kiểm tra` is written once they are known.
  let mailIssues: Finding[] = [];
  const issues = () => addFindings(campaign.findings, mailIssues);
  try {
    if (command === 'validate') mailIssues = mailFindings(port, campaign);
    else {
      try {
        // notify computes the same progress as summarize, without rewriting Tổng hợp.
        const p =
          command === 'notify'
            ? progressAt(campaign, now, options.asOf)
            : summarize(port, campaign, now, options.asOf);
        // The daily job (run) makes the monthly and final reports due: see reports.ts.
        const made: MadeReports =
          command === 'run' ? writeReports(port, campaign, now, p) : { records: [], tables: [] };
        progress = { ...progressResult(p), reports: made.records };
        const held = command === 'summarize' ? null : mailHeld(campaign, now);
        // Once the campaign is over, its final report's mail still goes (as-of.ts).
        const only = held !== null && reportsOnly(campaign, now);
        const notices = [made.notice, held].filter((n): n is string => !!n);
        if (notices.length) mailNotice = notices.join('\n');
        if (command !== 'summarize' && (!held || only)) {
          const report = sendDue(port, campaign, p, now, {
            until: options.until,
            reports: made,
            reportsOnly: only,
          });
          mailIssues = report.findings;
          mail = mailRecords(report);
        }
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        summaryError = error.message;
      }
    }
  } finally {
    if (validating) writeFindings(port, issues(), now);
  }
  return {
    ...head,
    ...progress,
    ...(summaryError === undefined ? {} : { summaryError }),
    ...(mailNotice === undefined ? {} : { mailNotice }),
    ...mail,
    issues: issues(),
    // Only what this command sent: nothing, for validate and summarize.
    emails: mail?.emails ?? [],
  };
}

/**
 * The command line's door into the add-on (private: the trailing underscore hides it from
 * google.script.run and the Run menu). Returns the result, or the Vietnamese message of a
 * workbook that cannot be used, or of a request that cannot be done as asked.
 */
export function runCommand_(
  command: CommandName,
  options: CommandOptions = {},
): { result?: CommandResult; fatal?: string; badRequest?: string } {
  const at = new Date();
  try {
    const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
    return { result: runCommand(port, command, at, options) };
  } catch (error) {
    if (error instanceof WorkbookError) return { fatal: error.message };
    if (error instanceof BadRequest) return { badRequest: error.message };
    throw error;
  }
}
