// The scheduled job: what it does from the trigger, and its round trips at two sizes (a
// regression in reads, writes or MailApp calls fails here; timings are the benchmark's business).
import { describe, expect, it } from 'vitest';
import { ExecutionStopped, LocalRuntime } from '../../src/local/runtime';
import { syntheticCampaign } from '../../src/local/synthetic';
import { bundle, sampleRuntime } from '../helpers';

/** Calls setting column widths, which vary with the content (see applyLayout). */
const widthCalls = (calls: ReturnType<typeof job>) =>
  calls.count('Sheet.setColumnWidth') + calls.count('Sheet.setColumnWidths');

function job(units: number, batch: boolean, runs = 1) {
  const rt = new LocalRuntime({ ui: false, mailQuota: 1500, advancedSheets: batch });
  const { lastDay } = syntheticCampaign(rt, { units, days: 30 });
  rt.setNow(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 3_600_000); // 08:00 the next morning
  for (let run = 1; run <= runs; run++) {
    // The calls of the last run alone.
    rt.calls.reset();
    bundle(rt).dailyJob();
  }
  return rt.calls;
}

describe('the scheduled job (validate → summarise → send)', () => {
  it('runs validate → summarise → send from the trigger, with no UI', async () => {
    const rt = await sampleRuntime({ ui: false });
    bundle(rt).dailyJob();
    expect(
      ['Kiểm tra', 'Tổng hợp', 'Phụ lục thống kê', 'Lịch sử', 'Nhật ký gửi thư'].map(
        (n) => rt.spreadsheet.getSheetByName(n) !== null,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([
      'bcd.dean06@cangio.example.vn',
      'ca.thanhan@cangio.example.vn',
      'ca.lynhon@cangio.example.vn',
    ]);
    expect(JSON.parse(rt.logs.at(-1)!)).toMatchObject({ asOf: '2023-07-13', issues: 0, sent: 3 });
  });

  it('reads each sheet it needs once, and writes the same fixed number of times at 20 and 200 units', () => {
    const small = job(20, false);
    const large = job(200, false);
    // Cấu hình, Đơn vị and each unit tab, once each.
    expect(small.summary().reads).toBe(2 + 20);
    expect(large.summary().reads).toBe(2 + 200);
    expect(small.count('Sheet.getSheetValues')).toBe(small.summary().reads);
    // Each message is marked as going in the document's properties, not in the sheet: the log
    // takes its new rows and their outcomes in a fixed number of writes.
    // Column widths follow the content (neighbouring columns of one width in one call): at most
    // one call per column of the five sheets (18 + 6 + 5 + 8 + 11), however many units.
    expect(widthCalls(small)).toBeLessThanOrEqual(48);
    expect(widthCalls(large)).toBeLessThanOrEqual(48);
    expect(large.summary().writes - widthCalls(large)).toBe(
      small.summary().writes - widthCalls(small),
    );
    // The five output sheets, each made at 1,000 × 26, trimmed (two more writes) and protected
    // for the admins (one more) the first time; `Phụ lục thống kê` writes its values, bold rows,
    // number formats and frozen rows and columns (five); the layouts: Tổng hợp's four merge
    // calls and their alignment (two), borders and wrapped rows on four sheets (eight); the
    // header rows of Lịch sử, Kiểm tra and Nhật ký gửi thư centred (two calls each).
    expect(small.summary().writes - widthCalls(small)).toBeLessThanOrEqual(
      30 + 5 + 3 * 5 + 14 + 3 * 2,
    );
    // Per extra tab: its name and its id (links): two metadata calls.
    expect(large.summary().other - small.summary().other).toBe(2 * 180);
    // The digest and one reminder per unit that stopped reporting (every 17th): 1 and 11.
    expect([small.summary().mailCalls, large.summary().mailCalls]).toEqual([1 + 1, 1 + 11]);
  });

  it('run again, makes the same calls of every kind at 20 and 200 units, widths included: none read, none set', () => {
    const small = job(20, false, 2);
    const large = job(200, false, 2);
    // The sheets exist and their content needs the widths they were given: the widths the
    // add-on last set are in the document's properties, so no width is read back nor set.
    for (const calls of [small, large]) {
      expect(calls.count('Sheet.getColumnWidth')).toBe(0);
      expect(widthCalls(calls)).toBe(0);
    }
    const kinds = (calls: typeof small) =>
      Object.fromEntries(
        Object.entries(calls.spreadsheet()).filter(
          ([method]) => !/getSheetValues|getName|getSheetId/.test(method),
        ),
      );
    expect(kinds(large)).toEqual(kinds(small));
    expect(large.summary().writes).toBe(small.summary().writes);
    // What grows with the units: each tab read (once), its name and id (links).
    expect(large.summary().reads - small.summary().reads).toBe(180);
    expect(large.summary().other - small.summary().other).toBe(2 * 180);
  });

  it('with the Sheets advanced service reads all tabs in one batchGet per 100', () => {
    const small = job(20, true);
    const large = job(200, true);
    expect(small.count('Sheets.Values.batchGet')).toBe(1);
    expect(large.count('Sheets.Values.batchGet')).toBe(2);
    expect(large.summary().reads).toBe(2 + 2);
    expect(large.summary().reads).toBeLessThanOrEqual(5);
    expect(large.summary().writes - widthCalls(large)).toBe(
      small.summary().writes - widthCalls(small),
    );
    // Titles and ids come from one Sheets.Spreadsheets.get: nothing grows with the units.
    expect(large.summary().other).toBe(small.summary().other);
  });
});

describe('stopped at any call, the job is finished by the next run: each message once', () => {
  /**
   * 200 units; 150 did not report the last day: every 17th (11 of them) and 139 more. The
   * digest and 150 reminders are due. A Workspace account: its quota takes them all.
   */
  function campaign() {
    const rt = new LocalRuntime({ ui: false, account: 'workspace' });
    const { lastDay } = syntheticCampaign(rt, {
      units: 200,
      days: 30,
      // The first 147 units but every 17th (8 of them, who are silent anyway): 139.
      missingLastDay: (i) => i < 147 && i % 17 !== 16,
    });
    rt.setNow(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 3_600_000); // 08:00
    return rt;
  }
  const key = (m: { to: string[]; subject: string }) => `${m.to.join(',')}|${m.subject}`;

  const reference = campaign();
  // The calls at which messages went, to stop the runs below around them.
  const sends: number[] = [];
  reference.executions.afterCall = (method, execution) => {
    if (method === 'MailApp.sendEmail') sends.push(execution.calls);
  };
  bundle(reference).dailyJob();
  const due = reference.mail.sent.map(key);
  const calls = reference.executions.history[0].calls;

  it('sends the digest and the 150 reminders in one run when nothing stops it', () => {
    expect(due).toHaveLength(1 + 150);
    expect(new Set(due).size).toBe(due.length);
    expect(reference.executions.history.map((e) => e.stopped)).toEqual([false]);
  });

  // Stops all along the run: while reading, summarising and logging; at every call around the
  // first, a middle and the last message sent (marking it as going, sending it, going on); and
  // after the last.
  const stops = new Set<number>();
  for (let k = 1; k <= calls; k += 97) stops.add(k);
  for (const at of [sends[0], sends[75], sends[150]])
    for (let k = at - 4; k <= at + 4; k++) stops.add(k);
  for (let k = calls - 8; k <= calls; k++) stops.add(k);
  for (const k of [...stops].filter((k) => k >= 1 && k <= calls).sort((a, b) => a - b)) {
    it(`stopped at call ${k} of ${calls}, then continued`, () => {
      const rt = campaign();
      const script = bundle(rt);
      rt.executions.stopAtCall = k;
      expect(() => script.dailyJob()).toThrow(ExecutionStopped);
      // The continuation armed before the run (or, stopped before that, the next run).
      const fired = rt.fireTriggers(script, rt.now() + 15 * 60_000);
      if (!fired.some((f) => f.handler === 'continueDailyJob')) script.dailyJob();
      expect(fired.filter((f) => f.error)).toEqual([]);

      const count = new Map<string, number>();
      for (const m of rt.mail.sent) count.set(key(m), (count.get(key(m)) ?? 0) + 1);
      const log = rt.spreadsheet.getSheetByName('Nhật ký gửi thư')!.getDataRange().getValues();
      const unsure = log.filter((r) => String(r[6]).startsWith('Đang gửi'));
      // At most one message was marked and never confirmed: it went at most once.
      expect(unsure.length).toBeLessThanOrEqual(1);
      const unsureKey = unsure.map((r) => `${r[4]}|${r[5]}`);
      for (const d of due) {
        if (unsureKey.includes(d)) expect(count.get(d) ?? 0).toBeLessThanOrEqual(1);
        else expect([d, count.get(d)]).toEqual([d, 1]);
      }
      expect(rt.mail.sent.every((m) => due.includes(key(m)))).toBe(true);
      // Nothing is left waiting.
      expect(log.filter((r) => String(r[6]).startsWith('Chờ gửi'))).toEqual([]);
    });
  }
});

describe('1,000 reminders on a Workspace account (about 1,000 s of sending)', () => {
  it('go out through continuations, each once, every run within its time', () => {
    const rt = new LocalRuntime({ ui: false, account: 'workspace' });
    const { lastDay } = syntheticCampaign(rt, {
      units: 1000,
      days: 30,
      missingLastDay: () => true, // with every 17th unit's longer silence: all 1,000
    });
    rt.setNow(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 3_600_000);
    const script = bundle(rt);
    script.dailyJob();
    for (let i = 0; i < 40 && rt.mail.sent.length < 1001; i++)
      rt.fireTriggers(script, rt.now() + 10 * 60_000);
    const subjects = rt.mail.sent.map((m) => `${m.to[0]}|${m.subject}`);
    expect(subjects).toHaveLength(1 + 1000);
    expect(new Set(subjects).size).toBe(subjects.length);
    const runs = rt.executions.history;
    expect(runs.length).toBeGreaterThan(3);
    expect(runs.every((r) => !r.stopped && r.ms < 6 * 60_000)).toBe(true);
    // The last run found nothing left and left no continuation behind.
    expect(
      rt.scriptApp.triggers.filter((t) => t.handler === 'continueDailyJob' && !t.disabled),
    ).toEqual([]);
  });
});

describe('200 silent units and a quota of 100 recipients a day: everyone in turn', () => {
  it('over five mornings, reminds every unit two or three times, never three mornings running without', () => {
    const rt = new LocalRuntime({ ui: false }); // a consumer account: 100 recipients a day
    const { lastDay } = syntheticCampaign(rt, {
      units: 200,
      days: 30,
      missingLastDay: () => true, // and nobody reports any day after
    });
    const morning = Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 3_600_000; // 08:00
    const script = bundle(rt);
    /** The mornings (1–5) on which each unit (1–200) was reminded. */
    const reminded = new Map<number, number[]>();
    for (let day = 1; day <= 5; day++) {
      rt.setNow(morning + (day - 1) * 86_400_000);
      rt.mail.remaining = 100; // the day's quota is back
      const before = rt.mail.sent.length;
      script.dailyJob();
      const sent = rt.mail.sent.slice(before).map((m) => m.to[0]);
      // The digest first, then 99 reminders: the whole quota, every morning.
      expect([sent.length, sent[0]]).toEqual([100, 'bcd@tinh.example.vn']);
      for (const address of sent.slice(1)) {
        const unit = Number(/^xa(\d+)@/.exec(address)![1]);
        reminded.set(unit, [...(reminded.get(unit) ?? []), day]);
      }
    }
    // Worked by hand. Day 1: units 1–99 (the order of Đơn vị). Day 2: 100–198, owed since day 1.
    // Day 3: 199–200 (owed since day 1), then 1–97 (owed since day 2, reminded first on day 1).
    // Day 4: 98–99, then 100–196. Day 5: 197–198, then those reminded on day 3 in the order they
    // went: 199, 200, 1–95.
    const days = (unit: number) => reminded.get(unit) ?? [];
    expect([1, 95, 96, 97, 98, 99, 100, 196, 197, 198, 199, 200].map(days)).toEqual([
      [1, 3, 5],
      [1, 3, 5],
      [1, 3],
      [1, 3],
      [1, 4],
      [1, 4],
      [2, 4],
      [2, 4],
      [2, 5],
      [2, 5],
      [3, 5],
      [3, 5],
    ]);
    const counts = Array.from({ length: 200 }, (_, i) => days(i + 1).length);
    expect([counts.filter((n) => n === 3).length, counts.filter((n) => n === 2).length]).toEqual([
      95, 105,
    ]);
    // No unit goes three mornings in a row without a reminder (counting the days before the
    // first and after the last of the five).
    const longestWait = Math.max(
      ...Array.from({ length: 200 }, (_, i) => {
        const d = [0, ...days(i + 1), 6];
        return Math.max(...d.slice(1).map((x, j) => x - d[j] - 1));
      }),
    );
    expect(longestWait).toBe(2);
  });
});
