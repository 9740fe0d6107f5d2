// Property test of sending over random sequences of runs (test/fixtures/mail-sequence.ts), through
// the built bundle in a fresh local runtime per case. A message is its kind, data date, unit and
// recipient (docs/workbook.md, "Nhật ký gửi thư"). Over the sequence:
// - no command throws, whatever stops or fails;
// - no message goes out that was not due when it went (a digest to `Email nhận tổng hợp`, a
//   reminder to the `Email` of a unit that has not reported the data date, a monthly report from
//   its day's cut-off to two days after, the final report once the deadline's figures are due);
// - no message goes out twice, but for one a person explicitly resends with `Gửi thư ngay`
//   (a message left unconfirmed by a stopped run, or all of a data date when all went);
// - after a run that nothing disturbed, every message due at its data date has gone, or is
//   left unconfirmed in the log by a run stopped while sending it.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ExecutionStopped, LocalRuntime, WallDate } from '../../src/local/runtime';
import type { AddonSurface } from '../../src/surface';
import { addDays, vn } from '../fixtures/hostile-cells';
import { budget, check, runs } from '../fixtures/fuzz';
import type { Action, Disrupt, Edit, MailScenario } from '../fixtures/mail-sequence';
import { SORT_IN_FLIGHT, START, mailScenario } from '../fixtures/mail-sequence';
import { bundle } from '../helpers';

/** Cases `npm test` runs; `npm run fuzz` runs FUZZ_RUNS (10,000). */
const CI_RUNS = 300;
const FILE = 'test/addon/notify.property.test.ts';
const LOG = 'Nhật ký gửi thư';
const OWNER = 'lanhdao@x.vn';
const HOUR = 3_600_000;

/** Local Asia/Ho_Chi_Minh wall time (UTC+7) of an instant, as yyyy-MM-ddTHH:mm. */
function local(t: number): string {
  return new Date(t + 7 * HOUR).toISOString().slice(0, 16);
}

/** Every address once, whatever its case. */
function unique(addresses: string[]): string[] {
  return [...new Set(addresses.map((a) => a.toLowerCase()))];
}

/** One case: the workbook, the runtime and what the checks have seen so far. */
class Sequence {
  readonly rt: LocalRuntime;
  readonly script: AddonSurface;
  readonly deadline: string;
  /** Per unit, the days reported (yyyy-MM-dd). */
  readonly reported: Set<string>[];
  /** Per message key, how often it went, and how often it may. */
  readonly sent = new Map<string, number>();
  readonly allowed = new Map<string, number>();
  readonly problems: string[] = [];
  private seen = 0;

  constructor(readonly s: MailScenario) {
    this.deadline = addDays(START, s.length);
    const begin = Date.parse(`${addDays(START, -1)}T00:00:00Z`) - 7 * HOUR + s.begin * 60_000;
    this.rt = new LocalRuntime({ now: begin, ui: true, owner: OWNER });
    const date = (d: string) => new WallDate(Date.parse(`${d}T00:00:00Z`));
    this.rt.load.sheet('Cấu hình', {
      rows: [
        ['Tên chiến dịch', 'Thử'],
        ['Ngày bắt đầu', date(START)],
        ['Hạn hoàn thành', date(this.deadline)],
        ['Email nhận tổng hợp', s.digest.join(', ')],
        ['Ngày báo cáo tháng', s.monthlyDay ?? ''],
      ],
    });
    this.rt.load.sheet('Đơn vị', {
      rows: [['Đơn vị', 'Email'], ...s.units.map((u) => [u.name, u.emails.join(', ')])],
    });
    this.reported = s.units.map(() => new Set<string>());
    s.units.forEach((u, i) => {
      const rows = u.reported.map((r, day) => {
        if (r) this.reported[i].add(addDays(START, day));
        return [date(addDays(START, day)), r ? 3 : '', r ? 1 : ''];
      });
      this.rt.load.sheet(u.name, { rows: [['Ngày', 'Thu nhận', 'Kích hoạt'], ...rows] });
    });
    this.script = bundle(this.rt);
    if (s.schedule) {
      this.rt.answer('OK');
      this.script.turnOnDailySchedule();
      this.rt.answers.splice(0);
    }
  }

