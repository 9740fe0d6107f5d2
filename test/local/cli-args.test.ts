// The command line refuses what it cannot take at its word: a --now without a time, an --as-of
// that is no calendar date, and an --out that would overwrite the input or cannot be written.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseNow, runCli } from '../../src/local/cli';
import { DIST, sampleWorkbook, tempDir } from '../helpers';

const run = (args: string[]) => runCli(args, { dist: DIST });

describe('--now', () => {
  it('needs a time: a date alone is not taken as midnight', async () => {
    expect(parseNow('2023-07-14', 'Asia/Ho_Chi_Minh')).toBeNull();
    const input = await sampleWorkbook();
    const outcome = await run([
      'run',
      '--workbook',
      input,
      '--now',
      '2023-07-14',
      '--out',
      tempDir(),
    ]);
    expect(outcome).toMatchObject({
      status: 1,
      lines: ['--now cần cả giờ, ví dụ 2023-07-14T08:00.'],
    });
  });
});

describe('--as-of', () => {
  it('must be a day of the calendar', async () => {
    const input = await sampleWorkbook();
    for (const asOf of ['2023-02-30', '2023-13-45', '2023-04-31']) {
      const outcome = await run([
        'run',
        '--workbook',
        input,
        '--now',
        '2023-07-14T08:00',
        '--as-of',
        asOf,
        '--out',
        tempDir(),
      ]);
      expect(outcome).toMatchObject({
        status: 1,
        lines: [`--as-of "${asOf}": không có ngày này trong lịch.`],
      });
    }
  });

  it('takes a leap day of a leap year', async () => {
    const { isCalendarDate } = await import('../../src/local/cli');
    expect([isCalendarDate('2024-02-29'), isCalendarDate('2023-02-29')]).toEqual([true, false]);
  });
});

/** A copy of the sample in a folder of its own, to link to and to check it is left alone. */
async function ownCopy(): Promise<{ dir: string; input: string; bytes: Buffer }> {
  const dir = tempDir();
  const input = join(dir, 'can-gio.xlsx');
  copyFileSync(await sampleWorkbook(), input);
  return { dir, input, bytes: readFileSync(input) };
}

