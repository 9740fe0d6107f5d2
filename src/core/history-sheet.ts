// The `Lịch sử` sheet, one row of totals per data date against the plan's straight line, and
// its chart of the first quota indicator.
import { countingDays, nextCountingDay } from './calendar';
import type { Phase } from './phases';
import { targetCount } from './targets';
import { targetInForce } from './unit-progress';
import { populationOf, reports } from './units';
import type { Campaign } from './campaign';
import { readDate } from './dates';
import { SUMMARY } from './messages';
import type { ChartPlan, OutputCell, ReportSheet } from './output';
import type { IndicatorProgress, Progress } from './progress';
import { cellText, sameLabel } from './text';
import type { Rows } from './values';
import { byName, isSheetDate } from './values';
import { SHEETS, SUMMARY_COLUMN } from './vocabulary';

/** The units' targets (not encouraged ones) for an indicator added up, as a phase sets them. */
export function phaseTotal(
  campaign: Pick<Campaign, 'units'>,
  phase: Phase,
  indicator: string,
): number {
  let total = 0;
  for (const { unit } of campaign.units) {
    if (!reports(unit, indicator)) continue;
    const target = targetInForce(unit, indicator, phase);
    if (target && !target.soft) total += targetCount(target, populationOf(unit, indicator)) ?? 0;
  }
  return total;
}

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
  // The plan line starts from the units' opening balances added up.
  const openings = byName<number>();
  for (const { unit } of campaign.units)
    for (const [i, v] of Object.entries(unit.openings)) openings[i] = (openings[i] ?? 0) + v;
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
    // The plan line of the phase the data date is in: from where the phase before it ended (its
    // targets, at its last day), or from the openings at the start, to the targets at its end.
    const phase = campaign.phases.find((ph) => p.phase && ph.name === p.phase.name) ?? null;
    const before = phase ? campaign.phases.filter((ph) => ph.to < phase.from).pop() : undefined;
    const from = before ? nextCountingDay(before.to, rules) : p.start;
    const all = countingDays(from, p.deadline, rules).length;
    const elapsed = countingDays(from, p.asOf, rules).length;
    const startOf = (i: string) => (before ? phaseTotal(campaign, before, i) : (openings[i] ?? 0));
    const row: OutputCell[] = [{ date: p.asOf }];
    for (const i of p.indicators) {
      // An indicator no unit reports has no total; one whose targets are all encouraged, no plan.
      const t = p.total.indicators[i] as IndicatorProgress | undefined;
      row.push(t ? t.cumulative : null);
      if (!p.quotaIndicators.includes(i)) continue;
      const opening = startOf(i);
      row.push(
        t && t.quota !== null && all > 0
          ? Math.round(opening + ((t.quota - opening) * Math.min(elapsed, all)) / all)
          : null,
      );
    }
    // Blank under the columns kept from earlier rows only.
    while (row.length < header.length - 1) row.push(null);
    row.push(when);
    rowsByDate.set(p.asOf, row);
  }
  const dates = [...rowsByDate.keys()].sort();
  const rows = [header, ...dates.map((d) => rowsByDate.get(d)!)];
  return {
    name: SHEETS.history,
    rows,
    boldRows: [1],
    frozenRows: 1,
    wide: { col: 1, width: 110 },
    // A row for every counting day to come, which the chart made with the sheet then covers.
    minRows: 1 + countingDays(p.start, p.deadline, rules).length,
    formats: [
      { col: 1, fromRow: 2, toRow: Math.max(2, rows.length), format: 'dd/MM/yyyy' },
      ...header.slice(1, -1).map((_, i) => ({
        col: i + 2,
        fromRow: 2,
        toRow: Math.max(2, rows.length),
        format: '#,##0',
      })),
    ],
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
