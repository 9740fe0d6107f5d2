// What to send now, from the messages due and the mail log: each message for a data date and
// recipient goes once; one left unconfirmed by a stopped run is never sent again on its own (a
// person may resend it, once); older pending messages give way to newer ones; and when the
// quota runs short, the reminders owed longest go first, so none waits for ever.
import { formatVnDate } from './dates';
import type { Mail } from './email';
import type { LogEntry, LogMessage } from './mail-log';
import type { Finding } from './findings';
import { FIX } from './messages';
import type { Settings } from './settings';
import { MAIL_LOG_COLUMN as MAIL_LOG, SHEETS } from './vocabulary';

/** Apps Script sends to at most 50 recipients per message (quotas page). */
export const MAX_RECIPIENTS = 50;

/**
 * The recipients an account may send to in a whole day (quotas page): MailApp tells only what
 * is left today (getRemainingDailyQuota).
 */
export const DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 } as const;

/**
 * A whole day's recipients, from the most an account has been seen to have left: more than a
 * consumer account's whole day is a Workspace account.
 */
export function dailyRecipients(mostSeen: number): number {
  return mostSeen > DAILY_RECIPIENTS.consumer
    ? DAILY_RECIPIENTS.workspace
    : DAILY_RECIPIENTS.consumer;
}

/**
 * When `Email nhận tổng hợp` lists more addresses than the account can send to in a day, the
 * digest can never reach them all: said as a finding (each run), not left waiting for ever.
 */
export function digestOverQuota(settings: Settings, daily: number): Finding[] {
  if (settings.digestTo.length <= daily) return [];
  return [
    {
      severity: 'error',
      code: 'digest-over-quota',
      sheet: SHEETS.settings,
      ...(settings.digestToCell ? { cell: settings.digestToCell } : {}),
      message: FIX.digestOverQuota(settings.digestTo.length, daily),
    },
  ];
}

/** One message to send now: its content, its recipients, and its row in the log. */
export interface Outgoing {
  mail: Mail;
  message: LogMessage;
  /** The log row that records it; null for a message not logged yet. */
  row: number | null;
  /** Sent again on a person's request. */
  resend: boolean;
}

export interface SendPlan {
  /** Existing rows to close without sending: older data dates, or no longer due. */
  close: { row: number; text: string }[];
  /** What to send now, in order; those with no row yet are appended to the log as pending. */
  send: Outgoing[];
  /** Rows whose send was never confirmed: listed for a person, never sent again on their own. */
  unconfirmed: LogEntry[];
}

/**
 * none: what is due and not yet logged, and what waits; unconfirmed: also the unconfirmed
 * messages of the data date, once; all: every due message again (a person's explicit choice).
 */
export type Resend = 'none' | 'unconfirmed' | 'all';

/**
 * The leaders' reports (monthly, final) are due past the data date they end on, for as long as
 * addon/reports.ts plans them: the newest block of each kind, during its days of grace and then
 * while the log holds a row of it waiting or failed, so a report's message waits for the quota
 * across days and is never given up for a newer digest; a row of a report no longer planned (a
 * newer block of its kind) is closed as not due. Their key holds the period's last day, so each
 * goes once.
 */
const lasting = (kind: string) => kind === 'monthly' || kind === 'final';

/** The messages to the leaders' list, `Email nhận tổng hợp`. */
const toLeaders = (kind: string) => kind === 'digest' || lasting(kind);

const keyOf = (m: { kind: string; dataDate: string; unit: string }) =>
  `${m.kind}|${m.dataDate}|${m.unit.toLowerCase()}`;

/** Recipients in chunks Apps Script accepts. */
function chunks(to: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < to.length; i += MAX_RECIPIENTS) out.push(to.slice(i, i + MAX_RECIPIENTS));
  return out;
}

/**
 * The unconfirmed messages worth telling a person about at `dataDate`: those of this data date
 * and of the latest one before it in the log (the run that stopped). Older ones are named in
 * the digests that followed them and then dropped: a reminder about a report long since due
 * is no use resent, and a list that only grows would bury the new ones.
 */
export function recentUnconfirmed(log: LogEntry[], dataDate: string): LogEntry[] {
  let previous = '';
  for (const e of log) if (e.dataDate < dataDate && e.dataDate > previous) previous = e.dataDate;
  return log.filter((e) => e.outcome === 'sending' && e.dataDate >= previous);
}

/**
 * Per unit (lower case), the data date since which its reminder has been owed: the first one
 * logged and not sent (waiting, failed, or dropped for a newer data date) since the unit was last
 * reminded or last stopped being due. A unit with none is owed since `dataDate`.
 */
function owedSince(log: LogEntry[], dataDate: string): Map<string, string> {
  const owed = new Map<string, string>();
  const reminders = log
    .filter((e) => e.kind === 'reminder' && e.dataDate <= dataDate)
    .sort((a, b) => a.dataDate.localeCompare(b.dataDate) || a.row - b.row);
  for (const e of reminders) {
    const unit = e.unit.toLowerCase();
    const served = e.outcome === 'sent' || e.outcome === 'sending';
    if (served || e.outcomeText === MAIL_LOG.notDue) owed.delete(unit);
    else if (!owed.has(unit)) owed.set(unit, e.dataDate);
  }
  return owed;
}

export interface PlanOptions {
  resend?: Resend;
  /**
   * The recipients the account may send to in a whole day: the digest goes to the first ones
   * of its list, never to more, so that its other addresses do not wait for ever.
   */
  dailyRecipients?: number;
}

