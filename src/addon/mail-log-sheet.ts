// `Nhật ký gửi thư` through the port: read once, with what the add-on can trust in it; an
// older version's log taken over once; new rows appended and outcomes written, each row signed
// again whenever what it says changes. Writes go one block per run of adjacent rows.
import type { LogFields, LogRead, Seal } from '../core/mail-log';
import { OUTCOME_COLUMN, SIGNATURE_COLUMN, newLog, outcomeCells, readLog } from '../core/mail-log';
import type { OutputCell } from '../core/output';
import type { Rows } from '../core/values';
import { MAIL_LOG_COLUMN as MAIL_LOG, SHEETS } from '../core/vocabulary';
import type { WorkbookPort } from './workbook-port';

export interface MailLogSheet {
  /** The sheet as read; null when there is none yet. */
  values: Rows | null;
  read: LogRead;
  seal: Seal;
  /** What each row the add-on vouches for says, by row: to sign it again when it changes. */
  fields: Map<number, LogFields>;
}

/** Reads the log once; `adopt` as readLog takes it. */
export function openLog(port: WorkbookPort, seal: Seal, adopt: boolean): MailLogSheet {
  const values = port.readValues(SHEETS.mailLog);
  const read = readLog(values, seal, adopt);
  return { values, read, seal, fields: new Map(read.entries.map((e) => [e.row, e])) };
}

/** Writes each row's cells from column `col`, one block per run of adjacent rows. */
function writeRuns(
  port: WorkbookPort,
  col: number,
  rows: { row: number; cells: OutputCell[] }[],
): void {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].row === sorted[j - 1].row + 1) j++;
    const block = sorted.slice(i, j).map((r) => r.cells);
    port.writeBlock(SHEETS.mailLog, sorted[i].row, col, block);
    i = j;
  }
}

/**
 * An older version's log: the `Chữ ký` header it lacks, and the signatures of the rows adopted.
 * Nothing else of the sheet is touched.
 */
export function writeAdoption(port: WorkbookPort, log: MailLogSheet): void {
  if (!log.values) return;
  const cells = log.read.adopted.map(({ row, signature }) => ({ row, cells: [signature] }));
  if (!log.read.signedHeader) cells.push({ row: 1, cells: [MAIL_LOG.header[7]] });
  writeRuns(port, SIGNATURE_COLUMN, cells);
}

/** Appends rows (as a new log, with its header, when there is none); returns the first row. */
export function appendRows(port: WorkbookPort, log: MailLogSheet, rows: OutputCell[][]): number {
  if (!log.values) {
    port.writeSheet(newLog(rows));
    log.values = [[...MAIL_LOG.header]];
    return 2;
  }
  const first = log.values.length + 1;
  port.writeBlock(SHEETS.mailLog, first, 1, rows);
  return first;
}

/** Writes outcome texts into the log, each with its row's new signature. */
export function writeOutcomes(
  port: WorkbookPort,
  log: MailLogSheet,
  outcomes: { row: number; text: string }[],
): void {
  const cells = outcomes.flatMap(({ row, text }) => {
    const fields = log.fields.get(row);
    return fields ? [{ row, cells: outcomeCells(fields, text, log.seal) }] : [];
  });
  writeRuns(port, OUTCOME_COLUMN, cells);
}
