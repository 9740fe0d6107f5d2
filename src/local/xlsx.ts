// .xlsx in and out of the local runtime (ExcelJS). Loading copies values, formulas with their
// cached results, error values, number formats, notes, merges and frozen panes into the
// runtime's spreadsheet; saving writes back only what scripts changed, so everything else in the
// file (styles, widths, untouched cells, protections, charts, tables) stays as it was. What ExcelJS
// cannot read or write itself is repaired around it at the package level (xlsx-package.ts); what
// is not an .xlsx at all is named before it tries (xlsx-file.ts).
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { ErrorCell, MAX_CELLS, WallDate, formatA1, typedDateFormat } from './runtime';
import type { FakeDataValidation, LocalRuntime, SavedCell, Stored } from './runtime';
import { FILE_PROBLEMS, WorkbookFileError, openXlsxPackage } from './xlsx-file';
import { SheetNames } from './xlsx-names';
import {
  LINK_FONT,
  addMerges,
  addonFont,
  dropStaleMerges,
  excelBorder,
  fitWrappedRows,
  internalLinks,
  internalLink,
  mailLogPrint,
  printSetup,
  unitTabPrint,
} from './xlsx-print';
import type { PackageRepair } from './xlsx-package';
import { findLegacyPasswords, finishPackage, repairForExcelJs } from './xlsx-package';

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

/** Sets row r, column c of a per-cell grid, making the row on first use. */
function put<T>(grid: T[][], r: number, c: number, v: T): void {
  (grid[r - 1] ??= [])[c - 1] = v;
}

/** A cell's reference with its sheet, as people read it: 'Cần Thạnh'!B5. */
function sheetCell(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * Loads one sheet under its name in the file; returns the cells holding a formula without a
 * cached result.
 */
function loadSheet(rt: LocalRuntime, ws: Worksheet, name: string): string[] {
  const unevaluated: string[] = [];
  const rows: Stored[][] = [];
  const formulas: string[][] = [];
  const formats: string[][] = [];
  const notes: string[][] = [];
  // Merged ranges by their top-left cell: [top, left, bottom, right].
  const merged = new Map<string, [number, number, number, number]>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        // ExcelJS gives a covered cell its master's value; Sheets reads it as blank, and a figure
        // read twice would be counted twice.
        const { row: top, col: left, address } = cell.master;
        const m = merged.get(address) ?? [+top, +left, +top, +left];
        merged.set(address, [m[0], m[1], Math.max(m[2], r), Math.max(m[3], c)]);
        return;
      }
      const v = cell.value as unknown;
      const formula = isObject(v) && ('formula' in v || 'sharedFormula' in v);
      // A formula cell holds its cached result; an empty plain cell holds nothing.
      const stored = storedFrom(formula ? v.result : v);
      // Scripts that write .xlsx often leave a formula's result out; nothing here computes it.
      if (formula && v.result === undefined) unevaluated.push(sheetCell(name, cell.address));
      if (formula || stored !== '') put(rows, r, c, stored);
      if (formula && cell.formula) put(formulas, r, c, `=${cell.formula}`);
      if (cell.numFmt && cell.numFmt !== 'General') put(formats, r, c, cell.numFmt);
      // A date without a format of its own shows as Sheets shows a typed-in date.
      else if (stored instanceof WallDate) put(formats, r, c, typedDateFormat(stored));
      const note = noteText(cell.note);
      if (note) put(notes, r, c, note);
    });
  });
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === 'frozen';
  rt.load.sheet(name, {
    rows,
    formulas,
    formats,
    notes,
    merges: [...merged.values()].map(([top, left, bottom, right]) =>
      formatA1(top, left, bottom - top + 1, right - left + 1),
    ),
    // The file's own extent (rows and columns that hold anything, styled cells included), not
    // a new sheet's 1,000 × 26: a workbook of thousands of tabs must fit in the 10,000,000
    // cells of a spreadsheet here as the Sheets file it came from did.
    maxRows: Math.max(1, ws.rowCount),
    maxColumns: Math.max(1, ws.columnCount),
    hidden: ws.state !== 'visible',
    frozenRows: frozen ? (view.ySplit ?? 0) : 0,
    frozenColumns: frozen ? (view.xSplit ?? 0) : 0,
  });
  return unevaluated;
}

