// The units of the campaign, read from `Đơn vị`: header in row 1, one unit per row.
import { readDate } from './dates';
import type { Finding } from './findings';
import { a1 } from './findings';
import { FIX, MSG, SHEETS } from './messages';
import { splitEmails } from './settings';
import { cellText, normalizeLabel } from './text';
import type { Rows } from './values';
import { isBlank, readWhole } from './values';
import { WorkbookError } from './workbook';

export const DEFAULT_INDICATORS = ['Thu nhận', 'Kích hoạt'];
export const COLLECTED = 'thu nhan';
export const ACTIVATED = 'kich hoat';

export interface Unit {
  name: string;
  code: string | null;
  parent: string | null;
  /** The tab's name: the `Tab` column, else the unit name. */
  tab: string;
  emails: string[];
  /** Quota per indicator name; an indicator without a quota is absent. */
  quotas: Record<string, number>;
  /** Opening balance per indicator name (0 when not given). */
  openings: Record<string, number>;
  /** false when an opening balance cell is invalid: checks across indicators are skipped. */
  openingsValid: boolean;
  groupSize: number | null;
  /** The unit's own deadline (yyyy-MM-dd), or null for the campaign's. */
  deadline: string | null;
  /** 1-based row in `Đơn vị`. */
  row: number;
  /** A1 of the cell naming the tab (the Tab cell when given, else the name cell). */
  tabCell: string;
}

export interface UnitsTable {
  units: Unit[];
  /** Indicators named by `Chỉ tiêu X` / `Đầu kỳ X` headers, in header order (display names). */
  indicators: string[];
}

const QUOTA = 'chi tieu ';
const OPENING = 'dau ky ';

/** Reads `Đơn vị`. Throws WorkbookError only when the name column itself is missing. */
export function readUnits(
  rows: Rows,
  start: string | null,
): { table: UnitsTable; findings: Finding[] } {
  const sheet = SHEETS.units;
  const findings: Finding[] = [];
  const header = rows[0] ?? [];
  const col = (label: string) =>
    header.findIndex((h) => normalizeLabel(h) === normalizeLabel(label));
  const nameCol = col('Đơn vị');
  if (nameCol < 0) throw new WorkbookError(MSG.unitsHeaderMissing(sheet, 'Đơn vị'));
  const [codeCol, parentCol, tabCol, emailCol, groupCol, deadlineCol] = [
    'Mã',
    'Cấp trên',
    'Tab',
    'Email',
    'Đối tượng',
    'Hạn riêng',
  ].map(col);

  const indicators: string[] = [];
  const quotaCols: { col: number; indicator: string; header: string }[] = [];
  const openingCols: { col: number; indicator: string; header: string }[] = [];
  header.forEach((h, c) => {
    const key = normalizeLabel(h);
    const text = cellText(h);
    for (const [prefix, list] of [
      [QUOTA, quotaCols],
      [OPENING, openingCols],
    ] as const) {
      if (!key.startsWith(prefix) || key.length === prefix.length) continue;
      const raw = text.slice(text.length - (key.length - prefix.length)).trim();
      const indicator =
        indicators.find((i) => normalizeLabel(i) === normalizeLabel(raw)) ?? canonical(raw);
      if (!indicators.includes(indicator)) indicators.push(indicator);
      list.push({ col: c, indicator, header: text });
    }
  });

  const units: Unit[] = [];
  const seenName = new Map<string, number>();
  const seenCode = new Map<string, number>();
  const seenTab = new Map<string, number>();
  const fail = (code: Finding['code'], cell: string, message: string) =>
    findings.push({ severity: 'error', code, sheet, cell, message });

  rows.slice(1).forEach((r, i) => {
    const row = i + 2;
    const name = cellText(r[nameCol]);
    if (!name) {
      if (r.some((v) => !isBlank(v)))
        fail('unit-name-missing', a1(nameCol, row), FIX.unitNameMissing(row));
      return;
    }
    const key = normalizeLabel(name);
    if (seenName.has(key)) {
      fail('unit-duplicate', a1(nameCol, row), FIX.unitDuplicate(name, seenName.get(key)!));
      return;
    }
    seenName.set(key, row);
    const code = codeCol >= 0 ? cellText(r[codeCol]) : '';
    if (code) {
      const ck = normalizeLabel(code);
      if (seenCode.has(ck))
        fail('unit-duplicate', a1(codeCol, row), FIX.codeDuplicate(code, seenCode.get(ck)!));
      else seenCode.set(ck, row);
    }
    const tabText = tabCol >= 0 ? cellText(r[tabCol]) : '';
    const tab = tabText || name;
    const tabCell = tabText ? a1(tabCol, row) : a1(nameCol, row);
    const tk = normalizeLabel(tab);
    if (seenTab.has(tk)) fail('unit-duplicate', tabCell, FIX.tabDuplicate(tab, seenTab.get(tk)!));
    else seenTab.set(tk, row);

    const emails = emailCol >= 0 ? splitEmails(r[emailCol]) : { valid: [], invalid: [] };
    for (const bad of emails.invalid)
      fail('email-invalid', a1(emailCol, row), FIX.emailInvalid(bad));

    const quotas: Record<string, number> = {};
    for (const q of quotaCols) {
      if (isBlank(r[q.col])) continue;
      const n = readWhole(r[q.col], 1);
      if (n !== null) quotas[q.indicator] = n;
      else fail('quota-invalid', a1(q.col, row), FIX.quotaInvalid(q.header));
    }
    const openings: Record<string, number> = {};
    let openingsValid = true;
    for (const o of openingCols) {
      if (isBlank(r[o.col])) continue;
      const n = readWhole(r[o.col], 0);
      if (n !== null) openings[o.indicator] = n;
      else {
        fail('opening-invalid', a1(o.col, row), FIX.openingInvalid(o.header));
        openingsValid = false;
      }
    }
    let groupSize: number | null = null;
    if (groupCol >= 0 && !isBlank(r[groupCol])) {
      groupSize = readWhole(r[groupCol], 1);
      if (groupSize === null) fail('quota-invalid', a1(groupCol, row), FIX.groupInvalid);
    }
    let deadline: string | null = null;
    if (deadlineCol >= 0 && !isBlank(r[deadlineCol])) {
      deadline = readDate(r[deadlineCol]);
      if (!deadline || (start && deadline < start)) {
        fail('date-invalid', a1(deadlineCol, row), FIX.unitDeadlineInvalid);
        deadline = null;
      }
    }
    const parent = parentCol >= 0 ? cellText(r[parentCol]) : '';
    units.push({
      name,
      code: code || null,
      parent: parent || null,
      tab,
      emails: emails.valid,
      quotas,
      openings,
      openingsValid,
      groupSize,
      deadline,
      row,
      tabCell,
    });
  });
  return { table: { units, indicators }, findings };
}

/** The default spelling of a known indicator ("thu nhan" → "Thu nhận"), else the text given. */
export function canonical(name: string): string {
  return DEFAULT_INDICATORS.find((d) => normalizeLabel(d) === normalizeLabel(name)) ?? name;
}
