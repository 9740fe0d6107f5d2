// Plain-value plans applied to an Apps Script Sheet: set-up steps (values, formats, validation,
// notes, protection) and charts. Part of the spreadsheet port: one call per step, batched.
import { a1 } from '../core/a1';
import type { Area, ChartPlan, EditStep, OutputCell, Validation } from '../core/output';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const range = (sheet: Sheet, a: Area): Range => sheet.getRange(a.row, a.col, a.rows, a.cols);

/**
 * Grows the sheet to at least `rows` × `cols` (where given); never shrinks it. Returns the rows
 * and columns it then has (0 for a dimension not asked about).
 */
export function ensureSize(
  sheet: Sheet,
  rows?: number,
  cols?: number,
): { rows: number; cols: number } {
  const have = { rows: 0, cols: 0 };
  if (rows !== undefined) {
    const max = sheet.getMaxRows();
    if (rows > max) sheet.insertRowsAfter(max, rows - max);
    have.rows = Math.max(max, rows);
  }
  if (cols !== undefined) {
    const max = sheet.getMaxColumns();
    if (cols > max) sheet.insertColumnsAfter(max, cols - max);
    have.cols = Math.max(max, cols);
  }
  return have;
}

/** Makes the sheet exactly `rows` × `cols`: grows it, or deletes the rows and columns beyond. */
export function fitSize(sheet: Sheet, rows: number, cols: number): void {
  const haveRows = sheet.getMaxRows();
  if (rows > haveRows) sheet.insertRowsAfter(haveRows, rows - haveRows);
  else if (rows < haveRows) sheet.deleteRows(rows + 1, haveRows - rows);
  const haveCols = sheet.getMaxColumns();
  if (cols > haveCols) sheet.insertColumnsAfter(haveCols, cols - haveCols);
  else if (cols < haveCols) sheet.deleteColumns(cols + 1, haveCols - cols);
}

function validation(rule: Validation, topLeft: string) {
  const builder = SpreadsheetApp.newDataValidation();
  if (rule.kind === 'list') builder.requireValueInList(rule.values, true);
  else
    builder
      .requireFormulaSatisfied(
        `=AND(ISNUMBER(${topLeft}),${topLeft}>=0,INT(${topLeft})=${topLeft})`,
      )
      .setHelpText(rule.help);
  return builder.setAllowInvalid(false).build();
}

/** The sheet protected for the owner and `editors` only; others the protection names go. */
function protectSheet(sheet: Sheet, description: string, editors: string[]): void {
  const protection =
    sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .find((p) => p.getDescription() === description) ??
    sheet.protect().setDescription(description);
  const wanted = new Set(editors.map((e) => e.toLowerCase()));
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e));
  const missing = [...wanted].filter((e) => !current.includes(e));
  if (extra.length) protection.removeEditors(extra);
  if (missing.length) protection.addEditors(missing);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * A whole column editable by the owner alone: protected once, its range stretched to every row
 * when days are added (a tab is only as long as its days).
 */
function protectColumn(sheet: Sheet, col: number, description: string): void {
  const rows = sheet.getMaxRows();
  const column = () => sheet.getRange(1, col, rows, 1);
  const done = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .find((p) => p.getDescription() === description);
  if (done) {
    if (done.getRange().getNumRows() < rows) done.setRange(column());
    return;
  }
  const protection = column().protect().setDescription(description);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Applies one set-up step; `write` writes a block of output cells at (row, col). */
export function applyStep(
  sheet: Sheet,
  step: EditStep,
  write: (sheet: Sheet, row: number, col: number, cells: OutputCell[][]) => void,
): void {
  switch (step.op) {
    case 'size':
      ensureSize(sheet, step.rows, step.cols);
      return;
    case 'fit':
      return fitSize(sheet, step.rows, step.cols);
    case 'values':
      return write(sheet, step.row, step.col, step.cells);
    case 'bold':
      range(sheet, step.area).setFontWeight('bold');
      return;
    case 'rules': {
      const cells = range(sheet, step.area);
      if (step.format) cells.setNumberFormat(step.format);
      if (step.validation)
        cells.setDataValidation(validation(step.validation, a1(step.area.col - 1, step.area.row)));
      return;
    }
    case 'notes':
      if (typeof step.notes === 'string') range(sheet, step.area).setNote(step.notes);
      else range(sheet, step.area).setNotes(step.notes);
      return;
    case 'frozenRows':
      sheet.setFrozenRows(step.rows);
      return;
    case 'width':
      sheet.setColumnWidth(step.col, step.width);
      return;
    case 'protectSheet':
      return protectSheet(sheet, step.description, step.editors);
    case 'protectColumn':
      return protectColumn(sheet, step.col, step.description);
  }
}

/** A line chart over whole columns, unless the sheet has a chart already. */
export function addChart(sheet: Sheet, plan: ChartPlan): void {
  if (sheet.getCharts().length > 0) return;
  const rows = sheet.getMaxRows();
  const builder = sheet.newChart().asLineChart();
  for (const { col, cols } of plan.columns) builder.addRange(sheet.getRange(1, col, rows, cols));
  sheet.insertChart(
    builder.setOption('title', plan.title).setPosition(plan.row, plan.col, 0, 0).build(),
  );
}
