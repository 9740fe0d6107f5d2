// Plain-value plans applied to an Apps Script Sheet: set-up steps (values, formats, validation,
// notes, protection) and charts. Part of the spreadsheet port: one call per step, batched.
import { a1 } from '../core/a1';
import type { Area, ChartPlan, EditStep, OutputCell, Validation } from '../core/output';
import { PROTECTION_MARK } from '../core/vocabulary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const range = (sheet: Sheet, a: Area): Range => sheet.getRange(a.row, a.col, a.rows, a.cols);

/** Grows the sheet to at least `rows` × `cols` (where given); never shrinks it. Its rows then. */
export function ensureSize(sheet: Sheet, rows?: number, cols?: number): number | undefined {
  let have: number | undefined;
  if (rows !== undefined) {
    have = sheet.getMaxRows();
    if (rows > have) sheet.insertRowsAfter(have, rows - have);
    have = Math.max(have, rows);
  }
  if (cols !== undefined) {
    const max = sheet.getMaxColumns();
    if (cols > max) sheet.insertColumnsAfter(max, cols - max);
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

type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** The add-on's protection of a sheet, as last read or set: its description and editors. */
export interface KnownProtection {
  protection: Protection;
  description: string;
  /** In lower case. */
  editors: string[];
}

/** What applying protections needs: the owner, and the protections the port already read. */
export interface ProtectionContext {
  /** The spreadsheet's owner in lower case (never removed from a protection); null if none. */
  owner: string | null;
  /** The person the script runs as. */
  me(): string;
  /** By sheet title: the add-on's protection of the sheet, null when it has none. */
  known: Map<string, KnownProtection | null>;
}

const lower = (users: GoogleAppsScript.Base.User[]) => users.map((u) => u.getEmail().toLowerCase());

/**
 * The add-on's protection of a whole sheet: the sheet protection whose description begins with
 * PROTECTION_MARK (whichever unit or wording it was made with), or null.
 */
export function readProtection(sheet: Sheet): KnownProtection | null {
  const protection = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .find((p) => p.getDescription().startsWith(PROTECTION_MARK));
  if (!protection) return null;
  return {
    protection,
    description: protection.getDescription(),
    editors: lower(protection.getEditors()),
  };
}

/** Makes a protection's editors (besides the owner) exactly `editors`. */
function syncEditors(known: KnownProtection, editors: string[], owner: string | null): void {
  const wanted = [...new Set(editors.map((e) => e.toLowerCase()))];
  const extra = known.editors.filter((e) => !wanted.includes(e) && e !== owner);
  const missing = wanted.filter((e) => !known.editors.includes(e));
  if (extra.length) known.protection.removeEditors(extra);
  if (missing.length) known.protection.addEditors(missing);
  known.editors = [...known.editors.filter((e) => !extra.includes(e)), ...missing];
}

/**
 * The sheet protected for the owner and `editors` only: the add-on's protection of it (never a
 * second), else a new one; others it names are removed, and nobody edits it by domain.
 */
export function protectSheet(
  sheet: Sheet,
  title: string,
  step: { description: string; editors: string[] },
  context: ProtectionContext,
): void {
  let known = context.known.has(title) ? context.known.get(title)! : readProtection(sheet);
  if (!known) {
    const protection = sheet.protect().setDescription(step.description);
    // As the Protection reference's samples do: the person running the script first, so that the
    // list of editors is set (a protection whose list was never changed lets anyone edit).
    protection.addEditor(context.me());
    known = { protection, description: step.description, editors: lower(protection.getEditors()) };
  } else if (known.description !== step.description) {
    known.protection.setDescription(step.description);
    known.description = step.description;
  }
  syncEditors(known, step.editors, context.owner);
  if (known.protection.canDomainEdit()) known.protection.setDomainEdit(false);
  context.known.set(title, known);
}

/**
 * A whole column editable by the owner and `editors` alone: protected once, its range stretched
 * to every row when days are added (a tab is only as long as its days), its editors kept to
 * `editors`.
 */
function protectColumn(
  sheet: Sheet,
  step: { col: number; description: string; editors: string[] },
  context: ProtectionContext,
): void {
  const rows = sheet.getMaxRows();
  const column = () => sheet.getRange(1, step.col, rows, 1);
  const done = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .find((p) => p.getDescription() === step.description);
  const protection = done ?? column().protect().setDescription(step.description);
  if (!done) protection.addEditor(context.me());
  if (done && done.getRange().getNumRows() < rows) done.setRange(column());
  const known = {
    protection,
    description: step.description,
    editors: lower(protection.getEditors()),
  };
  syncEditors(known, step.editors, context.owner);
  if (!done && protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * Applies one set-up step to the sheet titled `title`; `write` writes a block of output cells at
 * (row, col).
 */
export function applyStep(
  sheet: Sheet,
  title: string,
  step: EditStep,
  write: (sheet: Sheet, row: number, col: number, cells: OutputCell[][]) => void,
  protections: ProtectionContext,
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
      return protectSheet(sheet, title, step, protections);
    case 'protectColumn':
      return protectColumn(sheet, step, protections);
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