/** The plan for the messages due at `dataDate`, given the log. */
export function planSend(
  dueMails: Mail[],
  log: LogEntry[],
  dataDate: string,
  options: PlanOptions = {},
): SendPlan {
  const resend = options.resend ?? 'none';
  const daily = options.dailyRecipients ?? Infinity;
  /** The digest's addresses past a whole day's quota: never sent, never waiting. */
  const beyond = new Set<string>();
  const due = dueMails.map((m) => {
    if (!toLeaders(m.kind) || m.to.length <= daily) return m;
    for (const r of m.to.slice(daily)) beyond.add(r.toLowerCase());
    return { ...m, to: m.to.slice(0, daily) };
  });
  const dueByKey = new Map(due.map((m) => [keyOf(m), m]));
  /** Per message, the recipients it has gone to, waits for, or may have gone to. */
  const covered = new Map<string, Set<string>>();
  const cover = (key: string, recipients: string[]) => {
    const set = covered.get(key) ?? new Set<string>();
    for (const r of recipients) set.add(r.toLowerCase());
    covered.set(key, set);
  };
  const close: SendPlan['close'] = [];
  const logged: Outgoing[] = [];
  const unconfirmed = recentUnconfirmed(log, dataDate);
  /**
   * When each unit was last reminded, for the order under a short quota: its data date, and its
   * row, which says which of the units reminded the same day went first.
   */
  const lastReminded = new Map<string, { date: string; row: number }>();
  /** Per message, the recipients of the pending rows met so far. */
  const waiting = new Map<string, Set<string>>();
  for (const e of log) {
    const key = keyOf(e);
    const mail = e.dataDate === dataDate || lasting(e.kind) ? dueByKey.get(key) : undefined;
    const message = { kind: e.kind, dataDate: e.dataDate, unit: e.unit, to: e.recipients };
    switch (e.outcome) {
      case 'sent':
        if (
          e.kind === 'reminder' &&
          (lastReminded.get(e.unit.toLowerCase())?.date ?? '') < e.dataDate
        )
          lastReminded.set(e.unit.toLowerCase(), { date: e.dataDate, row: e.row });
        cover(key, e.recipients);
        break;
      case 'sending':
        cover(key, e.recipients);
        if (mail && resend !== 'none')
          logged.push({
            mail,
            message: { ...message, subject: mail.subject },
            row: e.row,
            resend: true,
          });
        break;
      case 'pending':
        if (e.dataDate < dataDate && !lasting(e.kind))
          close.push({ row: e.row, text: MAIL_LOG.skipped(formatVnDate(dataDate)) });
        else if (!mail) close.push({ row: e.row, text: MAIL_LOG.notDue });
        else if (e.recipients.some((r) => beyond.has(r)))
          close.push({ row: e.row, text: MAIL_LOG.overQuota });
        // A signed row copied whole still verifies: the copy of a waiting message waits once.
        else if (e.recipients.every((r) => waiting.get(key)?.has(r)))
          close.push({ row: e.row, text: MAIL_LOG.notDue });
        else {
          const set = waiting.get(key) ?? new Set<string>();
          for (const r of e.recipients) set.add(r);
          waiting.set(key, set);
          logged.push({
            mail,
            message: { ...message, subject: mail.subject },
            row: e.row,
            resend: false,
          });
          cover(key, e.recipients);
        }
        break;
      // A failed send is tried again; a skipped message was never sent.
    }
  }
  // Recipients a logged row will reach: with 'all', every other recipient is sent again.
  const viaRows = new Map<string, Set<string>>();
  for (const o of logged) {
    const set = viaRows.get(keyOf(o.message)) ?? new Set<string>();
    for (const r of o.message.to) set.add(r.toLowerCase());
    viaRows.set(keyOf(o.message), set);
  }
  const added: Outgoing[] = [];
  for (const mail of due) {
    const done = (resend === 'all' ? viaRows : covered).get(keyOf(mail));
    const to = mail.to.filter((r) => !done?.has(r.toLowerCase()));
    for (const part of chunks(to)) {
      const message = { kind: mail.kind, dataDate: mail.dataDate, unit: mail.unit, to: part };
      added.push({
        mail,
        message: { ...message, subject: mail.subject },
        row: null,
        resend: resend === 'all',
      });
    }
  }
  // The digest first; then the reports (to the same leaders); then reminders, the one owed
  // longest first: a reminder the quota put off has waited, and goes before one due only
  // today. Among those owed as long, the unit reminded longest ago (never: first of all), to the
  // row: of units reminded the same day, the first to have gone is the first to go again, so
  // that when the quota falls short of everyone each day, the day's wait passes from unit to
  // unit instead of falling on the last ones every time. Then the order of `Đơn vị`.
  const owed = owedSince(log, dataDate);
  const rank = (o: Outgoing): (string | number)[] => {
    const unit = o.mail.unit.toLowerCase();
    if (o.mail.kind === 'digest') return ['0'];
    if (lasting(o.mail.kind)) return ['1'];
    const last = lastReminded.get(unit);
    return ['2', owed.get(unit) ?? dataDate, last?.date ?? '', last?.row ?? 0];
  };
  const byRank = (a: (string | number)[], b: (string | number)[]) =>
    a.reduce<number>((c, x, i) => c || (x < b[i] ? -1 : x > b[i] ? 1 : 0), 0);
  const position = new Map(due.map((m, i) => [m, i]));
  const send = [...logged, ...added].sort(
    (a, b) => byRank(rank(a), rank(b)) || position.get(a.mail)! - position.get(b.mail)!,
  );
  return { close, send, unconfirmed };
}
