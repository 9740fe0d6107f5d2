// What makes the add-on's sheets print and link in Excel and LibreOffice as they do in Sheets:
// merges, borders, A4 landscape fit to the page's width with the header rows on every page, and
// links between sheets by name where Sheets links by sheet id.
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MAIL_LOG_WRAPPED, wrappedLines } from '../core/layout';
import { findLayout } from '../core/tab-layout';
import { sameName } from '../core/text';
import { HEADER_SEARCH_ROWS, MAIL_LOG_COLUMN, SHEETS } from '../core/vocabulary';
import type { SavedSheet } from './runtime';
import { parseA1 } from './runtime/a1';
import type { CellStyle } from './runtime/grid';

type Worksheet = ExcelJS.Worksheet;

/** The merges ExcelJS holds for a sheet, in A1 notation ("A4:B4"). */
function excelMerges(ws: Worksheet): string[] {
  return (ws as unknown as { model: { merges: string[] } }).model.merges ?? [];
}

/** Unmerges what the sheet no longer has merged, before its cells are written. */
export function dropStaleMerges(ws: Worksheet, sheet: SavedSheet): void {
  const keep = new Set(sheet.merges);
  for (const m of excelMerges(ws)) if (!keep.has(m)) ws.unMergeCells(m);
}

/**
 * Merges what the sheet has merged and the file not yet, after its cells are written: ExcelJS
 * gives the covered cells the top-left cell's value and style (its borders with it).
 */
export function addMerges(ws: Worksheet, sheet: SavedSheet): void {
  const have = new Set(excelMerges(ws));
  for (const m of sheet.merges) if (m.includes(':') && !have.has(m)) ws.mergeCells(m);
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

/** A cell's borders as ExcelJS writes them; undefined when it has none. */
export function excelBorder(style: CellStyle): Partial<ExcelJS.Borders> | undefined {
  const b = style.border;
  if (!b) return undefined;
  return {
    ...(b.top ? { top: THIN } : {}),
    ...(b.left ? { left: THIN } : {}),
    ...(b.bottom ? { bottom: THIN } : {}),
    ...(b.right ? { right: THIN } : {}),
  };
}

const LINK = /^=HYPERLINK\("#gid=(\d+)(?:&range=([A-Z]+\d+))?","((?:[^"]|"")*)"\)$/;

/**
 * A link to another sheet by id (`HYPERLINK("#gid=…")`, which only Sheets follows) as a link by
 * the sheet's name, which Excel and LibreOffice follow; null for any other formula or an id no
 * sheet has.
 */
export function internalLink(
  formula: string,
  sheetName: (id: number) => string | undefined,
): ExcelJS.CellHyperlinkValue | null {
  const m = LINK.exec(formula);
  const name = m ? sheetName(Number(m[1])) : undefined;
  if (!m || name === undefined) return null;
  return {
    text: m[3].replace(/""/g, '"'),
    hyperlink: `#'${name.replace(/'/g, "''")}'!${m[2] ?? 'A1'}`,
  };
}

/** The font of a link: blue and underlined, as programs show links. */
export const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF1155CC' }, underline: true };

/**
 * The sheets of the campaign print on A4 landscape, fit to one page wide (as many pages down as
 * needed), their frozen rows repeated at the top of each page: the people's sheets (Cấu hình,
 * Đơn vị, Giai đoạn) always, the add-on's output sheets when the add-on wrote them this run (a
 * unit's tab carrying an output sheet's name is left as its people set it).
 */
export function printSetup(ws: Worksheet, sheet: SavedSheet): void {
  if (!isPeopleSheet(sheet.name) && !isWrittenOutput(sheet)) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(sheet.frozenRows ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
  };
}

/** A cell's text as ExcelJS holds it: a string, or rich text's runs joined; '' otherwise. */
function cellString(value: unknown): string {
  if (typeof value === 'string') return value;
  const runs = (value as { richText?: { text: string }[] } | null)?.richText;
  return Array.isArray(runs) ? runs.map((t) => t.text).join('') : '';
}

