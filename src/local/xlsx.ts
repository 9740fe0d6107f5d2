// .xlsx in and out of the local runtime (ExcelJS). Loading copies values, formulas with their
// cached results, error values, number formats, notes and frozen panes into the runtime's
// spreadsheet; saving writes back only what scripts changed, so everything else in the file
// (styles, widths, untouched cells) stays as it was.
import ExcelJS from 'exceljs';
import { ErrorCell, WallDate } from './runtime/cells';
import type { Stored } from './runtime/cells';
import type { FakeDataValidation } from './runtime/data-validation';
import type { LocalRuntime } from './runtime/runtime';
import { cellKey, keyRowCol } from './runtime/grid';
import type { FakeSheet } from './runtime/sheet';

type Cell = ExcelJS.Cell;
type Worksheet = ExcelJS.Worksheet;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A plain (non-formula) ExcelJS value as the runtime stores it. */
function storedFrom(value: unknown): Stored {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (isDateValue(value)) return new WallDate(value.getTime());
  if (isObject(value)) {
    if (typeof value.error === 'string') return new ErrorCell(value.error);
    if (Array.isArray(value.richText))
      return value.richText.map((t: { text: string }) => t.text).join('');
    if ('text' in value && 'hyperlink' in value) return storedFrom(value.text);
  }
  return String(value);
}

function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (isObject(note) && Array.isArray(note.texts))
    return note.texts.map((t: { text: string }) => t.text).join('');
  return '';
}

function loadSheet(rt: LocalRuntime, ws: Worksheet): void {
  const sheet = rt.spreadsheet._newSheet(ws.name);
  sheet.originalName = ws.name;
  sheet.maxRows = Math.max(1000, ws.rowCount);
  sheet.maxColumns = Math.max(26, ws.columnCount);
  sheet.hidden = ws.state !== 'visible';
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const key = cellKey(r, c);
      const v = cell.value as unknown;
      if (isObject(v) && ('formula' in v || 'sharedFormula' in v)) {
        const formula = cell.formula;
        const result = storedFrom(v.result);
        sheet.grid.put(
          r,
          c,
          formula ? { value: result, formula: `=${formula}` } : { value: result },
        );
      } else {
        const stored = storedFrom(v);
        if (stored !== '') sheet.grid.put(r, c, { value: stored });
      }
      if (cell.numFmt && cell.numFmt !== 'General') sheet.grid.numberFormats.set(key, cell.numFmt);
      else if (!(sheet.grid.get(r, c) instanceof WallDate)) sheet.grid.numberFormats.delete(key);
      const note = noteText(cell.note);
      if (note) sheet.grid.notes.set(key, note);
    });
  });
  sheet.grid.dirty.clear();
}

/** Reads an .xlsx file into the runtime's spreadsheet; returns the ExcelJS book to save into. */
export async function loadXlsx(rt: LocalRuntime, file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  for (const ws of book.worksheets) loadSheet(rt, ws);
  rt.restructured.clear();
  return book;
}

function excelValue(v: Stored): ExcelJS.CellValue {
  if (v === '') return null;
  if (v instanceof WallDate) return new Date(v.wall);
  if (v instanceof ErrorCell) return { error: v.code } as ExcelJS.CellErrorValue;
  return v;
}

