// The scheduled job's round trips at two sizes: a regression in reads, writes or MailApp calls
// fails here (timings are the benchmark's business, not a test's).
import { describe, expect, it } from 'vitest';
import { LocalRuntime } from '../../src/local/runtime';
import { syntheticCampaign } from '../../src/local/synthetic';
import { bundle, sampleRuntime } from '../helpers';

function job(units: number, batch: boolean) {
  const rt = new LocalRuntime({ ui: false, mailQuota: 1500, advancedSheets: batch });
  const { lastDay } = syntheticCampaign(rt, { units, days: 30 });
  rt.setNow(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 3_600_000); // 08:00 the next morning
  bundle(rt).dailyJob();
  return rt.calls;
}

describe('the scheduled job (validate → summarise → send)', () => {
  it('reads each sheet it needs once, and writes the same fixed number of times at 20 and 200 units', () => {
    const small = job(20, false);
    const large = job(200, false);
    // Cấu hình, Đơn vị and each unit tab, once each.
    expect(small.summary().reads).toBe(2 + 20);
    expect(large.summary().reads).toBe(2 + 200);
    expect(small.count('Range.getValues')).toBe(small.summary().reads);
    expect(large.summary().writes).toBe(small.summary().writes);
    expect(large.summary().writes).toBeLessThanOrEqual(30);
    // Per extra tab: its name, its data range and its id (links): three metadata calls.
    expect(large.summary().other - small.summary().other).toBe(3 * 180);
    // The digest and one reminder per unit that stopped reporting (every 17th): 1 and 11.
    expect([small.summary().mailCalls, large.summary().mailCalls]).toEqual([1 + 1, 1 + 11]);
  });

  it('with the Sheets advanced service reads all tabs in one batchGet per 100', () => {
    const small = job(20, true);
    const large = job(200, true);
    expect(small.count('Sheets.Values.batchGet')).toBe(1);
    expect(large.count('Sheets.Values.batchGet')).toBe(2);
    expect(large.summary().reads).toBe(2 + 2);
    expect(large.summary().reads).toBeLessThanOrEqual(5);
    expect(large.summary().writes).toBe(small.summary().writes);
    // Titles and ids come from one Sheets.Spreadsheets.get: nothing grows with the units.
    expect(large.summary().other).toBe(small.summary().other);
  });
});

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
    const a = (bundle(standard).runCommand_('run') as { result: Record<string, unknown> }).result;
    const b = (bundle(batch).runCommand_('run') as { result: Record<string, unknown> }).result;
    expect((a.units as { reporting: string }[])[0].reporting).toBe('late');
    expect(b).toEqual(a);
    expect(batch.calls.count('Sheets.Values.batchGet')).toBe(1);
    expect(batch.calls.count('Range.getValues')).toBe(2);
  });
});
