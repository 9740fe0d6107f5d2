import { describe, expect, it } from 'vitest';
import { isoText, parseMoment, stampText } from '../../src/core/moment';

describe('moments', () => {
  it('are read from the text the spreadsheet formats, in its zone', () => {
    expect(parseMoment('2023-07-14 08:00:05 +07:00')).toEqual({
      date: '2023-07-14',
      minutes: 480, // 8 × 60
      seconds: 5,
      offset: '+07:00',
    });
    expect(parseMoment('2023-07-14 01:00:00 Z')).toEqual({
      date: '2023-07-14',
      minutes: 60,
      seconds: 0,
      offset: 'Z',
    });
  });

  it('are stamped in sheets as dd/MM/yyyy HH:mm, with seconds when asked', () => {
    const m = parseMoment('2023-07-14 08:00:05 +07:00');
    expect(stampText(m)).toBe('14/07/2023 08:00');
    expect(stampText(m, true)).toBe('14/07/2023 08:00:05');
    expect(stampText(parseMoment('2023-12-31 23:59:09 +07:00'), true)).toBe('31/12/2023 23:59:09');
  });

  it('are written in result.json as ISO 8601 with the offset, or Z', () => {
    expect(isoText(parseMoment('2023-07-14 08:00:00 +07:00'))).toBe('2023-07-14T08:00:00+07:00');
    expect(isoText(parseMoment('2023-07-14 01:00:00 Z'))).toBe('2023-07-14T01:00:00Z');
    expect(isoText(parseMoment('2023-07-14 00:05:07 -03:00'))).toBe('2023-07-14T00:05:07-03:00');
  });
});
