// Dates between a spreadsheet and the core: a Date read from a cell becomes the calendar date
// and time its zone shows, and a calendar date becomes the Date of its midnight in that zone.
import { DAY_MS, dayNumber, fromDayNumber } from '../core/dates';
import type { SheetDate } from '../core/values';

/**
 * Converts between Dates and calendar dates in a zone. Its offset is asked of Utilities at the
 * start of a UTC day and 30 days on: when they agree, the 30 days share it (no daylight-saving
 * period is that short), so a year takes about 24 calls. A day the offset changes is answered
 * instant by instant.
 */
export function zoneDates(timeZone: string): {
  read(d: Date): SheetDate;
  midnight(date: string): Date;
} {
  /** Offset per UTC day; NaN for a day with a change. */
  const offsets = new Map<number, number>();
  /**
   * The zone's offset at an instant, to the second: read off the wall clock, since the pattern
   * 'Z' gives whole minutes and Asia/Ho_Chi_Minh kept local mean time (+07:06:30) until 1906,
   * which is when a cell holding only a time lives (30/12/1899).
   */
  const zoneOffset = (ms: number): number => {
    const wall = Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm:ss');
    const [y, mo, d, h, mi, s] = wall.split(/[- :]/).map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000;
  };
  const offsetAt = (ms: number): number => {
    const day = Math.floor(ms / DAY_MS);
    if (!offsets.has(day)) {
      const start = zoneOffset(day * DAY_MS);
      if (zoneOffset((day + 30) * DAY_MS) === start)
        for (let i = 0; i < 30; i++) offsets.set(day + i, start);
      else offsets.set(day, zoneOffset((day + 1) * DAY_MS - 1) === start ? start : NaN);
    }
    const offset = offsets.get(day)!;
    return offset === offset ? offset : zoneOffset(ms);
  };
  // Sheets hold few distinct dates and times: a direct-mapped cache (slot = a hash of the
  // second) builds each once and shares it (read-only); a hit costs two array reads.
  const slotMs = new Float64Array(1 << 14).fill(NaN);
  const slotDate: SheetDate[] = [];
  return {
    read(d) {
      const ms = d.getTime();
      const slot = Math.imul(ms / 1000, 0x9e3779b1) >>> 18;
      if (slotMs[slot] === ms) return slotDate[slot];
      const wall = ms + offsetAt(ms);
      const day = Math.floor(wall / DAY_MS);
      slotMs[slot] = ms;
      return (slotDate[slot] = {
        kind: 'date',
        date: fromDayNumber(day),
        day,
        minutes: Math.floor((wall - day * DAY_MS) / 60_000),
      });
    },
    midnight(date) {
      const wall = dayNumber(date) * DAY_MS;
      return new Date(wall - offsetAt(wall - offsetAt(wall)));
    },
  };
}
