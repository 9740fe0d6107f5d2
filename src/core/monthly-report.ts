// The table of a monthly (or final) report, shared by its block in `Báo cáo tháng` and its
// e-mail: per unit, under its groups at every level of `Cấp trên` (as `Tổng hợp`), each group
// with its subtotal, and the total. Per indicator: the period's figure (the cumulative at the
// period's last day less the cumulative at the day before its first: opening balances count
// in neither), the cumulative, and with a target its share, what remains and what is needed
// per day; then the backlog when the campaign has both indicators, and the status.
import type { Figures, Progress } from './progress';
import type { ReportPeriod } from './report-period';
import { pathKey, tree, walk } from './unit-tree';
import { REPORT } from './messages-report';
import { STATUS_LABELS, SUMMARY_COLUMN } from './vocabulary';

export type ReportCell = number | string | null;

export interface ReportColumn {
  /** The indicator's name over its columns; null for the columns after the indicators. */
  indicator: string | null;
  header: string;
  /** Sheets number format: counts '#,##0', shares '0.0%'; text columns none. */
  format: string | null;
}

export interface ReportRow {
  kind: 'unit' | 'subtotal' | 'total';
  /** The unit's number (STT); null for a subtotal or the total. */
  stt: number | null;
  name: string;
  /** 0 for the top level. */
  depth: number;
  /**
   * A unit's reporting in the period: the days it reported of the days its rhythm made due
   * (null: a subtotal, the total, or a block written without the column).
   */
  days: ReportDays | null;
  cells: ReportCell[];
}

/** Days with a report of the due counting days of a unit's rhythm in the period. */
export interface ReportDays {
  reported: number;
  due: number;
}

export interface ReportTable {
  period: ReportPeriod;
  campaign: string;
  deadline: string;
  daysLeft: number;
  /** Whether the table has the column `Số ngày báo cáo` (blocks written before it had not). */
  hasDays: boolean;
  columns: ReportColumn[];
  rows: ReportRow[];
}

/**
 * The report of `period` from progress at its last day (`at`) and at the counting day before its
 * first (`before`: progress at null, the opening balances, for a period from the start); `days`:
 * each unit's reporting in the period, in the order of `at.units`.
 */
export function reportTable(
  period: ReportPeriod,
  at: Progress,
  before: Progress,
  days: ReportDays[] = [],
): ReportTable {
  const columns: ReportColumn[] = [];
  const pick: ((row: Figures, prior: Figures | undefined) => ReportCell)[] = [];
  const add = (column: ReportColumn, cell: (row: Figures, prior?: Figures) => ReportCell) => {
    columns.push(column);
    pick.push(cell);
  };
  for (const indicator of at.indicators) {
    const col = (header: string, format: string | null) => ({ indicator, header, format });
    add(col(REPORT.period, '#,##0'), (row, prior) => {
      const f = row.indicators[indicator];
      if (!f) return null;
      return f.cumulative - (prior?.indicators[indicator]?.cumulative ?? 0);
    });
    add(col(SUMMARY_COLUMN.cumulative, '#,##0'), (row) => row.indicators[indicator]?.cumulative);
    if (!at.quotaIndicators.includes(indicator)) continue;
    add(col(SUMMARY_COLUMN.percent, '0.0%'), (row) => row.indicators[indicator]?.percent);
    add(col(SUMMARY_COLUMN.remaining, '#,##0'), (row) => row.indicators[indicator]?.remaining);
    add(col(SUMMARY_COLUMN.required, '#,##0'), (row) => row.indicators[indicator]?.requiredPerDay);
  }
  if (at.total.pendingActivation !== null)
    add(
      { indicator: null, header: SUMMARY_COLUMN.pending, format: '#,##0' },
      (row) => row.pendingActivation,
    );
  add({ indicator: null, header: SUMMARY_COLUMN.status, format: null }, (row) =>
    row.status ? STATUS_LABELS[row.status] : null,
  );
  const cells = (row: Figures, prior: Figures | undefined) =>
    pick.map((p) => p(row, prior) ?? null);

  const unitsBefore = new Map(at.units.map((u, i) => [u, before.units[i]]));
  const unitDays = new Map(at.units.map((u, i) => [u, days[i] ?? null]));
  const groupsBefore = new Map(before.groups.map((g) => [pathKey(g.path), g]));
  const rows: ReportRow[] = [];
  let stt = 0;
  // As `Tổng hợp`: a group's units and subtotal sit one level in from its parent's.
  walk(tree(at), {
    unit: (u, depth) =>
      rows.push({
        kind: 'unit',
        stt: ++stt,
        name: u.name,
        depth,
        days: unitDays.get(u) ?? null,
        cells: cells(u, unitsBefore.get(u)),
      }),
    group: (g, depth) =>
      rows.push({
        kind: 'subtotal',
        stt: null,
        name: SUMMARY_COLUMN.subtotal(g.name),
        depth,
        days: null,
        cells: cells(g, groupsBefore.get(pathKey(g.path))),
      }),
  });
  rows.push({
    kind: 'total',
    stt: null,
    name: SUMMARY_COLUMN.total,
    depth: 0,
    days: null,
    cells: cells(at.total, before.total),
  });
  return {
    period,
    campaign: at.campaign,
    deadline: at.deadline,
    daysLeft: at.daysLeft,
    hasDays: days.length > 0,
    columns,
    rows,
  };
}
