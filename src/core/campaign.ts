// The whole campaign read from its sheets' values: settings, units and each unit's entries,
// with every finding. What validation reports and what the summary computes from.
import { a1, rangePosition } from './a1';
import type { TabReading } from './entries';
import type { TabLayout } from './tab-layout';
import { readTab } from './entries';
import { WorkbookError } from './errors';
import type { Finding } from './findings';
import { sortFindings } from './findings';
import { FIX, MSG } from './messages';
import type { Settings } from './settings';
import { readSettings } from './settings';
import { sameLabel, sameName, visible } from './text';
import type { Unit } from './units';
import { ownTarget, populationOf, readUnits, reports } from './units';
import type { Phase } from './phases';
import { readPhases } from './phases';
import type { Rows } from './values';
import { DEFAULT_INDICATORS, RESERVED_SHEETS, SHEETS } from './vocabulary';

export interface CampaignSheets {
  settings: Rows | null;
  units: Rows | null;
  /** The values of a tab by name (matched ignoring case and diacritics), or null if absent. */
  tab(name: string): Rows | null;
  /** Told every tab name before the first is asked for, so they can be read in one go. */
  prefetch?(names: string[]): void;
  /** The sheet titles that are the same name as a tab's (more than one: a read takes the exact). */
  matches?(name: string): string[];
  /** The merged ranges of a tab in A1 ("B20:B21"); absent when not looked for. */
  merges?(name: string): string[];
  /** `Giai đoạn`, when the workbook has it. */
  phases?: Rows | null;
  /** A sheet as Sheets displays it (a target typed "100%" is stored as 1): Đơn vị, Giai đoạn. */
  shown?(name: string): string[][];
}

export interface UnitEntries {
  unit: Unit;
  /** null when the tab is missing or has no header (a finding says which). */
  reading: TabReading | null;
}

export interface Campaign {
  settings: Settings;
  indicators: string[];
  units: UnitEntries[];
  /** The phases of `Giai đoạn`, in date order; [] without the sheet. */
  phases: Phase[];
  /**
   * Reserved sheet names (RESERVED_SHEETS spelling) that a unit's tab takes: the add-on leaves
   * those sheets alone, writing no output there, until the unit's tab is renamed.
   */
  claimed: string[];
  /** Errors first, then in sheet and cell order. */
  findings: Finding[];
}

/** The sheets `Cấu hình` and `Đơn vị`, or the WorkbookError of the first that is missing. */
function requireSheets(sheets: Pick<CampaignSheets, 'settings' | 'units'>): {
  settings: Rows;
  units: Rows;
} {
  if (!sheets.settings) throw new WorkbookError(MSG.sheetMissing(SHEETS.settings));
  if (!sheets.units) throw new WorkbookError(MSG.sheetMissing(SHEETS.units));
  return { settings: sheets.settings, units: sheets.units };
}

/** The latest deadline of the campaign: its own, or a unit's later `Hạn riêng`. */
export function lastDeadline(campaign: Pick<Campaign, 'settings' | 'units'>): string | null {
  return campaign.units.reduce<string | null>(
    (d, { unit }) => (d && unit.deadline && unit.deadline > d ? unit.deadline : d),
    campaign.settings.deadline,
  );
}

/** No unit registers this many people in a day, nor counts this many in all. */
const FIGURE_CAP = 10_000_000;

/**
 * The largest believable figure of an indicator: in a day, the unit's whole target or group
 * (whichever is smaller); as a running total, its group.
 */
function figureLimit(unit: Unit, settings: Settings): (indicator: string) => number {
  return (indicator) => {
    const population = populationOf(unit, indicator);
    const target = ownTarget(unit, indicator);
    const bounds = [FIGURE_CAP, population ?? Infinity];
    if (settings.mode === 'daily' && target?.kind === 'count') bounds.push(target.count);
    return Math.min(...bounds);
  };
}

/**
 * Merged cells over the figures or dates of a tab: Sheets reads the covered cells as blank, so
 * a figure typed once for two days counts for the first only. A warning at the merge's first
 * cell; merges above the first data row (a title) are fine.
 */
function mergeFindings(tab: string, layout: TabLayout, merges: string[]): Finding[] {
  const read = new Set([layout.dateCol, ...layout.indicatorCols.map((c) => c.col)]);
  return merges.flatMap((range) => {
    const m = rangePosition(range);
    if (!m || m.lastRow <= layout.headerRow) return [];
    let touches = false;
    for (let c = m.col; c <= m.lastCol && !touches; c++) touches = read.has(c - 1);
    if (!touches) return [];
    const first = a1(m.col - 1, m.row);
    return [
      {
        severity: 'warning' as const,
        code: 'merged-cells' as const,
        sheet: tab,
        cell: first,
        message: FIX.mergedCells(range, first),
      },
    ];
  });
}

