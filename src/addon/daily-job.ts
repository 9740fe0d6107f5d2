// The daily time-driven trigger: validate → summarise → send what is due, as `run` does, with
// a one-line summary in the execution log. It stops starting new sends well before Apps
// Script's 6 minutes and leaves a one-off continuation to send the rest; the mail log makes
// every run pick up where the last one stopped.
import { runCommand } from './commands';
import { setupUnitTabs } from './setup';
import {
  armContinuation,
  disarmContinuation,
  isCurrentDailyTrigger,
  setSetupResumeAt,
  setupResumeAt,
} from './schedule';
import { spreadsheetPort } from './spreadsheet-port';

/**
 * Time a run allows itself to start sends (or tabs): the rest of Apps Script's 6 minutes is
 * margin for the step under way.
 */
export const SEND_BUDGET_MS = 4.5 * 60 * 1000;
/** A continuation armed in case this run is stopped fires after it would have been. */
const SAFETY_DELAY_MS = 7 * 60 * 1000;
/** A run that stopped itself is continued soon. */
export const CONTINUE_DELAY_MS = 60 * 1000;

/** The event of a time-driven trigger, as far as the job reads it. */
interface TimeEvent {
  triggerUid?: string;
}

function runJob(): void {
  const at = new Date();
  armContinuation('continueDailyJob', SAFETY_DELAY_MS);
  const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
  const result = runCommand(port, 'run', at, {
    until: at.getTime() + SEND_BUDGET_MS,
    merges: false,
  });
  const waiting = (result.emailsNotSent ?? []).filter((m) => m.reason === 'later').length;
  if (waiting > 0) armContinuation('continueDailyJob', CONTINUE_DELAY_MS);
  else disarmContinuation('continueDailyJob');
  console.log(
    JSON.stringify({
      asOf: result.asOf ?? null,
      issues: result.issues.length,
      sent: result.emails.length,
      continues: waiting,
      notSent: result.emailsNotSent ?? [],
      summaryError: result.summaryError ?? null,
    }),
  );
}

/** The daily trigger; one no longer current (turned off, or replaced) removes itself. */
export function dailyJob(e?: TimeEvent): void {
  if (!isCurrentDailyTrigger(e?.triggerUid)) return;
  runJob();
}

/** The one-off trigger that finishes what an earlier run could not. */
export function continueDailyJob(): void {
  runJob();
}

/** The one-off trigger that goes on creating the tabs an earlier set-up had no time for. */
export function continueSetUp(): void {
  const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
  const report = setupUnitTabs(port, port.moment(new Date()).date, {
    until: Date.now() + SEND_BUDGET_MS,
    from: setupResumeAt(),
  });
  continueSetUpLater(report.remaining ? report.next : null);
}

/** Arms the set-up's continuation from unit `next`, or (null) disarms it. */
export function continueSetUpLater(next: number | null): void {
  setSetupResumeAt(next);
  if (next === null) disarmContinuation('continueSetUp');
  else armContinuation('continueSetUp', CONTINUE_DELAY_MS);
}
