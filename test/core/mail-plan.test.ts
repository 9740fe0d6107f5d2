import { describe, expect, it } from 'vitest';
import type { Mail } from '../../src/core/email';
import type { LogEntry } from '../../src/core/mail-log';
import {
  dailyRecipients,
  digestOverQuota,
  planSend,
  recentUnconfirmed,
} from '../../src/core/mail-plan';
import type { Settings } from '../../src/core/settings';

const DATE = '2023-07-13';

const mail = (over: Partial<Mail>): Mail => ({
  kind: 'reminder',
  unit: 'Xã A',
  to: ['a@x.vn'],
  subject: 'S',
  html: '',
  text: '',
  dataDate: DATE,
  units: [],
  ...over,
});

let row = 1;
const logged = (over: Partial<LogEntry>): LogEntry => ({
  row: ++row,
  time: 't',
  kind: 'reminder',
  dataDate: DATE,
  unit: 'Xã A',
  recipients: ['a@x.vn'],
  subject: 'S',
  outcome: 'sent',
  outcomeText: '',
  ...over,
});

const digest = mail({ kind: 'digest', unit: '', to: ['bcd@x.vn'] });
const a = mail({ unit: 'Xã A', to: ['a@x.vn'] });
const b = mail({ unit: 'Xã B', to: ['b@x.vn'] });
const c = mail({ unit: 'Xã C', to: ['c@x.vn'] });

describe('what to send', () => {
  it('sends every due message not in the log, the digest first, each new (no row yet)', () => {
    const plan = planSend([a, digest, b], [], DATE);
    expect(plan.send.map((o) => [o.mail.unit || 'digest', o.row])).toEqual([
      ['digest', null],
      ['Xã A', null],
      ['Xã B', null],
    ]);
  });

  it('sends nothing twice: a recipient sent, pending or unconfirmed is covered', () => {
    const log = [
      logged({ kind: 'digest', unit: '', recipients: ['bcd@x.vn'], outcome: 'sent' }),
      logged({ unit: 'Xã A', outcome: 'sending' }),
    ];
    const plan = planSend([digest, a, b], log, DATE);
    expect(plan.send.map((o) => o.mail.unit)).toEqual(['Xã B']);
    expect(plan.unconfirmed.map((e) => e.unit)).toEqual(['Xã A']);
  });

  it('lists the unconfirmed of this data date and the one before, not older ones', () => {
    // Runs on 11, 12 and 13 July; the runs of the 11th and 12th each stopped mid-send.
    const log = [
      logged({ unit: 'Xã A', dataDate: '2023-07-11', outcome: 'sending' }),
      logged({ unit: 'Xã B', dataDate: '2023-07-12', outcome: 'sending' }),
      logged({ unit: 'Xã C', dataDate: '2023-07-12', outcome: 'sent' }),
    ];
    expect(recentUnconfirmed(log, DATE).map((e) => e.unit)).toEqual(['Xã B']);
    expect(planSend([], log, DATE).unconfirmed.map((e) => e.unit)).toEqual(['Xã B']);
    // The day after the stop, the digest names it; on the day of the stop too.
    expect(recentUnconfirmed(log, '2023-07-12').map((e) => e.unit)).toEqual(['Xã A', 'Xã B']);
  });

  it('matches recipients ignoring case, and sends to a recipient added since', () => {
    const log = [logged({ unit: 'Xã A', recipients: ['a@x.vn'] })];
    const plan = planSend([mail({ unit: 'Xã A', to: ['A@X.VN', 'new@x.vn'] })], log, DATE);
    expect(plan.send.map((o) => o.message.to)).toEqual([['new@x.vn']]);
  });

  it('sends a pending message from its own row; tries a failed one again', () => {
    const pending = logged({ unit: 'Xã A', outcome: 'pending' });
    const failed = logged({ unit: 'Xã B', recipients: ['b@x.vn'], outcome: 'failed' });
    const plan = planSend([a, b], [pending, failed], DATE);
    expect(plan.send.map((o) => [o.mail.unit, o.row])).toEqual([
      ['Xã A', pending.row],
      ['Xã B', null],
    ]);
  });

  it('sends a pending row copied whole (its signature still fits) once, closing the copy', () => {
    const pending = logged({ unit: 'Xã A', outcome: 'pending' });
    const copy = { ...pending, row: pending.row + 5 };
    const plan = planSend([a], [pending, copy], DATE);
    expect(plan.send.map((o) => [o.mail.unit, o.row])).toEqual([['Xã A', pending.row]]);
    expect(plan.close).toEqual([{ row: copy.row, text: 'Bỏ qua — không còn cần gửi' }]);
  });

  it('closes pending rows of an older data date, and of a unit no longer due', () => {
    const old = logged({ dataDate: '2023-07-12', outcome: 'pending' });
    const reported = logged({ unit: 'Xã C', recipients: ['c@x.vn'], outcome: 'pending' });
    const plan = planSend([a], [old, reported], DATE);
    expect(plan.close).toEqual([
      { row: old.row, text: 'Bỏ qua — đã có thư cho ngày 13/07/2023' },
      { row: reported.row, text: 'Bỏ qua — không còn cần gửi' },
    ]);
    expect(plan.send.map((o) => o.mail.unit)).toEqual(['Xã A']);
  });

  it('splits a message to more than 50 recipients into messages of at most 50', () => {
    const to = Array.from({ length: 120 }, (_, i) => `ld${i}@x.vn`);
    const plan = planSend([mail({ kind: 'digest', unit: '', to })], [], DATE);
    expect(plan.send.map((o) => o.message.to.length)).toEqual([50, 50, 20]);
  });
});

