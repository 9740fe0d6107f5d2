// Values as they cross between script and sheet: what typed text becomes, and the Date a script
// reads from a date, date-time or time cell.
import { describe, expect, it } from 'vitest';
import type { FakeUtilities } from '../../../src/local/runtime';
import { WallDate } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

const HCM = 'Asia/Ho_Chi_Minh';
/** Asia/Ho_Chi_Minh's offset on 30/12/1899: local mean time, +07:06:30. */
const LMT_MS = (7 * 3600 + 6 * 60 + 30) * 1000;

describe('a cell holding only a time', () => {
  it('is a date on 30/12/1899 in the spreadsheet zone, where Ho Chi Minh City was at +07:06:30', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Cấu hình', [['Giờ chốt báo cáo', '07:30']]);
    const utils = rt.globals().Utilities as FakeUtilities;
    const time = sheet.getRange('B1').getValue() as Date;
    expect(time).toBeInstanceOf(Date);
    // The wall time 07:30 of 30/12/1899, less the zone's offset that day.
    expect(time.getTime()).toBe(Date.UTC(1899, 11, 30, 7, 30) - LMT_MS);
    expect(time.toISOString()).toBe('1899-12-30T00:23:30.000Z');
    expect(utils.formatDate(time, HCM, 'HH:mm')).toBe('07:30');
    // Java prints whole minutes of an offset: no seconds.
    expect(utils.formatDate(time, HCM, 'Z')).toBe('+0706');
    expect(utils.formatDate(time, HCM, 'XXX')).toBe('+07:06');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('07:30:00');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('HH:mm:ss');
  });

  it('keeps its wall time when a script writes the Date it read back', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Cấu hình', [['07:30']]);
    sheet.getRange('A2').setValue(sheet.getRange('A1').getValue());
    expect(sheet.values[1][0]).toEqual(new WallDate(Date.UTC(1899, 11, 30, 7, 30)));
  });
});

describe('typed text', () => {
  it('reads dates, date-times and times as Sheets does in a Vietnamese-locale sheet', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Nhập', [
      ['13/07/2023', '13/07/2023 08:05', '2023-07-13 08:05:09', '7:05', '24:00', '31/02/2023'],
    ]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect((row[0] as Date).toISOString()).toBe('2023-07-12T17:00:00.000Z');
    expect((row[1] as Date).toISOString()).toBe('2023-07-13T01:05:00.000Z');
    expect((row[2] as Date).toISOString()).toBe('2023-07-13T01:05:09.000Z');
    expect((row[3] as Date).getTime()).toBe(Date.UTC(1899, 11, 30, 7, 5) - LMT_MS);
    // Not a time of day, not a calendar date: text.
    expect(row.slice(4)).toEqual(['24:00', '31/02/2023']);
    expect(sheet.getRange('A1:D1').getNumberFormats()).toEqual([
      ['dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy HH:mm:ss', 'HH:mm:ss'],
    ]);
  });
});
