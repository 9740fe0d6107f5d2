// `Nhật ký gửi thư`: one row per message, written before it is sent and updated after, so a run
// stopped at any point leaves a log the next run can finish from. A message is due once per
// data date, kind, unit and recipients; its row says where it stands.
import { cellDay, formatVnDate, fromDayNumber } from './dates';
import type { OutputCell, OutputSheet } from './output';
import { cellText } from './text';
import type { CellValue, Rows } from './values';
import type { MailKind } from './vocabulary';
import { MAIL_LOG_COLUMN as MAIL_LOG, SHEETS } from './vocabulary';

/**
 * pending: due, waiting its turn (the quota, or the next run); sending: recorded just before a
 * send whose outcome was never confirmed (it may or may not have gone); sent; failed; skipped.
 */
export type Outcome = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

export interface LogEntry {
  /** 1-based row in the log. */
  row: number;
  time: string;
  kind: MailKind;
  dataDate: string;
  unit: string;
  /** As written, lower-cased. */
  recipients: string[];
  subject: string;
  outcome: Outcome;
}

/** The column of `Kết quả` (1-based): what changes as a message goes. */
export const OUTCOME_COLUMN = MAIL_LOG.header.length;

function outcomeOf(text: string): Outcome {
  const words = MAIL_LOG.outcomes;
  const known = (Object.keys(words) as Outcome[]).find((o) => text.startsWith(words[o]));
  return known ?? 'skipped';
}

/**
 * The data date of a row: written as text, but a person may turn the column into numbers or
 * dates (a number format, a paste): a Sheets serial number or a date cell is the same day.
 */
function logDate(v: CellValue | undefined): string | null {
  const day = cellDay(v);
  return day === null ? null : fromDayNumber(day);
}

/** The log's rows as entries; rows without a known kind or a data date are not messages. */
export function readLog(rows: Rows | null): LogEntry[] {
  const entries: LogEntry[] = [];
  (rows ?? []).forEach((r, i) => {
    if (i === 0) return;
    const kindText = cellText(r[1]);
    const kind = (Object.keys(MAIL_LOG.kinds) as MailKind[]).find(
      (k) => MAIL_LOG.kinds[k] === kindText,
    );
    const dataDate = logDate(r[2]);
    if (!kind || !dataDate) return;
    entries.push({
      row: i + 1,
      time: cellText(r[0]),
      kind,
      dataDate,
      unit: cellText(r[3]),
      recipients: splitRecipients(cellText(r[4])),
      subject: cellText(r[5]),
      outcome: outcomeOf(cellText(r[6])),
    });
  });
  return entries;
}

export function splitRecipients(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/** A message as the log records it, before it is sent. */
export interface LogMessage {
  kind: MailKind;
  dataDate: string;
  unit: string;
  to: string[];
  subject: string;
}

/**
 * A new row: when, what, for which data date (written as text, so a number format a person
 * puts on the column cannot change how it reads back), who, and its outcome.
 */
export function logRow(m: LogMessage, time: string, outcome: string): OutputCell[] {
  return [
    time,
    MAIL_LOG.kinds[m.kind],
    formatVnDate(m.dataDate),
    m.unit,
    m.to.join(', '),
    m.subject,
    outcome,
  ];
}

/** The log with its header, when there is none yet. */
export function newLog(rows: OutputCell[][]): OutputSheet {
  return {
    name: SHEETS.mailLog,
    rows: [[...MAIL_LOG.header], ...rows],
    boldRows: [1],
    frozenRows: 1,
    wide: { col: 6, width: 420 },
  };
}

/**
 * A send in progress, as the run sending keeps it (outside the sheet, where it is saved at
 * once): the rows that went, those that went again at a person's request, and the row of the
 * message going now, whose outcome is unknown until the next save.
 */
export interface Inflight {
  sent: number[];
  resent: number[];
  current: number | null;
}

/**
 * What a send in progress left, once it stopped: its rows' outcomes, written into the entries
 * read and returned for the sheet. The message going when it stopped may or may not have gone.
 */
export function settleInflight(
  log: LogEntry[],
  inflight: Inflight,
): { row: number; text: string }[] {
  const texts = new Map<number, string>();
  for (const row of inflight.sent) texts.set(row, MAIL_LOG.sent);
  for (const row of inflight.resent) texts.set(row, MAIL_LOG.resent);
  if (inflight.current !== null) texts.set(inflight.current, MAIL_LOG.sending);
  for (const e of log) {
    const text = texts.get(e.row);
    if (text !== undefined) e.outcome = text === MAIL_LOG.sending ? 'sending' : 'sent';
  }
  return [...texts].map(([row, text]) => ({ row, text }));
}