  /** The data date at instant t: every day counts, the cut-off is 07:30. */
  dataDate(t: number): string | null {
    const wall = local(t);
    const minutes = +wall.slice(11, 13) * 60 + +wall.slice(14, 16);
    let d = addDays(wall.slice(0, 10), minutes >= 450 ? -1 : -2);
    if (d > this.deadline) d = this.deadline;
    return d < START ? null : d;
  }

  /**
   * The messages due at data date d, as the tabs stand now, for a run at instant t: none once
   * the campaign is over, the day after its last day's figures were due (workbook.md,
   * `mailNotice`; every day counts here, so that is two days after the deadline).
   */
  due(d: string, t: number): Set<string> {
    const keys = new Set<string>();
    if (local(t).slice(0, 10) > addDays(this.deadline, 1)) return keys;
    for (const to of unique(this.s.digest)) keys.add(`digest|${d}||${to}`);
    this.s.units.forEach((u, i) => {
      if (this.reported[i].has(d)) return;
      for (const to of unique(u.emails)) keys.add(`reminder|${d}|${u.name}|${to}`);
    });
    return keys;
  }

  /**
   * The reports due at instant t (docs/workbook.md; report-period.ts): the monthly report of
   * day D of July (the campaign lies in July; June's report day is before the start), ending on
   * D − 1, from D at 07:30 to the end of D + 2, if D is not past the deadline; the final report,
   * ending on the deadline, from the day after at 07:30 (its figures' due time) to two days
   * later, though the campaign's other mail is held then. `since`: every report whose time has
   * come by t, past its two days too (a written report's mail the quota held back is owed until
   * it goes: addon/reports.ts).
   */
  reportKeys(t: number, since = false): Set<string> {
    const keys = new Set<string>();
    const wall = local(t);
    const date = wall.slice(0, 10);
    const minutes = +wall.slice(11, 13) * 60 + +wall.slice(14, 16);
    const D = this.s.monthlyDay;
    if (D !== null) {
      const day = `2023-07-${String(D).padStart(2, '0')}`;
      const come = date > day || (date === day && minutes >= 450);
      const within = since || date <= addDays(day, 2);
      if (come && within && day <= this.deadline && addDays(day, -1) >= START)
        for (const to of unique(this.s.digest)) keys.add(`monthly|${addDays(day, -1)}||${to}`);
    }
    const last = addDays(this.deadline, 1);
    const finalCome = date > last || (date === last && minutes >= 450);
    if (finalCome && (since || date <= addDays(last, 2)))
      for (const to of unique(this.s.digest)) keys.add(`final|${this.deadline}||${to}`);
    return keys;
  }

  /** The log's rows (kind, data date, unit, recipients, outcome), as text. */
  logRows(): string[][] {
    const sheet = this.rt.spreadsheet.getSheetByName(LOG);
    if (!sheet) return [];
    return sheet.values
      .slice(1)
      .map((r) => r.map((v) => (v instanceof WallDate ? 'date' : String(v))));
  }

  /** Keys of messages the log leaves unconfirmed ("Đang gửi — chưa xác nhận đã gửi"). */
  unconfirmed(): Set<string> {
    const keys = new Set<string>();
    for (const [, kind, date, unit, to, , outcome] of this.logRows()) {
      if (!outcome.startsWith('Đang gửi')) continue;
      const k =
        { 'Tổng hợp': 'digest', 'Báo cáo tháng': 'monthly', 'Báo cáo kết thúc': 'final' }[kind] ??
        'reminder';
      const [dd, mm, yyyy] = date.split('/');
      for (const r of to.split(/[,;]/))
        if (r.trim()) keys.add(`${k}|${yyyy}-${mm}-${dd}|${unit}|${r.trim().toLowerCase()}`);
    }
    return keys;
  }

