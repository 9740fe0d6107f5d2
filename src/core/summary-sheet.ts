// The `Tổng hợp` sheet: like the statistics appendix of plan 135/KH-BCĐ, with pace,
// projection, reporting and status; units under their group, each group with its subtotal.
import { columnLetter } from './a1';
import { formatVnDate } from './dates';
import { SUMMARY } from './messages';
import type { ColumnFormat, OutputCell, ReportSheet } from './output';
import { sheetLink } from './output';
import type { Figures, GroupProgress, IndicatorProgress, Progress, UnitProgress } from './progress';
import { SHEETS, STATUS_LABELS, SUMMARY_COLUMN } from './vocabulary';

/** Title, as-of line, convention line and the two header rows. */
const HEADER_ROWS = 5;
const STATUS_COLOURS = [
  { text: STATUS_LABELS.done, background: '#b7e1cd' },
  { text: STATUS_LABELS['on-track'], background: '#d9ead3' },
  { text: STATUS_LABELS.behind, background: '#fce8b2' },
  { text: STATUS_LABELS.overdue, background: '#f4c7c3' },
];

type Column = {
  header: string;
  format?: string;
  cell(row: Figures, n: number, percentCol: string): OutputCell;
};

function indicatorColumns(indicator: string, withQuota: boolean, window: number): Column[] {
  const get = (row: Figures): IndicatorProgress => row.indicators[indicator];
  const cumulative: Column = {
    header: SUMMARY_COLUMN.cumulative,
    format: '#,##0',
    cell: (r) => get(r).cumulative,
  };
  const pace: Column = {
    header: SUMMARY_COLUMN.pace(window),
    format: '#,##0.0',
    cell: (r) => get(r).pace,
  };
  const mean: Column = {
    header: SUMMARY_COLUMN.mean,
    format: '#,##0.0',
    cell: (r) => get(r).meanSinceStart,
  };
  if (!withQuota) return [cumulative, pace, mean];
  return [
    { header: SUMMARY_COLUMN.quota, format: '#,##0', cell: (r) => get(r).quota },
    cumulative,
    { header: SUMMARY_COLUMN.percent, format: '0.0%', cell: (r) => get(r).percent },
    {
      header: SUMMARY_COLUMN.bar,
      cell: (r, n, percentCol) =>
        get(r).percent === null
          ? null
          : {
              formula: `SPARKLINE(${percentCol}${n},{"charttype","bar";"max",1;"color1","#34a853"})`,
            },
    },
    { header: SUMMARY_COLUMN.remaining, format: '#,##0', cell: (r) => get(r).remaining },
    { header: SUMMARY_COLUMN.required, format: '#,##0', cell: (r) => get(r).requiredPerDay },
    pace,
    mean,
    {
      header: SUMMARY_COLUMN.projected,
      format: 'dd/MM/yyyy',
      cell: (r) => (get(r).projected ? { date: get(r).projected! } : null),
    },
  ];
}

function reportingText(u: UnitProgress): string {
  if (!u.tabRead) return SUMMARY_COLUMN.unread;
  if (u.reporting === 'missing') return SUMMARY_COLUMN.missing(u.missingStreak);
  return u.reporting === 'late' ? SUMMARY_COLUMN.late : SUMMARY_COLUMN.reported;
}

/** Builds `Tổng hợp`; `gid` gives a tab's sheet id for its link (null: no such tab). */
export function summarySheet(
  p: Progress,
  gid: (tab: string) => number | null,
  when: string,
): ReportSheet {
  const groups: { cols: Column[]; title: string }[] = p.indicators.map((indicator) => ({
    title: indicator,
    cols: indicatorColumns(indicator, p.quotaIndicators.includes(indicator), p.paceWindow),
  }));
  const hasPending = p.total.pendingActivation !== null;
  const tail: Column[] = [
    ...(hasPending
      ? [
          {
            header: SUMMARY_COLUMN.pending,
            format: '#,##0',
            cell: (r: Figures) => r.pendingActivation,
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
  let col = 3;
  const percentCols = new Map<string, string>();
  for (const g of groups) {
    header1.push(g.title, ...new Array(g.cols.length - 1).fill(''));
    header2.push(...g.cols.map((c) => c.header));
    const percentIndex = g.cols.findIndex((c) => c.header === SUMMARY_COLUMN.percent);
    if (percentIndex >= 0) percentCols.set(g.title, columnLetter(col + percentIndex));
    col += g.cols.length;
  }
  for (const t of tail) {
    header1.push(t.header);
    header2.push('');
    col++;
  }
  header1.push(p.asOf ? SUMMARY_COLUMN.reporting(asOfText) : SUMMARY_COLUMN.reporting('—'));
  header2.push('');

  const rows: OutputCell[][] = [
    [p.campaign],
    [
      p.asOf
        ? SUMMARY.asOf(asOfText, p.daysLeft, formatVnDate(p.deadline))
        : SUMMARY.notStarted(formatVnDate(p.deadline)),
    ],
    [SUMMARY.convention(p.paceWindow, when)],
    header1,
    header2,
  ];
  const bold: number[] = [1, 4, 5];
  const figuresRow = (first: OutputCell[], r: Figures, last: OutputCell): OutputCell[] => {
    const n = rows.length + 1;
    const cells: OutputCell[] = [...first];
    for (const g of groups)
      cells.push(...g.cols.map((c) => c.cell(r, n, percentCols.get(g.title) ?? 'A')));
    cells.push(...tail.map((c) => c.cell(r, n, '')), last);
    return cells;
  };
  let stt = 0;
  // Units under their group (in order of first appearance), each group followed by its subtotal.
  const groupOf = new Map(p.groups.flatMap((g) => g.units.map((name) => [name, g] as const)));
  const byGroup = new Map<GroupProgress | undefined, UnitProgress[]>();
  for (const u of p.units) {
    const group = groupOf.get(u.name);
    const members = byGroup.get(group);
    if (members) members.push(u);
    else byGroup.set(group, [u]);
  }
  for (const [group, members] of byGroup) {
    for (const u of members)
      rows.push(figuresRow([++stt, sheetLink(gid(u.tab), u.name)], u, reportingText(u)));
    if (group) {
      bold.push(rows.length + 1);
      rows.push(figuresRow(['', SUMMARY_COLUMN.subtotal(group.name)], group, ''));
    }
  }
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
