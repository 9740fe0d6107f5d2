import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeScriptApp, LocalRuntime } from '../../../src/local/runtime';
import { JULY_14_0800, runtime, tempDir } from '../../helpers';

const A = 'a@x.vn';
const B = 'b@x.vn';

/** ScriptApp as the user the runtime runs as now. */
function scriptApp(rt: LocalRuntime): FakeScriptApp {
  return rt.globals().ScriptApp as FakeScriptApp;
}

/** A small script whose handlers log who ran them, when, with what event, and if UI was there. */
function tickScript(rt: LocalRuntime) {
  const dir = tempDir('tien-do-triggers-');
  writeFileSync(
    join(dir, 'Code.js'),
    `function tick(e) {
      var at = new Date().toISOString();
      var ui = true;
      try { SpreadsheetApp.getUi(); } catch (error) { ui = false; }
      console.log(JSON.stringify({ user: Session.getActiveUser().getEmail(), at: at, e: e, ui: ui }));
    }
    function fail() { throw new Error('hỏng'); }`,
  );
  const script = rt.loadBundle(dir);
  const runs = () =>
    rt.logs.map((l) => JSON.parse(l) as { user: string; at: string; e: Record<string, unknown> });
  return { script, runs };
}

/** Wall time in Ho Chi Minh City (UTC+7) as an ISO instant. */
const hcm = (d: number, hh: number, mm: number) =>
  new Date(Date.UTC(2023, 6, d, hh - 7, mm)).toISOString();

describe('ScriptApp triggers', () => {
  it('records time-driven and on-edit triggers and deletes them', () => {
    const rt = runtime();
    const script = scriptApp(rt);
    const daily = script
      .newTrigger('dailyJob')
      .timeBased()
      .atHour(8)
      .nearMinute(0)
      .everyDays(1)
      .inTimezone('Asia/Ho_Chi_Minh')
      .create();
    script.newTrigger('stampEntry').forSpreadsheet(rt.spreadsheet).onEdit().create();
    expect(
      script.getProjectTriggers().map((t) => [t.getHandlerFunction(), t.getEventType()]),
    ).toEqual([
      ['dailyJob', 'CLOCK'],
      ['stampEntry', 'ON_EDIT'],
    ]);
    expect(daily.schedule).toEqual({
      atHour: 8,
      nearMinute: 0,
      everyDays: 1,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    script.deleteTrigger(daily);
    expect(script.getProjectTriggers()).toHaveLength(1);
  });

  it('allows 20 triggers per user per script and refuses the 21st', () => {
    const script = scriptApp(runtime());
    for (let i = 0; i < 20; i++) script.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => script.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      /too many triggers/,
    );
  });
});

describe('triggers belong to the user who installed them', () => {
  it('lists only the current user’s, counts the 20 per user, and keeps all in rt.scriptApp.triggers', () => {
    const rt = runtime({ activeUser: A });
    for (let i = 0; i < 20; i++)
      scriptApp(rt).newTrigger(`a${i}`).timeBased().everyHours(1).create();
    rt.activeUser = B;
    const b = scriptApp(rt);
    expect(b.getProjectTriggers()).toEqual([]);
    const mine = b.newTrigger('dailyJob').timeBased().atHour(8).everyDays(1).create();
    b.newTrigger('onEntryEdit').forSpreadsheet(rt.spreadsheet).onEdit().create();
    expect(b.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'dailyJob',
      'onEntryEdit',
    ]);
    expect(b.getUserTriggers(rt.spreadsheet).map((t) => t.getHandlerFunction())).toEqual([
      'onEntryEdit',
    ]);
    expect(rt.scriptApp.triggers).toHaveLength(22);
    expect(mine.installedBy).toBe(B);
    // A's triggers are not B's to delete.
    expect(() => b.deleteTrigger(rt.scriptApp.triggers[0])).toThrow(/belongs to another user/);
    expect(rt.scriptApp.triggers).toHaveLength(22);
    rt.activeUser = A;
    expect(() => scriptApp(rt).newTrigger('a20').timeBased().everyHours(1).create()).toThrow(
      /too many triggers/,
    );
  });
});

