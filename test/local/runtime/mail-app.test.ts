import { describe, expect, it } from 'vitest';
import type { FakeMailApp } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

function mailApp(rt = runtime()) {
  return { rt, mail: rt.globals().MailApp as FakeMailApp };
}

describe('MailApp', () => {
  it('counts every recipient against the daily quota and refuses what does not fit', () => {
    const { mail, rt } = mailApp(runtime({ mailQuota: 3 }));
    mail.sendEmail('a@example.vn, b@example.vn', 'Tổng hợp ngày 13/07/2023', 'nội dung');
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() =>
      mail.sendEmail({ to: 'c@example.vn', cc: 'd@example.vn', subject: 'Nhắc', body: 'x' }),
    ).toThrow('Service invoked too many times for one day: email.');
    expect(rt.mail.sent.map((m) => m.to)).toEqual([['a@example.vn', 'b@example.vn']]);
    expect(rt.mail.sent[0].date.toISOString()).toBe('2023-07-14T01:00:00.000Z');
  });

  it('rejects an invalid address and a subject with a line break', () => {
    const { mail } = mailApp();
    expect(() => mail.sendEmail('không-phải-email', 'Chủ đề', 'x')).toThrow(
      'Invalid email: không-phải-email',
    );
    expect(() => mail.sendEmail('a@example.vn', 'Dòng 1\nBcc: x@example.vn', 'x')).toThrow(
      'Invalid argument: subject',
    );
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});

describe('MailApp.sendEmail overloads', () => {
  it('takes (to, replyTo, subject, body) as Apps Script does', () => {
    const { mail, rt } = mailApp();
    mail.sendEmail('a@example.vn', 'tra-loi@example.vn', 'Chủ đề', 'Nội dung');
    expect(rt.mail.sent[0]).toMatchObject({
      to: ['a@example.vn'],
      replyTo: 'tra-loi@example.vn',
      subject: 'Chủ đề',
      body: 'Nội dung',
    });
  });
});
