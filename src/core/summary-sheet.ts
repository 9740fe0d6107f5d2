// The `Tổng hợp` sheet: like the statistics appendix of plan 135/KH-BCĐ, with pace,
// projection, reporting and status; units under their group, each group with its subtotal.
import { formatVnDate } from './dates';
import { STATUS_COLOURS, progressBar, sheetLayout, tableArea } from './layout';
import { SUMMARY } from './messages';
import type { Area, ColumnFormat, OutputCell, ReportSheet } from './output';
import { sheetLink } from './output';
import type { Figures, IndicatorProgress, Progress, UnitProgress } from './progress';
import { missingSince } from './progress-figures';
import { targetLabel } from './targets';
import { INDENT, tree, walk } from './unit-tree';
import { SHEETS, STATUS_LABELS, SUMMARY_COLUMN } from './vocabulary';

/** Title, as-of line, convention line and the two header rows. */
const HEADER_ROWS = 5;

type Column = {
  header: string;
  format?: string;
  cell(row: Figures): OutputCell;
};

/** What the columns of an indicator show beyond the figures every campaign has. */
interface IndicatorShape {
  withQuota: boolean;
  /** Some unit's target is a share (or encouraged): the target as written gets a column. */
  withTarget: boolean;
  /** Some unit has a population: coverage gets a column. */
  withCoverage: boolean;
}

function indicatorColumns(indicator: string, shape: IndicatorShape, window: number): Column[] {
  // A unit that does not report the indicator has blank cells, not zeros.
  const of =
    (pick: (f: IndicatorProgress) => OutputCell) =>
    (row: Figures): OutputCell => {
      const f = row.indicators[indicator];
      return f ? pick(f) : null;
    };
  const cumulative: Column = {
    header: SUMMARY_COLUMN.cumulative,
    format: '#,##0',
    cell: of((f) => f.cumulative),
  };
  const coverage: Column[] = shape.withCoverage
    ? [
        { header: SUMMARY_COLUMN.population, format: '#,##0', cell: of((f) => f.population) },
        { header: SUMMARY_COLUMN.coverage, format: '0.0%', cell: of((f) => f.coverage) },
      ]
    : [];
  const pace: Column = {
    header: SUMMARY_COLUMN.pace(window),
    format: '#,##0.0',
    cell: of((f) => f.pace),
  };
  const mean: Column = {
    header: SUMMARY_COLUMN.mean,
    format: '#,##0.0',
    cell: of((f) => f.meanSinceStart),
  };
  if (!shape.withQuota) return [cumulative, ...coverage, pace, mean];
  return [
    ...(shape.withTarget
      ? [
          {
            header: SUMMARY_COLUMN.target,
            cell: of((f) => (f.target ? targetLabel(f.target, SUMMARY_COLUMN.countTarget) : null)),
          },
        ]
      : []),
    { header: SUMMARY_COLUMN.quota, format: '#,##0', cell: of((f) => f.quota) },
    cumulative,
    ...coverage,
    { header: SUMMARY_COLUMN.percent, format: '0.0%', cell: of((f) => f.percent) },
    // Text, not a SPARKLINE: it prints the same in Sheets, Excel and LibreOffice.
    {
      header: SUMMARY_COLUMN.bar,
      cell: of((f) => (f.percent === null ? null : progressBar(f.percent))),
    },
    { header: SUMMARY_COLUMN.remaining, format: '#,##0', cell: of((f) => f.remaining) },
    { header: SUMMARY_COLUMN.required, format: '#,##0', cell: of((f) => f.requiredPerDay) },
    pace,
    mean,
    {
      header: SUMMARY_COLUMN.projected,
      format: 'dd/MM/yyyy',
      cell: of((f) => (f.projected ? { date: f.projected } : null)),
    },
  ];
}

function reportingText(u: UnitProgress): string {
  if (!u.tabRead) return SUMMARY_COLUMN.unread;
  if (u.reporting === 'missing') return SUMMARY_COLUMN.missing(missingSince(u)!);
  return u.reporting === 'late' ? SUMMARY_COLUMN.late : SUMMARY_COLUMN.reported;
}

