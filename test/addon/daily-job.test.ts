// The scheduled job: what it does from the trigger, and its round trips at two sizes (a
// regression in reads, writes or MailApp calls fails here; timings are the benchmark's business).
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
  it('runs validate → summarise → send from the trigger, with no UI', async () => {
    const rt = await sampleRuntime({ ui: false });
    bundle(rt).dailyJob();
    expect(
      ['Kiểm tra', 'Tổng hợp', 'Lịch sử', 'Nhật ký gửi thư'].map(
        (n) => rt.spreadsheet.getSheetByName(n) !== null,
      ),
    ).toEqual([true, true, true, true]);
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([
      'bcd.dean06@cangio.example.vn',
      'ca.thanhan@cangio.example.vn',
      'ca.lynhon@cangio.example.vn',
    ]);
    expect(JSON.parse(rt.logs.at(-1)!)).toMatchObject({ asOf: '2023-07-13', issues: 0, sent: 3 });
  });

  it('reads each sheet it needs once; writes a fixed number of times, plus two per message', () => {
    const small = job(20, false);
    const large = job(200, false);
    // Cấu hình, Đơn vị and each unit tab, once each.
    expect(small.summary().reads).toBe(2 + 20);
    expect(large.summary().reads).toBe(2 + 200);
    expect(small.count('Range.getValues')).toBe(small.summary().reads);
    // Each message is marked in the log before it goes (one write, with the previous message's
    // confirmation) and the mark flushed (one more): 10 more reminders at 200 units.
    expect(large.summary().writes - small.summary().writes).toBe(2 * 10);
    // The four output sheets, each made at 1,000 × 26 and trimmed (two more writes) the first time.
    expect(small.summary().writes - 2 * 2).toBeLessThanOrEqual(30 + 2 * 4);
    // Per extra tab: its name, its data range and its id (links): three metadata calls; per
    // extra message, the range of its mark in the log.
    expect(large.summary().other - small.summary().other).toBe(3 * 180 + 10);
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
    expect(large.summary().writes - small.summary().writes).toBe(2 * 10);
    // Titles and ids come from one Sheets.Spreadsheets.get: only the messages' marks grow.
    expect(large.summary().other - small.summary().other).toBe(10);
  });
});
