import { describe, expect, it } from 'vitest';
import type { FakeScriptApp } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

describe('ScriptApp triggers', () => {
  it('records time-driven and on-edit triggers and deletes them', () => {
    const rt = runtime();
    const script = rt.globals().ScriptApp as FakeScriptApp;
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
    const script = runtime().globals().ScriptApp as FakeScriptApp;
    for (let i = 0; i < 20; i++) script.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => script.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      /too many triggers/,
    );
  });
});
