// Setting up the workbook: the template sheets, one tab per unit (days, formats, validation,
// protection) and the on-edit trigger that stamps entry times. Only ever adds.
import { countingDays } from '../core/calendar';
import { formatTime } from '../core/dates';
import { Refusal } from '../core/errors';
import { SETUP } from '../core/messages';
import { planTab } from '../core/tab-plan';
import { templateSheets } from '../core/template';
import { normalizeLabel } from '../core/text';
import type { Rows } from '../core/values';
import { SHEETS } from '../core/vocabulary';
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
  daysAdded: number;
  columnsAdded: number;
}

/** Creates the missing unit tabs and completes the existing ones. */
export function setupUnitTabs(port: WorkbookPort, today: string): TabsReport {
  // Each tab is read once: by the campaign's reading, then again by its plan.
  const tabs = new Map<string, Rows | null>();
  const tab = (name: string) => {
    const key = normalizeLabel(name);
    if (!tabs.has(key)) tabs.set(key, port.readValues(name));
    return tabs.get(key)!;
  };
  const campaign = loadCampaign(port, today, tab);
  const { settings } = campaign;
  if (!settings.start || !settings.deadline) throw new Refusal(SETUP.needDates);
  if (campaign.units.length === 0) throw new Refusal(SETUP.noUnits);
  const report: TabsReport = {
    created: [],
    updated: [],
    skipped: [],
    daysAdded: 0,
    columnsAdded: 0,
  };
  for (const { unit } of campaign.units) {
    const days = countingDays(settings.start, unit.deadline ?? settings.deadline, settings);
    const plan = planTab(
      unit,
      {
        indicators: campaign.indicators,
        days,
        cutoff: formatTime(settings.cutoff),
        mode: settings.mode,
      },
      tab(unit.tab),
    );
    if (plan.edit) port.applyEdit(plan.edit);
    if (plan.kind === 'create') report.created.push(plan.tab);
    else if (plan.kind === 'skip') report.skipped.push(plan.tab);
    else if (plan.daysAdded || plan.columnsAdded) {
      report.updated.push(plan.tab);
      report.daysAdded += plan.daysAdded;
      report.columnsAdded += plan.columnsAdded;
    }
  }
  ensureEntryTrigger();
  return report;
}
