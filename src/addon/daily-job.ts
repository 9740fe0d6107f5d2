// The daily time-driven trigger: validate → summarise → send what is due, as `run` does, with
// a one-line summary in the execution log.
import { runCommand } from './commands';
import { spreadsheetPort } from './spreadsheet-port';

export function dailyJob(): void {
  const at = new Date();
  const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
  const result = runCommand(port, 'run', at);
  console.log(
    JSON.stringify({
      asOf: result.asOf ?? null,
      issues: result.issues.length,
      sent: result.emails.length,
      notSent: result.emailsNotSent ?? [],
      summaryError: result.summaryError ?? null,
    }),
  );
}
