// Setting up the workbook: the template sheets, one tab per unit (days, formats, validation), who
// may edit which sheet, and the on-edit trigger that stamps entry times. Only ever adds cells.
// It is planned first (nothing changes), so that the person running it can see and confirm what
// it grants and takes away, then applied.
import type { AccessChange, SheetAccess } from '../core/access';
import { accessChanges, accessPlan } from '../core/access';
import type { Campaign } from '../core/campaign';
import { countingDays } from '../core/calendar';
import { formatTime } from '../core/dates';
import { Refusal } from '../core/errors';
import { MENU, SETUP } from '../core/messages';
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
import { leads, leadersOnly } from './access';
import { loadCampaign } from './load';
import { ensureEntryTrigger, entryStamper } from './schedule';
import type { ConfirmedAccess } from './setup-state';
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
  /** Start at this unit (0-based, in the order of `Đơn vị`): those before it are done. */
  from?: number;
  /**
   * What the person who started the set-up confirmed: a continuation grants that, never what
   * `Đơn vị` and `Quản trị` say now (a tab it does not name gets the confirmed admins alone).
   */
  confirmed?: ConfirmedAccess;
}

/** A set-up worked out and not applied: nothing has changed yet. */
export interface SetupPlan {
  from: number;
  /** One per unit from `from`, each with its tab's protection. */
  tabs: TabPlan[];
  /** The title of each of those tabs, as `access` names it. */
  titles: string[];
  /** Every sheet's access; the sheets that are not unit tabs are protected by a first run only. */
  access: SheetAccess[];
  /** The admins whose access it grants (as confirmed, in a continuation). */
  admins: string[];
  /** Who stamps entry times, so may edit `Cập nhật lúc`. */
  stamper: string;
  /** Whether a person may edit every sheet (the owner, or an admin as confirmed). */
  entitled: (email: string) => boolean;
}

/** Each unit's tab: the sheet it is found as, or the name set-up creates it under. */
function unitTitles(port: WorkbookPort, campaign: Campaign) {
  return campaign.units.map(({ unit }) => ({ unit, title: port.title(unit.tab) ?? unit.tab }));
}

/**
 * Works out what set-up would do, changing nothing: the missing tabs, the days and columns to
 * add, who may edit which sheet. Refuses (a Refusal) when the dates cannot be used, there is no
 * unit, the tabs would not fit in 10 million cells, or the person running it may not (only the
 * owner and the admins may). A province's tabs take more than one run of 6 minutes: a
 * continuation plans `from` the first unit left, without reading the tabs before it again.
 */
export function planSetUp(
  port: WorkbookPort,
  today: string,
  options: SetupOptions = {},
): SetupPlan {
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
  const campaign = loadCampaign(port, today, { readTab: tab, ...leadersOnly(port, MENU.tabs) });
  const { settings } = campaign;
  if (!settings.start || !settings.deadline)
    throw new Refusal(SETUP.needDates(settings.datesProblem));
  if (campaign.units.length === 0) throw new Refusal(SETUP.noUnits);
  const admins = options.confirmed?.admins ?? settings.admins;
  const entitled = (email: string) => leads(port, admins, email);
  const stamper = entryStamper(entitled);
  const units = unitTitles(port, campaign);
  let access = accessPlan(port.titles(), units, admins);
  if (options.confirmed) {
    const { admins: allowed, tabs: granted } = options.confirmed;
    const byTab = new Map(granted);
    access = access.map((a) => (a.unit ? { ...a, editors: byTab.get(a.sheet) ?? allowed } : a));
  }
  const byTitle = new Map(access.map((a) => [a.sheet, a]));
  const { start, deadline } = settings;
  // A unit whose tab carries a reserved name gets no plan: that sheet is left as it is.
  const reserved = (u: { tab: string }) => RESERVED_SHEETS.some((name) => sameName(name, u.tab));
  const left = units.slice(from);
  const plans = left.map(({ unit, title }): TabPlan => {
    if (reserved(unit))
      return {
        kind: 'reserved',
        tab: unit.tab,
        cells: 0,
        edit: null,
        daysAdded: 0,
        columnsAdded: 0,
      };
    const { description, editors } = byTitle.get(title)!;
    return planTab(
      unit,
      {
        indicators: campaign.indicators,
        days: countingDays(start, unit.deadline ?? deadline, settings),
        cutoff: formatTime(settings.cutoff),
        mode: settings.mode,
        access: { description, editors },
        stampEditors: stamper === port.owner() ? [] : [stamper],
      },
      tab(unit.tab),
    );
  });
  refuseUnlessItFits(port, plans);
  return { from, tabs: plans, titles: left.map((t) => t.title), access, admins, stamper, entitled };
}

/** The sheets whose editors a set-up changes (besides the owner), and how many it locks anew. */
export function setupChanges(
  port: WorkbookPort,
  plan: SetupPlan,
): { changes: AccessChange[]; newlyLocked: number } {
  const current = port.sheetEditors();
  const titles = new Set(port.titles());
  const touched = new Set(plan.titles);
  const access = plan.access.filter((a) => (plan.from === 0 ? true : touched.has(a.sheet)));
  return {
    changes: accessChanges(access, current),
    newlyLocked: access.filter((a) => titles.has(a.sheet) && !current.has(a.sheet)).length,
  };
}

/**
 * What a continuation from unit `next` may grant: what the person running the set-up confirmed,
 * for the tabs left.
 */
export function confirmedAccess(plan: SetupPlan, next: number): ConfirmedAccess {
  const later = new Set(plan.titles.slice(next - plan.from));
  const tabs = plan.access
    .filter((a) => a.unit && later.has(a.sheet) && a.editors.some((e) => !plan.admins.includes(e)))
    .map((a): [string, string[]] => [a.sheet, a.editors]);
  return { admins: plan.admins, tabs };
}

/**
 * Applies a plan: the entry-time trigger, then (in a first run) the protection of every sheet
 * that is not a unit's tab, then each unit's tab in turn until `until` (ms since the epoch);
 * the report says how many are left.
 */
export function applySetUp(port: WorkbookPort, plan: SetupPlan, until?: number): TabsReport {
  const report: TabsReport = {
    created: [],
    updated: [],
    skipped: [],
    reserved: [],
    daysAdded: 0,
    columnsAdded: 0,
    remaining: 0,
    next: plan.from + plan.tabs.length,
  };
  ensureEntryTrigger(plan.entitled);
  if (plan.from === 0)
    for (const { sheet, description, editors, unit } of plan.access)
      if (!unit)
        port.applyEdit({
          sheet,
          create: false,
          steps: [{ op: 'protectSheet', description, editors }],
        });
  for (const [i, tab] of plan.tabs.entries()) {
    if (until !== undefined && Date.now() >= until) {
      report.remaining = plan.tabs.length - i;
      report.next = plan.from + i;
      break;
    }
    if (tab.edit) port.applyEdit(tab.edit);
    if (tab.kind === 'reserved') report.reserved.push(tab.tab);
    else if (tab.kind === 'create') report.created.push(tab.tab);
    else if (tab.kind === 'skip') report.skipped.push(tab.tab);
    else if (tab.daysAdded || tab.columnsAdded) {
      report.updated.push(tab.tab);
      report.daysAdded += tab.daysAdded;
      report.columnsAdded += tab.columnsAdded;
    }
  }
  return report;
}
