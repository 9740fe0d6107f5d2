// When clock (time-driven) triggers fire, and firing them: a test makes time pass and every due
// trigger's handler runs, in time order, as the user who installed it, with the event object
// Apps Script passes time-driven triggers.
//
// Sources:
// - ClockTriggerBuilder (https://developers.google.com/apps-script/reference/script/
//   clock-trigger-builder): nearMinute "specifies the minute at which the trigger runs (plus or
//   minus 15 minutes)"; inTimezone defaults to the script's time zone; at(date) "specifies when
//   the trigger runs"; after(ms) "the minimum duration … after the current time".
// - Event objects (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events):
//   authMode, day-of-month, day-of-week (1 Monday … 7 Sunday), hour, minute, month, second,
//   timezone ("UTC": the date fields are UTC), triggerUid, week-of-year, year.
// - Installable triggers (https://developers.google.com/apps-script/guides/triggers/installable):
//   they run as the user who installed them; a time-driven trigger has no user at the screen,
//   so its execution has no UI.
//
// What the runtime chooses where the documentation is silent:
// - The ±15 minutes: one offset for every recurring trigger, `triggerJitterMinutes` (default
//   +15, the latest), so a test can check both worst cases. One-off triggers run on time.
// - A one-off trigger that has fired: the reference does not say whether it is removed. The
//   stricter of the two models is taken: it never fires again but stays listed by
//   getProjectTriggers, disabled, counting against the 20 per user, until the script deletes it.
// - everyDays or onWeekDay without atHour: the time of day it was installed.
// - Executions run one after another: a trigger due while another runs starts when it ends.
import type { AuthModeName } from './context';
import { exception } from './errors';
import type { ClockSchedule, FakeTrigger } from './script-app';
import { fromWall, toWall } from './tz';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** What firing triggers needs of the runtime (LocalRuntime is one). */
export interface TriggerHost {
  readonly scriptApp: { readonly triggers: readonly FakeTrigger[] };
  readonly scriptTimeZone: string;
  readonly triggerJitterMinutes: number;
  activeUser: string;
  authMode: AuthModeName;
  ui: boolean;
  now(): number;
  setNow(instant: number): void;
}

/** One trigger run: which, as whom, when, and the error it ended with, if any. */
export interface FiredTrigger {
  uid: string;
  handler: string;
  user: string;
  at: number;
  error?: unknown;
}

export function isOneOff(schedule: ClockSchedule): boolean {
  return schedule.at !== undefined || schedule.after !== undefined;
}

/** The next run of a clock trigger: its nominal time and when it fires; null if none. */
export function nextRun(
  trigger: FakeTrigger,
  jitterMs: number,
  scriptTimeZone: string,
): { nominal: number; at: number } | null {
  const s = trigger.schedule;
  if (trigger.eventType !== 'CLOCK' || trigger.disabled) return null;
  if (isOneOff(s)) {
    if (trigger.lastNominal !== null) return null;
    const nominal = s.at ?? trigger.createdAt + s.after!;
    return { nominal, at: nominal };
  }
  if (s.everyHours !== undefined) {
    if (!(s.everyHours >= 1)) return null;
    const nominal = (trigger.lastNominal ?? trigger.createdAt) + s.everyHours * HOUR;
    return { nominal, at: nominal + jitterMs };
  }
  const weekly = s.everyWeeks !== undefined || s.onWeekDay !== undefined;
  const stepDays = weekly ? 7 * (s.everyWeeks ?? 1) : (s.everyDays ?? 0);
  if (!(stepDays >= 1)) return null;
  const tz = s.timeZone ?? scriptTimeZone;
  const installed = toWall(tz, trigger.createdAt);
  const timeOfDay =
    s.atHour === undefined
      ? installed - Math.floor(installed / DAY) * DAY
      : (s.atHour * 60 + (s.nearMinute ?? 0)) * MINUTE;
  const at = (day: number) => fromWall(tz, day * DAY + timeOfDay);
  let day: number;
  if (trigger.lastNominal !== null) {
    day = Math.floor(toWall(tz, trigger.lastNominal) / DAY) + stepDays;
  } else {
    // The first run is the first one after the trigger was installed.
    day = Math.floor(installed / DAY);
    if (s.onWeekDay !== undefined)
      while (WEEK_DAYS[new Date(day * DAY).getUTCDay()] !== s.onWeekDay) day++;
    while (at(day) + jitterMs <= trigger.createdAt) day += weekly ? 7 : 1;
  }
  const nominal = at(day);
  return { nominal, at: nominal + jitterMs };
}

/** ISO 8601 week of the year of a UTC date. */
function isoWeek(d: Date): number {
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
}

/** The event object of a time-driven trigger run at an instant. */
export function clockEvent(trigger: FakeTrigger, instant: number): Record<string, unknown> {
  const d = new Date(instant);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: trigger.uid,
    'week-of-year': isoWeek(d),
    year: d.getUTCFullYear(),
  };
}

/** Runs a trigger's handler as the user who installed it, in a trigger's context (no UI). */
export function runTrigger(
  host: TriggerHost,
  script: object,
  trigger: FakeTrigger,
  event: Record<string, unknown>,
): FiredTrigger {
  const record: FiredTrigger = {
    uid: trigger.uid,
    handler: trigger.handler,
    user: trigger.installedBy,
    at: host.now(),
  };
  const saved = { user: host.activeUser, authMode: host.authMode, ui: host.ui };
  host.activeUser = trigger.installedBy;
  host.authMode = 'FULL';
  host.ui = false;
  try {
    const handler: unknown = Reflect.get(script, trigger.handler);
    if (typeof handler !== 'function')
      throw exception(`Script function not found: ${trigger.handler}`);
    handler(event);
  } catch (error) {
    // A failed trigger run is the run's own failure: the others still run.
    record.error = error;
  } finally {
    host.activeUser = saved.user;
    host.authMode = saved.authMode;
    host.ui = saved.ui;
  }
  return record;
}

/**
 * Makes time pass up to `until`: runs every clock trigger due by then, in time order, moving the
 * clock to each run's time (or on, when an earlier run took longer); the clock ends at `until`
 * or at the end of the last run.
 */
export function fireClockTriggers(
  host: TriggerHost,
  script: object,
  until: number,
): FiredTrigger[] {
  const jitter = host.triggerJitterMinutes * MINUTE;
  const fired: FiredTrigger[] = [];
  for (;;) {
    let next: { trigger: FakeTrigger; nominal: number; at: number } | null = null;
    for (const trigger of host.scriptApp.triggers) {
      const run = nextRun(trigger, jitter, host.scriptTimeZone);
      if (run && run.at <= until && (next === null || run.at < next.at)) next = { trigger, ...run };
    }
    if (next === null) break;
    const { trigger } = next;
    trigger.lastNominal = next.nominal;
    if (isOneOff(trigger.schedule)) trigger.disabled = true;
    host.setNow(Math.max(host.now(), next.at));
    fired.push(runTrigger(host, script, trigger, clockEvent(trigger, host.now())));
  }
  if (host.now() < until) host.setNow(until);
  return fired;
}
