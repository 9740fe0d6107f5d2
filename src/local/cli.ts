// The command line (docs/workbook.md): loads an .xlsx copy of the campaign workbook into the
// local runtime, runs the add-on's own bundle on it, and writes the workbook after the command,
// result.json and one .eml per message sent.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatVnDate } from '../core/dates';
import { daysToGo } from '../core/messages';
import type { CommandResult } from '../core/result';
import { isSummarized } from '../core/result';
import type { CommandName } from '../core/vocabulary';
import { COMMANDS, SHEETS } from '../core/vocabulary';
import type { AddonSurface } from '../surface';
import { clearOldMail, outputProblem, writeProblem } from './cli-out';
import { composeEml, emlFileName } from './eml';
import { LocalRuntime, fromWall } from './runtime';
import { loadXlsx, saveXlsx } from './xlsx';
import { FILE_PROBLEMS, WorkbookFileError } from './xlsx-file';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Cells named in the warning about formulas without a value; result.json lists them all. */
const FIRST_FEW = 5;

const USAGE = `Cách dùng:
  npm run cli -- run       --workbook IN.xlsx --now 2023-07-14T08:00 --out DIR [--as-of 2023-07-13]
  npm run cli -- validate  --workbook IN.xlsx [--now …] --out DIR
  npm run cli -- summarize --workbook IN.xlsx [--now …] --out DIR [--as-of …]
  npm run cli -- notify    --workbook IN.xlsx [--now …] --out DIR
--now là giờ địa phương (${TIME_ZONE}); bỏ trống thì lấy giờ hiện tại.`;

export interface CliOutcome {
  status: 0 | 1 | 2;
  /** Lines for the console (Vietnamese). */
  lines: string[];
  result?: CommandResult;
}

/**
 * "2023-07-14T08:00" (wall time in the zone) or an ISO instant with offset; null if invalid. A
 * date alone is refused: taken as midnight it would quietly run the day's job before the
 * day's figures are due.
 */
export function parseNow(text: string, tz: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (m) {
    const [y, mo, d, h, mi, s = '0'] = m.slice(1);
    const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
    const check = new Date(wall);
    if (
      check.getUTCMonth() !== +mo - 1 ||
      check.getUTCDate() !== +d ||
      +h > 23 ||
      +mi > 59 ||
      +s > 59
    )
      return null;
    return fromWall(tz, wall);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim())) {
    const t = Date.parse(text);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

/**
 * The command line's script properties, which hold the key that signs the mail log: Apps Script
 * keeps them with the script, outside any spreadsheet, so here they live in a file of the user
 * (TIEN_DO_HOME, default ~/.tien-do), never in the workbook. Feeding a workbook back in then
 * finds its log's signatures valid.
 */
export function scriptPropertiesFile(): string {
  return join(process.env.TIEN_DO_HOME ?? join(homedir(), '.tien-do'), 'script-properties.json');
}

function loadScriptProperties(rt: LocalRuntime, file: string): string {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '{}';
  for (const [k, v] of Object.entries(JSON.parse(text) as Record<string, string>))
    rt.properties.script.set(k, v);
  return JSON.stringify(Object.fromEntries(rt.properties.script));
}

/** Saves them when the command changed them, readable by the user alone, whole or not at all. */
function saveScriptProperties(rt: LocalRuntime, file: string, before: string): void {
  const after = JSON.stringify(Object.fromEntries(rt.properties.script));
  if (after === before) return;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, after + '\n', { mode: 0o600 });
  renameSync(temporary, file);
}

/** Whether "yyyy-MM-dd" names a day of the calendar (not 2023-02-30, not 2023-13-45). */
export function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function bundleDir(): string {
  // build/cli.mjs and src/local/cli.ts both sit two levels below the project root.
  const here = dirname(fileURLToPath(import.meta.url));
  const root = existsSync(join(here, '..', 'package.json'))
    ? join(here, '..')
    : join(here, '..', '..');
  return join(root, 'dist');
}

