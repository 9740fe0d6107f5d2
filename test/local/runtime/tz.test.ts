import { describe, expect, it } from 'vitest';
import { formatJava, fromWall, offsetAt, parseJava, toWall } from '../../../src/local/runtime';

const HCM = 'Asia/Ho_Chi_Minh';

describe('time zones', () => {
  it('knows Ho Chi Minh City is UTC+7 and New York changes with daylight saving', () => {
    expect(offsetAt(HCM, Date.UTC(2023, 6, 13))).toBe(7 * 3600_000);
    expect(offsetAt('America/New_York', Date.UTC(2023, 0, 15))).toBe(-5 * 3600_000);
    expect(offsetAt('America/New_York', Date.UTC(2023, 6, 15))).toBe(-4 * 3600_000);
  });

  it('converts wall-clock time to instants and back', () => {
    const wall = Date.UTC(2023, 6, 14, 7, 30);
    expect(new Date(fromWall(HCM, wall)).toISOString()).toBe('2023-07-14T00:30:00.000Z');
    expect(toWall(HCM, fromWall(HCM, wall))).toBe(wall);
    // On the day New York moves its clocks forward (12/03/2023, 02:00 → 03:00).
    const ny = Date.UTC(2023, 2, 12, 12, 0);
    expect(new Date(fromWall('America/New_York', ny)).toISOString()).toBe(
      '2023-03-12T16:00:00.000Z',
    );
  });
});

describe('Java date patterns (Utilities.formatDate)', () => {
  const instant = Date.UTC(2023, 6, 13, 17, 5, 9, 42); // 14/07/2023 00:05:09.042 in HCM

  it('formats the usual fields in the given zone', () => {
    expect(formatJava(instant, HCM, 'dd/MM/yyyy')).toBe('14/07/2023');
    expect(formatJava(instant, HCM, 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2023-07-14 00:05:09.042');
    expect(formatJava(instant, 'UTC', 'd/M/yy h:mm a')).toBe('13/7/23 5:05 PM');
    expect(formatJava(instant, HCM, "EEE, dd MMM yyyy 'lúc' HH'h'mm")).toBe(
      'Fri, 14 Jul 2023 lúc 00h05',
    );
    expect(formatJava(instant, HCM, "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2023-07-14T00:05:09+07:00');
    expect(formatJava(instant, HCM, 'Z')).toBe('+0700');
    expect(formatJava(instant, 'UTC', 'XXX')).toBe('Z');
    expect(formatJava(instant, HCM, "''")).toBe("'");
  });

  it('prints an offset with seconds (local mean time) in whole minutes, as Java does', () => {
    // 30/12/1899 07:30 in Ho Chi Minh City, whose offset was +07:06:30 until 1906.
    const time = Date.UTC(1899, 11, 30, 7, 30) - (7 * 3600 + 6 * 60 + 30) * 1000;
    expect(offsetAt(HCM, time)).toBe((7 * 3600 + 6 * 60 + 30) * 1000);
    expect(formatJava(time, HCM, 'HH:mm:ss Z')).toBe('07:30:00 +0706');
    expect(formatJava(time, HCM, 'XXX')).toBe('+07:06');
  });

  it('rejects letters that are not pattern fields', () => {
    expect(() => formatJava(instant, HCM, 'yyyy-MM-dd q')).toThrow("Illegal pattern character 'q'");
  });

  it('parses numeric patterns as wall time in the zone', () => {
    expect(new Date(parseJava('13/07/2023', HCM, 'dd/MM/yyyy')!).toISOString()).toBe(
      '2023-07-12T17:00:00.000Z',
    );
    expect(new Date(parseJava('2023-07-14 07:30', HCM, 'yyyy-MM-dd HH:mm')!).toISOString()).toBe(
      '2023-07-14T00:30:00.000Z',
    );
    expect(parseJava('13-07-2023', HCM, 'dd/MM/yyyy')).toBeNull();
  });
});
