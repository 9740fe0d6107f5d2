// ScriptApp: installed triggers (time-driven and spreadsheet), with their builder, and the
// enums scripts read from ScriptApp. Triggers belong to the user who installed them, as the
// ScriptApp reference has it (https://developers.google.com/apps-script/reference/script/
// script-app): getProjectTriggers "gets all installable triggers associated with the current
// project and current user", getUserTriggers those "owned by this user"; and the quotas page
// (https://developers.google.com/apps-script/guides/services/quotas) allows 20 triggers per
// user per script. When and how clock triggers fire is in clock-triggers.ts.
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { exception } from './errors';
import { assertTimeZone } from './tz';

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

/** What a clock trigger's builder was told. */
export interface ClockSchedule {
  everyDays?: number;
  everyHours?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  onWeekDay?: string;
  /** One-off: the instant given to at(date). */
  at?: number;
  /** One-off: the ms given to after(durationMilliseconds), counted from createdAt. */
  after?: number;
}

/** An installed trigger with what its builder was told. */
export class FakeTrigger {
  /** The nominal time of its last run (clock triggers), before the ±15 minutes. */
  lastNominal: number | null = null;
  /**
   * A one-off clock trigger that has fired: it never fires again but stays listed, counting
   * against the 20, until deleted (see clock-triggers.ts).
   */
  disabled = false;
  constructor(
    readonly uid: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    readonly schedule: ClockSchedule,
    /** Triggers run as the user who installed them. */
    readonly installedBy: string,
    /** When it was installed, on the runtime's clock. */
    readonly createdAt = 0,
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

/** A spreadsheet, or anything else a trigger can be installed for, by its id. */
interface Identified {
  getId(): string;
}

export class FakeTriggerBuilder {
  private schedule: ClockSchedule = {};
  constructor(
    private readonly rt: RuntimeContext,
    private readonly svc: FakeScriptApp,
    private readonly handler: string,
  ) {}
  private install(eventType: string, source: string, sourceId: string | null): FakeTrigger {
    const svc = this.svc;
    const user = this.rt.activeUser;
    // 20 per user per script: other users' triggers do not count, fired one-off ones do.
    if (svc.triggers.filter((t) => t.installedBy === user).length >= MAX_TRIGGERS) {
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
      user,
      this.rt.now(),
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
  everyWeeks(n: number): this {
    this.schedule.everyWeeks = n;
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
  onWeekDay(day: unknown): this {
    // ScriptApp.WeekDay's values are their names here (see WeekDay).
    this.schedule.onWeekDay = day as string;
    return this;
  }
  /** One-off, at that instant (ClockTriggerBuilder.at). */
  at(date: Date): this {
    this.schedule.at = date.getTime();
    return this;
  }
  /** One-off, at least that many ms from now (ClockTriggerBuilder.after). */
  after(durationMilliseconds: number): this {
    this.schedule.after = durationMilliseconds;
    return this;
  }
  forSpreadsheet(ss: Identified | string): {
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
  constructor(readonly rt: RuntimeContext) {}
  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.rt, this, functionName);
  }
  /** The current user's triggers only; `triggers` holds every user's, for tests. */
  getProjectTriggers(): FakeTrigger[] {
    return this.triggers.filter((t) => t.installedBy === this.rt.activeUser);
  }
  getUserTriggers(ss: Identified): FakeTrigger[] {
    return this.getProjectTriggers().filter((t) => t.sourceId === ss.getId());
  }
  /**
   * The reference does not say what deleting another user's trigger does: a script only gets
   * triggers from getProjectTriggers, which are the user's own. The runtime throws rather than
   * let a script believe it removed a trigger that goes on running as its owner.
   */
  deleteTrigger(trigger: FakeTrigger): void {
    const uid = trigger.getUniqueId();
    const found = this.triggers.find((t) => t.uid === uid);
    if (found && found.installedBy !== this.rt.activeUser)
      throw exception(
        `The trigger ${uid} belongs to another user (${found.installedBy}): only the user who installed a trigger can delete it.`,
      );
    this.triggers = this.triggers.filter((t) => t.uid !== uid);
  }
  getScriptId(): string {
    return 'local-script';
  }
  getOAuthToken(): string {
    return 'local-token';
  }
}
instrument(FakeScriptApp, 'ScriptApp');
