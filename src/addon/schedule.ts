// The add-on's triggers. Triggers belong to the user who installs them: getProjectTriggers shows
// each leader only their own, and allows 20 per user per script (ScriptApp reference; quotas
// page). So what is on for the spreadsheet is kept in document properties, which every leader
// reads: the daily job that counts (one per spreadsheet, whoever turned it on last), and the
// entry-time trigger (installed once per spreadsheet, not once per leader). A trigger that is no
// longer the one that counts removes itself when it next fires.
import { formatTime } from '../core/dates';
import type { Settings } from '../core/settings';
import { currentUser } from './access';

const DAILY_JOB = 'dailyJob';
const ENTRY_TRIGGER_HANDLER = 'onEntryEdit';
/** The daily job that counts: {"time":"08:00","uid":"…"}; absent when it is off. */
const SCHEDULE_PROPERTY = 'tienDo.dailySchedule';
/** The entry-time trigger of the spreadsheet: {"uid":"…","by":"<who installed it>"}. */
const ENTRY_PROPERTY = 'tienDo.entryTrigger';

interface Schedule {
  time: string;
  uid: string;
}

const documentProperties = () => PropertiesService.getDocumentProperties();

function readSchedule(): Schedule | null {
  const text = documentProperties().getProperty(SCHEDULE_PROPERTY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Schedule>;
    return value.time && value.uid ? { time: value.time, uid: value.uid } : null;
  } catch {
    return null;
  }
}

/** Removes this user's triggers for a handler (the only ones this user can see). */
function removeOwn(handler: string, except?: string): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === handler && t.getUniqueId() !== except)
      ScriptApp.deleteTrigger(t);
}

/**
 * One time-driven trigger at `Giờ gửi tổng hợp` in the campaign's zone, owned by whoever turns
 * it on; any earlier one (this user's: removed now; another leader's: when it next fires) stops.
 */
export function turnOnSchedule(settings: Settings, timeZone: string): string {
  removeOwn(DAILY_JOB);
  const trigger = ScriptApp.newTrigger(DAILY_JOB)
    .timeBased()
    .atHour(Math.floor(settings.sendAt / 60))
    .nearMinute(settings.sendAt % 60)
    .everyDays(1)
    .inTimezone(timeZone)
    .create();
  const time = formatTime(settings.sendAt);
  documentProperties().setProperty(
    SCHEDULE_PROPERTY,
    JSON.stringify({ time, uid: trigger.getUniqueId() }),
  );
  return time;
}

/** Turns the daily job off for the spreadsheet; whether it was on. */
export function turnOffSchedule(): boolean {
  const had = readSchedule() !== null;
  documentProperties().deleteProperty(SCHEDULE_PROPERTY);
  removeOwn(DAILY_JOB);
  return had;
}

/** The schedule's time as the menu should say it: a time, null when off, undefined when unknown. */
export function scheduleShown(): string | null | undefined {
  try {
    return readSchedule()?.time ?? null;
  } catch {
    return undefined; // not allowed here: the menu still opens, with both items
  }
}

/**
 * Whether the daily trigger that fired (`uid`) is the one that counts; one that is not (turned
 * off, or replaced by another leader's) removes itself.
 */
export function isCurrentDailyTrigger(uid: string | undefined): boolean {
  if (uid === undefined) return true; // run by hand, not by a trigger
  if (readSchedule()?.uid === uid) return true;
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  return false;
}

/** The entry-time trigger that counts: its uid and who installed it (its runs are theirs). */
interface EntryTrigger {
  uid: string;
  /** Unknown for a trigger recorded by an earlier version, as its bare uid. */
  by: string | null;
}

function readEntryTrigger(): EntryTrigger | null {
  const text = documentProperties().getProperty(ENTRY_PROPERTY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<EntryTrigger>;
    if (value && typeof value.uid === 'string') return { uid: value.uid, by: value.by ?? null };
  } catch {
    // an earlier version's bare uid
  }
  return { uid: text, by: null };
}

/**
 * Who stamps entry times (`entitled`: whether a person may still write every unit tab): the
 * installer of the trigger that counts, while entitled; else the person running set-up, who
 * ensureEntryTrigger makes the installer. Changes nothing.
 */
export function entryStamper(entitled: (email: string) => boolean): string {
  const recorded = readEntryTrigger();
  return recorded?.by && entitled(recorded.by) ? recorded.by : currentUser();
}

/**
 * Installs the on-edit trigger that stamps entry times, once per spreadsheet. Its runs are its
 * installer's, and write `Cập nhật lúc` with that person's rights: a trigger whose installer may
 * no longer write the tabs (taken off `Quản trị`), or not known, is replaced by one of the person
 * running set-up; the old one removes itself when it next fires. Returns who stamps.
 */
export function ensureEntryTrigger(entitled: (email: string) => boolean): string {
  const stamper = entryStamper(entitled);
  const recorded = readEntryTrigger();
  if (recorded && recorded.by === stamper) return stamper;
  const own = ScriptApp.getProjectTriggers().find(
    (t) => t.getHandlerFunction() === ENTRY_TRIGGER_HANDLER,
  );
  const trigger =
    own ??
    ScriptApp.newTrigger(ENTRY_TRIGGER_HANDLER)
      .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
      .onEdit()
      .create();
  documentProperties().setProperty(
    ENTRY_PROPERTY,
    JSON.stringify({ uid: trigger.getUniqueId(), by: stamper }),
  );
  return stamper;
}

/** Whether the entry-time trigger that fired is the one that counts; one that is not goes. */
export function isCurrentEntryTrigger(uid: string | undefined): boolean {
  const recorded = readEntryTrigger();
  if (uid === undefined || !recorded || recorded.uid === uid) return true;
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  return false;
}

/** One-off triggers that finish, later, work a run had to leave: the daily job, the set-up. */
export type Continuation = 'continueDailyJob' | 'continueSetUp';

/**
 * A one-off trigger that runs `handler` `delayMs` from now (at most one per user and handler).
 * The daily job arms one before it starts, so a run Apps Script stops (at 6 minutes, at any
 * call) is finished by the next; and again when it stops itself to stay within its time.
 */
export function armContinuation(handler: Continuation, delayMs: number): void {
  removeOwn(handler);
  ScriptApp.newTrigger(handler).timeBased().after(delayMs).create();
}

/** The work is done: no continuation is needed. */
export function disarmContinuation(handler: Continuation): void {
  removeOwn(handler);
}