type SheetProtection = { sheet?: boolean; hashValue?: string } & Record<string, unknown>;

/** The sheet protection ExcelJS read (Worksheet.sheetProtection, not in its typings). */
function protectionOf(ws: Worksheet): SheetProtection | null {
  return (ws as unknown as { sheetProtection: SheetProtection | null }).sheetProtection;
}

/** An .xlsx file as loaded: the ExcelJS book to save into, and what the runtime could not take. */
export interface LoadedXlsx {
  book: ExcelJS.Workbook;
  /**
   * Cells holding a formula saved without its result ('Cần Thạnh'!B5), in sheet order: the
   * runtime cannot compute formulas, so they read as blank.
   */
  unevaluatedFormulas: string[];
  /** What was kept out of ExcelJS's hands, to put back on saving. */
  repair: PackageRepair;
}

/**
 * Reads an .xlsx file into the runtime's spreadsheet. Throws WorkbookFileError, in Vietnamese,
 * for a file that is no usable .xlsx.
 */
export async function loadXlsx(rt: LocalRuntime, file: string): Promise<LoadedXlsx> {
  const { zip, bytes } = await openXlsxPackage(file);
  const book = new ExcelJS.Workbook();
  let repair: PackageRepair;
  try {
    repair = await repairForExcelJs(zip, bytes);
    await book.xlsx.load(repair.bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookFileError(FILE_PROBLEMS.damaged);
  }
  let cells = rt.spreadsheet.cellCount;
  for (const ws of book.worksheets) {
    cells += Math.max(1, ws.rowCount) * Math.max(1, ws.columnCount);
    if (cells > MAX_CELLS) throw new WorkbookFileError(FILE_PROBLEMS.tooBig);
  }
  const unevaluatedFormulas = book.worksheets.flatMap((ws) =>
    loadSheet(rt, ws, repair.names.real(ws.name)),
  );
  // ExcelJS keeps a protection's SHA-512 hash but drops the older 16-bit one ("password").
  const legacy = book.worksheets.filter((ws) => {
    const protection = protectionOf(ws);
    return protection?.sheet && !protection.hashValue;
  });
  await findLegacyPasswords(
    repair,
    legacy.map((ws) => repair.names.real(ws.name)),
  );
  return { book, unevaluatedFormulas, repair };
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

function writeCell(
  ws: Worksheet,
  saved: SavedCell,
  sheetName: (id: number) => string | undefined,
): void {
  const cell: Cell = ws.getCell(saved.row, saved.col);
  const { value, formula, format: numFmt, note, validation: rule, style } = saved;
  // Formatting a script cleared goes, the file's fonts and borders too (the runtime holds
  // neither); a cell a merge covers keeps its master's.
  if (saved.cleared && cell.type !== ExcelJS.ValueType.Merge) cell.style = {};
  const link = formula ? internalLink(formula, sheetName) : null;
  if (cell.type === ExcelJS.ValueType.Merge) {
    // A cell a merge covers holds no value of its own in the file: ExcelJS would write it into
    // the merge's top-left cell instead.
  } else if (link) {
    // Sheets links by sheet id, which Excel and LibreOffice do not know: a link by name instead.
    cell.value = link;
    cell.font = { ...cell.font, ...LINK_FONT };
  } else if (formula) {
    const result = excelValue(value);
    cell.value = (
      result === null ? { formula: formula.slice(1) } : { formula: formula.slice(1), result }
    ) as ExcelJS.CellFormulaValue;
  } else {
    cell.value = excelValue(value);
  }
  if (numFmt) cell.numFmt = numFmt;
  else if (value instanceof WallDate) cell.numFmt = 'dd/mm/yyyy';
  if (note) cell.note = note;
  else if (cell.note) cell.note = undefined as unknown as string;
  if (rule) cell.dataValidation = excelValidation(rule);
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
    if (style.horizontalAlignment || style.verticalAlignment || style.wrap !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(style.horizontalAlignment
          ? { horizontal: style.horizontalAlignment as ExcelJS.Alignment['horizontal'] }
          : {}),
        ...(style.verticalAlignment
          ? { vertical: style.verticalAlignment as ExcelJS.Alignment['vertical'] }
          : {}),
        ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      };
    }
    const border = excelBorder(style);
    if (border) cell.border = border;
  }
}

