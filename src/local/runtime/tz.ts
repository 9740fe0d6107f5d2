// Time-zone arithmetic for the local runtime: wall-clock time in an IANA zone <-> instants,
// and Java SimpleDateFormat patterns as Utilities.formatDate understands them.
import { DAY_MS } from '../../core/dates';

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Throws the way Apps Script does for an unknown zone id. */
export function assertTimeZone(tz: string): void {
  try {
    formatter(tz);
  } catch {
    throw new Error(`Invalid argument: timeZone (${tz})`);
  }
}

function exactOffset(tz: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p: Record<string, string> = {};
  for (const part of formatter(tz).formatToParts(new Date(whole))) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === 'BC' || p.era === 'B') year = 1 - year;
  const wall = Date.UTC(
    year,
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return wall - whole;
}

/** Offset of the zone from UTC at an instant, in ms (Asia/Ho_Chi_Minh: +7 h). */
export function offsetAt(tz: string, instant: number): number {
  // Zones change offset rarely: when a day starts and ends with the same offset, every instant
  // of it has that offset (no zone changes twice within a day), so one lookup serves the day.
  const day = Math.floor(instant / DAY_MS);
  let zone = offsetCache.get(tz);
  if (!zone) offsetCache.set(tz, (zone = new Map()));
  let cached = zone.get(day);
  if (cached === undefined) {
    const start = exactOffset(tz, day * DAY_MS);
    const end = exactOffset(tz, day * DAY_MS + DAY_MS - 1);
    cached = start === end ? start : NaN;
    if (zone.size > 100_000) zone.clear();
    zone.set(day, cached);
  }
  return Number.isNaN(cached) ? exactOffset(tz, instant) : cached;
}

/** The wall-clock time (as ms of a UTC clock showing it) of an instant in a zone. */
export function toWall(tz: string, instant: number): number {
  return instant + offsetAt(tz, instant);
}

/** The instant at which the zone's clocks show a wall time. */
export function fromWall(tz: string, wall: number): number {
  const guess = wall - offsetAt(tz, wall);
  return wall - offsetAt(tz, guess);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/**
 * A zone offset as SimpleDateFormat prints it (Utilities.formatDate formats "as described in the
 * Java SE SimpleDateFormat class": https://developers.google.com/apps-script/reference/
 * utilities/utilities#formatDate(Date,String,String)). Java prints whole minutes, dropping seconds: an
 * offset of local mean time such as Asia/Ho_Chi_Minh's +07:06:30 before 1906 (the date of a
 * time-only cell, 30/12/1899) prints as "+0706"
 * (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html: RFC 822 zone).
 */
function zoneOffsetText(offsetMs: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (offsetMs === 0 && style.startsWith('X')) return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.floor(Math.abs(offsetMs) / 60000);
  const hh = pad(Math.floor(total / 60), 2);
  const mm = pad(total % 60, 2);
  if (style === 'X') return `${sign}${hh}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/** Formats an instant like Java's SimpleDateFormat (what Utilities.formatDate uses). */
export function formatJava(instant: number, tz: string, pattern: string): string {
  const offset = offsetAt(tz, instant);
  const w = new Date(instant + offset);
  const fields = {
    y: w.getUTCFullYear(),
    M: w.getUTCMonth() + 1,
    d: w.getUTCDate(),
    H: w.getUTCHours(),
    m: w.getUTCMinutes(),
    s: w.getUTCSeconds(),
    S: w.getUTCMilliseconds(),
    E: w.getUTCDay(),
  };
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(fields.y % 100, 2) : pad(fields.y, n);
        break;
      case 'M':
        out +=
          n >= 4
            ? MONTHS[fields.M - 1]
            : n === 3
              ? MONTHS[fields.M - 1].slice(0, 3)
              : pad(fields.M, n);
        break;
      case 'd':
        out += pad(fields.d, n);
        break;
      case 'H':
        out += pad(fields.H, n);
        break;
      case 'k':
        out += pad(fields.H === 0 ? 24 : fields.H, n);
        break;
      case 'h':
        out += pad(fields.H % 12 === 0 ? 12 : fields.H % 12, n);
        break;
      case 'm':
        out += pad(fields.m, n);
        break;
      case 's':
        out += pad(fields.s, n);
        break;
      case 'S':
        out += pad(fields.S, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += fields.H < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += n >= 4 ? DAYS[fields.E] : DAYS[fields.E].slice(0, 3);
        break;
      case 'u':
        out += String(fields.E === 0 ? 7 : fields.E);
        break;
      case 'Z':
        out += zoneOffsetText(offset, 'Z');
        break;
      case 'X':
        out += zoneOffsetText(offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        break;
      case 'z':
        out += n >= 4 ? tz : `GMT${zoneOffsetText(offset, 'XXX').replace('Z', '+00:00')}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** Parses text against a numeric Java pattern (y, M, d, H, m, s) as wall time in a zone. */
export function parseJava(text: string, tz: string, pattern: string): number | null {
  const order: string[] = [];
  let regex = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    let n = 1;
    while (pattern[i + n] === ch) n++;
    if ('yMdHms'.includes(ch)) {
      order.push(ch);
      regex += `(\\d{1,${ch === 'y' ? 4 : 2}})`;
    } else if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      regex += pattern.slice(i + 1, end).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i = end + 1;
      continue;
    } else {
      regex += pattern.slice(i, i + n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    i += n;
  }
  const match = new RegExp(`^${regex}$`).exec(text.trim());
  if (!match) return null;
  const f: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0 };
  order.forEach((key, k) => (f[key] = Number(match[k + 1])));
  const wall = Date.UTC(f.y, f.M - 1, f.d, f.H, f.m, f.s);
  return fromWall(tz, wall);
}
