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

describe('MailApp limits (quotas page)', () => {
  const list = (n: number, domain = 'x.vn') =>
    Array.from({ length: n }, (_, i) => `u${i}@${domain}`).join(',');

  it('takes at most 50 recipients per message, to, cc and bcc together', () => {
    const { mail, rt } = mailApp(runtime({ account: 'workspace' }));
    mail.sendEmail({ to: list(30), cc: list(10, 'y.vn'), bcc: list(10, 'z.vn'), subject: 's' });
    expect(() =>
      mail.sendEmail({ to: list(30), cc: list(10, 'y.vn'), bcc: list(11, 'z.vn'), subject: 's' }),
    ).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(rt.mail.sent).toHaveLength(1);
    expect(mail.getRemainingDailyQuota()).toBe(1450);
  });

  it('counts an address once per time it is given, whatever its case', () => {
    const { mail } = mailApp();
    mail.sendEmail('a@x.vn,A@x.vn', 'Chủ đề', 'x');
    expect(mail.getRemainingDailyQuota()).toBe(98);
    expect(() => mail.sendEmail({ to: list(26), cc: list(25), subject: 's' })).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
  });

  it('refuses a body over 200 KB on a consumer account, the larger of body and HTML counting', () => {
    const { mail } = mailApp();
    const kb200 = 'a'.repeat(200 * 1024);
    mail.sendEmail({ to: 'a@x.vn', subject: 's', body: kb200, htmlBody: kb200 });
    expect(() => mail.sendEmail({ to: 'a@x.vn', subject: 's', body: `${kb200}a` })).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
    // UTF-8 bytes: "ữ" is 3 bytes.
    const html = 'ữ'.repeat(Math.floor((200 * 1024) / 3) + 1);
    expect(() => mail.sendEmail({ to: 'a@x.vn', subject: 's', body: 'x', htmlBody: html })).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
    expect(mail.getRemainingDailyQuota()).toBe(99);
    // A Workspace account takes up to 400 KB.
    const workspace = mailApp(runtime({ account: 'workspace' })).mail;
    workspace.sendEmail({ to: 'a@x.vn', subject: 's', body: 'x', htmlBody: html });
    expect(() =>
      workspace.sendEmail({ to: 'a@x.vn', subject: 's', body: 'a'.repeat(400 * 1024 + 1) }),
    ).toThrow('Limit Exceeded: Email Body Size.');
  });

  it('sets the daily quota by the account (100 consumer, 1,500 Workspace); mailQuota overrides it', () => {
    expect(mailApp().mail.getRemainingDailyQuota()).toBe(100);
    expect(mailApp(runtime({ account: 'workspace' })).mail.getRemainingDailyQuota()).toBe(1500);
    const { mail } = mailApp(runtime({ account: 'workspace', mailQuota: 1 }));
    expect(() => mail.sendEmail('a@x.vn,b@x.vn', 's', 'x')).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });
});
