// A sheet's dates are midnights in the spreadsheet's zone. Across a daylight-saving change the
// zone's offset moves by an hour: every date must still read as the day it shows.
import { describe, expect, it } from 'vitest';
import { LocalRuntime } from '../../src/local/runtime';
import type { Stored } from '../../src/local/runtime';
import { syntheticCampaign, unitName } from '../../src/local/synthetic';
import { command, summarized } from '../helpers';

describe('a campaign in a zone with daylight saving', () => {
  // Spring changes: New York 12/03/2023, Berlin 26/03/2023; autumn change: Auckland 02/04/2023.
  for (const timeZone of ['America/New_York', 'Europe/Berlin', 'Pacific/Auckland']) {
    it(`reads every date as the day it shows (${timeZone}, 20/02 – 30/04/2023)`, () => {
      const rt = new LocalRuntime({ ui: false, timeZone });
      const { lastDay } = syntheticCampaign(rt, { units: 3, days: 70, start: '2023-02-20' });
      expect(lastDay).toBe('2023-04-30');
      // 08:00 on 01/05/2023 on the zone's wall clock: late enough for 30/04 to be due.
      const wall = Date.UTC(2023, 4, 1, 8, 0);
      const offsetHours = { 'America/New_York': -4, 'Europe/Berlin': 2, 'Pacific/Auckland': 12 }[
        timeZone
      ]!;
      rt.setNow(wall - offsetHours * 3_600_000);
      const result = summarized(rt, 'summarize');
      expect(result.asOf).toBe('2023-04-30');
      expect(result.issues.filter((f) => f.code.startsWith('date-'))).toEqual([]);
      const opening = rt.spreadsheet.getSheetByName('Đơn vị')!.getDataRange().getValues();
      for (let i = 0; i < 3; i++) {
        const rows = rt.spreadsheet
          .getSheetByName(unitName(i))!
          .getDataRange()
          .getValues()
          .slice(2);
        expect(rows).toHaveLength(70);
        const sum = rows.reduce((s, r) => s + (typeof r[1] === 'number' ? r[1] : 0), 0);
        const unit = result.units[i];
        expect([unit.name, unit.lastReported, unit.missing]).toEqual([
          unitName(i),
          '2023-04-30',
          [],
        ]);
        expect(unit.indicators['Thu nhận'].cumulative).toBe((opening[i + 1][5] as number) + sum);
      }
    });
  }
});

describe('cells of 1899, when Asia/Ho_Chi_Minh kept local mean time (+07:06:30)', () => {
  /** A small campaign whose cut-off is a time cell, as Sheets stores a typed 07:30. */
  function campaign(cutoff: Stored) {
    const rt = new LocalRuntime({ ui: false, now: Date.UTC(2023, 6, 14, 0, 29) }); // 07:29
    // Loaded as a file holds them: date and time cells are what a person typed.
    rt.load.sheet('Cấu hình', {
      rows: [
        ['Tên chiến dịch', 'Thử'],
        ['Ngày bắt đầu', LocalRuntime.date(2023, 7, 10)],
        ['Hạn hoàn thành', LocalRuntime.date(2023, 7, 31)],
        ['Giờ chốt báo cáo', cutoff],
      ],
    });
    rt.addSheet('Đơn vị', [
      ['Đơn vị', 'Chỉ tiêu Thu nhận'],
      ['Xã A', 100],
    ]);
    rt.load.sheet('Xã A', {
      rows: [
        ['Ngày', 'Thu nhận', 'Kích hoạt'],
        [LocalRuntime.date(2023, 7, 12), 5, 1],
        [LocalRuntime.date(2023, 7, 13), 6, 2],
        [LocalRuntime.date(1899, 12, 31), 1, 1],
      ],
    });
    return rt;
  }

  it('reads a typed 07:30 as 07:30: at 07:29 the 13th is not yet due, at 07:30 it is', () => {
    const rt = campaign(LocalRuntime.date(1899, 12, 30, 7, 30));
    expect(summarized(rt, 'summarize').asOf).toBe('2023-07-12');
    rt.setNow(Date.UTC(2023, 6, 14, 0, 30)); // 07:30
    expect(summarized(rt, 'summarize').asOf).toBe('2023-07-13');
  });

  it('shows a date of 31/12/1899 as 31/12/1899', () => {
    const rt = campaign('07:30');
    const outside = command(rt, 'validate').issues.find((f) => f.code === 'date-outside');
    expect(outside?.message).toContain('Ngày 31/12/1899 nằm ngoài');
  });
});
