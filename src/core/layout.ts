// Print-ready layouts: column widths worked out from what the cells show, so that neither Sheets,
// Excel nor LibreOffice shows ### or cuts a header, and the layout of a sheet as plain values.
import type { Area, ColumnFormat, OutputCell, SheetLayout, TextColour } from './output';
import { STATUS_LABELS } from './vocabulary';

/**
 * Advance widths of Arial (the font Sheets uses by default, and the one the .xlsx names; Liberation
 * Sans, which LibreOffice draws it with, has the same widths) in thousandths of an em, for the
 * printable ASCII characters from the space on: regular, then bold (Helvetica's metrics, which
 * Arial shares). A letter with tone marks is as wide as its base letter.
 */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** 10 pt in pixels. */
const EM = 40 / 3;
/** Block and shade characters (the progress bar), drawn by a fallback font: 8 px at most. */
const BLOCK = /[\u2580-\u259f]/;
/** Other characters (dashes, ÷, …): as wide as an M, to be safe. */
const OTHER = 833;

/** Padding of a cell: Sheets keeps about 3 px each side; a little more for the other programs. */
const PADDING = 10;
/** The narrowest and widest column a layout sets. */
const MIN_WIDTH = 36;
const MAX_WIDTH = 420;
/** Widths are rounded up to a step, so neighbouring columns may share a width (fewer calls). */
const STEP = 10;

/** The width in pixels of one line of text at 10 pt, bold or not, rounded up. */
export function textWidth(text: string, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  let blocks = 0;
  for (const ch of text.normalize('NFC')) {
    if (BLOCK.test(ch)) {
      blocks++;
      continue;
    }
    // The base letter: "ệ" is as wide as "e", "Đ" as "D", "đ" as "d".
    const base = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD')[0];
    const code = base.charCodeAt(0);
    if (/\p{M}/u.test(base)) continue;
    units += code >= 32 && code < 127 ? table[code - 32] : OTHER;
  }
  // 5 % to spare: hinting and rounding make text a little wider on screen than on paper.
  return Math.ceil(((units * EM) / 1000) * 1.05 + blocks * 8);
}