/** Builds `Tổng hợp`; `gid` gives a tab's sheet id for its link (null: no such tab). */
export function summarySheet(
  p: Progress,
  gid: (tab: string) => number | null,
  when: string,
): ReportSheet {
  const groups: { cols: Column[]; title: string }[] = p.indicators.map((indicator) => {
    const parts = p.units.flatMap((u) => u.indicators[indicator] ?? []);
    return {
      title: indicator,
      cols: indicatorColumns(
        indicator,
        {
          withQuota: p.quotaIndicators.includes(indicator),
          withTarget: parts.some((f) => f.target && (f.target.share !== null || f.target.soft)),
          withCoverage: parts.some((f) => f.population !== null),
        },
        p.paceWindow,
      ),
    };
  });
  const hasPending = p.total.pendingActivation !== null;
  const tail: Column[] = [
    ...(hasPending
      ? [
          {
            header: SUMMARY_COLUMN.pending,
            format: '#,##0',
            cell: (r: Figures) => r.pendingActivation,
          },
          {
            header: SUMMARY_COLUMN.pendingPerDay,
            format: '#,##0',
            cell: (r: Figures) => r.pendingPerDay,
          },
        ]
      : []),
    {
      header: SUMMARY_COLUMN.status,
      cell: (r: Figures) => (r.status ? STATUS_LABELS[r.status] : null),
    },
  ];
  const asOfText = p.asOf ? formatVnDate(p.asOf) : '';
  const width = 2 + groups.reduce((n, g) => n + g.cols.length, 0) + tail.length + 1;
  const reportingCol = width; // last column
  const header1: OutputCell[] = [SUMMARY_COLUMN.stt, SUMMARY_COLUMN.unit];
  const header2: OutputCell[] = ['', ''];
  // Each indicator's name merged over its columns; the other headers over both header rows.
  const merges: Area[] = [
    { row: 4, col: 1, rows: 2, cols: 1 },
    { row: 4, col: 2, rows: 2, cols: 1 },
  ];
  let col = 3;
  for (const g of groups) {
    header1.push(g.title, ...new Array(g.cols.length - 1).fill(''));
    header2.push(...g.cols.map((c) => c.header));
    if (g.cols.length > 1) merges.push({ row: 4, col, rows: 1, cols: g.cols.length });
    col += g.cols.length;
  }
  for (const t of [...tail, null]) {
    header1.push(t ? t.header : SUMMARY_COLUMN.reporting(p.asOf ? asOfText : '—'));
    header2.push('');
    merges.push({ row: 4, col, rows: 2, cols: 1 });
    col++;
  }

  const rows: OutputCell[][] = [
    [p.campaign],
    [
      (p.asOf
        ? SUMMARY.asOf(asOfText, p.daysLeft, formatVnDate(p.deadline))
        : SUMMARY.notStarted(formatVnDate(p.deadline))) +
        (p.phase
          ? SUMMARY.phase(p.phase.name, formatVnDate(p.phase.from), formatVnDate(p.phase.to))
          : ''),
    ],
    [SUMMARY.convention(p.paceWindow, when, p.rounding)],
    header1,
    header2,
  ];
  const bold: number[] = [1, 4, 5];
  const figuresRow = (first: OutputCell[], r: Figures, last: OutputCell): OutputCell[] => {
    const cells: OutputCell[] = [...first];
    for (const g of groups) cells.push(...g.cols.map((c) => c.cell(r)));
    cells.push(...tail.map((c) => c.cell(r)), last);
    return cells;
  };
  let stt = 0;
  // Units under their groups, each group followed by its subtotal, indented by level.
  walk(tree(p), {
    unit: (u, depth) =>
      rows.push(
        figuresRow(
          [++stt, sheetLink(gid(u.tab), INDENT.repeat(depth) + u.name)],
          u,
          reportingText(u),
        ),
      ),
    group: (g, depth) => {
      bold.push(rows.length + 1);
      rows.push(figuresRow(['', INDENT.repeat(depth) + SUMMARY_COLUMN.subtotal(g.name)], g, ''));
    },
  });
  bold.push(rows.length + 1);
  rows.push(figuresRow(['', SUMMARY_COLUMN.total], p.total, ''));

  const last = rows.length;
  const formats: ColumnFormat[] = [];
  col = 3;
  for (const c of [...groups.flatMap((g) => g.cols), ...tail]) {
    if (c.format) formats.push({ col, fromRow: HEADER_ROWS + 1, toRow: last, format: c.format });
    col++;
  }
  const statusCol = width - 1;
  return {
    name: SHEETS.summary,
    rows,
    boldRows: bold,
    frozenRows: HEADER_ROWS,
    frozenColumns: 2,
    wide: { col: 2, width: 180 },
    // The title rows (1–3) overflow to the right rather than widen columns A and B.
    layout: sheetLayout(
      rows,
      { merges, borders: [tableArea(4, last, width)], wrapRows: [4, 5] },
      { fromRow: 4, boldRows: bold, formats },
    ),
    formats,
    colours: [
      { col: statusCol, fromRow: HEADER_ROWS + 1, toRow: last, rules: STATUS_COLOURS },
      {
        col: reportingCol,
        fromRow: HEADER_ROWS + 1,
        toRow: last,
        rules: [
          { text: SUMMARY_COLUMN.missingPrefix, contains: true, fontColor: '#cc0000' },
          { text: SUMMARY_COLUMN.late, fontColor: '#b45f06' },
        ],
      },
    ],
  };
}
