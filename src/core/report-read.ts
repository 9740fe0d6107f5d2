// A report's block in `Báo cáo tháng` read back into its table: the e-mail of a report that goes
// in a later run (the quota held it, a continuation, a day of its grace, the menu's sending)
// carries the block as it was written, never figures worked out again from data changed since.
// The reverse of reportBlock (report-sheet.ts): title, standing, two header rows, one row per
// unit, subtotal and the total, down to the first row with no name.
import { readDate } from './dates';
import { REPORT, STANDING_PATTERN } from './messages-report';
import type {
  ReportCell,
  ReportColumn,
  ReportDays,
  ReportRow,
  ReportTable,
} from './monthly-report';
import type { WrittenReport } from './report-sheet';
import { TITLE_PATTERN, formatOf } from './report-sheet';
import { cellText, sameLabel } from './text';
import { INDENT } from './unit-tree';
import type { CellValue, Rows } from './values';
import { isBlank } from './values';

/** What the standing line cannot say back (a line a person edited): the campaign's own. */
export interface ReadFallback {
  campaign: string;
  deadline: string;
}

const text = (v: CellValue | undefined) => (v === undefined || isBlank(v) ? '' : cellText(v));

function cellOf(v: CellValue | undefined): ReportCell {
  if (typeof v === 'number') return v;
  const t = text(v).trim();
  return t === '' ? null : t;
}

function daysOf(v: CellValue | undefined): ReportDays | null {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text(v).trim());
  return m ? { reported: Number(m[1]), due: Number(m[2]) } : null;
}

/** The table of the block whose title is at `block.row`; null when its rows are not there. */
export function readReportTable(
  rows: Rows,
  block: WrittenReport,
  fallback: ReadFallback,
): ReportTable | null {
  const title = rows[block.row - 1];
  const m = title && TITLE_PATTERN.exec(text(title[0]).trim());
  if (!m) return null;
  const monthOf = /(\d{1,2})\/(\d{4})$/.exec(m[1]);
  const [month, year] = monthOf
    ? [Number(monthOf[1]), Number(monthOf[2])]
    : block.to.split('-').slice(0, 2).map(Number).reverse();
  const period = { kind: block.kind, from: block.from, to: block.to, month, year };

  const standing = STANDING_PATTERN.exec(text(rows[block.row]?.[0]).trim());
  const deadline = standing && readDate(standing[4]);
  const head1 = rows[block.row + 1] ?? [];
  const head2 = rows[block.row + 2] ?? [];
  const width = Math.max(head1.length, head2.length);
  const hasDays = sameLabel(text(head1[2]), REPORT.days);
  const first = hasDays ? 3 : 2;
  const columns: ReportColumn[] = [];
  let indicator: string | null = null;
  for (let c = first; c < width; c++) {
    const top = text(head1[c]).trim();
    const below = text(head2[c]).trim();
    if (!top && !below) break;
    // A column over both header rows (its second blank, or holding the same name where a sheet
    // was unmerged and filled) is one after the indicators.
    if (below === '' || below === top)
      columns.push({ indicator: null, header: top, format: formatOf(top) });
    else {
      indicator = top || indicator;
      columns.push({ indicator, header: below, format: formatOf(below) });
    }
  }

  const out: ReportRow[] = [];
  for (let r = block.row + 3; r < rows.length; r++) {
    const row = rows[r];
    // The name as written (its indent says its level): not through cellText, which trims.
    let name = typeof row[1] === 'string' ? row[1] : text(row[1]);
    if (name.trim() === '') break;
    let depth = 0;
    while (name.startsWith(INDENT)) {
      name = name.slice(INDENT.length);
      depth++;
    }
    const number = text(row[0]).trim();
    const stt = typeof row[0] === 'number' ? row[0] : /^\d+$/.test(number) ? Number(number) : null;
    out.push({
      kind: stt !== null ? 'unit' : 'subtotal',
      stt,
      name,
      depth,
      days: hasDays && stt !== null ? daysOf(row[2]) : null,
      cells: columns.map((_, i) => cellOf(row[first + i])),
    });
  }
  if (!out.length) return null;
  // The total is the block's last row (a subtotal's name may be anything a person typed).
  const last = out[out.length - 1];
  if (last.stt === null) last.kind = 'total';
  return {
    period,
    campaign: standing ? standing[1] : fallback.campaign,
    deadline: deadline ?? fallback.deadline,
    daysLeft: standing?.[3] ? Number(standing[3]) : 0,
    hasDays,
    columns,
    rows: out,
  };
}
