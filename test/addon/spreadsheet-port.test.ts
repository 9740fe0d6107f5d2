// The spreadsheet port's two read paths: tab by tab, and the Sheets API's batchGet.
import { describe, expect, it } from 'vitest';
import { bundle, sampleRuntime, summarized } from '../helpers';

describe('the batchGet path', () => {
  it('gives the same result as reading tab by tab, late entries included', async () => {
    const standard = await sampleRuntime();
    const batch = await sampleRuntime({ advancedSheets: true });
    // An entry typed after the cut-off, to see it read as late on both paths.
    for (const rt of [standard, batch])
      rt.spreadsheet
        .getSheetByName('Cần Thạnh')!
        .getRange('E21')
        .setValue(new Date('2023-07-14T02:10:00Z'));
    const a = summarized(standard, 'run');
    const b = summarized(batch, 'run');
    expect(a.units[0].reporting).toBe('late');
    expect(b).toEqual(a);
    expect(batch.calls.count('Sheets.Values.batchGet')).toBe(1);
    expect(batch.calls.count('Sheet.getSheetValues')).toBe(2);
  });
});

describe('batchGet, as the Sheets API answers it', () => {
  it('reads a tab whose name needs quoting (Xã A!B2) and dates sent as serial numbers', async () => {
    const rt = await sampleRuntime({ advancedSheets: true });
    rt.spreadsheet.getSheetByName('Cần Thạnh')!.setName('Xã A!B2');
    rt.spreadsheet.getSheetByName('Đơn vị')!.getRange('D2').setValue('Xã A!B2');
    const r = summarized(rt, 'summarize');
    expect(r.issues).toEqual([]);
    // Cần Thạnh's figures as the appendix has them: 2173 collected by the end of 13/07/2023.
    expect(r.units[0].indicators['Thu nhận'].cumulative).toBe(2173);
    expect(r.units[0].lastReported).toBe('2023-07-13');
  });

  it('asks for about 2 MB at a time: some 54 tabs of a year, not 100', async () => {
    const { LocalRuntime } = await import('../../src/local/runtime');
    const { syntheticCampaign } = await import('../../src/local/synthetic');
    const rt = new LocalRuntime({ ui: false, advancedSheets: true, account: 'workspace' });
    const { lastDay } = syntheticCampaign(rt, { units: 120, days: 365 });
    rt.setNow(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 3_600_000);
    summarized(rt, 'summarize');
    // A tab: 2 rows above 365 days, 5 columns = 1,835 cells; 100,000 ÷ 1,835 = 54 tabs a call:
    // 54 + 54 + 12 for 120 tabs.
    expect(rt.calls.count('Sheets.Values.batchGet')).toBe(3);
  });
});

describe('a script not bound to the spreadsheet', () => {
  it('sends under the script lock, there being no document lock', async () => {
    const rt = await sampleRuntime({ bound: false });
    const r = summarized(rt, 'run');
    expect(r.emails).toHaveLength(3);
  });
});

describe('merged cells over the figures', () => {
  // 12 and 13/07/2023 are rows 20 and 21 of Cần Thạnh; Thu nhận is column B.
  const merged = async (advancedSheets: boolean) => {
    const rt = await sampleRuntime({ advancedSheets });
    rt.spreadsheet.getSheetByName('Cần Thạnh')!.getRange('B20:B21').merge();
    rt.calls.reset();
    return rt;
  };

  it('are named by validate on both paths; the batchGet path learns them with the metadata', async () => {
    for (const advanced of [false, true]) {
      const rt = await merged(advanced);
      const r = summarized(rt, 'run');
      expect(r.issues.filter((f) => f.code === 'merged-cells')).toMatchObject([
        { severity: 'warning', sheet: 'Cần Thạnh', cell: 'B20' },
      ]);
      // Standard path: one call for each of the seven communes' tabs.
      expect(rt.calls.count('Range.getMergedRanges')).toBe(advanced ? 0 : 7);
    }
  });

  it('are not looked for by the scheduled job on the standard path: a call per tab', async () => {
    const rt = await merged(false);
    bundle(rt).dailyJob();
    expect(rt.calls.count('Range.getMergedRanges')).toBe(0);
    const findings = rt.spreadsheet.getSheetByName('Kiểm tra')!.getDataRange().getValues();
    expect(findings.flat()).not.toContain('merged-cells');
  });
});
