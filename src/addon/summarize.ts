// "Tổng hợp tiến độ": compute progress at the data date and write `Tổng hợp` and `Lịch sử`.
import type { Campaign } from '../core/campaign';
import { countingDays } from '../core/calendar';
import { SHEETS, SUMMARY } from '../core/messages';
import type { LocalMoment, Progress } from '../core/progress';
import { computeProgress, dataDateAt } from '../core/progress';
import { historySheet, summarySheet } from '../core/summary-sheet';
import type { WorkbookPort } from './workbook-port';

/** The summary cannot be made (a setting it needs is missing); the message is for the user. */
export class SummaryRefused extends Error {}

export function localMoment(now: Date, timeZone: string): LocalMoment {
  const [date, time] = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm').split(' ');
  const [h, m] = time.split(':').map(Number);
  return { date, minutes: h * 60 + m };
}

/** The data date at `now`: the latest counting day whose figures are due. */
export function dataDate(campaign: Campaign, now: LocalMoment): string | null {
  const s = campaign.settings;
  if (!s.start || !s.deadline) return null;
  const last = campaign.units.reduce(
    (d, { unit }) => (unit.deadline && unit.deadline > d ? unit.deadline : d),
    s.deadline,
  );
  return dataDateAt(countingDays(s.start, last, s), now, s.cutoff, s);
}

/** Progress at `asOf`, else at the data date at `now`; nothing is written. */
export function progressAt(
  campaign: Campaign,
  now: Date,
  timeZone: string,
  asOf?: string,
): Progress {
  const s = campaign.settings;
  if (!s.start || !s.deadline) throw new SummaryRefused(SUMMARY.needDates);
  const moment = localMoment(now, timeZone);
  return computeProgress(campaign, asOf ?? dataDate(campaign, moment), moment);
}

/** Computes progress (at `asOf`, else the data date at `now`) and writes the two sheets. */
export function summarize(
  port: WorkbookPort,
  campaign: Campaign,
  now: Date,
  asOf?: string,
): Progress {
  const s = campaign.settings;
  const progress = progressAt(campaign, now, port.timeZone, asOf);
  const when = Utilities.formatDate(now, port.timeZone, 'dd/MM/yyyy HH:mm');
  port.writeReport(summarySheet(progress, (tab) => port.sheetId(tab), when));

  const openings: Record<string, number> = {};
  for (const { unit } of campaign.units)
    for (const [i, v] of Object.entries(unit.openings)) openings[i] = (openings[i] ?? 0) + v;
  const history = historySheet(port.readValues(SHEETS.history), progress, s, openings, when);
  const sheet = port.writeReport(history);
  const first = progress.quotaIndicators[0];
  if (first && sheet.getCharts().length === 0) {
    const header = history.rows[0];
    const cumCol = header.indexOf(SUMMARY.historyCumulative(first)) + 1;
    const rows = sheet.getMaxRows();
    sheet.insertChart(
      sheet
        .newChart()
        .asLineChart()
        .addRange(sheet.getRange(1, 1, rows, 1))
        .addRange(sheet.getRange(1, cumCol, rows, 2))
        .setOption('title', SUMMARY.chartTitle(first))
        .setPosition(2, header.length + 2, 0, 0)
        .build(),
    );
  }
  return progress;
}