/** Runs one command; never throws for bad input, returns the exit status and what to print. */
export async function runCli(argv: string[], options: { dist?: string } = {}): Promise<CliOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workbook: { type: 'string' },
        now: { type: 'string' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
      },
    });
  } catch (error) {
    return { status: 1, lines: [`Tham số không hợp lệ: ${(error as Error).message}`, USAGE] };
  }
  const { values, positionals } = parsed;
  const command = positionals[0] as CommandName | undefined;
  if (!command || !COMMANDS.includes(command) || positionals.length > 1) {
    return {
      status: 1,
      lines: [command ? `Không có lệnh "${positionals.join(' ')}".` : 'Thiếu tên lệnh.', USAGE],
    };
  }
  if (!values.workbook || !values.out) {
    return { status: 1, lines: [`Thiếu ${!values.workbook ? '--workbook' : '--out'}.`, USAGE] };
  }
  if (values.now !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(values.now.trim())) {
    return { status: 1, lines: [`--now cần cả giờ, ví dụ ${values.now.trim()}T08:00.`] };
  }
  const now = values.now === undefined ? Date.now() : parseNow(values.now, TIME_ZONE);
  if (now === null) {
    return {
      status: 1,
      lines: [`--now "${values.now}" không đúng dạng yyyy-MM-ddTHH:mm (ví dụ 2023-07-14T08:00).`],
    };
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    return {
      status: 1,
      lines: [`--as-of "${asOf}" không đúng dạng yyyy-MM-dd (ví dụ 2023-07-13).`],
    };
  }
  if (asOf !== undefined && !isCalendarDate(asOf)) {
    return { status: 1, lines: [`--as-of "${asOf}": không có ngày này trong lịch.`] };
  }
  const input = resolve(values.workbook);
  const outDir = resolve(values.out);
  const outBook = join(outDir, basename(input).replace(/\.xlsx$/i, '') + '.xlsx');
  const outProblem = outputProblem(input, outDir, outBook, {
    workbook: values.workbook,
    out: values.out,
  });
  if (outProblem) return { status: 1, lines: [outProblem] };

  const rt = new LocalRuntime({
    timeZone: TIME_ZONE,
    now,
    ui: false,
    executionLimitMs: null,
    spreadsheetName: basename(input, '.xlsx'),
  });
  let book;
  try {
    book = await loadXlsx(rt, input);
  } catch (error) {
    const problem =
      error instanceof WorkbookFileError ? error : new WorkbookFileError(FILE_PROBLEMS.damaged);
    return { status: 2, lines: [problem.describe(values.workbook)] };
  }

  const propertiesFile = scriptPropertiesFile();
  let properties: string;
  try {
    properties = loadScriptProperties(rt, propertiesFile);
  } catch (error) {
    return {
      status: 2,
      lines: [`Không đọc được tệp "${propertiesFile}": ${(error as Error).message}`],
    };
  }
  const bundle = rt.loadBundle<AddonSurface>(options.dist ?? bundleDir());
  const answer = bundle.runCommand_(command, asOf === undefined ? {} : { asOf });
  if (answer.badRequest !== undefined) return { status: 1, lines: [answer.badRequest] };
  if (!answer.result) return { status: 2, lines: [answer.fatal ?? ''] };
  saveScriptProperties(rt, propertiesFile, properties);
  const { result } = answer;

  const files: string[] = [];
  try {
    mkdirSync(join(outDir, 'mail'), { recursive: true });
    clearOldMail(join(outDir, 'mail'));
    await saveXlsx(rt, book, outBook);
    // unevaluatedFormulas is the command line's own: the add-on reads values Sheets computed.
    const unevaluatedFormulas = book.unevaluatedFormulas;
    writeFileSync(
      join(outDir, 'result.json'),
      JSON.stringify({ ...result, unevaluatedFormulas }, null, 2) + '\n',
    );
    for (const [i, mail] of rt.mail.sent.entries()) {
      const name = emlFileName(i + 1, mail.subject);
      writeFileSync(join(outDir, 'mail', name), await composeEml(mail));
      files.push(name);
    }
  } catch (error) {
    return { status: 1, lines: [writeProblem(error, outDir)] };
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const facts = [`Kiểm tra: ${errors} lỗi, ${result.issues.length - errors} cảnh báo`];
  if (isSummarized(result) && result.asOf) {
    const missing = result.units.filter((u) => u.reporting === 'missing').length;
    const behind = result.units.filter((u) => u.status === 'behind' || u.status === 'overdue');
    facts.push(
      `Số liệu đến hết ngày ${formatVnDate(result.asOf)} (${daysToGo(result.daysLeft, formatVnDate(result.deadline))}): ` +
        `${missing} đơn vị chưa báo cáo, ${behind.length} đơn vị chậm tiến độ hoặc quá hạn`,
    );
    for (const r of result.reports ?? [])
      facts.push(
        `Đã lập ${r.kind === 'final' ? 'báo cáo kết thúc chiến dịch' : 'báo cáo tháng'} (từ ${formatVnDate(r.from)} đến ${formatVnDate(r.to)}): xem trang "${SHEETS.monthly}"`,
      );
  }
  const unevaluated = book.unevaluatedFormulas;
  if (unevaluated.length) {
    const shown = unevaluated.slice(0, FIRST_FEW).join(', ');
    facts.push(
      `Cảnh báo: ${unevaluated.length} ô có công thức chưa được tính sẵn giá trị nên được đọc là ô trống ` +
        `(${shown}${unevaluated.length > FIRST_FEW ? ', …' : ''}). Hãy mở tệp trong Excel hoặc LibreOffice, ` +
        `lưu lại để các giá trị được tính, rồi chạy lại.`,
    );
  }
  if (result.summaryError) facts.push(result.summaryError);
  if (result.mailNotice) facts.push(result.mailNotice);
  if (result.emailsNotSent?.length)
    facts.push(`Thư chưa gửi: ${result.emailsNotSent.length} (xem result.json)`);
  return {
    status: 0,
    result,
    lines: [
      `Chiến dịch: ${result.campaign || '(chưa đặt tên)'}`,
      `Thời điểm chạy: ${result.now} — lệnh "${command}", ${result.units.length} đơn vị`,
      ...facts,
      `Bảng tính sau khi chạy: ${outBook}`,
      `Kết quả: ${join(outDir, 'result.json')}`,
      `Thư đã gửi: ${files.length}${files.length ? ` (trong ${join(outDir, 'mail')})` : ''}`,
    ],
  };
}

const invokedAs = process.argv[1] ?? '';
if (invokedAs.endsWith('cli.mjs') || invokedAs.endsWith('cli.ts')) {
  const outcome = await runCli(process.argv.slice(2));
  const print = outcome.status === 0 ? console.log : console.error;
  for (const line of outcome.lines) print(line);
  process.exitCode = outcome.status;
}
