// The add-on's triggers: the daily job at `Giờ gửi tổng hợp` (one, replaced when set again) and
// the on-edit trigger that stamps entry times (installed once).
import { formatTime } from '../core/dates';
import type { Settings } from '../core/settings';

const DAILY_JOB = 'dailyJob';
const ENTRY_TRIGGER_HANDLER = 'onEntryEdit';
/** Document property remembering the schedule, so the menu can say it without ScriptApp. */
const SCHEDULE_PROPERTY = 'tienDo.dailySchedule';

function removeDailyTriggers(): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === DAILY_JOB) ScriptApp.deleteTrigger(t);
}

/** One time-driven trigger at `Giờ gửi tổng hợp` in the campaign's zone, replacing any other. */
export function turnOnSchedule(settings: Settings, timeZone: string): string {
  removeDailyTriggers();
  ScriptApp.newTrigger(DAILY_JOB)
    .timeBased()
    .atHour(Math.floor(settings.sendAt / 60))
    .nearMinute(settings.sendAt % 60)
    .everyDays(1)
    .inTimezone(timeZone)
    .create();
  const time = formatTime(settings.sendAt);
  PropertiesService.getDocumentProperties().setProperty(SCHEDULE_PROPERTY, time);
  return time;
}

/** Removes the daily trigger; whether there was one. */
export function turnOffSchedule(): boolean {
  const had = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DAILY_JOB);
  removeDailyTriggers();
  PropertiesService.getDocumentProperties().deleteProperty(SCHEDULE_PROPERTY);
  return had;
}

/** The schedule's time as the menu should say it: a time, '' when off, undefined when unknown. */
export function scheduleShown(): string | null | undefined {
  try {
    return PropertiesService.getDocumentProperties().getProperty(SCHEDULE_PROPERTY);
  } catch {
    return undefined; // not allowed here: the menu still opens, with both items
  }
}

/** Installs the on-edit trigger that stamps entry times, unless it is installed already. */
export function ensureEntryTrigger(): void {
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === ENTRY_TRIGGER_HANDLER))
    return;
  ScriptApp.newTrigger(ENTRY_TRIGGER_HANDLER)
    .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
    .onEdit()
    .create();
}
