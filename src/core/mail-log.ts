// `Nhật ký gửi thư`: one row per message, written before it is sent and updated after, so a run
// stopped at any point leaves a log the next run can finish from. A message is due once per
// data date, kind, unit and recipients; its row says where it stands. Every row the add-on
// writes carries a signature over what it says, so a row typed by a person (who can type into
// any cell of the sheet) is told apart: it neither covers a message nor makes one go.
import { a1 } from './a1';
import { cellDay, cellMinutes, formatTime, formatVnDate, fromDayNumber, readDate } from './dates';
import type { Finding } from './findings';
import { mailLogLayout } from './layout';
import { FIX } from './messages';
import type { OutputCell, OutputSheet } from './output';
import { cellText, sameLabel } from './text';
import type { CellValue, Rows } from './values';
import { isBlank, isSheetDate } from './values';
import type { MailKind } from './vocabulary';
import { MAIL_LOG_COLUMN as MAIL_LOG, SHEETS } from './vocabulary';

/**
 * pending: due, waiting its turn (the quota, or the next run); sending: recorded just before a
 * send whose outcome was never confirmed (it may or may not have gone); sent; failed; skipped.
 */
export type Outcome = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

/** What a row says, as read back from the sheet: what its signature covers. */
export interface LogFields {
  /** When it was written, to the minute: "2023-07-14 08:00". */
  time: string;
  kind: MailKind;
  dataDate: string;
  unit: string;
  /** As written, lower-cased. */
  recipients: string[];
  subject: string;
  /** `Kết quả` as written. */
  outcomeText: string;
}

export interface LogEntry extends LogFields {
  /** 1-based row in the log. */
  row: number;
  outcome: Outcome;
}

/**
 * The signature of a row's fields: HMAC-SHA256 under a key only the add-on holds, in hex. The
 * add-on computes it (Utilities); the core only says what is signed.
 */
export type Seal = (fields: LogFields) => string;

/** The columns (1-based) of `Kết quả`, which changes as a message goes, and of `Chữ ký`. */
export const OUTCOME_COLUMN = 7;
export const SIGNATURE_COLUMN = 8;

/**
 * The text a row's signature is computed over: a version, the spreadsheet (so that a row copied
 * from another spreadsheet the add-on signs does not count here) and every field, as JSON so
 * that no two rows make the same text.
 */
export function sealText(spreadsheet: string, f: LogFields): string {
  return JSON.stringify([
    'tienDo.mailLog.1',
    spreadsheet,
    f.kind,
    f.dataDate,
    f.unit,
    f.recipients,
    f.subject,
    f.outcomeText,
    f.time,
  ]);
}

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

/** `Thời gian` to the minute, whether it is still the text written, a date cell or a serial. */
function logTime(v: CellValue | undefined): string {
  const m = /^(\d{1,2}\/\d{1,2}\/\d{4}) (\d{1,2}):(\d{2})(?::\d{2})?$/.exec(cellText(v));
  const date = m && readDate(m[1]);
  if (m && date) return `${date} ${formatTime(+m[2] * 60 + +m[3])}`;
  const minutes = isSheetDate(v) || typeof v === 'number' ? cellMinutes(v) : NaN;
  if (Number.isNaN(minutes)) return cellText(v);
  const day = Math.floor(minutes / 1440);
  return `${fromDayNumber(day)} ${formatTime(minutes - day * 1440)}`;
}

/** A row's fields; null when it is no message (no known kind, or no data date). */
function fieldsOf(r: readonly CellValue[]): LogFields | null {
  const kindText = cellText(r[1]);
  const kind = (Object.keys(MAIL_LOG.kinds) as MailKind[]).find(
    (k) => MAIL_LOG.kinds[k] === kindText,
  );
  const dataDate = logDate(r[2]);
  if (!kind || !dataDate) return null;
  return {
    time: logTime(r[0]),
    kind,
    dataDate,
    unit: cellText(r[3]),
    recipients: splitRecipients(cellText(r[4])),
    subject: cellText(r[5]),
    outcomeText: cellText(r[6]),
  };
}

/** The log as the add-on can trust it. */
export interface LogRead {
  /** The messages its signatures vouch for (or adopted), in row order. */
  entries: LogEntry[];
  /** Rows with content that no valid signature vouches for: ignored, and reported. */
  unsigned: number[];
  /** Rows of an older version's log, taken as they are: their signatures, to write once. */
  adopted: { row: number; signature: string }[];
  /** Row 1 has the signature's header. */
  signedHeader: boolean;
}

/**
 * The log's rows: those whose signature is valid are entries; the others, when they hold
 * anything, are `unsigned`. A log written by a version that did not sign (no `Chữ ký` header,
 * no valid signature anywhere) is taken as it stands, once: with `adopt`, which the caller
 * gives only while this spreadsheet has never had a signed log, its message rows are entries
 * and `adopted` carries the signatures that make them so.
 */