/** Reads one unit's tab; a missing tab or a missing indicator column is a finding. */
function readUnitTab(
  sheets: CampaignSheets,
  unit: Unit,
  settings: Settings,
  today: string,
  expected: string[],
  findings: Finding[],
): TabReading | null {
  // Two sheets could be this unit's tab ("Cần Thạnh" and "cần thạnh"): the exact title is read,
  // and a person is told; with none exact, neither is.
  const same = sheets.matches?.(unit.tab) ?? [];
  if (same.length > 1) {
    const exact = same.includes(unit.tab);
    findings.push({
      severity: exact ? 'warning' : 'error',
      code: 'missing-tab',
      sheet: SHEETS.units,
      cell: unit.tabCell,
      message: FIX.tabAmbiguous(
        visible(unit.tab),
        same.map((t) => `"${visible(t)}"`).join(', '),
        exact,
      ),
    });
  }
  const rows = sheets.tab(unit.tab);
  if (!rows) {
    if (same.length <= 1)
      findings.push({
        severity: 'error',
        code: 'missing-tab',
        sheet: SHEETS.units,
        cell: unit.tabCell,
        message: FIX.missingTab(visible(unit.name), visible(unit.tab)),
      });
    return null;
  }
  const { reading, findings: tabFindings } = readTab(rows, {
    tab: unit.tab,
    mode: settings.mode,
    start: settings.start,
    deadline: unit.deadline ?? settings.deadline,
    today,
    openings: unit.openings,
    openingsValid: unit.openingsValid,
    limit: figureLimit(unit, settings),
  });
  findings.push(...tabFindings);
  if (!reading) return null;
  const { layout } = reading;
  findings.push(...mergeFindings(unit.tab, layout, sheets.merges?.(unit.tab) ?? []));
  for (const indicator of expected) {
    if (layout.indicatorCols.some((c) => sameLabel(c.indicator, indicator))) continue;
    findings.push({
      severity: 'error',
      code: 'missing-column',
      sheet: unit.tab,
      cell: a1(layout.width, layout.headerRow),
      message: FIX.missingColumn(unit.tab, indicator, layout.headerRow),
    });
  }
  return reading;
}

/** Reads and checks everything; `today` is the current date in the campaign's zone. */
export function readCampaign(sheets: CampaignSheets, today: string): Campaign {
  const required = requireSheets(sheets);
  const shownSheets = new Map<string, string[][]>();
  const once = (name: string) => {
    if (!shownSheets.has(name)) shownSheets.set(name, sheets.shown?.(name) ?? []);
    return shownSheets.get(name)!;
  };
  const { settings, findings: settingFindings } = readSettings(required.settings);
  const { table, findings: unitFindings } = readUnits(required.units, settings.start, () =>
    once(SHEETS.units),
  );
  const findings: Finding[] = [...settingFindings, ...unitFindings];
  // The indicators `Đơn vị` names (else the default two), then any further column of a tab.
  const expected = table.indicators.length > 0 ? table.indicators : DEFAULT_INDICATORS;
  const indicators = [...expected];
  const { phases, findings: phaseFindings } = readPhases(
    sheets.phases ?? null,
    () => once(SHEETS.phases),
    settings,
    indicators,
  );
  findings.push(...phaseFindings);
  sheets.prefetch?.(table.units.map((u) => u.tab));
  const claimed: string[] = [];
  const units: UnitEntries[] = table.units.map((unit) => {
    const reserved = RESERVED_SHEETS.find((name) => sameName(name, unit.tab));
    if (reserved !== undefined) {
      claimed.push(reserved);
      findings.push({
        severity: 'error',
        code: 'name-reserved',
        sheet: SHEETS.units,
        cell: unit.tabCell,
        message: FIX.nameReserved(visible(unit.name), visible(unit.tab)),
      });
      return { unit, reading: null };
    }
    // A unit needs columns only for the indicators it reports (`Chỉ số`).
    const own = expected.filter((i) => reports(unit, i));
    const reading = readUnitTab(sheets, unit, settings, today, own, findings);
    for (const { indicator } of reading?.layout.indicatorCols ?? [])
      if (!indicators.some((i) => sameLabel(i, indicator))) indicators.push(indicator);
    return { unit, reading };
  });
  return { settings, indicators, units, phases, claimed, findings: sortFindings(findings) };
}
