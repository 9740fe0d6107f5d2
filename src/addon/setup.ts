// Setting up the workbook: the template sheets, one tab per unit (days, formats, validation,
// protection) and the on-edit trigger that stamps entry times. Only ever adds.
import { countingDays } from '../core/calendar';
import { formatTime } from '../core/dates';
import { Refusal } from '../core/errors';
import { SETUP } from '../core/messages';
import type { TabPlan } from '../core/tab-plan';
import { planTab } from '../core/tab-plan';
import { templateSheets } from '../core/template';
import { nameKey, sameName } from '../core/text';
import type { Rows } from '../core/values';
import {
  NEW_SHEET_CELLS,
  RESERVED_SHEETS,
  SHEETS,
  SPREADSHEET_CELL_LIMIT,
} from '../core/vocabulary';
import { loadCampaign } from './load';
import { ensureEntryTrigger } from './schedule';
import type { WorkbookPort } from './workbook-port';

/** Adds `Cấu hình` and `Đơn vị`; refuses when either exists. */
export function createTemplate(port: WorkbookPort): void {
  const existing = [SHEETS.settings, SHEETS.units].filter((name) => port.hasSheet(name));
  if (existing.length > 0)
    throw new Refusal(SETUP.templateExists(existing.map((n) => `"${n}"`).join(' và ')));
  for (const { output, edit } of templateSheets()) {
    port.writeSheet(output);
    port.applyEdit(edit);
  }
}

export interface TabsReport {
  created: string[];
  updated: string[];
  skipped: string[];
  /** Tabs with a reserved name (a `name-reserved` finding): left as they are. */
  reserved: string[];
  daysAdded: number;
  columnsAdded: number;
  /** Units left for a later run, this one's time being spent, and the first of them. */
  remaining: number;
  next: number;
}

/**
 * Refuses, before anything changes, a set-up that would take the spreadsheet past the 10 million
 * cells Sheets allows, saying how many of the new tabs would fit. A new tab is made at Sheets'
 * 1,000 × 26 before it is trimmed: that much room is needed too.
 */
function refuseUnlessItFits(port: WorkbookPort, plans: TabPlan[]): void {
  const creates = plans.filter((p) => p.kind === 'create');
  const growth = plans.reduce((n, p) => n + (p.kind === 'create' ? 0 : p.cells), 0);
  const room = SPREADSHEET_CELL_LIMIT - port.cellCount() - growth - NEW_SHEET_CELLS;
  const need = creates.reduce((n, p) => n + p.cells, 0);
  if (need <= room) return;
  const perTab = Math.max(1, ...creates.map((p) => p.cells));
  throw new Refusal(SETUP.tooManyCells(creates.length, Math.max(0, Math.floor(room / perTab))));
}

export interface SetupOptions {
  /** When (ms since the epoch) to stop starting tabs; the report says how many are left. */
  until?: number;
  /** Start at this unit (0-based, in the order of `Đơn vị`): those before it are done. */
  from?: number;
}

/**
 * Creates the missing unit tabs and completes the existing ones. A province's tabs take more
 * than one run of 6 minutes: a run stops at `until`, and the next goes on `from` the first unit
 * it left, without reading the tabs before it again.
 */
export function setupUnitTabs(
  port: WorkbookPort,
  today: string,
  options: SetupOptions = {},
): TabsReport {
  const from = options.from ?? 0;
  // Each tab is read once: by the campaign's reading, then again by its plan. The campaign's
  // reading asks for the tabs in the order of `Đơn vị`: the first `from` are not read.
  const tabs = new Map<string, Rows | null>();
  let asked = 0;
  const tab = (name: string) => {
    const key = nameKey(name);
    if (!tabs.has(key)) tabs.set(key, asked++ < from ? null : port.readValues(name));
    return tabs.get(key)!;
  };
  const campaign = loadCampaign(port, today, tab);
  const { settings } = campaign;
  if (!settings.start || !settings.deadline)
    throw new Refusal(SETUP.needDates(settings.datesProblem));
  if (campaign.units.length === 0) throw new Refusal(SETUP.noUnits);
  const { start, deadline } = settings;
  // A unit whose tab carries a reserved name gets no plan: that sheet is left as it is.
  const reserved = (u: { tab: string }) => RESERVED_SHEETS.some((name) => sameName(name, u.tab));
  const plans = campaign.units.slice(from).map(({ unit }) =>
    reserved(unit)
      ? null
      : planTab(
          unit,
          {
            indicators: campaign.indicators,
            days: countingDays(start, unit.deadline ?? deadline, settings),
            cutoff: formatTime(settings.cutoff),
            mode: settings.mode,
          },
          tab(unit.tab),
        ),
  );
  refuseUnlessItFits(
    port,
    plans.filter((p) => p !== null),
  );
  const report: TabsReport = {
    created: [],
    updated: [],
    skipped: [],
    reserved: [],
    daysAdded: 0,
    columnsAdded: 0,
    remaining: 0,
    next: from + plans.length,
  };
  ensureEntryTrigger();
  for (const [i, plan] of plans.entries()) {
    if (options.until !== undefined && Date.now() >= options.until) {
      report.remaining = plans.length - i;
      report.next = from + i;
      break;
    }
    if (!plan) {
      report.reserved.push(campaign.units[from + i].unit.tab);
      continue;
    }
    if (plan.edit) port.applyEdit(plan.edit);
    if (plan.kind === 'create') report.created.push(plan.tab);
    else if (plan.kind === 'skip') report.skipped.push(plan.tab);
    else if (plan.daysAdded || plan.columnsAdded) {
      report.updated.push(plan.tab);
      report.daysAdded += plan.daysAdded;
      report.columnsAdded += plan.columnsAdded;
    }
  }
  return report;
}
