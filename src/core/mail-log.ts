// `Nhật ký gửi thư`: every message sent, pending or failed. A digest or reminder for the same
// data date and recipient is sent once; what the quota could not take waits for the next run.
import { readDate } from './dates';
import type { Mail } from './email';
import type { OutputCell, OutputSheet } from './output';
import { cellText } from './text';
import type { Rows } from './values';
import type { MailKind } from './vocabulary';
import { MAIL_LOG_COLUMN as MAIL_LOG, SHEETS } from './vocabulary';

export type Outcome = 'sent' | 'pending' | 'failed' | 'skipped';

export interface LogEntry {
  time: string;
  kind: MailKind;
  dataDate: string;
  unit: string;
  recipients: string[];
  subject: string;
  outcome: Outcome;
  detail?: string;
}

function outcomeOf(text: string): Outcome {
  if (text === MAIL_LOG.sent) return 'sent';
  if (text === MAIL_LOG.pending) return 'pending';
  if (text.startsWith(MAIL_LOG.failed(''))) return 'failed';
  return 'skipped';
}

export function readLog(rows: Rows | null): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const r of (rows ?? []).slice(1)) {
    const kindText = cellText(r[1]);
    const kind = (Object.keys(MAIL_LOG.kinds) as MailKind[]).find(
      (k) => MAIL_LOG.kinds[k] === kindText,
    );
    const dataDate = readDate(r[2]);
    if (!kind || !dataDate) continue;
    entries.push({
      time: cellText(r[0]),
      kind,
      dataDate,
      unit: cellText(r[3]),
      recipients: cellText(r[4])
        .split(/[,;]/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
      subject: cellText(r[5]),
      outcome: outcomeOf(cellText(r[6])),
    });
  }
  return entries;
}

const key = (kind: MailKind, dataDate: string, unit: string, recipient: string) =>
  `${kind}|${dataDate}|${unit.toLowerCase()}|${recipient.toLowerCase()}`;

/**
 * The messages still to send: each mail keeps only the recipients it has not been sent to for
 * its data date (all of them when a person chose to resend); mails left with none are dropped.
 */
export function unsent(mails: Mail[], log: LogEntry[], resend = false): Mail[] {
  const sent = new Set<string>();
  for (const e of log)
    if (e.outcome === 'sent')
      for (const r of e.recipients) sent.add(key(e.kind, e.dataDate, e.unit, r));
  return mails
    .map((m) => ({
      ...m,
      to: resend ? m.to : m.to.filter((r) => !sent.has(key(m.kind, m.dataDate, m.unit, r))),
    }))
    .filter((m) => m.to.length > 0);
}

/** Pending messages of earlier data dates that a newer message replaces: logged as skipped. */
export function superseded(log: LogEntry[], dataDate: string): LogEntry[] {
  const done = new Set<string>();
  const open = new Map<string, LogEntry>();
  for (const e of log) {
    const k = `${e.kind}|${e.dataDate}|${e.unit}|${e.recipients.join(',')}`;
    if (e.outcome === 'pending') open.set(k, e);
    else done.add(k);
  }
  return [...open]
    .filter(([k, e]) => !done.has(k) && e.dataDate < dataDate)
    .map(([, e]) => ({ ...e, outcome: 'skipped' as const }));
}

export function logRows(entries: LogEntry[], now: string, latest: string): OutputCell[][] {
  return entries.map((e) => [
    now,
    MAIL_LOG.kinds[e.kind],
    { date: e.dataDate },
    e.unit,
    e.recipients.join(', '),
    e.subject,
    e.outcome === 'sent'
      ? MAIL_LOG.sent
      : e.outcome === 'pending'
        ? MAIL_LOG.pending
        : e.outcome === 'failed'
          ? MAIL_LOG.failed(e.detail ?? '')
          : MAIL_LOG.skipped(latest),
  ]);
}

/** How new log rows reach the sheet: a new log with its header, or rows below the existing. */
export type LogWrite =
  { kind: 'create'; sheet: OutputSheet } | { kind: 'append'; row: number; rows: OutputCell[][] };

/** Writes `rows` below the log as it was read (`existing`; null when there is no log yet). */
export function logWrite(existing: Rows | null, rows: OutputCell[][]): LogWrite {
  if (!existing)
    return {
      kind: 'create',
      sheet: {
        name: SHEETS.mailLog,
        rows: [[...MAIL_LOG.header], ...rows],
        boldRows: [1],
        frozenRows: 1,
        wide: { col: 6, width: 420 },
      },
    };
  return { kind: 'append', row: existing.length + 1, rows };
}
