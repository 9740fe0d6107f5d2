// The campaign's settings, read from `Cấu hình` (label in column A, value in column B). Every
// problem becomes a finding, and the setting's default is used instead.
import { a1 } from './a1';
import { formatTime, readDate, readTime } from './dates';
import type { Finding } from './findings';
import { FIX, MSG } from './messages';
import { sameLabel, normalizeLabel, show } from './text';
import type { CellValue, Rows } from './values';
import { isBlank, isSheetDate, readWhole } from './values';
import { ENTRY_MODES, ROUNDING, SETTING, SHEETS, YES_NO } from './vocabulary';

export type EntryMode = keyof typeof ENTRY_MODES;
export type Rounding = keyof typeof ROUNDING;

/** The daily job runs at least this many minutes after the cut-off (see readSettings). */
export const SEND_AFTER_CUTOFF_MIN = 20;

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
  /** A1 of `Email nhận tổng hợp`'s value cell, when the label is there. */
  digestToCell?: string;
  sendAt: number;
  /** How required per day and backlog per day are rounded: up (default) or to nearest. */
  rounding: Rounding;
  /** The day of the month (1–28) of the monthly report; null for none. */
  monthlyDay: number | null;
  /**
   * Who besides the owner may edit `Cấu hình`, `Đơn vị` and the sheets the add-on writes, and
   * run the commands that write them: addresses in lower case, each once.
   */
  admins: string[];
  /**
   * Why `start` or `deadline` is null, where: the finding's message and cell, for a refusal to
   * quote (a deadline before the start is not "an invalid date").
   */
  datesProblem?: string;
}