  /** Counts the messages sent since the last look; each must have been due when it went. */
  account(from: number): void {
    const first = this.dataDate(from);
    const last = this.dataDate(this.rt.now());
    for (const m of this.rt.mail.sent.slice(this.seen)) {
      const digest = /— số liệu đến (\d\d)\/(\d\d)\/(\d{4}):/.exec(m.subject);
      const reminder = /Nhắc báo cáo: (.*) chưa gửi số liệu ngày (\d\d)\/(\d\d)\/(\d{4})$/.exec(
        m.subject,
      );
      const report =
        /^\[Tiến Độ\] Báo cáo (tháng \d+\/\d{4}|kết thúc chiến dịch) \(\d\d\/\d\d(?:\/\d{4})?–(\d\d)\/(\d\d)\/(\d{4})\) — /.exec(
          m.subject,
        );
      const [kind, unit, d] = digest
        ? ['digest', '', `${digest[3]}-${digest[2]}-${digest[1]}`]
        : reminder
          ? ['reminder', reminder[1], `${reminder[4]}-${reminder[3]}-${reminder[2]}`]
          : report
            ? [
                report[1].startsWith('tháng') ? 'monthly' : 'final',
                '',
                `${report[4]}-${report[3]}-${report[2]}`,
              ]
            : ['?', '', ''];
      // A report's data date is its period's last day, due by the time it went, not the run's.
      if (!report && (last === null || d < (first ?? START) || d > last))
        this.problems.push(`${m.subject}: data date ${d} outside ${first}…${last} of the run`);
      const due = report ? this.reportKeys(m.date.getTime(), true) : this.due(d, from);
      for (const to of m.to.map((a) => a.toLowerCase())) {
        const key = `${kind}|${d}|${unit}|${to}`;
        if (!due.has(key)) this.problems.push(`sent, not due: ${key}`);
        const n = (this.sent.get(key) ?? 0) + 1;
        this.sent.set(key, n);
        if (n > (this.allowed.get(key) ?? 1)) this.problems.push(`sent ${n} times: ${key}`);
      }
    }
    this.seen = this.rt.mail.sent.length;
  }