/**
 * A unit's tab with no page set-up of its own (the file names no paper, no fitting, no rows to
 * repeat, no print area, no landscape: one the add-on or a script made, or no one set up) prints
 * on A4 portrait, fit to one page wide, its rows down to the header repeated on every page, where
 * it would print on Letter, its last columns (Ghi chú, Cập nhật lúc) on pages of their own. A tab
 * a person set up is left as it is, and so is any other sheet (no `Ngày` header in its first
 * rows).
 */
export function unitTabPrint(ws: Worksheet, sheet: SavedSheet): void {
  if (isAddonSheet(sheet.name)) return;
  const setup = ws.pageSetup;
  if (
    setup.paperSize !== undefined ||
    setup.fitToPage ||
    setup.printTitlesRow ||
    setup.printArea ||
    setup.orientation === 'landscape'
  )
    return;
  const rows = Array.from({ length: HEADER_SEARCH_ROWS }, (_, i) => {
    const values = ws.getRow(i + 1).values;
    return Array.isArray(values) ? values.slice(1).map(cellString) : [];
  });
  const layout = findLayout(rows);
  if (!layout) return;
  ws.pageSetup = {
    ...setup,
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${layout.headerRow}`,
  };
}

/** A line of Arial 10 pt, in points. */
const LINE_PT = 13;

/** The sheets people fill for the whole campaign: the add-on reads them, never restyles them. */
const PEOPLE_SHEETS: readonly string[] = [SHEETS.settings, SHEETS.units, SHEETS.phases];

/** The campaign's sheets, by name: the people's and the add-on's. */
export function isAddonSheet(name: string): boolean {
  return Object.values(SHEETS).some((reserved) => sameName(reserved, name));
}

function isPeopleSheet(name: string): boolean {
  return PEOPLE_SHEETS.some((reserved) => sameName(reserved, name));
}

/**
 * A sheet the add-on writes (Tổng hợp, Phụ lục thống kê, Lịch sử, Kiểm tra, Nhật ký gửi thư,
 * Báo cáo tháng) that a script made or changed since the file was loaded: not a unit's tab that
 * carries the name, which the add-on leaves alone.
 */
export function isWrittenOutput(sheet: SavedSheet): boolean {
  if (!isAddonSheet(sheet.name) || isPeopleSheet(sheet.name)) return false;
  return (
    sheet.originalName === null ||
    sheet.restructured ||
    sheet.columnWidths.size > 0 ||
    sheet.changedCells().length > 0
  );
}

/**
 * Arial 10 pt in every cell of the output sheets the add-on wrote, as Sheets shows them: the widths are worked
 * out for it, where Excel's default (Calibri 11 pt) may be replaced by a wider font elsewhere.
 * LibreOffice draws Arial with Liberation Sans, which has the same widths.
 */
export function addonFont(ws: Worksheet, sheet: SavedSheet): void {
  if (!isWrittenOutput(sheet)) return;
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.font = { ...cell.font, name: 'Arial', size: 10 };
    }),
  );
}

/**
 * Heights for the rows of the output sheets the add-on wrote that hold wrapped text: LibreOffice and Excel keep
 * a row's height as the file gives it, where Sheets grows the row. A merge over several rows
 * shares their height; what it lacks goes to its last row.
 */
export function fitWrappedRows(ws: Worksheet, sheet: SavedSheet): void {
  if (!isWrittenOutput(sheet)) return;
  const merges = new Map<string, { rows: number; cols: number }>();
  for (const a1 of sheet.merges) {
    const m = parseA1(a1);
    if (m?.lastRow && m.lastCol)
      merges.set(`${m.row},${m.col}`, { rows: m.lastRow - m.row + 1, cols: m.lastCol - m.col + 1 });
  }
  const width = (col: number) => sheet.columnWidths.get(col) ?? 100;
  const lines = new Map<number, number>();
  const spans: { row: number; rows: number; lines: number }[] = [];
  for (const cell of sheet.cells()) {
    if (!cell.style?.wrap || typeof cell.value !== 'string' || cell.value === '') continue;
    const m = merges.get(`${cell.row},${cell.col}`) ?? { rows: 1, cols: 1 };
    let px = 0;
    for (let c = cell.col; c < cell.col + m.cols; c++) px += width(c);
    const n = wrappedLines(cell.value, px, cell.style.fontWeight === 'bold');
    if (m.rows > 1) spans.push({ row: cell.row, rows: m.rows, lines: n });
    else lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, n));
  }
  const height = (row: number) => LINE_PT * (lines.get(row) ?? 1) + 2;
  for (const [row] of lines) {
    ws.getRow(row).height = height(row);
    // The height is an estimate: centred, a cell's text sits well in whatever room is left.
    ws.getRow(row).eachCell((cell) => {
      if (!cell.alignment?.vertical) cell.alignment = { ...cell.alignment, vertical: 'middle' };
    });
  }
  for (const s of spans) {
    let have = 0;
    for (let r = s.row; r < s.row + s.rows; r++) have += height(r);
    const need = LINE_PT * s.lines + 2;
    const last = s.row + s.rows - 1;
    if (need > have) ws.getRow(last).height = height(last) + need - have;
  }
}

/**
 * `Nhật ký gửi thư` as a whole, each time the add-on wrote to it: rows are appended to it run
 * after run, each append a few cells the layout of the log's first rows does not reach. Every
 * cell of the log bordered, the header bold; the subject and the outcome wrapped, their rows as
 * tall as they need; the signature, a checksum for the machine, cut at its column's edge ('fill'
 * shows no more of a text than its cell holds) rather than running over the page.
 */
export function mailLogPrint(ws: Worksheet, sheet: SavedSheet): void {
  if (!sameName(sheet.name, SHEETS.mailLog) || !isWrittenOutput(sheet)) return;
  let rows = 0;
  let cols = 0;
  const texts = new Map<string, string>();
  for (const cell of sheet.cells()) {
    if (cell.value === '' || cell.value === null) continue;
    rows = Math.max(rows, cell.row);
    cols = Math.max(cols, cell.col);
    if (typeof cell.value === 'string') texts.set(`${cell.row},${cell.col}`, cell.value);
  }
  const signature = MAIL_LOG_COLUMN.header.length;
  const width = (col: number) => sheet.columnWidths.get(col) ?? MAIL_LOG_WRAPPED[col] ?? 100;
  for (let r = 1; r <= rows; r++) {
    let lines = 1;
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      const wrap = MAIL_LOG_WRAPPED[c] !== undefined || r === 1;
      const cut = c === signature && r > 1;
      cell.alignment = {
        ...cell.alignment,
        vertical: 'top',
        ...(wrap ? { wrapText: true } : {}),
        ...(cut ? { horizontal: 'fill' as const } : {}),
      };
      // The header bold again: a log grown by inserted rows is written afresh from the
      // runtime, which holds no font the file had.
      if (r === 1) cell.font = { ...cell.font, bold: true };
      const text = texts.get(`${r},${c}`);
      if (wrap && text) lines = Math.max(lines, wrappedLines(text, width(c), r === 1));
    }
    if (lines > 1) ws.getRow(r).height = LINE_PT * lines + 2;
  }
}

/**
 * Links within the workbook as Excel writes them: `<hyperlink ref="B6" location="'Cần Thạnh'!A1"/>`.
 * ExcelJS writes a link given as `#'Sheet'!A1` with its place in `location` and also as an
 * external relationship to "#'Sheet'!A1", which LibreOffice joins into a link to the file's own
 * path ("…/can-gio.xlsx#'Cần Thạnh'!A1##'Cần Thạnh'!A1"), broken once the file moves. The
 * relationship goes, and the `#` with it.
 */
export async function internalLinks(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    const sheet = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(path);
    if (!sheet) continue;
    const xml = await zip.file(path)!.async('string');
    const dropped = new Set<string>();
    const fixed = xml.replace(
      /<hyperlink ref="([^"]+)" r:id="([^"]+)" location="#([^"]*)"\/>/g,
      (_, ref: string, id: string, location: string) => {
        dropped.add(id);
        return `<hyperlink ref="${ref}" location="${location}"/>`;
      },
    );
    if (!dropped.size) continue;
    changed = true;
    zip.file(path, fixed);
    const relsPath = `xl/worksheets/_rels/${sheet[1]}.rels`;
    const rels = await zip.file(relsPath)?.async('string');
    if (rels)
      zip.file(
        relsPath,
        rels.replace(/<Relationship [^>]*\/>/g, (rel) => {
          const id = /\bId="([^"]+)"/.exec(rel)?.[1];
          return id && dropped.has(id) ? '' : rel;
        }),
      );
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : bytes;
}
