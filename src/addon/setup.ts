// Setting up the workbook: the template sheets, one tab per unit (days, formats, validation,
// protection) and the on-edit trigger that stamps entry times. Only ever adds.
import { countingDays } from '../core/calendar';
import { readCampaign } from '../core/campaign';
import { formatTime } from '../core/dates';
import { STAMP_HEADER } from '../core/entries';
import { columnLetter } from '../core/findings';
import { SETTINGS_TEMPLATE, SETUP, SHEETS, UNITS_TEMPLATE } from '../core/messages';
import type { TabColumns, TabPlan } from '../core/tab-plan';
import { planTab } from '../core/tab-plan';
import { normalizeLabel } from '../core/text';
import type { Rows } from '../core/values';
import type { WorkbookPort } from './workbook-port';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const ENTRY_TRIGGER_HANDLER = 'onEntryEdit';

/** Thrown when set-up cannot proceed; the message is for the user. */
export class SetupRefused extends Error {}

/** Adds `Cấu hình` and `Đơn vị`; refuses when either exists. */
export function createTemplate(port: WorkbookPort): void {
  const existing = [SHEETS.settings, SHEETS.units].filter((name) => port.sheet(name));
  if (existing.length > 0)
    throw new SetupRefused(SETUP.templateExists(existing.map((n) => `"${n}"`).join(' và ')));
  port.writeSheet({
    name: SHEETS.settings,
    rows: [
      ['Thiết lập', 'Giá trị', 'Giải thích'],
      ...SETTINGS_TEMPLATE.map(([label, value, help]) => [label, value, help]),
    ],
    boldRows: [1],
    frozenRows: 1,
    wide: { col: 3, width: 560 },
  });
  const settings = port.sheet(SHEETS.settings)!;
  const row = (label: string) => SETTINGS_TEMPLATE.findIndex(([l]) => l === label) + 2;
  settings.getRange(row('Ngày bắt đầu'), 2, 2, 1).setNumberFormat('dd/MM/yyyy');
  settings
    .getRange(row('Cách nhập số liệu'), 2)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(['Số trong ngày', 'Số lũy kế'], true)
        .setAllowInvalid(false)
        .build(),
    );
  settings
    .getRange(row('Tính thứ Bảy'), 2, 2, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(['Có', 'Không'], true)
        .setAllowInvalid(false)
        .build(),
    );
  settings
    .getRange(2, 1, SETTINGS_TEMPLATE.length, 1)
    .setNotes(SETTINGS_TEMPLATE.map(([, , help]) => [help]));

  port.writeSheet({
    name: SHEETS.units,
    rows: [[...UNITS_TEMPLATE.header], ...UNITS_TEMPLATE.examples.map((r) => [...r])],
    boldRows: [1],
    frozenRows: 1,
    wide: { col: 5, width: 240 },
  });
  const units = port.sheet(SHEETS.units)!;
  units.getRange(1, 1, 1, UNITS_TEMPLATE.header.length).setNotes([[...UNITS_TEMPLATE.notes]]);
  units.getRange(2, 1, UNITS_TEMPLATE.examples.length, 1).setNote(UNITS_TEMPLATE.exampleNote);
  units
    .getRange(2, UNITS_TEMPLATE.header.indexOf('Hạn riêng') + 1, 500, 1)
    .setNumberFormat('dd/MM/yyyy');
}

export interface TabsReport {
  created: string[];
  updated: string[];
  skipped: string[];
  daysAdded: number;
  columnsAdded: number;
  triggerInstalled: boolean;
}

