// The campaign's settings, read from `Cấu hình` (label in column A, value in column B).
import { formatVnDate, readDate, readTime } from './dates';
import type { Finding } from './findings';
import { a1 } from './findings';
import { FIX, SHEETS } from './messages';
import { cellText, normalizeLabel } from './text';
import type { CellValue, Rows } from './values';
import { isBlank, isSheetDate, readWhole } from './values';

export type EntryMode = 'daily' | 'cumulative';

export interface Settings {
  campaign: string;
  /** yyyy-MM-dd; null when missing or invalid (a finding says so). */
  start: string | null;
  deadline: string | null;
  /** Minutes after midnight. */
  cutoff: number;
  mode: EntryMode;
  countSaturday: boolean;
  countSunday: boolean;
  holidays: string[];
  paceWindow: number;
  digestTo: string[];
  sendAt: number;
}

export const LABELS = {
  campaign: 'Tên chiến dịch',
  start: 'Ngày bắt đầu',
  deadline: 'Hạn hoàn thành',
  cutoff: 'Giờ chốt báo cáo',
  mode: 'Cách nhập số liệu',
  saturday: 'Tính thứ Bảy',
  sunday: 'Tính Chủ nhật',
  holidays: 'Ngày nghỉ',
  paceWindow: 'Số ngày tính tốc độ',
  digestTo: 'Email nhận tổng hợp',
  sendAt: 'Giờ gửi tổng hợp',
} as const;

export const MODE_LABELS: Record<EntryMode, string> = {
  daily: 'Số trong ngày',
  cumulative: 'Số lũy kế',
};

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[A-Za-z]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** Splits "a@x.vn; b@x.vn, c@x.vn" into addresses; the invalid ones are returned apart. */
export function splitEmails(v: CellValue | undefined): { valid: string[]; invalid: string[] } {
  const parts = String(v ?? '')
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { valid: parts.filter(isEmail), invalid: parts.filter((p) => !isEmail(p)) };
}

function display(v: CellValue | undefined): string {
  if (isSheetDate(v)) return formatVnDate(v.date);
  return cellText(v);
}

/** Reads `Cấu hình`; every problem becomes a finding and the default is used instead. */
export function readSettings(rows: Rows): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  const sheet = SHEETS.settings;
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = normalizeLabel(r[0]);
    if (key && !index.has(key)) index.set(key, i);
  });
  const lookup = (label: string): { value: CellValue | undefined; cell?: string } => {
    const i = index.get(normalizeLabel(label));
    return i === undefined ? { value: undefined } : { value: rows[i][1], cell: a1(1, i + 1) };
  };
  const problem = (code: Finding['code'], cell: string | undefined, message: string) =>
    findings.push({ severity: 'error', code, sheet, ...(cell ? { cell } : {}), message });

  const required = (label: string) => {
    const { value, cell } = lookup(label);
    if (cell === undefined) problem('setting-missing', undefined, FIX.settingMissing(label));
    else if (isBlank(value)) problem('setting-missing', cell, FIX.settingEmpty(label));
    return { value, cell, present: cell !== undefined && !isBlank(value) };
  };
  const dateSetting = (label: string): string | null => {
    const { value, cell, present } = required(label);
    if (!present) return null;
    const date = readDate(value);
    if (!date) problem('setting-invalid', cell, FIX.settingDate(label));
    return date;
  };
  const timeSetting = (label: string, fallback: number): number => {
    const { value, cell } = lookup(label);
    if (isBlank(value)) return fallback;
    const t = readTime(value);
    if (t === null) {
      problem('setting-invalid', cell, FIX.settingTime(label));
      return fallback;
    }
    return t;
  };
  const yesNo = (label: string): boolean => {
    const { value, cell } = lookup(label);
    if (isBlank(value)) return true;
    if (value === true || value === false) return value;
    const key = normalizeLabel(value);
    if (key === 'co') return true;
    if (key === 'khong') return false;
    problem('setting-invalid', cell, FIX.settingYesNo(label));
    return true;
  };

  const campaignCell = required(LABELS.campaign);
  const start = dateSetting(LABELS.start);
  let deadline = dateSetting(LABELS.deadline);
  if (start && deadline && deadline < start) {
    problem('setting-invalid', lookup(LABELS.deadline).cell, FIX.deadlineBeforeStart);
    deadline = null;
  }
  const cutoff = timeSetting(LABELS.cutoff, 7 * 60 + 30);

  let mode: EntryMode = 'daily';
  const modeCell = lookup(LABELS.mode);
  if (!isBlank(modeCell.value)) {
    const key = normalizeLabel(modeCell.value);
    if (key === normalizeLabel(MODE_LABELS.cumulative)) mode = 'cumulative';
    else if (key !== normalizeLabel(MODE_LABELS.daily))
      problem('setting-invalid', modeCell.cell, FIX.settingMode);
  }

  const holidays: string[] = [];
  const holidayCell = lookup(LABELS.holidays);
  if (isSheetDate(holidayCell.value)) holidays.push(holidayCell.value.date);
  else if (!isBlank(holidayCell.value)) {
    for (const part of String(holidayCell.value)
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const d = readDate(part);
      if (d) holidays.push(d);
      else problem('setting-invalid', holidayCell.cell, FIX.settingHoliday(part));
    }
  }

  let paceWindow = 7;
  const windowCell = lookup(LABELS.paceWindow);
  if (!isBlank(windowCell.value)) {
    const n = readWhole(windowCell.value, 1);
    if (n !== null) paceWindow = n;
    else problem('setting-invalid', windowCell.cell, FIX.settingWindow);
  }

  const digestCell = lookup(LABELS.digestTo);
  const digest = splitEmails(digestCell.value);
  for (const bad of digest.invalid) {
    findings.push({
      severity: 'error',
      code: 'email-invalid',
      sheet,
      cell: digestCell.cell,
      message: FIX.emailInvalid(bad),
    });
  }

  return {
    settings: {
      campaign: display(campaignCell.value),
      start,
      deadline,
      cutoff,
      mode,
      countSaturday: yesNo(LABELS.saturday),
      countSunday: yesNo(LABELS.sunday),
      holidays: [...new Set(holidays)].sort(),
      paceWindow,
      digestTo: digest.valid,
      sendAt: timeSetting(LABELS.sendAt, 8 * 60),
    },
    findings,
  };
}