/**
 * Writes the runtime's spreadsheet into the book it was loaded from (or a new one) and saves it.
 * Unchanged sheets are left exactly as read; changed cells are written one by one; sheets whose
 * rows moved or that a script created are written whole.
 */
export async function saveXlsx(
  rt: LocalRuntime,
  loaded: LoadedXlsx | null,
  file: string,
): Promise<void> {
  const target = loaded?.book ?? new ExcelJS.Workbook();
  const names = loaded?.repair.names ?? new SheetNames();
  const saved = rt.save.sheets();
  names.reserve(saved.map((s) => s.name));
  const byId = new Map(saved.map((s) => [s.id, s.name]));
  const sheetName = (id: number) => byId.get(id);
  for (const name of rt.save.deletedSheets()) {
    const ws = target.getWorksheet(names.forExcelJs(name));
    if (ws) target.removeWorksheet(ws.id);
  }
  saved.forEach((sheet, index) => {
    const name = names.forExcelJs(sheet.name);
    let ws =
      sheet.originalName === null
        ? undefined
        : target.getWorksheet(names.forExcelJs(sheet.originalName));
    let cells = sheet.changedCells();
    const loadedState = ws?.state;
    if (ws && sheet.restructured) {
      // Rows moved or the sheet was cleared: start the sheet afresh, keeping column widths and
      // the sheet's protection (its password with it).
      const widths = ws.columns?.map((col) => col.width);
      const protection = protectionOf(ws);
      target.removeWorksheet(ws.id);
      ws = target.addWorksheet(name);
      widths?.forEach((w, i) => w && (ws!.getColumn(i + 1).width = w));
      (ws as unknown as { sheetProtection: SheetProtection | null }).sheetProtection = protection;
      cells = sheet.cells();
    } else if (!ws) {
      ws = target.addWorksheet(name);
      cells = sheet.cells();
    }
    ws.name = name;
    (ws as unknown as { orderNo: number }).orderNo = index;
    // Sheets knows no "very hidden" (shown only through Visual Basic); a sheet still hidden
    // stays as hidden as the file had it.
    ws.state = !sheet.hidden ? 'visible' : loadedState === 'veryHidden' ? 'veryHidden' : 'hidden';
    if (sheet.frozenRows || sheet.frozenColumns) {
      ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
    }
    dropStaleMerges(ws, sheet);
    for (const cell of cells) writeCell(ws, cell, sheetName);
    addMerges(ws, sheet);
    for (const [c, width] of sheet.columnWidths) ws.getColumn(c).width = width / 7;
    addonFont(ws, sheet);
    fitWrappedRows(ws, sheet);
    mailLogPrint(ws, sheet);
    printSetup(ws, sheet);
    unitTabPrint(ws, sheet);
  });
  // ExcelJS writes worksheets in orderNo order, set above from the runtime's order.
  const written = Buffer.from(await target.xlsx.writeBuffer());
  const kept = saved.flatMap((s) =>
    s.originalName === null
      ? []
      : [{ fileName: s.originalName, name: s.name, restructured: s.restructured }],
  );
  const finished = await finishPackage(written, loaded?.repair ?? null, names, kept);
  writeFileSync(file, await internalLinks(finished));
}
