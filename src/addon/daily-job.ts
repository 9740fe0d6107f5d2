// The daily time-driven trigger: validate → summarise → send what is due, as `run` does, with
// a one-line summary in the execution log. It stops starting new sends well before Apps
// Script's 6 minutes and leaves a one-off continuation to send the rest; the mail log makes
// every run pick up where the last one stopped.
import { runCommand } from './commands';
import { armContinuation, disarmContinuation, isCurrentDailyTrigger } from './schedule';
import { spreadsheetPort } from './spreadsheet-port';

/** Time a run allows itself to start sends: the rest of its 6 minutes is margin. */
export const SEND_BUDGET_MS = 4.5 * 60 * 1000;
/** A continuation armed in case this run is stopped fires after it would have been. */
const SAFETY_DELAY_MS = 7 * 60 * 1000;
/** A run that stopped itself is continued soon. */
const CONTINUE_DELAY_MS = 60 * 1000;

/** The event of a time-driven trigger, as far as the job reads it. */
interface TimeEvent {
  triggerUid?: string;
}

function runJob(): void {
  const at = new Date();
  armContinuation(SAFETY_DELAY_MS);
  const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
  const result = runCommand(port, 'run', at, { until: at.getTime() + SEND_BUDGET_MS });
  const waiting = (result.emailsNotSent ?? []).filter((m) => m.reason === 'later').length;
  if (waiting > 0) armContinuation(CONTINUE_DELAY_MS);
  else disarmContinuation();
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