describe('a digest to more addresses than a whole day allows', () => {
  const to = Array.from({ length: 120 }, (_, i) => `ld${i}@x.vn`);
  const big = mail({ kind: 'digest', unit: '', to });

  it('goes to the first ones a day allows; the others neither go nor wait', () => {
    const plan = planSend([big, a], [], DATE, { dailyRecipients: 100 });
    expect(plan.send.map((o) => [o.mail.kind, o.message.to.length])).toEqual([
      ['digest', 50],
      ['digest', 50],
      ['reminder', 1],
    ]);
    expect(plan.send[1].message.to.at(-1)).toBe('ld99@x.vn');
    // Within a day's quota, the whole list goes.
    expect(planSend([big], [], DATE, { dailyRecipients: 1500 }).send).toHaveLength(3);
  });

  it('closes a row left waiting for the addresses past the quota, instead of keeping it for ever', () => {
    const sent1 = logged({ kind: 'digest', unit: '', recipients: to.slice(0, 50) });
    const sent2 = logged({ kind: 'digest', unit: '', recipients: to.slice(50, 100) });
    const waiting = logged({
      kind: 'digest',
      unit: '',
      recipients: to.slice(100),
      outcome: 'pending',
    });
    const plan = planSend([big], [sent1, sent2, waiting], DATE, { dailyRecipients: 100 });
    expect(plan.send).toEqual([]);
    expect(plan.close).toEqual([
      { row: waiting.row, text: 'Bỏ qua — quá số người nhận tài khoản được gửi trong cả một ngày' },
    ]);
  });

  it('is a finding on `Email nhận tổng hợp`, by what a whole day allows the account', () => {
    expect([dailyRecipients(2), dailyRecipients(100), dailyRecipients(101)]).toEqual([
      100, 100, 1500,
    ]);
    const settings = { digestTo: to, digestToCell: 'B11' } as Settings;
    expect(digestOverQuota(settings, 100)).toEqual([
      {
        severity: 'error',
        code: 'digest-over-quota',
        sheet: 'Cấu hình',
        cell: 'B11',
        message:
          '"Email nhận tổng hợp" có 120 địa chỉ, nhiều hơn 100 người nhận mà tài khoản gửi thư được gửi trong cả một ngày: thư tổng hợp chỉ gửi tới 100 địa chỉ đầu, 20 địa chỉ còn lại không bao giờ nhận được, và ngày nào cũng không còn hạn mức cho thư nhắc. Hãy bớt địa chỉ ở ô này (mỗi người nhận tính một lần, kể cả khi chung một thư), hoặc bật lịch bằng tài khoản Google Workspace (1.500 người nhận mỗi ngày).',
      },
    ]);
    expect(digestOverQuota({ ...settings, digestTo: to.slice(0, 100) }, 100)).toEqual([]);
    expect(digestOverQuota(settings, 1500)).toEqual([]);
  });
});

describe('under a short quota', () => {
  it('puts first a reminder the quota put off, before one due only today', () => {
    // A was reminded on 11/07, then owed on 12/07 and left waiting by the quota (the row is
    // closed by this run); B is silent since today and was never reminded.
    const log = [
      logged({ unit: 'Xã A', dataDate: '2023-07-11' }),
      logged({ unit: 'Xã A', dataDate: '2023-07-12', outcome: 'pending' }),
    ];
    expect(planSend([b, a], log, DATE).send.map((o) => o.mail.unit)).toEqual(['Xã A', 'Xã B']);
    // Had A reported on 12/07 after all (its row closed as no longer due), it would owe nothing
    // since: B, never reminded, goes first.
    const reported = [
      log[0],
      { ...log[1], outcome: 'skipped' as const, outcomeText: 'Bỏ qua — không còn cần gửi' },
    ];
    expect(planSend([b, a], reported, DATE).send.map((o) => o.mail.unit)).toEqual(['Xã B', 'Xã A']);
  });

  it('puts first the units reminded longest ago, never reminded before all', () => {
    const log = [
      logged({ unit: 'Xã A', dataDate: '2023-07-12' }),
      logged({ unit: 'Xã B', recipients: ['b@x.vn'], dataDate: '2023-07-10' }),
    ];
    // C never reminded; B last on 10/07; A last on 12/07.
    const plan = planSend([a, b, c], log, DATE);
    expect(plan.send.map((o) => o.mail.unit)).toEqual(['Xã C', 'Xã B', 'Xã A']);
  });
});

describe("resending, at a person's request", () => {
  it('resends an unconfirmed message once, from its own row', () => {
    const unsure = logged({ unit: 'Xã A', outcome: 'sending' });
    expect(planSend([a], [unsure], DATE).send).toEqual([]);
    const plan = planSend([a], [unsure], DATE, { resend: 'unconfirmed' });
    expect(plan.send.map((o) => [o.mail.unit, o.row, o.resend])).toEqual([
      ['Xã A', unsure.row, true],
    ]);
  });

  it('with "all", sends every due message again, the unconfirmed one from its row only', () => {
    const log = [
      logged({ kind: 'digest', unit: '', recipients: ['bcd@x.vn'] }),
      logged({ unit: 'Xã A', outcome: 'sending' }),
    ];
    const plan = planSend([digest, a], log, DATE, { resend: 'all' });
    expect(plan.send.map((o) => [o.mail.unit || 'digest', o.row === null])).toEqual([
      ['digest', true],
      ['Xã A', false],
    ]);
  });
});