describe('--out never leads back to the input', () => {
  it('through a symbolic link to the input’s folder', async () => {
    const { dir, input, bytes } = await ownCopy();
    const link = join(tempDir(), 'ket-qua');
    symlinkSync(dir, link);
    const outcome = await run([
      'run',
      '--workbook',
      input,
      '--now',
      '2023-07-14T08:00',
      '--out',
      link,
    ]);
    expect(outcome.status).toBe(1);
    expect(outcome.lines[0]).toBe(
      `Thư mục --out "${link}" dẫn tới thư mục của tệp gốc: kết quả sẽ ghi đè "${input}". Hãy chọn thư mục khác.`,
    );
    expect(readFileSync(input).equals(bytes)).toBe(true);
    expect(existsSync(join(dir, 'result.json'))).toBe(false);
  });

  it('when --workbook is a symbolic link and --out the folder of the file it leads to', async () => {
    const { dir, input, bytes } = await ownCopy();
    const link = join(tempDir(), 'can-gio.xlsx');
    symlinkSync(input, link);
    const outcome = await run([
      'run',
      '--workbook',
      link,
      '--now',
      '2023-07-14T08:00',
      '--out',
      dir,
    ]);
    expect(outcome.status).toBe(1);
    expect(outcome.lines[0]).toMatch(/ghi đè/);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it('when DIR/<name>.xlsx is a hard link to the input', async () => {
    const { input, bytes } = await ownCopy();
    const out = tempDir();
    linkSync(input, join(out, 'can-gio.xlsx'));
    const outcome = await run(['validate', '--workbook', input, '--out', out]);
    expect(outcome.status).toBe(1);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it('when result.json would be the input', async () => {
    const { dir, input, bytes } = await ownCopy();
    renameSync(input, join(dir, 'result.json'));
    const outcome = await run(['validate', '--workbook', join(dir, 'result.json'), '--out', dir]);
    expect(outcome.status).toBe(1);
    expect(readFileSync(join(dir, 'result.json')).equals(bytes)).toBe(true);
  });
});

describe('an --out that cannot take the outputs', () => {
  const validate = async (out: string) =>
    run([
      'validate',
      '--workbook',
      await sampleWorkbook(),
      '--now',
      '2023-07-14T08:00',
      '--out',
      out,
    ]);

  it('is refused when it names a file', async () => {
    const file = join(tempDir(), 'ghi-chu.txt');
    writeFileSync(file, 'không phải thư mục');
    expect(await validate(file)).toEqual({
      status: 1,
      lines: [
        `--out "${file}" là một tệp, không phải thư mục. Hãy chọn một thư mục (chưa có thì sẽ được tạo).`,
      ],
    });
    expect(readFileSync(file, 'utf8')).toBe('không phải thư mục');
  });

  it('is refused when it lies under a file', async () => {
    const file = join(tempDir(), 'ghi-chu.txt');
    writeFileSync(file, '');
    expect(await validate(join(file, 'sub', 'ket-qua'))).toEqual({
      status: 1,
      lines: [
        `Không tạo được thư mục --out "${join(file, 'sub', 'ket-qua')}": "${file}" là một tệp, không phải thư mục.`,
      ],
    });
  });

  it('is refused when DIR/<name>.xlsx or DIR/result.json is a folder, or DIR/mail a file', async () => {
    for (const [name, make] of [
      ['can-gio.xlsx', 'dir'],
      ['result.json', 'dir'],
      ['mail', 'file'],
    ] as const) {
      const out = tempDir();
      if (make === 'dir') mkdirSync(join(out, name));
      else writeFileSync(join(out, name), '');
      const outcome = await validate(out);
      expect([name, outcome.status]).toEqual([name, 1]);
      expect(outcome.lines[0]).toContain(join(out, name));
      expect(existsSync(join(out, 'result.json'))).toBe(name === 'result.json');
    }
  });

  it('is refused, without waiting, when DIR/<name>.xlsx is a named pipe', async () => {
    const out = tempDir();
    try {
      execFileSync('mkfifo', [join(out, 'can-gio.xlsx')]);
    } catch {
      return; // no mkfifo here: nothing to try
    }
    const outcome = await validate(out);
    expect(outcome.status).toBe(1);
    expect(outcome.lines[0]).toBe(
      `Không ghi được "${join(out, 'can-gio.xlsx')}": đã có một mục không phải tệp trùng tên. Hãy xoá nó hoặc chọn thư mục --out khác.`,
    );
  });

  it('is refused when it cannot be written, before anything is written', async () => {
    // Permissions do not bind root: there, a folder under /sys (which no one may create in)
    // stands for a read-only one.
    const readOnly = process.getuid?.() === 0 ? join('/sys', 'tien-do-out') : tempDir();
    if (readOnly.startsWith(tmpdir())) chmodSync(readOnly, 0o555);
    try {
      const outcome = await validate(readOnly);
      expect(outcome.status).toBe(1);
      expect(outcome.lines[0]).toMatch(/không có quyền ghi/);
    } finally {
      if (readOnly.startsWith(tmpdir())) chmodSync(readOnly, 0o755);
    }
  });
});

describe('a write that fails after the checks', () => {
  it('is told in Vietnamese, with the file and the reason', async () => {
    const { writeProblem } = await import('../../src/local/cli-out');
    expect(writeProblem({ code: 'ENOSPC', path: 'ket-qua/result.json' }, 'ket-qua')).toBe(
      'Không ghi được kết quả vào "ket-qua" (ket-qua/result.json): ổ đĩa đã đầy. Hãy chọn thư mục --out khác.',
    );
  });
});
