// Property test of the monthly reports over random sequences of runs across three report days
// (10/07, 10/08 and 10/09/2023), through the built bundle: runs on any day at any minute,
// several a day or none for weeks, from the command line (`run`, `notify`), some with the day's
// e-mail quota spent. Over the sequence:
// - each report's e-mail goes at most once;
// - a report's block is written once, by a `run` from its day's cut-off to two days after
//   (report-period.ts), and only then;
// - it is mailed only once its block is written, and surely when a run (`run` or `notify`) with
//   the quota to spare came in that window, with its block or after it;
// - the blocks' periods follow one another: each starts the day after the one below it ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalRuntime, WallDate } from '../../src/local/runtime';
import type { AddonSurface } from '../../src/surface';
import { addDays } from '../fixtures/hostile-cells';
import { budget, check, runs } from '../fixtures/fuzz';
import { bundle } from '../helpers';

const CI_RUNS = 200;
const FILE = 'test/addon/reports.property.test.ts';
const HOUR = 3_600_000;
const START = '2023-06-26';
const DEADLINE = '2023-09-20';
const REPORT_DAYS = ['2023-07-10', '2023-08-10', '2023-09-10'];
const DIGEST = 'bcd@x.vn';

interface Run {
  /** yyyy-MM-dd and minutes after midnight, Asia/Ho_Chi_Minh. */
  date: string;
  minutes: number;
  command: 'run' | 'notify';
  /** The e-mail quota left today: 0 or 1 holds the report back (the digest goes first). */
  quota: number;
}

/** Days around the report days mostly (where the rules bite), any day of the campaign too. */
const day = fc.oneof(
  fc
    .constantFrom(...REPORT_DAYS)
    .chain((d) => fc.integer({ min: -1, max: 4 }).map((k) => addDays(d, k))),
  fc.integer({ min: 0, max: 86 }).map((k) => addDays(START, k)),
);
const run: fc.Arbitrary<Run> = fc.record({
  date: day,
  minutes: fc.oneof(fc.constantFrom(449, 450, 480), fc.integer({ min: 0, max: 1439 })),
  command: fc.constantFrom<'run' | 'notify'>('run', 'run', 'notify'),
  quota: fc.constantFrom(100, 100, 100, 0, 1),
});
const sequence = fc
  .array(run, { minLength: 1, maxLength: 14 })
  .map((rs) => rs.sort((a, b) => a.date.localeCompare(b.date) || a.minutes - b.minutes));

const instant = (r: Run) => Date.parse(`${r.date}T00:00:00Z`) - 7 * HOUR + r.minutes * 60_000;
/** Whether a run falls in the window of the report of day D: D 07:30 to the end of D + 2. */
const inWindow = (r: Run, d: string) =>
  (r.date > d || (r.date === d && r.minutes >= 450)) && r.date <= addDays(d, 2);

function workbook(): { rt: LocalRuntime; script: AddonSurface } {
  const rt = new LocalRuntime({ now: Date.parse(`${START}T00:00:00Z`), ui: false });
  const date = (d: string) => new WallDate(Date.parse(`${d}T00:00:00Z`));
  rt.load.sheet('Cấu hình', {
    rows: [
      ['Tên chiến dịch', 'Thử'],
      ['Ngày bắt đầu', date(START)],
      ['Hạn hoàn thành', date(DEADLINE)],
      ['Email nhận tổng hợp', DIGEST],
    ],
  });
  rt.load.sheet('Đơn vị', {
    rows: [
      ['Đơn vị', 'Chỉ tiêu Thu nhận'],
      ['Xã 1', 1000],
    ],
  });
  const rows = Array.from({ length: 87 }, (_, k) => [date(addDays(START, k)), 5]);
  rt.load.sheet('Xã 1', { rows: [['Ngày', 'Thu nhận'], ...rows] });
  return { rt, script: bundle(rt) };
}

/** Every property a sequence breaks. */
function broken(seq: Run[]): string[] {
  const { rt, script } = workbook();
  const problems: string[] = [];
  for (const r of seq) {
    rt.setNow(instant(r));
    rt.mail.remaining = r.quota;
    const answer = script.runCommand_(r.command, {});
    if (!answer.result) problems.push(`${r.command} ${r.date}: ${answer.fatal}`);
  }
  const subjects = rt.mail.sent.map((m) => m.subject).filter((s) => s.includes('Báo cáo tháng'));
  const sheet = rt.spreadsheet.getSheetByName('Báo cáo tháng');
  const titles = sheet
    ? (sheet.getDataRange().getValues() as unknown[][])
        .map((row) => String(row[0]))
        .filter((v) => v.startsWith('Báo cáo tháng'))
    : [];
  REPORT_DAYS.forEach((d) => {
    const month = `Báo cáo tháng ${Number(d.slice(5, 7))}/2023 `;
    const sent = subjects.filter((s) => s.startsWith(`[Tiến Độ] ${month}`)).length;
    const blocks = titles.filter((t) => t.startsWith(month)).length;
    const runs = seq.filter((r) => inWindow(r, d));
    const made = runs.findIndex((r) => r.command === 'run');
    if (sent > 1) problems.push(`${month}: mailed ${sent} times`);
    if (blocks !== (made >= 0 ? 1 : 0)) problems.push(`${month}: ${blocks} blocks`);
    // The block's run or one after it in the window with the quota to spare sends the mail
    // (one with a single recipient left may too, once the day's digest has gone).
    const surely = made >= 0 && runs.slice(made).some((r) => r.quota >= 2);
    if (surely && sent !== 1) problems.push(`${month}: due, mailed ${sent} times`);
    if (made < 0 && sent !== 0) problems.push(`${month}: mailed without its block`);
  });
  // Newest on top; each period starts the day after the one below it ends.
  const periods = titles.map((t) => {
    const m = /từ (\d\d)\/(\d\d)\/(\d{4}) đến (\d\d)\/(\d\d)\/(\d{4})/.exec(t)!;
    return { from: `${m[3]}-${m[2]}-${m[1]}`, to: `${m[6]}-${m[5]}-${m[4]}` };
  });
  for (let i = 0; i + 1 < periods.length; i++)
    if (periods[i].from !== addDays(periods[i + 1].to, 1))
      problems.push(`periods not one after the other: ${JSON.stringify(periods)}`);
  return problems;
}

describe('monthly reports over random sequences of runs (property)', () => {
  it('sends the first on a fresh workbook and its day, as the sample does', () => {
    expect(broken([{ date: '2023-07-10', minutes: 480, command: 'run', quota: 100 }])).toEqual([]);
  });

  const n = runs(CI_RUNS);
  it(
    `writes and mails each report once over ${n} sequences`,
    () => {
      check(
        fc.property(sequence, (seq) => {
          const problems = broken(seq);
          if (problems.length) throw new Error(problems.join('\n'));
        }),
        CI_RUNS,
        FILE,
      );
    },
    budget(n, 1500),
  );
});
