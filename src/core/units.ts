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
import type { Target } from './targets';
import { readTarget } from './targets';
import {
  DEFAULT_INDICATORS,
  FREQUENCY_WORDS,
  INDICATOR_PREFIX,
  PATH_SEPARATOR,
  SHEETS,
  UNIT_COLUMN,
} from './vocabulary';

/** When a unit's figures are due: every counting day, one weekday a week, one day a month. */
export type Frequency =
  | { kind: 'daily' }
  | { kind: 'weekly'; /** 0 = Sunday … 6 = Saturday */ weekday: number }
  | { kind: 'monthly'; /** 1–28 */ day: number };

export interface Unit {
  name: string;
  code: string | null;
  /** The levels above the unit, top first (`Cấp trên` as a path); [] when none. */
  path: string[];
  /** The level just above: the last of `path`, or null. */
  parent: string | null;
  /** The tab's name: the `Tab` column, else the unit name. */
  tab: string;
  emails: string[];
  /** Target per indicator name (a count or a share); an indicator without one is absent. */
  targets: Record<string, Target>;
  /** Opening balance per indicator name (0 when not given). */
  openings: Record<string, number>;
  /** false when an opening balance cell is invalid: checks across indicators are skipped. */
  openingsValid: boolean;
  /** `Đối tượng`: the population of every indicator, unless `Đối tượng <X>` says otherwise. */
  groupSize: number | null;
  /** `Đối tượng <X>` per indicator name. */
  populations: Record<string, number>;
  /** `Chỉ số`: the indicators this unit reports (display names); null for all of them. */
  reports: string[] | null;
  frequency: Frequency;
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
  reports: number;
  frequency: number;
  quotas: IndicatorColumn[];
  openings: IndicatorColumn[];
  populations: IndicatorColumn[];
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
  const byPrefix = {
    quota: [] as IndicatorColumn[],
    opening: [] as IndicatorColumn[],
    population: [] as IndicatorColumn[],
  };
  header.forEach((h, c) => {
    const key = normalizeLabel(h);
    const text = cellText(h);
    for (const kind of ['quota', 'opening', 'population'] as const) {
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
    reports: col(UNIT_COLUMN.reports),
    frequency: col(UNIT_COLUMN.frequency),
    quotas: byPrefix.quota,
    openings: byPrefix.opening,
    populations: byPrefix.population,
    indicators,
  };
}

/** `Hằng tuần thứ Hai`, `Hằng tháng ngày 5`, blank or `Hằng ngày`; null when unreadable. */
export function readFrequency(v: CellValue | undefined): Frequency | null {
  if (isBlank(v)) return { kind: 'daily' };
  const key = normalizeLabel(v);
  if (key === normalizeLabel(FREQUENCY_WORDS.daily)) return { kind: 'daily' };
  const weekly = normalizeLabel(FREQUENCY_WORDS.weekly);
  if (key.startsWith(`${weekly} `)) {
    const rest = key.slice(weekly.length + 1);
    // "thứ Hai" … "Chủ nhật", also "thứ 2" … "thứ 7" and "CN".
    const named = FREQUENCY_WORDS.weekdays.findIndex((w) => normalizeLabel(w) === rest);
    if (named >= 0) return { kind: 'weekly', weekday: named };
    const numbered = /^(?:thu |t)([2-7])$/.exec(rest);
    if (numbered) return { kind: 'weekly', weekday: Number(numbered[1]) - 1 };
    if (rest === 'cn') return { kind: 'weekly', weekday: 0 };
    return null;
  }
  const monthly = /^hang thang(?: ngay)? (\d{1,2})$/.exec(key);
  if (monthly && Number(monthly[1]) >= 1 && Number(monthly[1]) <= 28)
    return { kind: 'monthly', day: Number(monthly[1]) };
  return null;
}

/**
 * The names in `Chỉ số`, separated by `;` or new lines. A name may hold a comma (`Cán bộ, công
 * chức`): a part is split at its commas only when it is no indicator as a whole and each piece
 * is one (`Thu nhận, Kích hoạt`).
 */
function reportedNames(text: string, known: string[]): string[] {
  const isKnown = (name: string) =>
    [...known, ...DEFAULT_INDICATORS].some((k) => sameLabel(k, name));
  return text.split(/[;\n]/).flatMap((part) => {
    const name = part.trim();
    if (!name) return [];
    const pieces = name.split(',').map((p) => p.trim());
    return !isKnown(name) && pieces.length > 1 && pieces.every(isKnown) ? pieces : [name];
  });
}

/** The levels of `Cấp trên`, top first: "Thị xã Bỉm Sơn > Phường Ba Đình" → both. */
function readPath(text: string): string[] {
  return text
    .split(PATH_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Reads `Đơn vị`. `shown` gives the sheet as Sheets displays it: a target typed "100%" is stored
 * as 1, and only the display tells it from the number 1. It is asked for only when a target
 * cell holds a number that could be a share (1 or less, or a fraction). Throws WorkbookError
 * only when the name column itself is missing.
 */
export function readUnits(
  rows: Rows,
  start: string | null,
  shown: () => string[][] = () => [],
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
    const path = readPath(text(r, cols.parent));
    const tabText = text(r, cols.tab);
    const tab = tabText || name;
    const tabCell = tabText ? a1(cols.tab, row) : a1(cols.name, row);
    const tk = nameKey(tab);
    if (seenTab.has(tk))
      fail('unit-duplicate', tabCell, FIX.tabDuplicate(visible(tab), seenTab.get(tk)!));
    else seenTab.set(tk, row);

    const emails = cols.email >= 0 ? splitEmails(r[cols.email]) : { valid: [], invalid: [] };
    for (const bad of emails.invalid)
      fail('email-invalid', a1(cols.email, row), FIX.emailInvalid(bad));

    const populations = byName<number>();
    for (const p of cols.populations) {
      if (isBlank(r[p.col])) continue;
      const n = readWhole(r[p.col], 1);
      if (n !== null) populations[p.indicator] = n;
      else fail('quota-invalid', a1(p.col, row), FIX.populationInvalid(p.header));
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
    const targets = byName<Target>();
    for (const q of cols.quotas) {
      if (isBlank(r[q.col])) continue;
      const v = r[q.col];
      const maybeShare = typeof v === 'number' && (v <= 1 || !Number.isInteger(v));
      const target = readTarget(v, maybeShare ? shown()[i + 1]?.[q.col] : undefined);
      const cell = a1(q.col, row);
      if (!target) fail('quota-invalid', cell, FIX.quotaInvalid(q.header));
      else if (target.kind === 'share' && (populations[q.indicator] ?? groupSize) === null)
        fail('population-missing', cell, FIX.populationMissing(q.header, q.indicator));
      else targets[q.indicator] = target;
    }
    let reports: string[] | null = null;
    if (cols.reports >= 0 && !isBlank(r[cols.reports])) {
      reports = [];
      for (const name of reportedNames(cellText(r[cols.reports]), cols.indicators)) {
        const indicator = cols.indicators.find((x) => sameLabel(x, name)) ?? canonical(name);
        if (!cols.indicators.includes(indicator)) cols.indicators.push(indicator);
        if (!reports.includes(indicator)) reports.push(indicator);
      }
    }
    let frequency: Frequency = { kind: 'daily' };
    if (cols.frequency >= 0) {
      const read = readFrequency(r[cols.frequency]);
      if (read) frequency = read;
      else fail('frequency-invalid', a1(cols.frequency, row), FIX.frequencyInvalid);
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
      path,
      parent: path[path.length - 1] ?? null,
      tab,
      emails: emails.valid,
      targets,
      openings,
      openingsValid,
      groupSize,
      populations,
      reports,
      frequency,
      deadline,
      row,
      tabCell,
    });
  });
  return { table: { units, indicators: cols.indicators }, findings };
}

/** A record's entry for an indicator, found by its name however the sheet spells it. */
function entryFor<T>(record: Record<string, T>, indicator: string): T | undefined {
  if (indicator in record) return record[indicator];
  const key = Object.keys(record).find((k) => sameLabel(k, indicator));
  return key === undefined ? undefined : record[key];
}

/** The unit's population for an indicator: `Đối tượng <X>`, else `Đối tượng`, else null. */
export function populationOf(unit: Unit, indicator: string): number | null {
  return entryFor(unit.populations, indicator) ?? unit.groupSize;
}

/** The unit's own target for an indicator (not a phase's), or null. */
export function ownTarget(unit: Unit, indicator: string): Target | null {
  return entryFor(unit.targets, indicator) ?? null;
}

/** Whether the unit reports an indicator (`Chỉ số`; all of them when it is blank). */
export function reports(unit: Unit, indicator: string): boolean {
  return unit.reports === null || unit.reports.some((r) => sameLabel(r, indicator));
}
