// The spreadsheet port's two read paths: tab by tab, and the Sheets API's batchGet.
import { describe, expect, it } from 'vitest';
import { sampleRuntime, summarized } from '../helpers';

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
    expect(batch.calls.count('Range.getValues')).toBe(2);
  });
});