export function readLog(rows: Rows | null, seal: Seal, adopt = false): LogRead {
  const read: LogRead = { entries: [], unsigned: [], adopted: [], signedHeader: false };
  if (!rows?.length) return read;
  read.signedHeader = sameLabel(rows[0][SIGNATURE_COLUMN - 1], MAIL_LOG.header[7]);
  const legacy: LogEntry[] = [];
  rows.forEach((r, i) => {
    if (i === 0) return;
    const fields = fieldsOf(r);
    const signature = cellText(r[SIGNATURE_COLUMN - 1]);
    const entry = fields && { ...fields, row: i + 1, outcome: outcomeOf(fields.outcomeText) };
    if (entry && signature && signature === seal(fields)) read.entries.push(entry);
    else if (entry && !signature) legacy.push(entry);
    else if (r.slice(0, SIGNATURE_COLUMN).some((v) => !isBlank(v))) read.unsigned.push(i + 1);
  });
  if (adopt && !read.signedHeader && read.entries.length === 0) {
    read.entries = legacy;
    read.adopted = legacy.map((e) => ({ row: e.row, signature: seal(e) }));
  } else {
    read.unsigned = [...read.unsigned, ...legacy.map((e) => e.row)].sort((a, b) => a - b);
  }
  return read;
}

/** One warning per run of adjacent rows without a valid signature, naming its rows. */
export function unsignedFindings(rows: number[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i + 1;
    while (j < rows.length && rows[j] === rows[j - 1] + 1) j++;
    findings.push({
      severity: 'warning',
      code: 'mail-log-unsigned',
      sheet: SHEETS.mailLog,
      // The first cell of the row: a log narrower than its columns has no signature cell.
      cell: a1(0, rows[i]),
      message: FIX.mailLogUnsigned(rows[i], rows[j - 1]),
    });
    i = j;
  }
  return findings;
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

/** A row's first seven cells: time, kind, data date, unit, recipients, subject, outcome. */
function rowCells(m: LogMessage, time: string, outcome: string): string[] {
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

/**
 * A new row: when, what, for which data date (written as text, so a number format a person
 * puts on the column cannot change how it reads back), who, its outcome, and the signature of
 * all that as it will read back.
 */
export function logRow(m: LogMessage, time: string, outcome: string, seal: Seal): OutputCell[] {
  const cells = rowCells(m, time, outcome);
  return [...cells, seal(fieldsOf(cells)!)];
}

/** The fields of a row `logRow` wrote, as they read back. */
export function loggedFields(m: LogMessage, time: string): LogFields {
  return fieldsOf(rowCells(m, time, ''))!;
}

/** A row's new `Kết quả` and the signature that goes with it, for columns 7–8. */
export function outcomeCells(fields: LogFields, text: string, seal: Seal): OutputCell[] {
  return [text, seal({ ...fields, outcomeText: cellText(text) })];
}

/** The log with its header, when there is none yet. */
export function newLog(rows: OutputCell[][]): OutputSheet {
  return {
    name: SHEETS.mailLog,
    rows: [[...MAIL_LOG.header], ...rows],
    boldRows: [1],
    frozenRows: 1,
    layout: mailLogLayout([[...MAIL_LOG.header], ...rows], Object.values(MAIL_LOG.kinds)),
  };
}

/**
 * A send in progress, as the run sending keeps it (outside the sheet, where it is saved at
 * once): the rows that went, those that went again at a person's request, and the row of the
 * message going now, whose outcome is unknown until the next save.
 */
/**
 * A log row a send in flight names: its number and the mark of its message (see messageMark),
 * "12:k3j9x"; a bare number from an older record.
 */
export type InflightRow = number | string;

export interface Inflight {
  sent: InflightRow[];
  resent: InflightRow[];
  current: InflightRow | null;
}

/**
 * A short mark of a message (kind, data date, unit, recipients: what does not change as it
 * goes), so a row named by number can be found again if the log was sorted meanwhile.
 */
export function messageMark(m: {
  kind: string;
  dataDate: string;
  unit: string;
  recipients: string[];
}): string {
  const text = `${m.kind}|${m.dataDate}|${m.unit.toLowerCase()}|${m.recipients.join(',')}`;
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The entry an in-flight row names: at its number if the mark agrees, else the one so marked. */
function entryOf(log: LogEntry[], named: InflightRow): LogEntry | undefined {
  const [row, mark] =
    typeof named === 'number' ? [named, null] : [Number(named.split(':')[0]), named.split(':')[1]];
  const at = log.find((e) => e.row === row);
  if (mark === null || (at && messageMark(at) === mark)) return at;
  const marked = log.filter((e) => messageMark(e) === mark);
  return marked.length === 1 ? marked[0] : undefined;
}

/**
 * What a send in progress left, once it stopped: its rows' outcomes, written into the entries
 * read and returned for the sheet. The message going when it stopped may or may not have gone.
 * Only rows the log vouches for are settled: a row a person changed since is not signed again.
 */
export function settleInflight(
  log: LogEntry[],
  inflight: Inflight,
): { row: number; text: string }[] {
  // Rows are found by number, or by their message's mark when the log was sorted since.
  const texts = new Map<LogEntry, string>();
  const mark = (named: InflightRow, text: string) => {
    const e = entryOf(log, named);
    if (e) texts.set(e, text);
  };
  for (const named of inflight.sent) mark(named, MAIL_LOG.sent);
  for (const named of inflight.resent) mark(named, MAIL_LOG.resent);
  if (inflight.current !== null) mark(inflight.current, MAIL_LOG.sending);
  const settled: { row: number; text: string }[] = [];
  for (const [e, text] of texts) {
    e.outcome = text === MAIL_LOG.sending ? 'sending' : 'sent';
    e.outcomeText = text;
    settled.push({ row: e.row, text });
  }
  return settled.sort((a, b) => a.row - b.row);
}
