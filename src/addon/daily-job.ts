// The daily time-driven trigger: validate → summarise → send what is due, as `run` does, with
// a one-line summary in the execution log. It stops starting new sends well before Apps
// Script's 6 minutes and leaves a one-off continuation to send the rest; the mail log makes
// every run pick up where the last one stopped.
import { Refusal, WorkbookError } from '../core/errors';
import { NOTIFY } from '../core/messages';
import { leadersOnly } from './access';
import { runCommand } from './commands';
import { errorMessage } from './errors';
import { applySetUp, planSetUp } from './setup';
import { armContinuation, disarmContinuation, isCurrentDailyTrigger } from './schedule';
import type { ConfirmedAccess } from './setup-state';
import { readSetupState, saveSetupState } from './setup-state';
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

/**
 * The job, as the person who turned it on: one no longer the owner nor an admin (`Quản trị`) may
 * not write the leaders' sheets, so the job stops before it starts, saying why in the log.
 */
function runJob(): void {
  const at = new Date();
  armContinuation('continueDailyJob', SAFETY_DELAY_MS);
  const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
  let result;
  try {
    result = runCommand(
      port,
      'run',
      at,
      { until: at.getTime() + SEND_BUDGET_MS, merges: false },
      leadersOnly(port, NOTIFY.menuOff),
    );
  } catch (error) {
    if (!(error instanceof Refusal) || error instanceof WorkbookError) throw error;
    disarmContinuation('continueDailyJob');
    console.log(JSON.stringify({ refused: error.message }));
    return;
  }
  const waiting = (result.emailsNotSent ?? []).filter((m) => m.reason === 'later').length;
  if (waiting > 0) armContinuation('continueDailyJob', CONTINUE_DELAY_MS);
  else disarmContinuation('continueDailyJob');
  console.log(
    JSON.stringify({
      asOf: result.asOf ?? null,
      issues: result.issues.length,
      sent: result.emails.length,
      continues: waiting,
      reports: result.reports ?? [],
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

/**
 * The one-off trigger that goes on creating the tabs an earlier set-up had no time for. It runs
 * as the person who started the set-up and grants what they confirmed then, without asking (there
 * is no one to ask); it stops, saying why in the log, when it cannot go on.
 */
export function continueSetUp(): void {
  const state = readSetupState();
  if (!state) {
    console.log(JSON.stringify({ setUp: 'nothing confirmed to continue' }));
    continueSetUpLater(null);
    return;
  }
  const until = Date.now() + SEND_BUDGET_MS;
  try {
    const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
    const plan = planSetUp(port, port.moment(new Date()).date, {
      from: state.next,
      confirmed: state.confirmed,
    });
    const report = applySetUp(port, plan, until);
    continueSetUpLater(report.remaining ? report.next : null, state.confirmed);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.log(JSON.stringify({ setUp: errorMessage(error) }));
    continueSetUpLater(null);
  }
}

/**
 * Arms the set-up's continuation from unit `next`, granting what was `confirmed`, or (null)
 * disarms it.
 */
export function continueSetUpLater(next: number | null, confirmed?: ConfirmedAccess): void {
  if (next === null || !confirmed) {
    saveSetupState(null);
    disarmContinuation('continueSetUp');
    return;
  }
  saveSetupState({ next, confirmed });
  armContinuation('continueSetUp', CONTINUE_DELAY_MS);
}
