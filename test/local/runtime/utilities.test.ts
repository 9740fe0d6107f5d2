import { describe, expect, it } from 'vitest';
import type { FakeUtilities } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

function utilities(rt = runtime()) {
  return { rt, utils: rt.globals().Utilities as FakeUtilities };
}

describe('Utilities', () => {
  it('formats dates in a real zone with Java patterns', () => {
    const { utils } = utilities();
    const d = new Date('2023-07-13T17:00:00Z');
    expect(utils.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm')).toBe('14/07/2023 00:00');
    expect(utils.formatDate(d, 'UTC', 'dd/MM/yyyy HH:mm')).toBe('13/07/2023 17:00');
    expect(() => utils.formatDate(d, 'Mars/Olympus', 'dd')).toThrow(
      'Invalid argument: timeZone (Mars/Olympus)',
    );
    expect(utils.parseDate('14/07/2023', 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy').toISOString()).toBe(
      '2023-07-13T17:00:00.000Z',
    );
    expect(utils.formatString('%s: %d đơn vị, %.1f%%', 'Cần Giờ', 7.9, 21.43)).toBe(
      'Cần Giờ: 7 đơn vị, 21.4%',
    );
  });

  it('lets the caller set the clock, and Utilities.sleep move it', () => {
    const { rt, utils } = utilities();
    utils.sleep(1500);
    expect(new Date(rt.now()).toISOString()).toBe('2023-07-14T01:00:01.500Z');
    rt.setNow(Date.UTC(2023, 6, 15, 0, 30));
    expect(new Date(rt.now()).toISOString()).toBe('2023-07-15T00:30:00.000Z');
  });
});

describe('Utilities.computeHmacSha256Signature', () => {
  const hex = (bytes: number[]) =>
    bytes.map((b) => (b & 255).toString(16).padStart(2, '0')).join('');

  it('signs as RFC 4231 test case 2 says, in Java signed bytes that base64Encode takes', () => {
    const { utils } = utilities();
    const signature = utils.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    expect(hex(signature)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(signature).toHaveLength(32);
    expect(signature.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
    expect(signature[0]).toBe(0x5b);
    expect(signature[2]).toBe(0xc1 - 256);
    expect(utils.base64Encode(signature)).toBe('W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=');
    // The same as bytes, and with the charset named.
    const bytes = (s: string) => [...Buffer.from(s)].map((b) => (b > 127 ? b - 256 : b));
    expect(
      utils.computeHmacSha256Signature(bytes('what do ya want for nothing?'), bytes('Jefe')),
    ).toEqual(signature);
    expect(
      utils.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe', utils.Charset.UTF_8),
    ).toEqual(signature);
  });

  it('encodes strings in the charset given (UTF-8 by default), and takes no mixed arguments', () => {
    const { utils } = utilities();
    const utf8 = utils.computeHmacSha256Signature('Nhật ký gửi thư', 'khóa');
    const ascii = utils.computeHmacSha256Signature(
      'Nhật ký gửi thư',
      'khóa',
      utils.Charset.US_ASCII,
    );
    expect(ascii).not.toEqual(utf8);
    // US-ASCII cannot hold "ậ": Java writes "?" for it.
    expect(ascii).toEqual(utils.computeHmacSha256Signature('Nh?t k? g?i th?', 'kh?a'));
    expect(utils.base64Encode('gửi', utils.Charset.US_ASCII)).toBe(utils.base64Encode('g?i'));
    expect(() => utils.computeHmacSha256Signature('x', [1, 2] as unknown as string)).toThrow(
      "The parameters (String,number[]) don't match the method signature for Utilities.computeHmacSha256Signature.",
    );
  });
});
