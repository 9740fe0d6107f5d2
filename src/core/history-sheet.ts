// The `Lịch sử` sheet, one row of totals per data date against the plan's straight line, and
// its chart of the first quota indicator.
import { countingDays } from './calendar';
import { planLine } from './plan-line';
import type { Campaign } from './campaign';
import { readDate } from './dates';
import { SUMMARY } from './messages';
import { sheetLayout, tableArea } from './layout';
import type { ChartPlan, ColumnFormat, OutputCell, ReportSheet } from './output';
import type { IndicatorProgress, Progress } from './progress';
import { cellText, sameLabel } from './text';
import type { Rows } from './values';
import { isSheetDate } from './values';
import { SHEETS, SUMMARY_COLUMN } from './vocabulary';

/**
 * `Lịch sử` with the row of this data date added, or replaced when it is there already: the
 * totals, and for each quota indicator the straight line from the opening total at the start to
 * the quota at the deadline.
 */
export function historySheet(
  existing: Rows | null,
  p: Progress,
  campaign: Pick<Campaign, 'settings' | 'units' | 'phases'>,
  when: string,
): ReportSheet {
  const rules = campaign.settings;
  const header: OutputCell[] = [SUMMARY_COLUMN.historyDate];
  for (const i of p.indicators) {
    header.push(SUMMARY_COLUMN.historyCumulative(i));
    if (p.quotaIndicators.includes(i)) header.push(SUMMARY_COLUMN.historyPlan(i));
  }
  // Earlier rows are kept under their own headers: a column moves when an indicator is added
  // before it, and a column of an indicator no longer in the campaign stays, before the stamp.
  const oldHeader = (existing?.[0] ?? []).map((v) => cellText(v));
  for (const label of oldHeader.slice(1))
    if (
      label &&
      !header.some((h) => sameLabel(String(h), label)) &&
      !sameLabel(label, SUMMARY_COLUMN.historyStamp)
    )
      header.push(label);
  header.push(SUMMARY_COLUMN.historyStamp);
  const from = header.map((h) => oldHeader.findIndex((o, k) => k > 0 && sameLabel(o, String(h))));
  const rowsByDate = new Map<string, OutputCell[]>();
  for (const r of (existing ?? []).slice(1)) {
    const date = isSheetDate(r[0]) ? r[0].date : readDate(r[0]);
    if (!date) continue;
    rowsByDate.set(date, [
      { date },
      ...from.slice(1).map((k) => {
        const v = k < 0 ? null : r[k];
        return isSheetDate(v) ? { date: v.date } : (v ?? null);
      }),
    ]);
  }
  if (p.asOf) {
    const row: OutputCell[] = [{ date: p.asOf }];
    for (const i of p.indicators) {
      // An indicator no unit reports has no total; one whose targets are all encouraged, no plan.
      const t = p.total.indicators[i] as IndicatorProgress | undefined;
      row.push(t ? t.cumulative : null);
      if (p.quotaIndicators.includes(i)) row.push(planLine(campaign, p, i)?.at(p.asOf) ?? null);
    }
    // Blank under the columns kept from earlier rows only.
    while (row.length < header.length - 1) row.push(null);
    row.push(when);
    rowsByDate.set(p.asOf, row);
  }
  const dates = [...rowsByDate.keys()].sort();
  const rows = [header, ...dates.map((d) => rowsByDate.get(d)!)];
  const formats: ColumnFormat[] = [
    { col: 1, fromRow: 2, toRow: Math.max(2, rows.length), format: 'dd/MM/yyyy' },
    ...header.slice(1, -1).map((_, i) => ({
      col: i + 2,
      fromRow: 2,
      toRow: Math.max(2, rows.length),
      format: '#,##0',
    })),
  ];
  return {
    name: SHEETS.history,
    rows,
    boldRows: [1],
    frozenRows: 1,
    wide: { col: 1, width: 110 },
    layout: sheetLayout(
      rows,
      { borders: [tableArea(1, rows.length, header.length)], wrapRows: [1] },
      { fromRow: 1, boldRows: [1], formats },
    ),
    // A row for every counting day to come, which the chart made with the sheet then covers.
    minRows: 1 + countingDays(p.start, p.deadline, rules).length,
    formats,
    colours: [],
  };
}

/** The chart of `Lịch sử`: the first quota indicator's cumulative against its plan line. */
export function historyChart(history: ReportSheet, p: Progress): ChartPlan | null {
  const first = p.quotaIndicators[0];
  if (!first) return null;
  const header = history.rows[0];
  const cumulative = header.indexOf(SUMMARY_COLUMN.historyCumulative(first)) + 1;
  return {
    sheet: history.name,
    // The dates, then the cumulative and the plan beside it.
    columns: [
      { col: 1, cols: 1 },
      { col: cumulative, cols: 2 },
    ],
    title: SUMMARY.chartTitle(first),
    row: 2,
    col: header.length + 2,
  };
}
