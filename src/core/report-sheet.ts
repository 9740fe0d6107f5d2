// `Báo cáo tháng`: one block per report made, newest on top. A block is written once, when its
// report is made, and then kept as it stands (it is what was mailed; later corrections show in
// `Tổng hợp` and in the next report's cumulative): a run that finds the block of a period
// already there writes nothing. Older blocks are copied below the new one, cell for cell, and
// the sheet's formats are worked out again from what its rows say, block by block.
import { formatVnDate, readDate } from './dates';
import { STATUS_COLOURS } from './layout';
import { REPORT } from './messages-report';
import type { ReportDays, ReportTable } from './monthly-report';
import type { ColumnFormat, OutputCell, ReportSheet, SheetLayout } from './output';
import type { MadeReport, ReportPeriod } from './report-period';
import { INDENT } from './unit-tree';
import { cellText, sameLabel } from './text';
import type { Rows } from './values';
import { isBlank, isSheetDate } from './values';
import { SHEETS, SUMMARY_COLUMN } from './vocabulary';

/** Title, standing, two header rows. */
const BLOCK_HEAD = 4;

/** A block's title, as REPORT writes it: its kind and its period. */
export const TITLE_PATTERN =
  /^(Báo cáo tháng \d{1,2}\/\d{4}|Báo cáo kết thúc chiến dịch) \(từ (\d{2}\/\d{2}\/\d{4}) đến (\d{2}\/\d{2}\/\d{4})\)$/;

export interface WrittenReport extends MadeReport {
  /** 1-based row of its title. */
  row: number;
}

/** The blocks `Báo cáo tháng` holds, by their titles, top first. */
export function writtenReports(rows: Rows | null): WrittenReport[] {
  const found: WrittenReport[] = [];
  (rows ?? []).forEach((r, i) => {
    const m = TITLE_PATTERN.exec(cellText(r[0]).trim());
    const from = m && readDate(m[2]);
    const to = m && readDate(m[3]);
    if (m && from && to)
      found.push({
        kind: m[1].startsWith('Báo cáo tháng') ? 'monthly' : 'final',
        from,
        to,
        row: i + 1,
      });
  });
  return found;
}

/** Whether the sheet holds the block of a report (its kind, ending on the same day). */
export function hasReport(written: MadeReport[], p: ReportPeriod): boolean {
  return written.some((w) => w.kind === p.kind && w.to === p.to);
}

export function reportTitle(p: ReportPeriod): string {
  const from = formatVnDate(p.from);
  const to = formatVnDate(p.to);
  return p.kind === 'monthly'
    ? REPORT.monthlyTitle(p.month, p.year, from, to)
    : REPORT.finalTitle(from, to);
}

/** A report's block: title, standing, two header rows, its rows, and a blank row after. */
export function reportBlock(t: ReportTable, when: string): OutputCell[][] {
  const header1: OutputCell[] = [SUMMARY_COLUMN.stt, SUMMARY_COLUMN.unit];
  const header2: OutputCell[] = ['', ''];
  if (t.hasDays) {
    header1.push(REPORT.days);
    header2.push('');
  }
  t.columns.forEach((c, i) => {
    const first = i === 0 || t.columns[i - 1].indicator !== c.indicator;
    if (c.indicator === null) {
      header1.push(c.header);
      header2.push('');
    } else {
      header1.push(first ? c.indicator : '');
      header2.push(c.header);
    }
  });
  return [
    [reportTitle(t.period)],
    [
      `${REPORT.standing(t.campaign, formatVnDate(t.period.to), t.daysLeft, formatVnDate(t.deadline))} ${REPORT.made(when)}`,
    ],
    header1,
    header2,
    ...t.rows.map((r) => [
      r.stt ?? '',
      INDENT.repeat(r.depth) + r.name,
      ...(t.hasDays ? [r.days ? daysText(r.days) : ''] : []),
      ...r.cells,
    ]),
    [],
  ];
}

/** A unit's reporting in the period as its cell shows it: "18/20". */
export function daysText(d: ReportDays): string {
  return `${d.reported}/${d.due}`;
}

