// Utilities: dates formatted and parsed in a real zone with Java patterns, formatString,
// base64, UUIDs, and sleep moving the runtime's clock.
import { randomUUID } from 'node:crypto';
import { instrument } from './calls';
import { isDate } from './cells';
import type { RuntimeContext } from './context';
import { exception } from './errors';
import { assertTimeZone, formatJava, parseJava } from './tz';

/** printf-style formatting as Utilities.formatString does it (%s, %d, %i, %f with precision, %%). */
export function formatString(template: string, ...args: unknown[]): string {
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
  constructor(readonly rt: RuntimeContext) {}
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
