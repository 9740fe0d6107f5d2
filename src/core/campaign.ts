// The whole campaign read from its sheets' values: settings, units and each unit's entries,
// with every finding. What validation reports and what the summary computes from.
import { a1 } from './a1';
import type { TabLayout, TabReading } from './entries';
import { readTab } from './entries';
import { WorkbookError } from './errors';
import type { Finding } from './findings';
import { sortFindings } from './findings';
import { FIX, MSG } from './messages';
import type { Settings } from './settings';
import { readSettings } from './settings';
import { cellText, sameLabel, visible } from './text';
import type { Unit } from './units';
import { readUnits } from './units';
import type { CellValue, Rows } from './values';
import { isBlank } from './values';
import { DEFAULT_INDICATORS, SHEETS } from './vocabulary';

export interface CampaignSheets {
  settings: Rows | null;
  units: Rows | null;
  /** The values of a tab by name (matched ignoring case and diacritics), or null if absent. */
  tab(name: string): Rows | null;
  /** Told every tab name before the first is asked for, so they can be read in one go. */
  prefetch?(names: string[]): void;
  /** The sheet titles that are the same name as a tab's (more than one: a read takes the exact). */
  matches?(name: string): string[];
}

export interface UnitEntries {
  unit: Unit;
  /** null when the tab is missing or has no header (a finding says which). */
  reading: TabReading | null;
  /** The title of the sheet read as the tab: the exact one of two of that name; else the name. */
  title: string;
  /** Two sheets could be the tab and neither is spelt exactly: neither is read, nor set up. */
  ambiguous: boolean;
}

export interface Campaign {
  settings: Settings;
  indicators: string[];
  units: UnitEntries[];
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
    const quota = Object.keys(unit.quotas).find((q) => sameLabel(q, indicator));
    const bounds = [FIGURE_CAP, unit.groupSize ?? Infinity];
    if (settings.mode === 'daily' && quota !== undefined) bounds.push(unit.quotas[quota]);
    return Math.min(...bounds);
  };
}

/**
 * The cell where a missing column can go: the first empty cell of the header row, else its last
 * header. The cell after the header may lie outside a tab made exactly as wide as its columns
 * (set-up makes them so), and a link to it would lead nowhere.
 */
function columnSlot(header: CellValue[], layout: TabLayout): string {
  const free = header.findIndex((v) => isBlank(v));
  return a1(free >= 0 ? free : layout.width - 1, layout.headerRow);
}

/**
 * Of sheets that are all the unit's tab by name, the one spelt exactly as in `Đơn vị`: as typed,
 * else as the name is kept (composed, spaces folded), so that a name typed decomposed in both
 * places is still exact. null when none, or more than one, is.
 */
function exactTitle(titles: string[], unit: Unit): string | null {
  for (const spelt of [unit.typedTab, unit.tab]) if (spelt && titles.includes(spelt)) return spelt;
  const kept = titles.filter((t) => cellText(t) === unit.tab);
  return kept.length === 1 ? kept[0] : null;
}

/** Reads one unit's tab; a missing tab or a missing indicator column is a finding. */
function readUnitTab(
  sheets: CampaignSheets,
  unit: Unit,
  settings: Settings,
  today: string,
  expected: string[],
  findings: Finding[],
): UnitEntries {
  // Two sheets could be this unit's tab ("Cần Thạnh" and "cần thạnh"): the one spelt exactly as
  // the name is read, and a person is told; with none exact, neither is.
  const same = sheets.matches?.(unit.tab) ?? [];
  const exact = same.length > 1 ? exactTitle(same, unit) : null;
  if (same.length > 1) {
    findings.push({
      severity: exact ? 'warning' : 'error',
      code: 'missing-tab',
      sheet: SHEETS.units,
      cell: unit.tabCell,
      message: FIX.tabAmbiguous(
        visible(unit.tab),
        same.map((t) => `"${visible(t)}"`).join(', '),
        exact !== null,
      ),
    });
  }
  const title = exact ?? unit.tab;
  const ambiguous = same.length > 1 && !exact;
  const rows = sheets.tab(title);
  if (!rows) {
    if (same.length <= 1)
      findings.push({
        severity: 'error',
        code: 'missing-tab',
        sheet: SHEETS.units,
        cell: unit.tabCell,
        message: FIX.missingTab(visible(unit.name), visible(unit.tab)),
      });
    return { unit, reading: null, title, ambiguous };
  }
  const { reading, findings: tabFindings } = readTab(rows, {
    tab: title,
    mode: settings.mode,
    start: settings.start,
    deadline: unit.deadline ?? settings.deadline,
    today,
    openings: unit.openings,
    openingsValid: unit.openingsValid,
    limit: figureLimit(unit, settings),
  });
  findings.push(...tabFindings);
  if (!reading) return { unit, reading, title, ambiguous };
  const { layout } = reading;
  const slot = columnSlot(rows[layout.headerRow - 1], layout);
  for (const indicator of expected) {
    if (layout.indicatorCols.some((c) => sameLabel(c.indicator, indicator))) continue;
    findings.push({
      severity: 'error',
      code: 'missing-column',
      sheet: title,
      cell: slot,
      message: FIX.missingColumn(title, indicator, layout.headerRow),
    });
  }
  return { unit, reading, title, ambiguous };
}

/** Reads and checks everything; `today` is the current date in the campaign's zone. */
export function readCampaign(sheets: CampaignSheets, today: string): Campaign {
  const required = requireSheets(sheets);
  const { settings, findings: settingFindings } = readSettings(required.settings);
  const { table, findings: unitFindings } = readUnits(required.units, settings.start);
  const findings: Finding[] = [...settingFindings, ...unitFindings];
  // The indicators `Đơn vị` names (else the default two), then any further column of a tab.
  const expected = table.indicators.length > 0 ? table.indicators : DEFAULT_INDICATORS;
  const indicators = [...expected];
  sheets.prefetch?.(table.units.map((u) => u.tab));
  const units: UnitEntries[] = table.units.map((unit) => {
    const entries = readUnitTab(sheets, unit, settings, today, expected, findings);
    for (const { indicator } of entries.reading?.layout.indicatorCols ?? [])
      if (!indicators.some((i) => sameLabel(i, indicator))) indicators.push(indicator);
    return entries;
  });
  return { settings, indicators, units, findings: sortFindings(findings) };
}
