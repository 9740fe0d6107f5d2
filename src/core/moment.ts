// A moment as the spreadsheet's zone shows it, and how the add-on writes it: in sheets
// (dd/MM/yyyy HH:mm) and in result.json (ISO 8601 with the zone's offset).
import type { LocalMoment } from './calendar';
import { formatTime, formatVnDate } from './dates';

export interface Moment extends LocalMoment {
  seconds: number;
  /** The zone's offset as ISO 8601 writes it: "+07:00", or "Z" for UTC. */
  offset: string;
}

/** The pattern (Java SimpleDateFormat) whose output `parseMoment` reads. */
export const MOMENT_PATTERN = 'yyyy-MM-dd HH:mm:ss XXX';

/** A moment from text in MOMENT_PATTERN, e.g. "2023-07-14 08:00:00 +07:00". */
export function parseMoment(text: string): Moment {
  const [date, time, offset] = text.split(' ');
  const [h, m, s] = time.split(':').map(Number);
  return { date, minutes: h * 60 + m, seconds: s, offset };
}

/** "14/07/2023 08:00", or with seconds "14/07/2023 08:00:05". */
export function stampText(m: Moment, withSeconds = false): string {
  const seconds = withSeconds ? `:${String(m.seconds).padStart(2, '0')}` : '';
  return `${formatVnDate(m.date)} ${formatTime(m.minutes)}${seconds}`;
}

/** "2023-07-14T08:00:00+07:00" */
export function isoText(m: Moment): string {
  return `${m.date}T${formatTime(m.minutes)}:${String(m.seconds).padStart(2, '0')}${m.offset}`;
}