describe('clock triggers firing (rt.fireTriggers)', () => {
  it('runs a daily trigger +15 minutes late by default, as its installer, with the time-driven event', () => {
    const rt = runtime({ activeUser: A });
    const { script, runs } = tickScript(rt);
    const t = scriptApp(rt)
      .newTrigger('tick')
      .timeBased()
      .atHour(8)
      .nearMinute(0)
      .everyDays(1)
      .inTimezone('Asia/Ho_Chi_Minh')
      .create();
    rt.activeUser = B;
    // Installed at 08:00 on 14/07: 08:15 that day is still to come.
    const fired = rt.fireTriggers(script, Date.parse(hcm(16, 9, 0)));
    expect(fired.map((f) => [new Date(f.at).toISOString(), f.user, f.error])).toEqual([
      [hcm(14, 8, 15), A, undefined],
      [hcm(15, 8, 15), A, undefined],
      [hcm(16, 8, 15), A, undefined],
    ]);
    expect(runs().map((r) => [r.user, r.at])).toEqual([
      [A, hcm(14, 8, 15)],
      [A, hcm(15, 8, 15)],
      [A, hcm(16, 8, 15)],
    ]);
    // The event's date fields are UTC: 08:15 in Ho Chi Minh City is 01:15 UTC.
    expect(runs()[0].e).toEqual({
      authMode: 'FULL',
      'day-of-month': 14,
      'day-of-week': 5,
      hour: 1,
      minute: 15,
      month: 7,
      second: 0,
      timezone: 'UTC',
      triggerUid: t.getUniqueId(),
      'week-of-year': 28,
      year: 2023,
    });
    expect(rt.logs.every((l) => (JSON.parse(l) as { ui: boolean }).ui === false)).toBe(true);
    // The clock ends where the test asked; the user at the screen is back.
    expect(new Date(rt.now()).toISOString()).toBe(hcm(16, 9, 0));
    expect(rt.activeUser).toBe(B);
  });

  it('fires at −15 minutes when told: a trigger for 08:00 installed at 08:00 first runs the next day, at 07:45', () => {
    const rt = runtime({ triggerJitterMinutes: -15 });
    const { script } = tickScript(rt);
    scriptApp(rt).newTrigger('tick').timeBased().atHour(8).nearMinute(0).everyDays(1).create();
    const fired = rt.fireTriggers(script, Date.parse(hcm(16, 9, 0)));
    expect(fired.map((f) => new Date(f.at).toISOString())).toEqual([
      hcm(15, 7, 45),
      hcm(16, 7, 45),
    ]);
    expect(() => (rt.triggerJitterMinutes = 16)).toThrow(/within ±15/);
  });

  it('runs a one-off trigger once; it stays listed, disabled, counting against the 20', () => {
    const rt = runtime();
    const { script, runs } = tickScript(rt);
    const app = scriptApp(rt);
    app
      .newTrigger('tick')
      .timeBased()
      .after(10 * 60_000)
      .create();
    app
      .newTrigger('tick')
      .timeBased()
      .at(new Date(JULY_14_0800 + 5 * 60_000))
      .create();
    app.newTrigger('fail').timeBased().after(60_000).create();
    expect(rt.fireTriggers(script)).toEqual([]);
    const fired = rt.fireTriggers(script, JULY_14_0800 + 3_600_000);
    expect(fired.map((f) => [f.handler, new Date(f.at).toISOString()])).toEqual([
      ['fail', hcm(14, 8, 1)],
      ['tick', hcm(14, 8, 5)],
      ['tick', hcm(14, 8, 10)],
    ]);
    expect(String(fired[0].error)).toMatch(/hỏng/);
    expect(runs()).toHaveLength(2);
    expect(rt.fireTriggers(script, JULY_14_0800 + 86_400_000)).toEqual([]);
    expect(app.getProjectTriggers().map((t) => [t.getHandlerFunction(), t.disabled])).toEqual([
      ['tick', true],
      ['tick', true],
      ['fail', true],
    ]);
    for (let i = 0; i < 17; i++) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('one more').timeBased().after(1).create()).toThrow(
      /too many triggers/,
    );
  });

  it('runs hourly and weekly triggers in time order, one after another', () => {
    const rt = runtime({ triggerJitterMinutes: 0 });
    const { script } = tickScript(rt);
    const app = scriptApp(rt);
    app.newTrigger('tick').timeBased().everyHours(6).create();
    // 14/07/2023 is a Friday: the next Monday is 17/07.
    app.newTrigger('tick').timeBased().onWeekDay('MONDAY').atHour(9).create();
    const fired = rt.fireTriggers(script, Date.parse(hcm(17, 12, 0)));
    expect(fired.map((f) => new Date(f.at).toISOString())).toEqual([
      hcm(14, 14, 0),
      hcm(14, 20, 0),
      hcm(15, 2, 0),
      hcm(15, 8, 0),
      hcm(15, 14, 0),
      hcm(15, 20, 0),
      hcm(16, 2, 0),
      hcm(16, 8, 0),
      hcm(16, 14, 0),
      hcm(16, 20, 0),
      hcm(17, 2, 0),
      hcm(17, 8, 0),
      hcm(17, 9, 0),
    ]);
  });
});
