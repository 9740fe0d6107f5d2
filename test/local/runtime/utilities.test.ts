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