/** A number as a `#,##0`, `#,##0.0`, `0.0%` or `dd/MM/yyyy` format shows it (any locale). */
export function shownNumber(n: number, format: string | undefined): string {
  const decimals = /\.(0+)/.exec(format ?? '')?.[1].length ?? 0;
  const percent = format?.includes('%') ?? false;
  const value = percent ? n * 100 : n;
  if (!format) return String(n);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = format.includes(',') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}${percent ? '%' : ''}`;
}

/** What a cell shows, as far as its width goes: a link's label, a date as dd/MM/yyyy. */
export function shownText(cell: OutputCell, format?: string): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') return shownNumber(cell, format);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'string') return cell;
  if ('date' in cell) return '00/00/0000';
  const label = /^HYPERLINK\("[^"]*","((?:[^"]|"")*)"\)$/.exec(cell.formula);
  return label ? label[1].replace(/""/g, '"') : '';
}

/**
 * The width a wrapped text needs: its longest word, and half the whole, so that it takes two
 * lines at most (two lines fit a row of Sheets' default height twice over, and a merged header
 * over two rows).
 */
function wrappedWidth(text: string, bold: boolean): number {
  const words = text.split(/\s+/).map((w) => textWidth(w, bold));
  return Math.max(...words, Math.ceil(textWidth(text, bold) / 2));
}

/** The lines a text takes wrapped within `width` pixels (a cell's padding aside). */
export function wrappedLines(text: string, width: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, bold);
      const next = line === 0 ? w : line + textWidth(' ', bold) + w;
      if (line > 0 && next > width - PADDING) {
        lines++;
        line = w;
      } else line = next;
    }
  }
  return lines;
}

export interface WidthOptions {
  /** The first row counted: title rows above it may overflow to the right. */
  fromRow: number;
  /** 1-based rows that wrap (their longest word counts) and rows in bold. */
  wrapRows?: number[];
  boldRows?: number[];
  /** Number formats by column, as the sheet applies them. */
  formats?: ColumnFormat[];
  /** Merged blocks: a block over several columns does not widen any one of them. */
  merges?: Area[];
  /** Columns whose text may be cut rather than widen them (long messages): their width. */
  fixed?: Record<number, number>;
}

/** Column widths in pixels for the rows of a sheet, from what each cell shows. */
export function columnWidths(rows: OutputCell[][], options: WidthOptions): number[] {
  const wrap = new Set(options.wrapRows ?? []);
  const bold = new Set(options.boldRows ?? []);
  const formatOf = (row: number, col: number) =>
    options.formats?.find((f) => f.col === col && row >= f.fromRow && row <= f.toRow)?.format;
  const spanned = (row: number, col: number) =>
    (options.merges ?? []).some(
      (m) =>
        m.cols > 1 && row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols,
    );
  const width = Math.max(0, ...rows.map((r) => r.length));
  const widths = new Array<number>(width).fill(0);
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (row < options.fromRow) return;
    cells.forEach((cell, j) => {
      const col = j + 1;
      if (spanned(row, col)) return;
      const text = shownText(cell, formatOf(row, col));
      if (!text) return;
      const w = wrap.has(row) ? wrappedWidth(text, bold.has(row)) : textWidth(text, bold.has(row));
      widths[j] = Math.max(widths[j], w);
    });
  });
  return widths.map((w, j) => {
    const fixed = options.fixed?.[j + 1];
    if (fixed) return fixed;
    const padded = Math.ceil((w + PADDING) / STEP) * STEP;
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, padded));
  });
}

/** A layout: widths from the content, the merges, borders and wrapped rows given. */
export function sheetLayout(
  rows: OutputCell[][],
  parts: { merges?: Area[]; borders?: Area[]; wrapRows?: number[] },
  options: Omit<WidthOptions, 'merges' | 'wrapRows'>,
): SheetLayout {
  const merges = parts.merges ?? [];
  const wrapRows = parts.wrapRows ?? [];
  return {
    widths: columnWidths(rows, { ...options, merges, wrapRows }),
    merges,
    borders: parts.borders ?? [],
    wrapRows,
  };
}

/** The table of a sheet: rows `from`..`to` of its first `cols` columns. */
export function tableArea(from: number, to: number, cols: number): Area {
  return { row: from, col: 1, rows: Math.max(1, to - from + 1), cols };
}

/**
 * A progress bar drawn with text, so it shows in every program and needs no formula: ten cells,
 * each a tenth, rounded down so that only a share of 100 % or more fills it.
 */
export function progressBar(share: number): string {
  const full = Math.max(0, Math.min(10, Math.floor(share * 10 + 1e-9)));
  return '█'.repeat(full) + '░'.repeat(10 - full);
}

/** `Nhật ký gửi thư`'s subject and outcome: they wrap within these widths. */
export const MAIL_LOG_WRAPPED: Record<number, number> = { 6: 300, 7: 200 };
/** `Chữ ký`, a checksum for the machine: narrow, its text cut. */
export const MAIL_LOG_SIGNATURE_WIDTH = 70;

/**
 * `Nhật ký gửi thư`, set when the log is made (rows are appended afterwards, so each column also
 * gets room for what later rows hold: every kind of message, a time, a date): the subject and the
 * outcome wrap within a fixed width, the signature narrow and cut; the table bordered. Later rows
 * take their format from the row above them as Sheets inserts them; the .xlsx borders and wraps
 * the whole log when it is saved (xlsx-print.ts).
 */
export function mailLogLayout(rows: OutputCell[][], kinds: string[]): SheetLayout {
  const later: OutputCell[][] = kinds.map((kind) => ['00/00/0000 00:00:00', kind, '00/00/0000']);
  const fixed = { ...MAIL_LOG_WRAPPED, 8: MAIL_LOG_SIGNATURE_WIDTH };
  const widths = columnWidths([...rows, ...later], { fromRow: 1, boldRows: [1], fixed });
  const least = [0, 0, 0, 120, 160];
  const most = [0, 0, 0, 160, 240];
  const cols = Math.max(...rows.map((r) => r.length));
  return {
    widths: widths.map((w, i) => (most[i] ? Math.min(Math.max(w, least[i]), most[i]) : w)),
    merges: [],
    borders: [tableArea(1, rows.length, cols)],
    wrapRows: [1],
    wrapCols: Object.keys(MAIL_LOG_WRAPPED).map(Number),
  };
}

/** Each status's colour, in every sheet that shows a status. */
export const STATUS_COLOURS: TextColour[] = [
  { text: STATUS_LABELS.done, background: '#b7e1cd' },
  { text: STATUS_LABELS['on-track'], background: '#d9ead3' },
  { text: STATUS_LABELS.behind, background: '#fce8b2' },
  { text: STATUS_LABELS.overdue, background: '#f4c7c3' },
];
