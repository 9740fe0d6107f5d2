// "Tổng hợp tiến độ": progress at the data date, written into `Tổng hợp`, `Phụ lục thống kê`
// and `Lịch sử`.
import { appendixSheet } from '../core/appendix-sheet';
import type { Campaign } from '../core/campaign';
import { lastDeadline } from '../core/campaign';
import { countingDays, dataDateAt } from '../core/calendar';
import { Refusal } from '../core/errors';
import { historyChart, historySheet } from '../core/history-sheet';
import { SUMMARY } from '../core/messages';
import type { Moment } from '../core/moment';
import { stampText } from '../core/moment';
import type { Progress } from '../core/progress';
import { computeProgress } from '../core/progress';
import { summarySheet } from '../core/summary-sheet';
import { SHEETS } from '../core/vocabulary';
import type { WorkbookPort } from './workbook-port';

/** The data date at `now`: the latest counting day whose figures are due; null before any. */
export function dataDate(campaign: Campaign, now: Moment): string | null {
  const s = campaign.settings;
  const last = lastDeadline(campaign);
  if (!s.start || !last) return null;
  return dataDateAt(countingDays(s.start, last, s), now, s.cutoff, s);
}

/** Progress at `asOf`, else at the data date at `now`; nothing is written. */
export function progressAt(campaign: Campaign, now: Moment, asOf?: string): Progress {
  const s = campaign.settings;
  if (!s.start || !s.deadline) throw new Refusal(SUMMARY.needDates(s.datesProblem));
  return computeProgress(campaign, asOf ?? dataDate(campaign, now), now);
}

/** Computes progress (at `asOf`, else the data date at `now`) and writes the three sheets. */
export function summarize(
  port: WorkbookPort,
  campaign: Campaign,
  now: Moment,
  asOf?: string,
): Progress {
  const progress = progressAt(campaign, now, asOf);
  const when = stampText(now);
  port.writeReport(summarySheet(progress, (tab) => port.sheetId(tab), when));
  port.writeReport(appendixSheet(progress));
  const history = historySheet(port.readValues(SHEETS.history), progress, campaign, when);
  port.writeReport(history);
  const chart = historyChart(history, progress);
  if (chart) port.addChart(chart);
  return progress;
}
