// ScriptApp: installed triggers (time-driven and spreadsheet), with their builder and the
// per-script limit, and the enums scripts read from ScriptApp.
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

/** A spreadsheet, or anything else a trigger can be installed for, by its id. */
interface Identified {
  getId(): string;
}

export class FakeTriggerBuilder {
  private schedule: FakeTrigger['schedule'] = {};
  constructor(
    private readonly rt: RuntimeContext,
    private readonly svc: FakeScriptApp,
    private readonly handler: string,
  ) {}
  private install(eventType: string, source: string, sourceId: string | null): FakeTrigger {
    const svc = this.svc;
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
  onWeekDay(day: unknown): this {
    // ScriptApp.WeekDay's values are their names here (see WeekDay).
    this.schedule.onWeekDay = day as string;
    return this;
  }
  at(date: Date): this {
    this.schedule.at = date.getTime();
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
  getProjectTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }
  getUserTriggers(ss: Identified): FakeTrigger[] {
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
