// `Phụ lục thống kê`: the statistics appendix of plan 135/KH-BCĐ (Cần Giờ), column for column,
// rewritten with each summary so an office can print the table its plan asks for. The document
// puts the activation backlog first (Chưa kích hoạt, what a day must clear, by when), then the
// collection quota (what remains, what a day must collect, by when).
import { formatVnDate } from './dates';
import { SUMMARY } from './messages';
import { APPENDIX } from './messages-appendix';
import type { ColumnFormat, OutputCell, ReportSheet } from './output';
import type { Figures, Progress } from './progress';
import { tree, walk } from './unit-tree';
import { BACKLOG_PAIR, SHEETS, SUMMARY_COLUMN } from './vocabulary';

/** Title, as-of line, rounding line. */
const TITLE_ROWS = 3;
const COUNT = '#,##0';
const DATE = 'dd/MM/yyyy';
const INDENT = '    ';

interface Column {
  header: string;
  width: number;
  format?: string;
  cell(f: Figures): OutputCell;
}

const date = (d: string | null | undefined): OutputCell => (d ? { date: d } : null);

/** The document's eleven columns, for a campaign that collects and activates. */
function pairColumns(): Column[] {
  const { collected, activated } = BACKLOG_PAIR;
  const c = (f: Figures) => f.indicators[collected];
  const a = (f: Figures) => f.indicators[activated];
  const h = APPENDIX.header;
  return [
    { header: h.quota, width: 90, format: COUNT, cell: (f) => c(f)?.quota ?? null },
    { header: h.collected, width: 90, format: COUNT, cell: (f) => c(f)?.cumulative ?? null },
    { header: h.activated, width: 90, format: COUNT, cell: (f) => a(f)?.cumulative ?? null },
    { header: h.pending, width: 90, format: COUNT, cell: (f) => f.pendingActivation },
    { header: h.pendingPerDay, width: 110, format: COUNT, cell: (f) => f.pendingPerDay },
    {
      header: h.finish,
      width: 95,
      format: DATE,
      cell: (f) => (f.pendingActivation === null ? null : date(f.deadline)),
    },
    { header: h.remaining, width: 95, format: COUNT, cell: (f) => c(f)?.remaining ?? null },
    {
      header: h.perDay,
      width: 95,
      format: COUNT,
      cell: (f) => c(f)?.requiredPerDay ?? null,
    },
    {
      header: h.finish,
      width: 95,
      format: DATE,
      cell: (f) => (c(f)?.quota != null ? date(f.deadline) : null),
    },
  ];
}

/**
 * The same table for a campaign whose indicators are others (staff, pupils, parents): for each
 * indicator with a quota, the target, what is done, what remains, a day's share, by when.
 */
function indicatorColumns(indicators: string[]): Column[] {
  const h = APPENDIX.header;
  return indicators.flatMap((x): Column[] => {
    const of = (f: Figures) => f.indicators[x];
    return [
      { header: h.quotaOf(x), width: 95, format: COUNT, cell: (f) => of(f)?.quota ?? null },
      { header: h.doneOf(x), width: 95, format: COUNT, cell: (f) => of(f)?.cumulative ?? null },
      { header: h.remaining, width: 95, format: COUNT, cell: (f) => of(f)?.remaining ?? null },
      {
        header: h.perDay,
        width: 95,
        format: COUNT,
        cell: (f) => of(f)?.requiredPerDay ?? null,
      },
      {
        header: h.finish,
        width: 95,
        format: DATE,
        cell: (f) => (of(f)?.quota != null ? date(f.deadline) : null),
      },
    ];
  });
}

/** Builds `Phụ lục thống kê` from the progress the summary computed. */
export function appendixSheet(p: Progress): ReportSheet {
  const pair =
    p.indicators.includes(BACKLOG_PAIR.collected) && p.indicators.includes(BACKLOG_PAIR.activated);
  const columns = pair ? pairColumns() : indicatorColumns(p.quotaIndicators);
  const header = [APPENDIX.header.stt, APPENDIX.header.unit, ...columns.map((c) => c.header)];
  const rows: OutputCell[][] = [
    [APPENDIX.title(p.campaign)],
    [
      p.asOf
        ? SUMMARY.asOf(formatVnDate(p.asOf), p.daysLeft, formatVnDate(p.deadline))
        : SUMMARY.notStarted(formatVnDate(p.deadline)),
    ],
    [APPENDIX.rounding(p.rounding)],
    header,
  ];
  const bold = [1, TITLE_ROWS + 1];
  const line = (stt: OutputCell, name: string, f: Figures) => [
    stt,
    name,
    ...columns.map((c) => c.cell(f)),
  ];
  // A single group holding every unit says what the total says: the document lists the
  // communes, then its total, so such a group gets no row of its own.
  const root = tree(p);
  const only = root.items.length === 1 && 'items' in root.items[0] ? root.items[0] : null;
  let stt = 0;
  walk(root, {
    unit: (u, depth) => rows.push(line(++stt, INDENT.repeat(depth) + u.name, u)),
    group: (g, depth) => {
      if (only?.group === g) return;
      bold.push(rows.length + 1);
      rows.push(line('', INDENT.repeat(depth) + SUMMARY_COLUMN.subtotal(g.name), g));
    },
  });
  bold.push(rows.length + 1);
  rows.push(line('', SUMMARY_COLUMN.total, p.total));

  const last = rows.length;
  const formats: ColumnFormat[] = columns.flatMap((c, i) =>
    c.format ? [{ col: i + 3, fromRow: TITLE_ROWS + 2, toRow: last, format: c.format }] : [],
  );
  const width = header.length;
  return {
    name: SHEETS.appendix,
    rows,
    boldRows: bold,
    frozenRows: TITLE_ROWS + 1,
    frozenColumns: 2,
    formats,
    colours: [],
    layout: {
      widths: [40, 200, ...columns.map((c) => c.width)],
      merges: [],
      borders: [{ row: TITLE_ROWS + 1, col: 1, rows: last - TITLE_ROWS, cols: width }],
      wrapRows: [TITLE_ROWS + 1],
    },
  };
}
