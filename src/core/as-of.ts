// Which data dates a person may ask for, and when the campaign's mail is over: a summary "up to"
// a day must be a counting day of the campaign whose figures are already due, and no reminder
// goes out once the last counting day's figures were due more than a day ago, nor without a
// mail log to record it (the leaders' reports excepted: see reportsOnly).
import type { Campaign } from './campaign';
import { lastDeadline } from './campaign';
import type { LocalMoment } from './calendar';
import { countingDays, isDue, nextCountingDay } from './calendar';
import { formatTime, formatVnDate, formatVnWeekday } from './dates';
import { SUMMARY } from './messages';
import { SHEETS } from './vocabulary';

/**
 * Why `asOf` cannot be the data date at `now`, in Vietnamese; null when it can. With the
 * campaign's dates unusable there is nothing to check against: the summary says why instead.
 */
export function asOfProblem(campaign: Campaign, asOf: string, now: LocalMoment): string | null {
  const s = campaign.settings;
  const last = lastDeadline(campaign);
  if (!s.start || !last) return null;
  const date = formatVnDate(asOf);
  if (asOf < s.start || asOf > last)
    return SUMMARY.dateOutside(date, formatVnDate(s.start), formatVnDate(last));
  if (!countingDays(asOf, asOf, s).length) return SUMMARY.notCountingDay(date);
  if (!isDue(asOf, now, s.cutoff, s))
    return SUMMARY.notDueYet(date, formatTime(s.cutoff), formatVnWeekday(nextCountingDay(asOf, s)));
  return null;
}

/**
 * The campaign's last counting day once its mail is over: the day after its figures were due
 * has begun (a reminder about the last day still goes out on the day it is due). Null while
 * the campaign runs, or without usable dates.
 */
export function campaignOver(campaign: Campaign, now: LocalMoment): string | null {
  const s = campaign.settings;
  const last = lastDeadline(campaign);
  if (!s.start || !last) return null;
  const days = countingDays(s.start, last, s);
  const final = days[days.length - 1];
  if (!final) return null;
  return now.date > nextCountingDay(final, s) ? final : null;
}

/**
 * Whether, mail being held (mailHeld), the leaders' reports may still go: the campaign is over
 * but the log is the add-on's. The final report is made in the days after the deadline's
 * figures fall due (report-period.ts) and its mail, like a monthly one the quota put off, is
 * owed until it has gone (addon/reports.ts); digests and reminders stay held.
 */
export function reportsOnly(campaign: Campaign, now: LocalMoment): boolean {
  return !campaign.claimed.includes(SHEETS.mailLog) && campaignOver(campaign, now) !== null;
}

/**
 * Why no mail may go out now, in Vietnamese, or null: the campaign is over, or the mail log is
 * a unit's tab (without a log, every run would send everything again).
 */
export function mailHeld(campaign: Campaign, now: LocalMoment): string | null {
  if (campaign.claimed.includes(SHEETS.mailLog)) return SUMMARY.mailLogClaimed;
  const over = campaignOver(campaign, now);
  return over ? SUMMARY.campaignOver(formatVnDate(over)) : null;
}
