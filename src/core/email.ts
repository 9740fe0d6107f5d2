// The e-mails: the leaders' digest (digest-email.ts) and the units' reminders, as subject +
// HTML + plain text. Only aggregate figures go in; every string a person typed is stripped of
// anything that looks like a personal ID or phone number, HTML-escaped, and kept off the
// subject's line breaks (mail-text.ts).
import type { CalendarRules } from './calendar';
import { nextCountingDay } from './calendar';
import { formatTime, formatVnDate, formatVnWeekday } from './dates';
import type { Mail, MailLinks } from './mail-text';
import { FONT, bar, clean, escapeHtml, h, shortDate, vnNumber, vnPercent } from './mail-text';
import { MAIL } from './messages';
import { REMINDER } from './messages-digest';
import type { Progress, UnitProgress } from './progress';

export type { Mail, MailLinks } from './mail-text';
export { clean, escapeHtml, vnNumber, vnPercent } from './mail-text';
export type { UnconfirmedMail } from './digest-email';
export { DIGEST_LIST_MAX, digestMail } from './digest-email';

/** The dates named at most in a reminder: the last few of a long streak. */
export const REMINDER_DATES_MAX = 3;

/**
 * The days of a streak not reported (ascending), as the reminder says them: how many, from
 * when to when, and the last few; the year only on the last date, unless the streak spans two.
 */
export function missingDays(dates: string[]): string {
  const last = dates[dates.length - 1];
  const day = (d: string) => (d.slice(0, 4) === last.slice(0, 4) ? shortDate(d) : formatVnDate(d));
  // Up to five are all named; more are counted, and the last three named.
  const few = dates.length <= REMINDER_DATES_MAX + 2 ? dates : dates.slice(-REMINDER_DATES_MAX);
  return REMINDER.missingDays(dates.length, day(dates[0]), formatVnDate(last), few.map(day));
}

/** A reminder to a unit that has not sent its due report. */
export function reminderMail(
  p: Progress,
  u: UnitProgress,
  to: string[],
  schedule: { cutoff: number; rules: CalendarRules },
  links: MailLinks,
): Mail {
  const dates = missingDays(u.missing.slice(-u.missingStreak));
  // The next day to report, and when its figures are due: named, since "tomorrow" is wrong
  // before a weekend or a holiday that does not count.
  const nextDay = p.asOf ? nextCountingDay(p.asOf, schedule.rules) : null;
  const next =
    nextDay && nextDay <= u.deadline
      ? {
          day: formatVnDate(nextDay),
          cutoff: formatTime(schedule.cutoff),
          dueDay: formatVnWeekday(nextCountingDay(nextDay, schedule.rules)),
        }
      : null;
  const tab = links.tab(u.tab);
  const shown = p.quotaIndicators.filter((i) => u.indicators[i]?.quota != null);
  const progressLines = shown.map((i) => {
    const f = u.indicators[i];
    return MAIL.reminderProgress(
      clean(i),
      MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota!), vnPercent(f.percent!)),
      f.requiredPerDay === null ? '' : MAIL.required(vnNumber(f.requiredPerDay)),
    );
  });
  const subject = MAIL.reminderSubject(
    clean(u.name),
    formatVnDate(u.missing[u.missing.length - 1]),
  );
  const body = MAIL.reminderBody(dates, next);
  const html = [
    `<div style="${FONT}font-size:14px;color:#202124;max-width:640px">`,
    `<p>${h(MAIL.reminderGreeting(u.name))}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    ...progressLines.map(
      (line, k) =>
        `<p style="margin:4px 0">${escapeHtml(line)}</p>${bar(u.indicators[shown[k]].percent ?? 0)}`,
    ),
    tab ? `<p><a href="${escapeHtml(tab)}">${escapeHtml(MAIL.openTab)}</a></p>` : '',
    `<p>${escapeHtml(MAIL.reminderThanks)}</p>`,
    `<p style="color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
    '</div>',
  ].join('\n');
  const text = [
    clean(MAIL.reminderGreeting(u.name)),
    '',
    body,
    '',
    ...progressLines,
    ...(tab ? ['', `${MAIL.openTab}: ${tab}`] : []),
    '',
    MAIL.reminderThanks,
    '',
    MAIL.footer,
  ].join('\n');
  return {
    kind: 'reminder',
    unit: u.name,
    to,
    subject,
    html,
    text,
    dataDate: p.asOf!,
    units: [u.name],
  };
}
