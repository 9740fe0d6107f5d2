// MailApp: messages recorded instead of sent, with Apps Script's daily recipient quota, its
// address and subject checks and its error wording.
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
  constructor(
    readonly rt: RuntimeContext,
    dailyQuota: number,
  ) {
    this.remaining = dailyQuota;
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
