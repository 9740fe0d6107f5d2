// `Phụ lục thống kê`: the statistics appendix of plan 135/KH-BCĐ (Cần Giờ), column for column,
// rewritten with each summary so an office can print the table its plan asks for. The document
// puts the activation backlog first (Chưa kích hoạt, what a day must clear, by when), then the
// collection quota (what remains, what a day must collect, by when).
import { formatVnDate } from './dates';
import { sheetLayout, tableArea } from './layout';
import { SUMMARY } from './messages';
import { APPENDIX } from './messages-appendix';
import type { Area, ColumnFormat, OutputCell, ReportSheet } from './output';
import type { Figures, Progress } from './progress';
import { INDENT, tree, walk } from './unit-tree';
import { BACKLOG_PAIR, SHEETS, SUMMARY_COLUMN } from './vocabulary';

/** Title, as-of line, rounding line. */
const TITLE_ROWS = 3;
const COUNT = '#,##0';
const DATE = 'dd/MM/yyyy';

interface Column {
  header: string;
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
    { header: h.quota, format: COUNT, cell: (f) => c(f)?.quota ?? null },
    { header: h.collected, format: COUNT, cell: (f) => c(f)?.cumulative ?? null },
    { header: h.activated, format: COUNT, cell: (f) => a(f)?.cumulative ?? null },
    { header: h.pending, format: COUNT, cell: (f) => f.pendingActivation },
    { header: h.pendingPerDay, format: COUNT, cell: (f) => f.pendingPerDay },
    {
      header: h.finish,
      format: DATE,
      cell: (f) => (f.pendingActivation === null ? null : date(f.deadline)),
    },
    { header: h.remaining, format: COUNT, cell: (f) => c(f)?.remaining ?? null },
    {
      header: h.perDay,
      format: COUNT,
      cell: (f) => c(f)?.requiredPerDay ?? null,
    },
    {
      header: h.finish,
      format: DATE,
      cell: (f) => (c(f)?.quota != null ? date(f.deadline) : null),
    },
  ];
}

/**
 * The same table for a campaign whose indicators are others (staff, pupils, parents): under
 * each indicator with a quota, the target, what is done, what remains and a day's share; then
 * the unit's deadline, which is one for all its indicators.
 */
function indicatorColumns(indicators: string[]): Column[] {
  const h = APPENDIX.header;
  const columns = indicators.flatMap((x): Column[] => {
    const of = (f: Figures) => f.indicators[x];
    return [
      { header: h.quota, format: COUNT, cell: (f) => of(f)?.quota ?? null },
      { header: h.done, format: COUNT, cell: (f) => of(f)?.cumulative ?? null },
      { header: h.remaining, format: COUNT, cell: (f) => of(f)?.remaining ?? null },
      {
        header: h.perDay,
        format: COUNT,
        cell: (f) => of(f)?.requiredPerDay ?? null,
      },
    ];
  });
  const quota = (f: Figures) => indicators.some((x) => f.indicators[x]?.quota != null);
  return [
    ...columns,
    {
      header: h.finish,
      format: DATE,
      cell: (f) => (quota(f) ? date(f.deadline) : null),
    },
  ];
}

/** Builds `Phụ lục thống kê` from the progress the summary computed. */
export function appendixSheet(p: Progress): ReportSheet {
  const pair =
    p.indicators.includes(BACKLOG_PAIR.collected) && p.indicators.includes(BACKLOG_PAIR.activated);
  const indicators = pair ? [] : p.quotaIndicators;
  const columns = pair ? pairColumns() : indicatorColumns(indicators);
  const header = [APPENDIX.header.stt, APPENDIX.header.unit, ...columns.map((c) => c.header)];
  const width = header.length;
  // Other indicators: their names over their four columns, in a row above the headers.
  const merges: Area[] = [];
  const headers: OutputCell[][] = [header];
  if (indicators.length) {
    const above: OutputCell[] = [header[0], header[1]];
    indicators.forEach((x, i) => {
      above.push(x, '', '', '');
      merges.push({ row: TITLE_ROWS + 1, col: 3 + 4 * i, rows: 1, cols: 4 });
    });
    above.push(header[width - 1]);
    header[0] = header[1] = header[width - 1] = '';
    for (const col of [1, 2, width]) merges.push({ row: TITLE_ROWS + 1, col, rows: 2, cols: 1 });
    headers.unshift(above);
  }
  const top = TITLE_ROWS + headers.length;
  const rows: OutputCell[][] = [
    [APPENDIX.title(p.campaign)],
    [
      p.asOf
        ? SUMMARY.asOf(formatVnDate(p.asOf), p.daysLeft, formatVnDate(p.deadline))
        : SUMMARY.notStarted(formatVnDate(p.deadline)),
    ],
    [APPENDIX.rounding(p.rounding)],
    ...headers,
  ];
  const bold = [1, ...headers.map((_, i) => TITLE_ROWS + 1 + i)];
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
    c.format ? [{ col: i + 3, fromRow: top + 1, toRow: last, format: c.format }] : [],
  );
  return {
    name: SHEETS.appendix,
    rows,
    boldRows: bold,
    frozenRows: top,
    frozenColumns: 2,
    formats,
    colours: [],
    // The title rows overflow to the right rather than widen columns A and B.
    layout: sheetLayout(
      rows,
      {
        merges,
        borders: [tableArea(TITLE_ROWS + 1, last, width)],
        wrapRows: headers.map((_, i) => TITLE_ROWS + 1 + i),
      },
      { fromRow: TITLE_ROWS + 1, boldRows: bold, formats },
    ),
  };
}
