// The units of the campaign, read from `Đơn vị`: header in row 1, one unit per row.
import { a1 } from './a1';
import { readDate } from './dates';
import { WorkbookError } from './errors';
import type { Finding } from './findings';
import { FIX, MSG } from './messages';
import { splitEmails } from './settings';
import { cellText, nameKey, normalizeLabel, sameLabel, visible } from './text';
import type { CellValue, Rows } from './values';
import { byName, isBlank, readWhole } from './values';
import { DEFAULT_INDICATORS, INDICATOR_PREFIX, SHEETS, UNIT_COLUMN } from './vocabulary';

export interface Unit {
  name: string;
  code: string | null;
  parent: string | null;
  /** The tab's name: the `Tab` column, else the unit name. */
  tab: string;
  /**
   * The tab's name as typed, where that differs from `tab` (runs of spaces, decomposed marks):
   * of two sheets of the name, the one spelt so is read.
   */
  typedTab?: string;
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

/** The default spelling of a known indicator ("thu nhan" → "Thu nhận"), else the text given. */
export function canonical(name: string): string {
  return DEFAULT_INDICATORS.find((d) => sameLabel(d, name)) ?? name;
}

/** The position of every column of `Đơn vị` (-1 when absent). */
interface UnitsHeader {
  name: number;
  code: number;
  parent: number;
  tab: number;
  email: number;
  groupSize: number;
  deadline: number;
  quotas: IndicatorColumn[];
  openings: IndicatorColumn[];
  indicators: string[];
}

interface IndicatorColumn {
  col: number;
  indicator: string;
  header: string;
}

function readHeader(header: CellValue[]): UnitsHeader {
  const col = (label: string) => header.findIndex((h) => sameLabel(h, label));
  const name = col(UNIT_COLUMN.name);
  if (name < 0) throw new WorkbookError(MSG.unitsHeaderMissing(SHEETS.units, UNIT_COLUMN.name));
  const indicators: string[] = [];
  const byPrefix = { quota: [] as IndicatorColumn[], opening: [] as IndicatorColumn[] };
  header.forEach((h, c) => {
    const key = normalizeLabel(h);
    const text = cellText(h);
    for (const kind of ['quota', 'opening'] as const) {
      const prefix = `${normalizeLabel(INDICATOR_PREFIX[kind])} `;
      if (!key.startsWith(prefix) || key.length === prefix.length) continue;
      const raw = text.slice(text.length - (key.length - prefix.length)).trim();
      const indicator = indicators.find((i) => sameLabel(i, raw)) ?? canonical(raw);
      if (!indicators.includes(indicator)) indicators.push(indicator);
      byPrefix[kind].push({ col: c, indicator, header: text });
    }
  });
  return {
    name,
    code: col(UNIT_COLUMN.code),
    parent: col(UNIT_COLUMN.parent),
    tab: col(UNIT_COLUMN.tab),
    email: col(UNIT_COLUMN.email),
    groupSize: col(UNIT_COLUMN.groupSize),
    deadline: col(UNIT_COLUMN.deadline),
    quotas: byPrefix.quota,
    openings: byPrefix.opening,
    indicators,
  };
}

/** Reads `Đơn vị`. Throws WorkbookError only when the name column itself is missing. */
export function readUnits(
  rows: Rows,
  start: string | null,
): { table: UnitsTable; findings: Finding[] } {
  const findings: Finding[] = [];
  const cols = readHeader(rows[0] ?? []);
  const units: Unit[] = [];
  const seenName = new Map<string, number>();
  const seenCode = new Map<string, number>();
  const seenTab = new Map<string, number>();
  const fail = (code: Finding['code'], cell: string, message: string) =>
    findings.push({ severity: 'error', code, sheet: SHEETS.units, cell, message });
  const text = (r: CellValue[], col: number) => (col >= 0 ? cellText(r[col]) : '');

  rows.slice(1).forEach((r, i) => {
    const row = i + 2;
    const name = cellText(r[cols.name]);
    if (!name) {
      if (r.some((v) => !isBlank(v)))
        fail('unit-name-missing', a1(cols.name, row), FIX.unitNameMissing(row));
      return;
    }
    const key = nameKey(name);
    if (seenName.has(key)) {
      fail(
        'unit-duplicate',
        a1(cols.name, row),
        FIX.unitDuplicate(visible(name), seenName.get(key)!),
      );
      return;
    }
    seenName.set(key, row);
    const code = text(r, cols.code);
    if (code) {
      const ck = nameKey(code);
      if (seenCode.has(ck))
        fail(
          'unit-duplicate',
          a1(cols.code, row),
          FIX.codeDuplicate(visible(code), seenCode.get(ck)!),
        );
      else seenCode.set(ck, row);
    }
    const tabText = text(r, cols.tab);
    const tab = tabText || name;
    const typed = String((tabText ? r[cols.tab] : r[cols.name]) ?? '');
    const tabCell = tabText ? a1(cols.tab, row) : a1(cols.name, row);
    const tk = nameKey(tab);
    if (seenTab.has(tk))
      fail('unit-duplicate', tabCell, FIX.tabDuplicate(visible(tab), seenTab.get(tk)!));
    else seenTab.set(tk, row);

    const emails = cols.email >= 0 ? splitEmails(r[cols.email]) : { valid: [], invalid: [] };
    for (const bad of emails.invalid)
      fail('email-invalid', a1(cols.email, row), FIX.emailInvalid(bad));

    const quotas = byName<number>();
    for (const q of cols.quotas) {
      if (isBlank(r[q.col])) continue;
      const n = readWhole(r[q.col], 1);
      if (n !== null) quotas[q.indicator] = n;
      else fail('quota-invalid', a1(q.col, row), FIX.quotaInvalid(q.header));
    }
    const openings = byName<number>();
    let openingsValid = true;
    for (const o of cols.openings) {
      if (isBlank(r[o.col])) continue;
      const n = readWhole(r[o.col], 0);
      if (n !== null) openings[o.indicator] = n;
      else {
        fail('opening-invalid', a1(o.col, row), FIX.openingInvalid(o.header));
        openingsValid = false;
      }
    }
    let groupSize: number | null = null;
    if (cols.groupSize >= 0 && !isBlank(r[cols.groupSize])) {
      groupSize = readWhole(r[cols.groupSize], 1);
      if (groupSize === null) fail('quota-invalid', a1(cols.groupSize, row), FIX.groupInvalid);
    }
    let deadline: string | null = null;
    if (cols.deadline >= 0 && !isBlank(r[cols.deadline])) {
      deadline = readDate(r[cols.deadline]);
      if (!deadline || (start && deadline < start)) {
        fail('date-invalid', a1(cols.deadline, row), FIX.unitDeadlineInvalid);
        deadline = null;
      }
    }
    units.push({
      name,
      code: code || null,
      parent: text(r, cols.parent) || null,
      tab,
      ...(typed !== tab ? { typedTab: typed } : {}),
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
  return { table: { units, indicators: cols.indicators }, findings };
}
