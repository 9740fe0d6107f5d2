// The non-spreadsheet services: Properties, Lock, Script (triggers), Session, Mail, Utilities,
// Logger. Each keeps the limits and error wording of Apps Script that our code depends on.
import { randomUUID } from 'node:crypto';
import { instrument } from './calls';
import { isDate } from './cells';
import type { LocalRuntime } from './runtime';
import { exception } from './spreadsheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeUser } from './features';
import { assertTimeZone, formatJava, parseJava } from './tz';

export class FakeProperties {
  constructor(
    readonly rt: LocalRuntime,
    private readonly store: Map<string, string>,
  ) {}
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: unknown): FakeProperties {
    this.store.set(key, String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): FakeProperties {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this.store.clear();
    return this;
  }
}
instrument(FakeProperties, 'Properties');

export class FakePropertiesService {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly user = new Map<string, string>();
  constructor(readonly rt: LocalRuntime) {}
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.rt, this.script);
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.rt, this.document);
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(this.rt, this.user);
  }
}
instrument(FakePropertiesService, 'PropertiesService');

/** Who holds each lock: a Lock object of this run, or "another execution" a test simulates. */
export class LockState {
  holder: FakeLock | 'other' | null = null;
}

export class FakeLock {
  constructor(
    readonly rt: LocalRuntime,
    private readonly state: LockState,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    if (this.state.holder === this) return true;
    if (this.state.holder !== null) return false;
    this.state.holder = this;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw exception('Lock timeout: another process was holding the lock for too long.');
    }
  }
  hasLock(): boolean {
    return this.state.holder === this;
  }
  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
}
instrument(FakeLock, 'Lock');

export class FakeLockService {
  readonly document = new LockState();
  readonly script = new LockState();
  readonly user = new LockState();
  constructor(readonly rt: LocalRuntime) {}
  getDocumentLock(): FakeLock {
    return new FakeLock(this.rt, this.document);
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.rt, this.script);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.rt, this.user);
  }
}
instrument(FakeLockService, 'LockService');

export const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  DOCUMENTS: 'DOCUMENTS',
  FORMS: 'FORMS',
} as const;
export const WeekDay = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;

/** An installed trigger with what its builder was told. */
export class FakeTrigger {
  constructor(
    readonly uid: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    readonly schedule: {
      everyDays?: number;
      everyHours?: number;
      atHour?: number;
      nearMinute?: number;
      timeZone?: string;
      at?: number;
      onWeekDay?: string;
    },
    /** Triggers run as the user who installed them. */
    readonly installedBy: string,
  ) {}
  getUniqueId(): string {
    return this.uid;
  }
  getHandlerFunction(): string {
    return this.handler;
  }
  getEventType(): string {
    return this.eventType;
  }
  getTriggerSource(): string {
    return this.source;
  }
  getTriggerSourceId(): string | null {
    return this.sourceId;
  }
}

const MAX_TRIGGERS = 20;