  /** The last days of the reports whose blocks `Báo cáo tháng` holds (yyyy-MM-dd). */
  reportBlocks(): Set<string> {
    const sheet = this.rt.spreadsheet.getSheetByName('Báo cáo tháng');
    const ends = new Set<string>();
    for (const row of sheet?.values ?? []) {
      const m = /^Báo cáo .* đến (\d\d)\/(\d\d)\/(\d{4})\)$/.exec(String(row?.[0] ?? ''));
      if (m) ends.add(`${m[3]}-${m[2]}-${m[1]}`);
    }
    return ends;
  }

  /**
   * After a run nothing disturbed at data date d: every message due went, or is unconfirmed; a
   * report's once a run has written its block (the menu's sending sends only what a run made).
   */
  settled(d: string | null, what: string, at: number): void {
    if (d === null) return;
    const unsure = this.unconfirmed();
    const blocks = this.reportBlocks();
    const reports = [...this.reportKeys(at)].filter((k) => blocks.has(k.split('|')[1]));
    for (const key of [...this.due(d, at), ...reports])
      if (!this.sent.has(key) && !unsure.has(key))
        this.problems.push(`${what} at data date ${d}: due, never sent: ${key}`);
  }

  /** Whether a stopped run left a send in flight, for the next run to settle. */
  inFlight(): boolean {
    return this.rt.properties.getDocumentProperties().getProperty('tienDo.sending') !== null;
  }

  private before(d: Disrupt): void {
    this.rt.mail.remaining = d.quota ?? 1000;
    this.rt.mail.failFor.clear();
    for (const a of d.fail) this.rt.mail.failFor.add(a);
    this.rt.executions.stopAtCall = d.stopAt;
    const after = d.stopAfterSend;
    if (!after) return;
    // The first execution only: a stop a few calls after its nth send, set as a stop at a call.
    let first: number | null = null;
    let sends = 0;
    this.rt.executions.afterCall = (method, execution) => {
      first ??= execution.id;
      if (execution.id !== first || method !== 'MailApp.sendEmail' || ++sends !== after.nth) return;
      this.rt.executions.stopRunningAt(execution, execution.calls + after.then);
    };
  }

  private after(): void {
    this.rt.mail.failFor.clear();
    this.rt.executions.stopAtCall = null;
    this.rt.executions.afterCall = null;
    this.rt.answers.splice(0);
  }

  /** Runs a script function; a stop is expected, any other exception is a broken property. */
  private call(what: string, f: () => void): boolean {
    try {
      f();
      return true;
    } catch (error) {
      if (!(error instanceof ExecutionStopped))
        this.problems.push(`${what} threw: ${String(error)}`);
      return false;
    }
  }

  act(a: Action): void {
    if (a.do === 'edit') return this.edit(a.edit);
    this.run(a);
    if (a.do !== 'wait' && a.then) this.edit(a.then);
  }

  private run(a: Exclude<Action, { do: 'edit' }>): void {
    const { stopAt, stopAfterSend, quota, fail } = a.disrupt;
    const clean = stopAt === null && !stopAfterSend && quota === null && !fail.length;
    const from = this.rt.now();
    this.before(a.disrupt);
    if (a.do === 'wait') {
      const fired = this.rt.fireTriggers(this.script, from + a.minutes * 60_000);
      this.after();
      this.account(from);
      for (const f of fired) {
        if (f.error && !(f.error instanceof ExecutionStopped))
          this.problems.push(`${f.handler} at ${local(f.at)} threw: ${String(f.error)}`);
        if (clean && !f.error && f.handler !== 'dailyJob' && f.handler !== 'continueDailyJob')
          this.problems.push(`unexpected trigger ${f.handler}`);
        if (clean && !f.error)
          this.settled(this.dataDate(f.at), `${f.handler} ${local(f.at)}`, f.at);
      }
      return;
    }
    if (a.do === 'cli') {
      const ok = this.call(a.command, () => this.script.runCommand_(a.command, {}));
      this.after();
      this.account(from);
      if (clean && ok) this.settled(this.dataDate(from), `${a.command} ${local(from)}`, from);
      return;
    }
    // Gửi thư ngay: it asks first; the question says what YES sends.
    const d = this.dataDate(from);
    const unsure = this.unconfirmed();
    this.rt.dialogs.splice(0);
    this.rt.answer(a.answer);
    this.rt.answer('OK');
    this.rt.answer('OK');
    const ok = this.call('sendEmailsNow', () => this.script.sendEmailsNow());
    const question = this.rt.dialogs[0]?.message ?? '';
    for (const dialog of this.rt.dialogs)
      if (/ngoài dự kiến/.test(dialog.message))
        this.problems.push(`sendEmailsNow: ${dialog.message}`);
    this.after();
    // A person's YES to resending allows each message it names once more, whenever it goes
    // (one the quota holds back goes with a later run).
    if (a.answer === 'YES' && d !== null) {
      const again = /Gửi lại toàn bộ/.test(question)
        ? [...this.due(d, from), ...this.reportKeys(from)]
        : /chưa được xác nhận/.test(question)
          ? [...unsure].filter((k) => k.split('|')[1] === d)
          : [];
      for (const key of again) this.allowed.set(key, (this.allowed.get(key) ?? 1) + 1);
    }
    this.account(from);
    if (clean && ok && a.answer === 'YES' && /^Gửi ngay/.test(question))
      this.settled(d, `Gửi thư ngay ${local(from)}`, from);
  }

  private edit(e: Edit): void {
    const ss = this.rt.spreadsheet;
    const today = local(this.rt.now()).slice(0, 10);
    switch (e.kind) {
      case 'report': {
        const day = addDays(START, e.day);
        if (day >= today) return; // figures are for days gone by
        const u = this.s.units[e.unit];
        this.rt.edit(this.script, u.name, `B${e.day + 2}`, 4, { as: OWNER });
        this.reported[e.unit].add(day);
        return;
      }
      case 'clearSummary':
        ss.getSheetByName('Tổng hợp')?.clear();
        return;
      case 'deleteFindings':
      case 'deleteHistory': {
        const sheet = ss.getSheetByName(e.kind === 'deleteFindings' ? 'Kiểm tra' : 'Lịch sử');
        if (sheet && ss.sheets.length > 1) ss.deleteSheet(sheet);
        return;
      }
      case 'sortLog': {
        // Sorting by the data-date column moves whole rows, their cells' types kept.
        const sheet = ss.getSheetByName(LOG);
        // Left out while a stopped run's send is in flight unless asked for: an open bug (see
        // SORT_IN_FLIGHT).
        if (!sheet || (!SORT_IN_FLIGHT && this.inFlight())) return;
        const rows = sheet.grid.values;
        const body = rows.slice(1).filter((r) => r.some((v) => v !== ''));
        const text = (v: unknown) =>
          v instanceof WallDate ? vn(new Date(v.wall).toISOString().slice(0, 10)) : String(v);
        const ymd = (v: unknown) => text(v).split('/').reverse().join('-');
        body.sort((a, b) => (e.descending ? -1 : 1) * ymd(a[2]).localeCompare(ymd(b[2])));
        rows.splice(1, body.length, ...body);
        return;
      }
      case 'formatLog':
        ss.getSheetByName(LOG)?.getRange('C:C').setNumberFormat(e.format);
        return;
      case 'noteRow':
        ss.getSheetByName(LOG)?.appendRow(['Ghi chú', 'đã gọi điện nhắc Xã 1', '', '', '', '', '']);
        return;
      case 'forge': {
        const sheet = ss.getSheetByName(LOG);
        const d = this.dataDate(this.rt.now());
        if (!sheet || !d) return;
        const u = this.s.units[0];
        const rows: Record<typeof e.row, unknown[]> = {
          sentDigest: ['', 'Tổng hợp', vn(d), '', this.s.digest.join(', '), '', 'Đã gửi'],
          sentReminder: ['', 'Nhắc báo cáo', vn(d), u.name, u.emails.join(', '), '', 'Đã gửi'],
          pendingReminder: ['', 'Nhắc báo cáo', vn(d), u.name, 'ke.gia.mao@x.vn', '', 'Chờ gửi'],
        };
        sheet.appendRow(rows[e.row]);
        return;
      }
    }
  }
}

/** Runs one scenario, then a run nothing disturbs; returns every property it breaks. */
function broken(s: MailScenario): string[] {
  const seq = new Sequence(s);
  for (const a of s.actions) seq.act(a);
  const calm = { stopAt: null, stopAfterSend: null, quota: null, fail: [] };
  seq.act({ do: 'cli', command: 'run', disrupt: calm, then: null });
  const unsure = seq.logRows().filter((r) => r[6].startsWith('Đang gửi')).length;
  const stops = seq.rt.executions.history.filter((e) => e.stopped).length;
  if (unsure > stops) seq.problems.push(`${unsure} messages unconfirmed after ${stops} stops`);
  return seq.problems;
}

describe('sending over random sequences of runs (property)', () => {
  const n = runs(CI_RUNS);
  it(
    `every message due goes once over ${n} sequences`,
    () => {
      check(
        fc.property(mailScenario, (s) => {
          const problems = broken(s);
          if (problems.length) throw new Error(problems.join('\n'));
        }),
        CI_RUNS,
        FILE,
      );
    },
    budget(n, 150),
  );
});
