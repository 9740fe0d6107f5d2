// Which periodic reports are due at a moment, and the period each covers (docs/workbook.md:
// "the monthly report made on day D covers the counting days after the previous monthly
// report's data date (or the start) through the data date at D").
//
// Decisions, so that any run can tell the same periods without a ledger of its own:
// - The data date at D is the data date at D's cut-off (the figures of that day are due then):
//   a run on D before the cut-off makes no report yet; the first run at or after it does.
// - "The previous monthly report" is the latest one `Báo cáo tháng` holds (its blocks name their
//   periods) ending before this one's data date; when it holds none, the one of the month before
//   (day D of that month), made or not, or the start. So the sample's first report on 10/08
//   covers 10/07–09/08 as the July one would have left it, a month whose report was missed is
//   counted in the next one, and a changed `Ngày báo cáo tháng` leaves no gap. A period whose
//   block is written keeps the days it was written with.
// - The report of a month is made by the first run from D's cut-off to the end of D + 2 days
//   (GRACE_DAYS): the daily trigger fires every day, so a job that failed on D has two more
//   chances, and a person two days to mend what stopped it; a workbook first run later in the
//   month (or a copy run on the command line weeks after) does not make a report of a month
//   long gone. A report missed so loses its block and e-mail, not its figures: the cumulative
//   columns of the next one hold them.
// - No monthly report on a day past the campaign's end (its last deadline): the final report
//   covers the whole campaign from the start to the last counting day, made by the first run
//   whose data date is that day, from the day its figures fall due (after the cut-off: the day
//   the last digest goes) to the end of GRACE_DAYS days after, as a monthly one. Digests and
//   reminders stop the day after (as-of.ts, campaignOver); the final report's mail still goes
//   (reportsOnly), and is owed until it has gone (addon/reports.ts).
import type { CalendarRules, LocalMoment } from './calendar';
import { countingDays, dataDateAt, nextCountingDay } from './calendar';
import { dayNumber } from './dates';

/** Days after a report's day during which a run still makes it (see above). */
export const GRACE_DAYS = 2;

export type ReportKind = 'monthly' | 'final';

export interface ReportPeriod {
  kind: ReportKind;
  /** The first and last counting days covered (yyyy-MM-dd). */
  from: string;
  to: string;
  /** The month the report is made in (monthly: its day D's month), for its title: 8 and 2023. */
  month: number;
  year: number;
}

export interface PeriodSettings extends CalendarRules {
  start: string;
  /** The campaign's last day: its deadline, or a unit's later own deadline. */
  end: string;
  /** Day of the month 1–28 of the monthly report; null: no monthly report. */
  monthlyDay: number | null;
  /** Cut-off, minutes after midnight. */
  cutoff: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** yyyy-MM-dd of day `day` of month `month` (1–12) of `year`. */
function dateOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The month before (year, month). */
function monthBefore(year: number, month: number): [number, number] {
  return month === 1 ? [year - 1, 12] : [year, month - 1];
}

/** A report already written (in `Báo cáo tháng`): its kind and period. */
export interface MadeReport {
  kind: ReportKind;
  from: string;
  to: string;
}

/**
 * The monthly report of the month (year, month): its period, or null when it has none (its
 * day's data date is before the start, or no counting day is left in it). `made`: the reports
 * written so far.
 */
export function monthlyPeriod(
  s: PeriodSettings,
  days: string[],
  year: number,
  month: number,
  made: MadeReport[] = [],
): ReportPeriod | null {
  if (s.monthlyDay === null) return null;
  const at = (y: number, m: number) =>
    dataDateAt(days, { date: dateOf(y, m, s.monthlyDay!), minutes: s.cutoff }, s.cutoff, s);
  const to = at(year, month);
  if (to === null) return null;
  const monthly = made.filter((r) => r.kind === 'monthly');
  const written = monthly.find((r) => r.to === to);
  if (written) return { kind: 'monthly', from: written.from, to, month, year };
  const before = monthly.map((r) => r.to).filter((d) => d < to);
  const previous = before.length
    ? before.sort()[before.length - 1]
    : at(...monthBefore(year, month));
  const from = previous === null ? days[0] : days.find((d) => d > previous);
  if (from === undefined || from > to) return null;
  return { kind: 'monthly', from, to, month, year };
}

/**
 * The reports due at `now`: the latest monthly report whose day (at its cut-off) has come, if
 * any, within its grace and not past the campaign's end; and the final report once the last
 * counting day's figures fall due, within the same grace. `made`: the reports written so far,
 * which say where a monthly period starts (see above); whether each report due was made already
 * is for the caller to tell (its sheet, its log).
 */
export function reportsDue(
  s: PeriodSettings,
  now: LocalMoment,
  made: MadeReport[] = [],
): ReportPeriod[] {
  const days = countingDays(s.start, s.end, s);
  if (!days.length) return [];
  const due: ReportPeriod[] = [];
  const inGrace = (day: string) => dayNumber(now.date) - dayNumber(day) <= GRACE_DAYS;
  if (s.monthlyDay !== null) {
    let [year, month] = now.date.split('-').map(Number);
    const today = dateOf(year, month, s.monthlyDay);
    if (now.date < today || (now.date === today && now.minutes < s.cutoff))
      [year, month] = monthBefore(year, month);
    const day = dateOf(year, month, s.monthlyDay);
    if (day <= s.end && inGrace(day)) {
      const period = monthlyPeriod(s, days, year, month, made);
      if (period) due.push(period);
    }
  }
  const last = days[days.length - 1];
  if (dataDateAt(days, now, s.cutoff, s) === last && inGrace(nextCountingDay(last, s))) {
    const [year, month] = last.split('-').map(Number);
    due.push({ kind: 'final', from: days[0], to: last, month, year });
  }
  return due;
}
