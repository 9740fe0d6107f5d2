// MailApp: messages recorded instead of sent, with Apps Script's quotas and limits (recipients
// per day and per message, body size), its address and subject checks and its error wording.
//
// Limits from the quotas page (https://developers.google.com/apps-script/guides/services/quotas):
// email recipients per day 100 (consumer) / 1,500 (Google Workspace); email recipients per
// message 50; email body size 200 KB (consumer) / 400 KB (Workspace) per message.
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { exception } from './errors';

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  from: string;
  name?: string;
  replyTo?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  date: Date;
}

interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

/** The kind of Google account the script runs as: it sets the quotas and limits. */
export type Account = 'consumer' | 'workspace';

export const MAIL_LIMITS: Record<
  Account,
  { recipientsPerDay: number; recipientsPerMessage: number; bodyBytes: number }
> = {
  consumer: { recipientsPerDay: 100, recipientsPerMessage: 50, bodyBytes: 200 * 1024 },
  workspace: { recipientsPerDay: 1500, recipientsPerMessage: 50, bodyBytes: 400 * 1024 },
};

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export class FakeMailApp {
  readonly sent: SentMail[] = [];
  /** Recipients still allowed today (consumer accounts: 100, Workspace: 1,500). */
  remaining: number;
  /** Addresses for which sending fails (a test's way to make a send fail). */
  readonly failFor = new Set<string>();
  readonly limits: (typeof MAIL_LIMITS)[Account];
  constructor(
    readonly rt: RuntimeContext,
    account: Account,
    /** Recipients left today; default: the account's whole daily quota. */
    dailyQuota?: number,
  ) {
    this.limits = MAIL_LIMITS[account];
    this.remaining = dailyQuota ?? this.limits.recipientsPerDay;
  }
  getRemainingDailyQuota(): number {
    return this.remaining;
  }
  /** (message) | (to, subject, body) | (to, subject, body, options) | (to, replyTo, subject, body) */
  sendEmail(a: string | MailMessage, b?: string, c?: string, d?: MailMessage | string): void {
    let m: MailMessage;
    if (typeof a !== 'string') m = { ...a };
    else if (typeof d === 'string') m = { to: a, replyTo: b, subject: c, body: d };
    else m = { ...d, to: a, subject: b, body: c };
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw exception('Failed to send email: no recipient');
    for (const address of all)
      if (!EMAIL.test(address)) throw exception(`Invalid email: ${address}`);
    if (m.subject === undefined || m.subject === null) throw exception('Invalid argument: subject');
    if (/[\r\n]/.test(m.subject)) throw exception('Invalid argument: subject');
    // Every address given counts, as given: Apps Script does not merge "a@x.vn" and "A@x.vn".
    if (all.length > this.limits.recipientsPerMessage)
      throw exception('Limit Exceeded: Email Recipients Per Message.');
    // The body as sent: the larger of the plain and the HTML body, in UTF-8 bytes.
    const size = Math.max(
      Buffer.byteLength(String(m.body ?? ''), 'utf8'),
      Buffer.byteLength(String(m.htmlBody ?? ''), 'utf8'),
    );
    if (size > this.limits.bodyBytes) throw exception('Limit Exceeded: Email Body Size.');
    if (all.length > this.remaining)
      throw exception('Service invoked too many times for one day: email.');
    for (const address of all)
      if (this.failFor.has(address)) throw exception(`Failed to send email: ${address}`);
    this.remaining -= all.length;
    this.sent.push({
      to,
      cc,
      bcc,
      from: this.rt.activeUser,
      name: m.name,
      replyTo: m.replyTo,
      subject: String(m.subject),
      body: String(m.body ?? ''),
      htmlBody: m.htmlBody,
      date: new Date(this.rt.now()),
    });
  }
}
instrument(FakeMailApp, 'MailApp');
