// Where the command line writes: DIR/<name>.xlsx, DIR/result.json and DIR/mail/*.eml. Checked
// before anything is read, so that a command that cannot put its outputs down stops at once
// (exit status 1) rather than after the run, and never writes over the input, whatever symbolic
// or hard link leads there.
import type { Stats } from 'node:fs';
import { accessSync, constants, lstatSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file or folder at `path` (links followed); null when there is none. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether two stats are one file: the same inode of the same device, by whatever path. */
function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The .eml entries in a mail folder, by name. */
function emlEntries(mailDir: string): string[] {
  try {
    return readdirSync(mailDir).filter((name) => /\.eml$/i.test(name));
  } catch {
    return [];
  }
}

/**
 * Why the outputs cannot go to `outDir` (a Vietnamese sentence), or null when they can. `shown`
 * are the paths as the person typed them, for the message.
 */
export function outputProblem(
  input: string,
  outDir: string,
  outBook: string,
  shown: { workbook: string; out: string },
): string | null {
  const dir = statOrNull(outDir);
  if (dir && !dir.isDirectory())
    return `--out "${shown.out}" là một tệp, không phải thư mục. Hãy chọn một thư mục (chưa có thì sẽ được tạo).`;
  if (!dir) {
    let up = dirname(outDir);
    while (!statOrNull(up) && dirname(up) !== up) up = dirname(up);
    if (!statOrNull(up)?.isDirectory())
      return `Không tạo được thư mục --out "${shown.out}": "${up}" là một tệp, không phải thư mục.`;
    if (!writable(up))
      return `Không tạo được thư mục --out "${shown.out}": không có quyền ghi vào "${up}".`;
    return null;
  }
  if (!writable(outDir))
    return `Không ghi được vào thư mục --out "${shown.out}": không có quyền ghi. Hãy chọn thư mục khác.`;

  const source = statOrNull(input);
  const overwrite = `Thư mục --out "${shown.out}" dẫn tới thư mục của tệp gốc: kết quả sẽ ghi đè "${shown.workbook}". Hãy chọn thư mục khác.`;
  for (const file of [outBook, join(outDir, 'result.json')]) {
    const st = statOrNull(file);
    if (!st) continue;
    if (source && sameFile(st, source)) return overwrite;
    // A folder cannot be written over; a pipe or a device would hold the command forever.
    if (!st.isFile())
      return `Không ghi được "${file}": đã có một ${st.isDirectory() ? 'thư mục' : 'mục không phải tệp'} trùng tên. Hãy xoá nó hoặc chọn thư mục --out khác.`;
  }
  const mailDir = join(outDir, 'mail');
  const mail = statOrNull(mailDir);
  if (mail && !mail.isDirectory())
    return `Không ghi được thư vào "${mailDir}": đó là một tệp, không phải thư mục. Hãy xoá nó hoặc chọn thư mục --out khác.`;
  for (const name of emlEntries(mailDir)) {
    const st = statOrNull(join(mailDir, name));
    if (source && st && sameFile(st, source)) return overwrite;
    if (st && !st.isFile())
      return `Không thay được các thư cũ trong "${mailDir}": "${name}" không phải là tệp. Hãy xoá nó hoặc chọn thư mục --out khác.`;
  }
  return null;
}

/**
 * Removes the messages an earlier command left in the mail folder, so that it holds exactly
 * what this command sent: only *.eml entries, nothing else the folder may hold.
 */
export function clearOldMail(mailDir: string): void {
  for (const name of emlEntries(mailDir)) {
    const path = join(mailDir, name);
    const entry = lstatSync(path);
    if (entry.isFile() || entry.isSymbolicLink()) unlinkSync(path);
  }
}

const WRITE_REASONS: Record<string, string> = {
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  EROFS: 'ổ đĩa chỉ cho đọc',
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã hết dung lượng được phép',
  ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
  EISDIR: 'đã có một thư mục trùng tên',
  ENAMETOOLONG: 'đường dẫn quá dài',
};

/** What went wrong writing the outputs, in Vietnamese. */
export function writeProblem(error: unknown, outDir: string): string {
  const { code, path } = error as { code?: string; path?: string };
  const reason = (code && WRITE_REASONS[code]) ?? 'lỗi khi ghi tệp';
  return `Không ghi được kết quả vào "${outDir}"${path ? ` (${path})` : ''}: ${reason}. Hãy chọn thư mục --out khác.`;
}
