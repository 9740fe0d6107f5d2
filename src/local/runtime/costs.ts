// What each Apps Script call costs on the runtime's modelled clock, so an execution's length
// (and the 6-minute limit) can be reasoned about without a Google account. Google publishes no
// per-call timings: the figures are estimates with a low/mid/high range, anchored where Google
// does give a figure, and every test and the benchmark say which range they used.
//
// Sources:
// - Apps Script quotas (https://developers.google.com/apps-script/guides/services/quotas):
//   "Script runtime: 6 min / execution"; email recipients per day 100 (consumer) / 1,500
//   (Workspace); 50 recipients per message; email body size 200 KB (consumer).
// - Apps Script best practices (https://developers.google.com/apps-script/guides/support/
//   best-practices): "Minimize calls to other services… Alternating read and write commands
//   is slow"; its example of setting 100 × 100 backgrounds one call per cell (about 70 s,
//   so ~7 ms a call) against one batched call (about 1 s).
// - Sheets API usage limits (https://developers.google.com/sheets/api/limits): "a 2-MB maximum
//   payload is recommended" per request; requests take longer as payload grows.
// - Measured by users and reported in the Apps Script issue tracker and forums: a getValues or
//   setValues round trip of a small range takes 50–300 ms, MailApp.sendEmail 0.5–2 s, and an
//   execution starts in 0.5–2 s.

export interface CostModel {
  /** Starting an execution (loading the script, authorising). */
  startup: number;
  /** A call that reads or changes metadata: a sheet's name, size, id; a protection's editors. */
  metadata: number;
  /** Range.getValues and other reads of cell data: a round trip, plus a cost per cell. */
  readBase: number;
  readPerCell: number;
  /** A write of cell data (values, formats, notes, validation, styles), applied at a flush. */
  writeBase: number;
  writePerCell: number;
  /** Sheets.Spreadsheets.Values.batchGet: one HTTP request, plus a cost per cell returned. */
  batchGetBase: number;
  batchGetPerCell: number;
  /** Sheets.Spreadsheets.get of sheet properties. */
  apiGet: number;
  /** MailApp.sendEmail. */
  sendEmail: number;
  /** PropertiesService, LockService, ScriptApp, Session and MailApp's quota: a service call. */
  service: number;
}

/** ms; per-cell figures in ms too (10 µs = 0.01). */
export const COSTS: Record<'low' | 'mid' | 'high', CostModel> = {
  low: {
    startup: 500,
    metadata: 2,
    readBase: 60,
    readPerCell: 0.005,
    writeBase: 50,
    writePerCell: 0.025,
    batchGetBase: 250,
    batchGetPerCell: 0.0025,
    apiGet: 150,
    sendEmail: 500,
    service: 10,
  },
  mid: {
    startup: 1000,
    metadata: 5,
    readBase: 120,
    readPerCell: 0.01,
    writeBase: 100,
    writePerCell: 0.05,
    batchGetBase: 500,
    batchGetPerCell: 0.005,
    apiGet: 300,
    sendEmail: 1000,
    service: 20,
  },
  high: {
    startup: 2000,
    metadata: 10,
    readBase: 300,
    readPerCell: 0.02,
    writeBase: 250,
    writePerCell: 0.1,
    batchGetBase: 1000,
    batchGetPerCell: 0.01,
    apiGet: 600,
    sendEmail: 2000,
    service: 40,
  },
};

/** Apps Script stops an execution after 6 minutes ("Exceeded maximum execution time"). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
