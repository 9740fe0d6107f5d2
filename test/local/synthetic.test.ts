// Synthetic campaigns: tabs trimmed to what they hold, so the largest benchmark size fits in the
// 10,000,000 cells of a spreadsheet.
import { describe, expect, it } from 'vitest';
import { syntheticCampaign, unitName } from '../../src/local/synthetic';
import { runtime } from '../helpers';

describe('synthetic campaigns', () => {
  it('make each tab as large as what it holds', () => {
    const rt = runtime();
    syntheticCampaign(rt, { units: 3, days: 10 });
    const sizes = rt.spreadsheet.sheets.map((s) => [s.name, s.getMaxRows(), s.getMaxColumns()]);
    expect(sizes).toEqual([
      ['Cấu hình', 6, 2],
      ['Đơn vị', 4, 7],
      [unitName(0), 12, 5],
      [unitName(1), 12, 5],
      [unitName(2), 12, 5],
    ]);
  });

  it('fit 1,000 units × 365 days in a spreadsheet', () => {
    const rt = runtime();
    syntheticCampaign(rt, { units: 1000, days: 365 });
    expect(rt.spreadsheet.getNumSheets()).toBe(1002);
    expect(rt.spreadsheet.cellCount).toBe(6 * 2 + 1001 * 7 + 1000 * 367 * 5);
  });
});
