// Utilities: dates formatted and parsed in a real zone with Java patterns, formatString,
// base64, HMAC-SHA256 signatures, UUIDs, and sleep moving the runtime's clock.
import { createHmac, randomUUID } from 'node:crypto';
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

/** Utilities.Charset: the character sets a string can be encoded in. */
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

/**
 * A string's bytes in a charset (UTF-8 unless told), as Java's String.getBytes encodes them: a
 * character US-ASCII cannot hold becomes "?"; or a byte array's bytes.
 */
function bytesOf(data: string | number[], charset?: unknown): Buffer {
  if (typeof data !== 'string') return Buffer.from(data.map((b) => b & 255));
  if (charset !== undefined && String(charset) === Charset.US_ASCII)
    return Buffer.from(
      [...data].map((ch) => (ch.charCodeAt(0) < 128 ? ch : '?')).join(''),
      'latin1',
    );
  return Buffer.from(data, 'utf8');
}

/** Bytes as Apps Script returns them: a Java byte[], so signed, −128..127. */
function javaBytes(bytes: Uint8Array): number[] {
  return [...bytes].map((b) => (b > 127 ? b - 256 : b));
}

function typeName(v: unknown): string {
  return typeof v === 'string' ? 'String' : Array.isArray(v) ? 'number[]' : typeof v;
}

export class FakeUtilities {
  readonly Charset = Charset;
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
    this.rt.executions.wait(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  /** (bytes) | (string) | (string, charset): the bytes, or the string's bytes in the charset. */
  base64Encode(data: string | number[], charset?: unknown): string {
    return bytesOf(data, charset).toString('base64');
  }
  base64Decode(encoded: string, charset?: unknown): number[] {
    void charset;
    return javaBytes(Buffer.from(encoded, 'base64'));
  }
  /**
   * HMAC-SHA256 of a value with a key, both byte arrays or both strings (encoded in the charset,
   * UTF-8 by default), as Java signed bytes (Utilities reference:
   * https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)).
   * Apps Script has no overload mixing a string and bytes, nor bytes with a charset: they throw.
   */
  computeHmacSha256Signature(
    value: string | number[],
    key: string | number[],
    charset?: unknown,
  ): number[] {
    const strings = typeof value === 'string' && typeof key === 'string';
    const bytes = Array.isArray(value) && Array.isArray(key) && charset === undefined;
    if (!strings && !bytes) {
      const types = [value, key, ...(charset === undefined ? [] : [charset])].map(typeName);
      throw exception(
        `The parameters (${types.join(',')}) don't match the method signature for Utilities.computeHmacSha256Signature.`,
      );
    }
    const mac = createHmac('sha256', bytesOf(key, charset));
    return javaBytes(mac.update(bytesOf(value, charset)).digest());
  }
}
instrument(FakeUtilities, 'Utilities');