/** Number formats by the header a column has in its block. */
export function formatOf(header: string): string | null {
  if (sameLabel(header, SUMMARY_COLUMN.percent)) return '0.0%';
  if (sameLabel(header, SUMMARY_COLUMN.status) || sameLabel(header, REPORT.days)) return null;
  if (header === '') return null;
  return '#,##0';
}

/** Bold rows, formats and colours of the whole sheet, from what its blocks say. */
function styleOf(rows: OutputCell[][], titles: number[]): Omit<ReportSheet, 'name' | 'rows'> {
  const text = (r: number, c: number) => {
    const v = rows[r - 1]?.[c - 1];
    return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
  };
  const boldRows: number[] = [];
  const blocks: { formats: ColumnFormat[]; colours: ReportSheet['colours'] }[] = [];
  const layout: SheetLayout = { widths: [], merges: [], borders: [], wrapRows: [] };
  let widest = 2;
  titles.forEach((title, k) => {
    const end = (titles[k + 1] ?? rows.length + 1) - 1;
    boldRows.push(title, title + 2, title + 3);
    const first = title + BLOCK_HEAD;
    let last = first - 1;
    while (last < end && text(last + 1, 2).trim() !== '') last++;
    for (let r = first; r <= last; r++) if (text(r, 1) === '') boldRows.push(r);
    if (last < first) return;
    const width = Math.max(rows[title + 1]?.length ?? 0, rows[title + 2]?.length ?? 0);
    const formats: ColumnFormat[] = [];
    const colours: ReportSheet['colours'] = [];
    widest = Math.max(widest, width);
    // Print-ready: the table bordered, its header rows wrapped, each indicator's name merged
    // over its columns, and a column without a second header merged over both header rows.
    const head = title + 2;
    layout.borders.push({ row: head, col: 1, rows: last - head + 1, cols: width });
    layout.wrapRows.push(head, head + 1);
    for (let c = 1; c <= width; c++) {
      if (text(head + 1, c) === '') {
        layout.merges.push({ row: head, col: c, rows: 2, cols: 1 });
        continue;
      }
      if (text(head, c) === '') continue;
      let span = 1;
      while (c + span <= width && text(head, c + span) === '' && text(head + 1, c + span) !== '')
        span++;
      if (span > 1) layout.merges.push({ row: head, col: c, rows: 1, cols: span });
    }
    for (let c = 3; c <= width; c++) {
      const header = text(title + 3, c) || text(title + 2, c);
      const format = formatOf(header);
      if (format) formats.push({ col: c, fromRow: first, toRow: last, format });
      if (sameLabel(header, SUMMARY_COLUMN.status))
        colours.push({ col: c, fromRow: first, toRow: last, rules: STATUS_COLOURS });
    }
    blocks.push({ formats, colours });
  });
  // The newest block's formats last: a port that keeps one format per column keeps its.
  const ordered = [...blocks].reverse();
  return {
    boldRows,
    frozenRows: 0,
    frozenColumns: 2,
    wide: { col: 2, width: 200 },
    formats: ordered.flatMap((b) => b.formats),
    colours: ordered.flatMap((b) => b.colours),
    layout: {
      ...layout,
      widths: [44, 200, ...new Array<number>(widest - 2).fill(92)],
    },
  };
}

/** A cell read back, to write again as it was. */
function again(v: Rows[number][number] | undefined): OutputCell {
  if (v === undefined || isBlank(v)) return null;
  return isSheetDate(v) ? { date: v.date } : v;
}

/**
 * `Báo cáo tháng` with the blocks of `tables` on top (the last of them topmost: the newest) and
 * every row it held below them, unchanged.
 */
export function reportSheet(
  existing: Rows | null,
  tables: ReportTable[],
  when: string,
): ReportSheet {
  const fresh = [...tables].reverse().flatMap((t) => reportBlock(t, when));
  const old = (existing ?? []).map((r) => r.map(again));
  while (old.length && old[old.length - 1].every((v) => v === null)) old.pop();
  const rows = [...fresh, ...old];
  const titles: number[] = [];
  rows.forEach((r, i) => {
    if (typeof r[0] === 'string' && TITLE_PATTERN.test(r[0].trim())) titles.push(i + 1);
  });
  return { name: SHEETS.monthly, rows, ...styleOf(rows, titles) };
}