export class FakeTriggerBuilder {
  private schedule: FakeTrigger['schedule'] = {};
  constructor(
    private readonly rt: LocalRuntime,
    private readonly handler: string,
  ) {}
  private install(eventType: string, source: string, sourceId: string | null): FakeTrigger {
    const svc = this.rt.scriptApp;
    if (svc.triggers.length >= MAX_TRIGGERS) {
      throw exception(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const t = new FakeTrigger(
      String(svc.nextUid++),
      this.handler,
      eventType,
      source,
      sourceId,
      { ...this.schedule },
      this.rt.activeUser,
    );
    svc.triggers.push(t);
    return t;
  }
  timeBased(): this {
    return this;
  }
  everyDays(n: number): this {
    this.schedule.everyDays = n;
    return this;
  }
  everyHours(n: number): this {
    this.schedule.everyHours = n;
    return this;
  }
  atHour(hour: number): this {
    if (hour < 0 || hour > 23) throw exception('Invalid argument: hour');
    this.schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    this.schedule.nearMinute = minute;
    return this;
  }
  inTimezone(timezone: string): this {
    assertTimeZone(timezone);
    this.schedule.timeZone = timezone;
    return this;
  }
  onWeekDay(day: string): this {
    this.schedule.onWeekDay = day;
    return this;
  }
  at(date: Date): this {
    this.schedule.at = date.getTime();
    return this;
  }
  forSpreadsheet(ss: FakeSpreadsheet | string): {
    onEdit(): { create(): FakeTrigger };
    onOpen(): { create(): FakeTrigger };
    onChange(): { create(): FakeTrigger };
  } {
    const id = typeof ss === 'string' ? ss : ss.getId();
    const make = (type: string) => ({
      create: () => this.install(type, TriggerSource.SPREADSHEETS, id),
    });
    return {
      onEdit: () => make(EventType.ON_EDIT),
      onOpen: () => make(EventType.ON_OPEN),
      onChange: () => make(EventType.ON_CHANGE),
    };
  }
  create(): FakeTrigger {
    return this.install(EventType.CLOCK, TriggerSource.CLOCK, null);
  }
}

export class FakeScriptApp {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  triggers: FakeTrigger[] = [];
  nextUid = 1000;
  constructor(readonly rt: LocalRuntime) {}
  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.rt, functionName);
  }
  getProjectTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }
  getUserTriggers(ss: FakeSpreadsheet): FakeTrigger[] {
    return this.triggers.filter((t) => t.sourceId === ss.getId());
  }
  deleteTrigger(trigger: FakeTrigger): void {
    this.triggers = this.triggers.filter((t) => t.uid !== trigger.getUniqueId());
  }
  getScriptId(): string {
    return 'local-script';
  }
  getOAuthToken(): string {
    return 'local-token';
  }
}
instrument(FakeScriptApp, 'ScriptApp');

export class FakeSession {
  constructor(readonly rt: LocalRuntime) {}
  getActiveUser(): FakeUser {
    return new FakeUser(this.rt.activeUser);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.rt.activeUser);
  }
  getScriptTimeZone(): string {
    return this.rt.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return 'vi';
  }
  getTemporaryActiveUserKey(): string {
    return `key-${this.rt.activeUser}`;
  }
}
instrument(FakeSession, 'Session');

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
    readonly rt: LocalRuntime,
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

function formatString(template: string, ...args: unknown[]): string {
  let i = 0;
  return template.replace(
    /%(%|(\d*)\.?(\d*)([sdif]))/g,
    (_m, pct: string, _w: string, prec: string, conv: string) => {
      if (pct === '%') return '%';
      const v = args[i++];
      if (conv === 's') return String(v);
      if (conv === 'd' || conv === 'i') return String(Math.trunc(Number(v)));
      return prec ? Number(v).toFixed(Number(prec)) : String(Number(v));
    },
  );
}

export class FakeUtilities {
  constructor(readonly rt: LocalRuntime) {}
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw exception(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    assertTimeZone(timeZone);
    return formatJava(date.getTime(), timeZone, format);
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    assertTimeZone(timeZone);
    const t = parseJava(date, timeZone, format);
    if (t === null) throw exception(`Unparseable date: "${date}"`);
    return new Date(t);
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }
  sleep(milliseconds: number): void {
    this.rt.advance(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  base64Encode(data: string | number[], charset?: unknown): string {
    void charset;
    return (
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255))
    ).toString('base64');
  }
  base64Decode(encoded: string, charset?: unknown): number[] {
    void charset;
    return [...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
}
instrument(FakeUtilities, 'Utilities');

export class FakeLogger {
  constructor(readonly rt: LocalRuntime) {}
  log(format: unknown, ...values: unknown[]): FakeLogger {
    this.rt.logs.push(values.length ? formatString(String(format), ...values) : String(format));
    return this;
  }
  getLog(): string {
    return this.rt.logs.join('\n');
  }
  clear(): void {
    this.rt.logs.length = 0;
  }
}
instrument(FakeLogger, 'Logger');
