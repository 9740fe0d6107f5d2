import { describe, expect, it } from 'vitest';
import type { FakeLockService } from '../../../src/local/runtime/lock';
import type { FakeMailApp } from '../../../src/local/runtime/mail-app';
import type { FakePropertiesService } from '../../../src/local/runtime/properties';
import type { FakeScriptApp } from '../../../src/local/runtime/script-app';
import type { FakeSession } from '../../../src/local/runtime/session';
import type { FakeUtilities } from '../../../src/local/runtime/utilities';
import { runtime } from '../../helpers';

function services(rt = runtime()) {
  const g = rt.globals();
  return {
    rt,
    props: g.PropertiesService as FakePropertiesService,
    lock: g.LockService as FakeLockService,
    script: g.ScriptApp as FakeScriptApp,
    mail: g.MailApp as FakeMailApp,
    session: g.Session as FakeSession,
    utils: g.Utilities as FakeUtilities,
  };
}

describe('PropertiesService', () => {
  it('stores values as strings, per store', () => {
    const { props } = services();
    props.getDocumentProperties().setProperty('lastRun', 20230714);
    expect(props.getDocumentProperties().getProperty('lastRun')).toBe('20230714');
    expect(props.getScriptProperties().getProperty('lastRun')).toBeNull();
    props.getDocumentProperties().setProperties({ a: 1 }, true);
    expect(props.getDocumentProperties().getKeys()).toEqual(['a']);
  });
});

describe('LockService', () => {
  it('gives the document lock to one holder at a time', () => {
    const { rt, lock } = services();
    const first = lock.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(lock.getDocumentLock().tryLock(1000)).toBe(false);
    first.releaseLock();
    // Another execution (a test's way to overlap two runs) holds it now.
    rt.locks.document.holder = 'other';
    expect(() => lock.getDocumentLock().waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });
});

describe('ScriptApp triggers', () => {
  it('records time-driven and on-edit triggers and deletes them', () => {
    const { script, rt } = services();
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
    const { script } = services();
    for (let i = 0; i < 20; i++) script.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => script.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      /too many triggers/,
    );
  });
});

describe('MailApp', () => {
  it('counts every recipient against the daily quota and refuses what does not fit', () => {
    const { mail, rt } = services(runtime({ mailQuota: 3 }));
    mail.sendEmail('a@example.vn, b@example.vn', 'Tổng hợp ngày 13/07/2023', 'nội dung');
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() =>
      mail.sendEmail({ to: 'c@example.vn', cc: 'd@example.vn', subject: 'Nhắc', body: 'x' }),
    ).toThrow('Service invoked too many times for one day: email.');
    expect(rt.mail.sent.map((m) => m.to)).toEqual([['a@example.vn', 'b@example.vn']]);
    expect(rt.mail.sent[0].date.toISOString()).toBe('2023-07-14T01:00:00.000Z');
  });

  it('rejects an invalid address and a subject with a line break', () => {
    const { mail } = services();
    expect(() => mail.sendEmail('không-phải-email', 'Chủ đề', 'x')).toThrow(
      'Invalid email: không-phải-email',
    );
    expect(() => mail.sendEmail('a@example.vn', 'Dòng 1\nBcc: x@example.vn', 'x')).toThrow(
      'Invalid argument: subject',
    );
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});

describe('Session and Utilities', () => {
  it('formats dates in a real zone with Java patterns', () => {
    const { utils, session } = services();
    const d = new Date('2023-07-13T17:00:00Z');
    expect(utils.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm')).toBe('14/07/2023 00:00');
    expect(utils.formatDate(d, 'UTC', 'dd/MM/yyyy HH:mm')).toBe('13/07/2023 17:00');
    expect(() => utils.formatDate(d, 'Mars/Olympus', 'dd')).toThrow(
      'Invalid argument: timeZone (Mars/Olympus)',
    );
    expect(utils.parseDate('14/07/2023', 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy').toISOString()).toBe(
      '2023-07-13T17:00:00.000Z',
    );
    expect(utils.formatString('%s: %d đơn vị, %.1f%%', 'Cần Giờ', 7.9, 21.43)).toBe(
      'Cần Giờ: 7 đơn vị, 21.4%',
    );
    expect(session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(session.getActiveUser().getEmail()).toBe('chu-so-huu@example.vn');
  });

  it('lets the caller set the clock, and Utilities.sleep move it', () => {
    const { rt, utils } = services();
    utils.sleep(1500);
    expect(new Date(rt.now()).toISOString()).toBe('2023-07-14T01:00:01.500Z');
    rt.setNow(Date.UTC(2023, 6, 15, 0, 30));
    expect(new Date(rt.now()).toISOString()).toBe('2023-07-15T00:30:00.000Z');
  });
});

describe('MailApp.sendEmail overloads', () => {
  it('takes (to, replyTo, subject, body) as Apps Script does', () => {
    const { mail, rt } = services();
    mail.sendEmail('a@example.vn', 'tra-loi@example.vn', 'Chủ đề', 'Nội dung');
    expect(rt.mail.sent[0]).toMatchObject({
      to: ['a@example.vn'],
      replyTo: 'tra-loi@example.vn',
      subject: 'Chủ đề',
      body: 'Nội dung',
    });
  });
});