/**
 * An address and nothing else: a dot-atom local part (RFC 5322 3.4.1, no quoted form) at a
 * domain of letter-digit-hyphen labels. "Bcc:x@y", "Tên <x@y>" and quoted parts are refused:
 * MailApp would read them as headers, display names or groups.
 */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+[A-Za-z]{2,}$`);

function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * Splits "a@x.vn; b@x.vn, c@x.vn" into addresses, each once (addresses differing only in case
 * are one mailbox, and MailApp would count and send to each); the invalid ones apart.
 */
export function splitEmails(v: CellValue | undefined): { valid: string[]; invalid: string[] } {
  const parts = String(v ?? '')
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const valid = parts.filter((p) => {
    if (!isEmail(p) || seen.has(p.toLowerCase())) return false;
    seen.add(p.toLowerCase());
    return true;
  });
  return { valid, invalid: parts.filter((p) => !isEmail(p)) };
}

/** Splits a list of dates ("01/09/2023, 02/09/2023" or one date cell). */
function splitDates(v: CellValue | undefined): { valid: string[]; invalid: string[] } {
  if (isSheetDate(v)) return { valid: [v.date], invalid: [] };
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of String(v ?? '')
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const d = readDate(part);
    if (d) valid.push(d);
    else invalid.push(part);
  }
  return { valid, invalid };
}

interface Lookup {
  value: CellValue | undefined;
  /** A1 of the value cell; absent when the label is not in the sheet. */
  cell?: string;
}

/** The value cells of `Cấu hình` by label, and the findings about them. */
class SettingsSheet {
  readonly findings: Finding[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly rows: Rows) {
    rows.forEach((r, i) => {
      const key = normalizeLabel(r[0]);
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
  }

  lookup(label: string): Lookup {
    const i = this.index.get(normalizeLabel(label));
    return i === undefined ? { value: undefined } : { value: this.rows[i][1], cell: a1(1, i + 1) };
  }

  problem(code: Finding['code'], cell: string | undefined, message: string): void {
    this.findings.push({
      severity: 'error',
      code,
      sheet: SHEETS.settings,
      ...(cell ? { cell } : {}),
      message,
    });
  }

  /** A setting that must be given: a finding when its label or value is missing. */
  required(label: string): Lookup & { present: boolean } {
    const found = this.lookup(label);
    if (found.cell === undefined)
      this.problem('setting-missing', undefined, FIX.settingMissing(label));
    else if (isBlank(found.value))
      this.problem('setting-missing', found.cell, FIX.settingEmpty(label));
    return { ...found, present: found.cell !== undefined && !isBlank(found.value) };
  }

  date(label: string): string | null {
    const { value, cell, present } = this.required(label);
    if (!present) return null;
    const date = readDate(value);
    if (!date) this.problem('setting-invalid', cell, FIX.settingDate(label));
    return date;
  }

  /** A time of day in minutes; blank means the template's value. */
  time(word: { label: string; template: string }): number {
    const fallback = readTime(word.template)!;
    const { value, cell } = this.lookup(word.label);
    if (isBlank(value)) return fallback;
    const t = readTime(value);
    if (t !== null) return t;
    this.problem('setting-invalid', cell, FIX.settingTime(word.label));
    return fallback;
  }

  yesNo(label: string): boolean {
    const { value, cell } = this.lookup(label);
    if (isBlank(value)) return true;
    if (value === true || value === false) return value;
    if (sameLabel(value, YES_NO.yes)) return true;
    if (sameLabel(value, YES_NO.no)) return false;
    this.problem('setting-invalid', cell, FIX.settingYesNo(label));
    return true;
  }

  mode(): EntryMode {
    const { value, cell } = this.lookup(SETTING.mode.label);
    if (isBlank(value) || sameLabel(value, ENTRY_MODES.daily)) return 'daily';
    if (sameLabel(value, ENTRY_MODES.cumulative)) return 'cumulative';
    this.problem('setting-invalid', cell, FIX.settingMode);
    return 'daily';
  }

  rounding(): Rounding {
    const { value, cell } = this.lookup(SETTING.rounding.label);
    if (isBlank(value) || sameLabel(value, ROUNDING.up)) return 'up';
    if (sameLabel(value, ROUNDING.nearest)) return 'nearest';
    this.problem('setting-invalid', cell, FIX.settingRounding);
    return 'up';
  }

  /** The monthly report's day: the template's 10 when the label is absent, none when blank. */
  monthlyDay(): number | null {
    const { value, cell } = this.lookup(SETTING.monthlyDay.label);
    if (cell === undefined) return SETTING.monthlyDay.template;
    if (isBlank(value)) return null;
    const n = readWhole(value, 1);
    if (n !== null && n <= 28) return n;
    this.problem('setting-invalid', cell, FIX.settingMonthlyDay);
    return SETTING.monthlyDay.template;
  }

  holidays(): string[] {
    const { value, cell } = this.lookup(SETTING.holidays.label);
    const { valid, invalid } = splitDates(value);
    for (const part of invalid) this.problem('setting-invalid', cell, FIX.settingHoliday(part));
    return [...new Set(valid)].sort();
  }

  paceWindow(): number {
    const { value, cell } = this.lookup(SETTING.paceWindow.label);
    if (isBlank(value)) return SETTING.paceWindow.template;
    const n = readWhole(value, 1);
    if (n !== null) return n;
    this.problem('setting-invalid', cell, FIX.settingWindow);
    return SETTING.paceWindow.template;
  }

  /** Addresses, each invalid one a finding at the value cell (`code`, with its message). */
  emails(label: string, code: 'email-invalid' | 'admin-invalid' = 'email-invalid'): string[] {
    const { value, cell } = this.lookup(label);
    const { valid, invalid } = splitEmails(value);
    const message = code === 'admin-invalid' ? FIX.adminInvalid : FIX.emailInvalid;
    for (const bad of invalid)
      this.findings.push({
        severity: 'error',
        code,
        sheet: SHEETS.settings,
        cell,
        message: message(bad),
      });
    return valid;
  }
}

/** Reads `Cấu hình`; every problem becomes a finding and the default is used instead. */
export function readSettings(rows: Rows): { settings: Settings; findings: Finding[] } {
  const sheet = new SettingsSheet(rows);
  const campaign = sheet.required(SETTING.campaign.label);
  const before = sheet.findings.length;
  const start = sheet.date(SETTING.start.label);
  let deadline = sheet.date(SETTING.deadline.label);
  if (start && deadline && deadline < start) {
    sheet.problem(
      'setting-invalid',
      sheet.lookup(SETTING.deadline.label).cell,
      FIX.deadlineBeforeStart,
    );
    deadline = null;
  }
  const dateFinding = sheet.findings[before];
  const datesProblem =
    (!start || !deadline) && dateFinding
      ? `${dateFinding.message} (${MSG.at(dateFinding.sheet, dateFinding.cell)})`
      : undefined;
  const cutoff = sheet.time(SETTING.cutoff);
  const mode = sheet.mode();
  const holidays = sheet.holidays();
  const paceWindow = sheet.paceWindow();
  const digestTo = sheet.emails(SETTING.digestTo.label);
  const digestToCell = sheet.lookup(SETTING.digestTo.label).cell;
  const sendAt = sheet.time(SETTING.sendAt);
  // Compared with the addresses Sheets gives a protection's editors and a script's user.
  const admins = sheet.emails(SETTING.admins.label, 'admin-invalid').map((a) => a.toLowerCase());
  // A daily trigger fires within 15 minutes either side of the hour asked (ClockTriggerBuilder
  // nearMinute): sent any sooner after the cut-off, the digest could miss the day's last entries.
  if (sendAt < cutoff + SEND_AFTER_CUTOFF_MIN)
    sheet.problem(
      'setting-invalid',
      sheet.lookup(SETTING.sendAt.label).cell,
      FIX.sendTooEarly(formatTime(cutoff), formatTime(cutoff + SEND_AFTER_CUTOFF_MIN)),
    );
  const settings: Settings = {
    campaign: show(campaign.value),
    start,
    deadline,
    cutoff,
    mode,
    countSaturday: sheet.yesNo(SETTING.saturday.label),
    countSunday: sheet.yesNo(SETTING.sunday.label),
    holidays,
    paceWindow,
    digestTo,
    ...(digestToCell ? { digestToCell } : {}),
    sendAt,
    rounding: sheet.rounding(),
    monthlyDay: sheet.monthlyDay(),
    admins,
    ...(datesProblem ? { datesProblem } : {}),
  };
  return { settings, findings: sheet.findings };
}
