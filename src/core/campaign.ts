// The whole campaign read from its sheets' values: settings, units and each unit's entries,
// with every finding. What validation reports and what the summary computes from.
import type { TabReading } from './entries';
import { readTab } from './entries';
import type { Finding } from './findings';
import { a1, sortFindings } from './findings';
import { FIX, MSG, SHEETS } from './messages';
import type { Settings } from './settings';
import { readSettings } from './settings';
import { normalizeLabel } from './text';
import type { Unit } from './units';
import { DEFAULT_INDICATORS, readUnits } from './units';
import type { Rows } from './values';
import { WorkbookError } from './workbook';

export interface CampaignSheets {
  settings: Rows | null;
  units: Rows | null;
  /** The values of a tab by name (matched ignoring case and diacritics), or null if absent. */
  tab(name: string): Rows | null;
  /** Told every tab name before the first is asked for, so they can be read in one go. */
  prefetch?(names: string[]): void;
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
  /** Errors first, then in sheet and cell order. */
  findings: Finding[];
}

/** The sheets `Cấu hình` and `Đơn vị`, or the WorkbookError of the first that is missing. */
export function requireSheets(sheets: Pick<CampaignSheets, 'settings' | 'units'>): {
  settings: Rows;
  units: Rows;
} {
  if (!sheets.settings) throw new WorkbookError(MSG.sheetMissing(SHEETS.settings));
  if (!sheets.units) throw new WorkbookError(MSG.sheetMissing(SHEETS.units));
  return { settings: sheets.settings, units: sheets.units };
}

/** Reads and checks everything; `today` is the current date in the campaign's zone. */
export function readCampaign(sheets: CampaignSheets, today: string): Campaign {
  const required = requireSheets(sheets);
  const { settings, findings: settingFindings } = readSettings(required.settings);
  const { table, findings: unitFindings } = readUnits(required.units, settings.start);
  const findings: Finding[] = [...settingFindings, ...unitFindings];
  const expected = table.indicators.length > 0 ? table.indicators : DEFAULT_INDICATORS;
  const indicators = [...expected];

  sheets.prefetch?.(table.units.map((u) => u.tab));
  const units: UnitEntries[] = table.units.map((unit) => {
    const rows = sheets.tab(unit.tab);
    if (!rows) {
      findings.push({
        severity: 'error',
        code: 'missing-tab',
        sheet: SHEETS.units,
        cell: unit.tabCell,
        message: FIX.missingTab(unit.name, unit.tab),
      });
      return { unit, reading: null };
    }
    const { reading, findings: tabFindings } = readTab(rows, {
      tab: unit.tab,
      mode: settings.mode,
      start: settings.start,
      deadline: unit.deadline ?? settings.deadline,
      today,
      openings: unit.openings,
      openingsValid: unit.openingsValid,
    });
    findings.push(...tabFindings);
    if (reading) {
      const present = new Set(reading.layout.indicatorCols.map((c) => normalizeLabel(c.indicator)));
      for (const indicator of expected) {
        if (present.has(normalizeLabel(indicator))) continue;
        findings.push({
          severity: 'error',
          code: 'missing-column',
          sheet: unit.tab,
          cell: a1(reading.layout.width, reading.layout.headerRow),
          message: FIX.missingColumn(unit.tab, indicator, reading.layout.headerRow),
        });
      }
      for (const { indicator } of reading.layout.indicatorCols) {
        if (!indicators.some((i) => normalizeLabel(i) === normalizeLabel(indicator)))
          indicators.push(indicator);
      }
    }
    return { unit, reading };
  });
  return { settings, indicators, units, findings: sortFindings(findings) };
}
