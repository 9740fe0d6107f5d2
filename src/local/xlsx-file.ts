// Telling what a file given as the workbook is before reading it as .xlsx, so that a person who
// gives a folder, an .ods, a CSV, an old .xls, a password-protected or a damaged file is told so
// in Vietnamese, by what the file holds rather than by its name.
import { readFileSync, statSync } from 'node:fs';
import JSZip from 'jszip';

/** A file that cannot be used as a workbook; `problem` says why, to follow the file's name. */
export class WorkbookFileError extends Error {
  constructor(
    readonly problem: string,
    readonly missing = false,
  ) {
    super(problem);
  }

  /** The sentence for the person who named the file `shown`. */
  describe(shown: string): string {
    return this.missing
      ? `Không tìm thấy tệp "${shown}". Hãy kiểm tra lại đường dẫn.`
      : `Không đọc được tệp "${shown}": ${this.problem}`;
  }
}

const SAVE_AS_XLSX =
  'Hãy mở tệp trong Excel hoặc LibreOffice rồi lưu dưới dạng Sổ làm việc Excel (.xlsx).';

export const FILE_PROBLEMS = {
  folder: 'đây là một thư mục, không phải tệp .xlsx.',
  notAFile: 'đây không phải là một tệp thông thường (có thể là thiết bị hoặc ống dẫn).',
  noAccess: 'không có quyền đọc tệp này.',
  empty: 'tệp rỗng (0 byte), không phải tệp .xlsx.',
  encrypted:
    'tệp được đặt mật khẩu (mã hoá), chương trình không mở được. Hãy mở tệp trong Excel, lưu một bản không đặt mật khẩu rồi chạy lại với bản đó.',
  oldExcel: `đây là tệp Excel 97–2003 (.xls) hoặc tệp Office đời cũ, không phải .xlsx. ${SAVE_AS_XLSX}`,
  ods: `đây là bảng tính OpenDocument (.ods), không phải .xlsx. ${SAVE_AS_XLSX}`,
  otherZip: 'đây là tệp nén ZIP nhưng không phải bảng tính .xlsx (không có xl/workbook.xml).',
  corruptZip:
    'tệp bị hỏng, không giải nén được (tệp .xlsx là một tệp nén ZIP). Có thể tệp chưa tải về hoặc chép sang hết: hãy lấy lại tệp, hoặc mở trong Excel và lưu một bản mới.',
  text: `đây là tệp văn bản (CSV hoặc tương tự), không phải .xlsx. ${SAVE_AS_XLSX}`,
  unknown: `không nhận ra định dạng tệp: đây không phải tệp .xlsx. ${SAVE_AS_XLSX}`,
  tooBig:
    'bảng tính có hơn 10.000.000 ô (kể cả ô trống trong phạm vi từng trang), quá sức chứa của một bảng tính Google Trang tính.',
  damaged:
    'nội dung tệp .xlsx có chỗ hỏng mà chương trình không đọc được. Hãy mở tệp trong Excel hoặc LibreOffice, lưu một bản mới rồi chạy lại với bản đó.',
} as const;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/**
 * A password-protected .xlsx is an OLE compound file holding an "EncryptionInfo" stream
 * ([MS-OFFCRYPTO] 2.3.4); its directory entry's name is UTF-16LE, ended by a null character.
 */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo\0', 'utf16le');
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function isText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return true; // UTF-16 text, as Excel saves "Unicode text"
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function readBytes(file: string): Buffer {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookFileError(FILE_PROBLEMS.noAccess);
    throw new WorkbookFileError('', true);
  }
  if (stats.isDirectory()) throw new WorkbookFileError(FILE_PROBLEMS.folder);
  // A pipe or a device would be read forever.
  if (!stats.isFile()) throw new WorkbookFileError(FILE_PROBLEMS.notAFile);
  try {
    return readFileSync(file);
  } catch {
    throw new WorkbookFileError(FILE_PROBLEMS.noAccess);
  }
}

/**
 * The .xlsx package in `file`, opened, with the file's bytes; throws WorkbookFileError saying
 * what the file is when it is not one.
 */
export async function openXlsxPackage(file: string): Promise<{ zip: JSZip; bytes: Buffer }> {
  const bytes = readBytes(file);
  if (bytes.length === 0) throw new WorkbookFileError(FILE_PROBLEMS.empty);
  if (bytes.subarray(0, 8).equals(OLE)) {
    throw new WorkbookFileError(
      bytes.includes(ENCRYPTION_INFO) ? FILE_PROBLEMS.encrypted : FILE_PROBLEMS.oldExcel,
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookFileError(isText(bytes) ? FILE_PROBLEMS.text : FILE_PROBLEMS.unknown);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookFileError(FILE_PROBLEMS.corruptZip);
  }
  const mimetype = zip.file('mimetype');
  if (mimetype) {
    const type = await mimetype.async('string').catch(() => '');
    if (type.trim() === ODS_MIMETYPE) throw new WorkbookFileError(FILE_PROBLEMS.ods);
  }
  if (!zip.file('[Content_Types].xml') || !zip.file('xl/workbook.xml'))
    throw new WorkbookFileError(FILE_PROBLEMS.otherZip);
  return { zip, bytes };
}