/** "=AND(ISNUMBER(B4),B4>=0,INT(B4)=B4)" for a range whose top-left cell is B4. */
function wholeNumberRule(col0: number, row: number, cumulative: boolean) {
  const cell = `${columnLetter(col0 + 1)}${row}`;
  return SpreadsheetApp.newDataValidation()
    .requireFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}>=0,INT(${cell})=${cell})`)
    .setAllowInvalid(false)
    .setHelpText(cumulative ? SETUP.cumulativeHelp : SETUP.figureHelp)
    .build();
}

/** Formats and validation for the data rows [from, to] of the given figure columns. */
function formatRows(
  sheet: Sheet,
  columns: TabColumns,
  figureCols: number[],
  from: number,
  to: number,
  withDateAndStamp: boolean,
  cumulative: boolean,
): void {
  if (to < from) return;
  const n = to - from + 1;
  if (withDateAndStamp) {
    sheet.getRange(from, columns.dateCol + 1, n, 1).setNumberFormat('dd/MM/yyyy');
    sheet.getRange(from, columns.stampCol + 1, n, 1).setNumberFormat('dd/MM/yyyy HH:mm:ss');
  }
  for (const col of figureCols) {
    const range = sheet.getRange(from, col + 1, n, 1);
    range.setNumberFormat('#,##0');
    range.setDataValidation(wholeNumberRule(col, from, cumulative));
  }
}

/** The unit's people may edit the tab; nobody but the owner may edit `Cập nhật lúc`. */
function protect(sheet: Sheet, plan: TabPlan & { columns: TabColumns }): void {
  const description = SETUP.protection(plan.unit.name);
  const sheetProtection =
    sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .find((p) => p.getDescription() === description) ??
    sheet.protect().setDescription(description);
  const wanted = new Set(plan.unit.emails.map((e) => e.toLowerCase()));
  const current = sheetProtection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e));
  const missing = [...wanted].filter((e) => !current.includes(e));
  if (extra.length) sheetProtection.removeEditors(extra);
  if (missing.length) sheetProtection.addEditors(missing);
  if (sheetProtection.canDomainEdit()) sheetProtection.setDomainEdit(false);

  const stampProtected = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .some((p) => p.getDescription() === SETUP.stampProtection);
  if (!stampProtected) {
    const stamp = sheet
      .getRange(1, plan.columns.stampCol + 1, sheet.getMaxRows(), 1)
      .protect()
      .setDescription(SETUP.stampProtection);
    stamp.removeEditors(stamp.getEditors());
    if (stamp.canDomainEdit()) stamp.setDomainEdit(false);
  }
}

function applyPlan(port: WorkbookPort, plan: TabPlan, cumulative: boolean): void {
  if (plan.kind === 'skip') return;
  const figureCols = plan.columns.figureCols.map((c) => c.col);
  if (plan.kind === 'create') {
    const sheet = port.insertSheet(plan.tab);
    if (plan.lastRow > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), plan.lastRow - sheet.getMaxRows());
    port.writeBlock(sheet, 1, 1, plan.rows);
    sheet.getRange(1, 1).setFontWeight('bold');
    sheet.getRange(plan.columns.headerRow, 1, 1, plan.columns.stampCol + 1).setFontWeight('bold');
    sheet.setFrozenRows(plan.columns.headerRow);
    sheet.setColumnWidth(plan.columns.dateCol + 1, 110);
    sheet.setColumnWidth(plan.columns.stampCol + 1, 150);
    formatRows(
      sheet,
      plan.columns,
      figureCols,
      plan.columns.firstDataRow,
      plan.lastRow,
      true,
      cumulative,
    );
    protect(sheet, plan);
    return;
  }
  const sheet = port.sheet(plan.tab)!;
  if (plan.lastRow > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), plan.lastRow - sheet.getMaxRows());
  const maxCol = Math.max(...plan.newHeaders.map((h) => h.col + 1), 0);
  if (maxCol > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), maxCol - sheet.getMaxColumns());
  if (plan.newHeaders.length) {
    // New header cells are contiguous at the end of the header row.
    port.writeBlock(sheet, plan.columns.headerRow, plan.newHeaders[0].col + 1, [
      plan.newHeaders.map((h) => h.text),
    ]);
    const added = plan.newHeaders.map((h) => h.col).filter((c) => figureCols.includes(c));
    formatRows(
      sheet,
      plan.columns,
      added,
      plan.columns.firstDataRow,
      plan.appendAt - 1,
      false,
      cumulative,
    );
    if (plan.newHeaders.some((h) => h.text === STAMP_HEADER)) {
      sheet
        .getRange(
          plan.columns.firstDataRow,
          plan.columns.stampCol + 1,
          Math.max(1, plan.lastRow - plan.columns.headerRow),
          1,
        )
        .setNumberFormat('dd/MM/yyyy HH:mm:ss');
    }
  }
  if (plan.newDates.length) {
    port.writeBlock(
      sheet,
      plan.appendAt,
      plan.columns.dateCol + 1,
      plan.newDates.map((date) => [{ date }]),
    );
    formatRows(
      sheet,
      plan.columns,
      figureCols,
      plan.appendAt,
      plan.appendAt + plan.newDates.length - 1,
      true,
      cumulative,
    );
  }
  protect(sheet, plan);
}

/** Installs the on-edit trigger that stamps entry times, unless it is installed already. */
export function ensureEntryTrigger(): boolean {
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === ENTRY_TRIGGER_HANDLER))
    return false;
  ScriptApp.newTrigger(ENTRY_TRIGGER_HANDLER)
    .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
    .onEdit()
    .create();
  return true;
}

/** Creates the missing unit tabs and completes the existing ones. */
export function setupUnitTabs(port: WorkbookPort, now: Date): TabsReport {
  const tabs = new Map<string, Rows | null>();
  const tab = (name: string) => {
    const key = normalizeLabel(name);
    if (!tabs.has(key)) tabs.set(key, port.readValues(name));
    return tabs.get(key)!;
  };
  const campaign = readCampaign(
    { settings: port.readValues(SHEETS.settings), units: port.readValues(SHEETS.units), tab },
    Utilities.formatDate(now, port.timeZone, 'yyyy-MM-dd'),
  );
  const { settings } = campaign;
  if (!settings.start || !settings.deadline) throw new SetupRefused(SETUP.needDates);
  if (campaign.units.length === 0) throw new SetupRefused(SETUP.noUnits);
  const report: TabsReport = {
    created: [],
    updated: [],
    skipped: [],
    daysAdded: 0,
    columnsAdded: 0,
    triggerInstalled: false,
  };
  const cumulative = settings.mode === 'cumulative';
  for (const { unit } of campaign.units) {
    const deadline = unit.deadline ?? settings.deadline;
    const days = countingDays(settings.start, deadline, settings);
    const plan = planTab(
      unit,
      campaign.indicators,
      days,
      formatTime(settings.cutoff),
      tab(unit.tab),
    );
    applyPlan(port, plan, cumulative);
    if (plan.kind === 'create') report.created.push(plan.tab);
    else if (plan.kind === 'skip') report.skipped.push(plan.tab);
    else if (plan.newDates.length || plan.newHeaders.length) {
      report.updated.push(plan.tab);
      report.daysAdded += plan.newDates.length;
      report.columnsAdded += plan.newHeaders.length;
    }
  }
  report.triggerInstalled = ensureEntryTrigger();
  return report;
}