function excelValidation(rule: FakeDataValidation): ExcelJS.DataValidation {
  const [a, b] = rule.values as [unknown, unknown];
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    showInputMessage: rule.helpText !== '',
    prompt: rule.helpText,
    error: rule.helpText,
  };
  const number = (
    operator: ExcelJS.DataValidationOperator,
    formulae: unknown[],
  ): ExcelJS.DataValidation => ({
    ...common,
    type: 'decimal',
    operator,
    formulae,
  });
  switch (rule.criteria) {
    case 'NUMBER_BETWEEN':
      return number('between', [a, b]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number('greaterThanOrEqual', [a]);
    case 'NUMBER_GREATER_THAN':
      return number('greaterThan', [a]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number('lessThanOrEqual', [a]);
    case 'NUMBER_LESS_THAN':
      return number('lessThan', [a]);
    case 'NUMBER_EQUAL_TO':
      return number('equal', [a]);
    case 'VALUE_IN_LIST':
      return { ...common, type: 'list', formulae: [`"${(a as string[]).join(',')}"`] };
    case 'CUSTOM_FORMULA':
      return { ...common, type: 'custom', formulae: [String(a).replace(/^=/, '')] };
    default:
      return { ...common, type: 'any' } as unknown as ExcelJS.DataValidation;
  }
}

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

function writeCell(ws: Worksheet, sheet: FakeSheet, key: number): void {
  const [r, c] = keyRowCol(key);
  const cell: Cell = ws.getCell(r, c);
  const value = sheet.grid.get(r, c);
  const formula = sheet.formulas.get(key);
  if (formula) {
    const result = excelValue(value);
    cell.value = (
      result === null ? { formula: formula.slice(1) } : { formula: formula.slice(1), result }
    ) as ExcelJS.CellFormulaValue;
  } else {
    cell.value = excelValue(value);
  }
  const numFmt = sheet.numberFormats.get(key);
  if (numFmt) cell.numFmt = numFmt;
  else if (value instanceof WallDate) cell.numFmt = 'dd/mm/yyyy';
  const note = sheet.notes.get(key);
  if (note) cell.note = note;
  else if (cell.note) cell.note = undefined as unknown as string;
  const rule = sheet.validations.get(key);
  if (rule) cell.dataValidation = excelValidation(rule);
  const style = sheet.styles.get(key);
  if (style) {
    if (style.background)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
    if (style.fontWeight || style.fontColor) {
      cell.font = {
        ...cell.font,
        ...(style.fontWeight ? { bold: style.fontWeight === 'bold' } : {}),
        ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      };
    }
    if (style.horizontalAlignment || style.wrap !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(style.horizontalAlignment
          ? { horizontal: style.horizontalAlignment as ExcelJS.Alignment['horizontal'] }
          : {}),
        ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      };
    }
  }
}

/** Every cell key of a sheet that holds anything. */
function allKeys(sheet: FakeSheet): Set<number> {
  const keys = new Set<number>();
  sheet.values.forEach((row, i) =>
    row?.forEach((v, j) => v !== '' && keys.add(cellKey(i + 1, j + 1))),
  );
  for (const map of [
    sheet.formulas,
    sheet.notes,
    sheet.numberFormats,
    sheet.validations,
    sheet.styles,
  ] as Map<number, unknown>[]) {
    for (const k of map.keys()) keys.add(k);
  }
  return keys;
}

/**
 * Writes the runtime's spreadsheet into the book it was loaded from (or a new one) and saves it.
 * Unchanged sheets are left exactly as read; changed cells are written one by one; sheets whose
 * rows moved or that a script created are written whole.
 */
export async function saveXlsx(
  rt: LocalRuntime,
  book: ExcelJS.Workbook | null,
  file: string,
): Promise<void> {
  const target = book ?? new ExcelJS.Workbook();
  const ss = rt.spreadsheet;
  for (const name of ss.deletedSheets) {
    const ws = target.getWorksheet(name);
    if (ws) target.removeWorksheet(ws.id);
  }
  ss.sheets.forEach((sheet, index) => {
    let ws = sheet.originalName === null ? undefined : target.getWorksheet(sheet.originalName);
    let keys: Iterable<number> = sheet.grid.dirty;
    if (ws && rt.restructured.has(sheet)) {
      // Rows moved or the sheet was cleared: start the sheet afresh, keeping column widths.
      const widths = ws.columns?.map((col) => col.width);
      target.removeWorksheet(ws.id);
      ws = target.addWorksheet(sheet.name);
      widths?.forEach((w, i) => w && (ws!.getColumn(i + 1).width = w));
      keys = allKeys(sheet);
    } else if (!ws) {
      ws = target.addWorksheet(sheet.name);
      keys = allKeys(sheet);
    }
    ws.name = sheet.name;
    (ws as unknown as { orderNo: number }).orderNo = index;
    ws.state = sheet.hidden ? 'hidden' : 'visible';
    if (sheet.frozenRows || sheet.frozenColumns) {
      ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
    }
    for (const key of keys) writeCell(ws, sheet, key);
    for (const [c, width] of sheet.columnWidths) ws.getColumn(c).width = width / 7;
  });
  // ExcelJS writes worksheets in orderNo order, set above from the runtime's order.
  await target.xlsx.writeFile(file);
}
