// The e-mails: the leaders' digest and the units' reminders, as subject + HTML + plain text.
// Only aggregate figures go in; every string a person typed is stripped of anything that looks
// like a personal ID or phone number, HTML-escaped, and kept off the subject's line breaks.
import type { CalendarRules } from './calendar';
import { nextCountingDay } from './calendar';
import { formatTime, formatVnDate, formatVnWeekday } from './dates';
import { MAIL } from './messages';
import type { Progress, UnitProgress } from './progress';
import type { MailKind } from './vocabulary';
import { MAIL_LOG_COLUMN, SHEETS, STATUS_LABELS } from './vocabulary';

export interface Mail {
  kind: MailKind;
  /** The unit a reminder is about ('' for the digest). */
  unit: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  dataDate: string;
  /** Units the message names (missing or behind for the digest; the unit for a reminder). */
  units: string[];
}

export interface MailLinks {
  sheet: string;
  /** The URL of a unit's tab, or null. */
  tab(tab: string): string | null;
}

/**
 * A date as people write one (27/06/2023), kept; else a run of 9 or more digits in any script
 * (phone numbers, 12-digit personal IDs), whatever sits between them: up to three characters
 * that are neither letters nor digits (0912 - 345 - 678, 079/123/456/789, (079) 123_456,
 * full-width ０９１２…). Two dates in a row ("27/06/2023 - 28/06/2023") stay dates.
 */
const PERSONAL_NUMBER =
  /(?<!\p{Nd})(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\p{Nd})|\+?\p{Nd}(?:[^\p{L}\p{N}]{0,3}\p{Nd}){8,}/gu;

const redact = (match: string, dateSeparator: string | undefined): string =>
  dateSeparator ? match : MAIL.redacted;

/**
 * Text a person typed, safe to put in a message: no ID or phone number, one line, and no angle
 * brackets (so no markup survives even in the plain-text part or the subject; the HTML part is
 * escaped on top of this).
 */
export function clean(text: string): string {
  return text
    .replace(PERSONAL_NUMBER, redact)
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** 66392 → "66.392"; 346.29 with 1 decimal → "346,3". */
export function vnNumber(n: number, decimals = 0): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export function vnPercent(p: number): string {
  return `${vnNumber(p * 100, 1)}%`;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/** A progress bar drawn with a table, which every mail client shows without images. */
function bar(percent: number): string {
  const filled = Math.max(0, Math.min(200, Math.round(percent * 200)));
  const td = (width: number, colour: string) =>
    width > 0
      ? `<td width="${width}" height="10" bgcolor="${colour}" style="background:${colour}"></td>`
      : '';
  const cells = [td(filled, '#34a853'), td(200 - filled, '#e0e0e0')];
  return `<table role="presentation" cellpadding="0" cellspacing="0" width="200" style="border-collapse:collapse"><tr>${cells.join('')}</tr></table>`;
}

const h = (text: string) => escapeHtml(clean(text));
const link = (href: string | null, label: string) =>
  href ? `<a href="${escapeHtml(href)}">${h(label)}</a>` : h(label);

function datesList(dates: string[]): string {
  const shown = dates.slice(-5).map(formatVnDate);
  return dates.length > 5 ? `…, ${shown.join(', ')}` : shown.join(', ');
}

/**
 * Units listed by name in the digest, per list: the worst of them. A province's digest cannot
 * name every unit and stay within the 200 KB an e-mail body may have (quotas page); the rest are
 * counted and left to `Tổng hợp`.
 */
export const DIGEST_LIST_MAX = 30;

/**
 * The indicator a unit is shown by: the first with a target that sets its status, else the
 * first with a target (an encouraged one), else null.
 */
function leadIndicator(p: Progress, u: UnitProgress): string | null {
  const withQuota = p.quotaIndicators.filter((i) => u.indicators[i]?.quota != null);
  return withQuota.find((i) => !u.indicators[i].target?.soft) ?? withQuota[0] ?? null;
}

/** A unit's share of its target on its lead indicator (0 without one). */
function leadShare(p: Progress, u: UnitProgress): number {
  const i = leadIndicator(p, u);
  return (i && u.indicators[i].percent) || 0;
}

/** Units missing their due report (longest silence first); units behind or overdue (lowest share first). */
function overdueUnits(p: Progress): { missing: UnitProgress[]; behind: UnitProgress[] } {
  const share = (u: UnitProgress) => leadShare(p, u);
  return {
    missing: p.units
      .filter((u) => u.reporting === 'missing')
      .sort((a, b) => b.missingStreak - a.missingStreak),
    behind: p.units
      .filter((u) => u.status === 'behind' || u.status === 'overdue')
      .sort((a, b) => share(a) - share(b)),
  };
}

/** A message the mail log marks as being sent, never confirmed. */
export interface UnconfirmedMail {
  kind: MailKind;
  unit: string;
  dataDate: string;
  recipients: string[];
}

function statusLine(p: Progress, u: UnitProgress): string {
  const f = u.indicators[leadIndicator(p, u)!];
  return MAIL.statusLine(
    STATUS_LABELS[u.status!],
    f.percent === null ? '—' : vnPercent(f.percent),
    MAIL.pace(p.paceWindow, vnNumber(f.pace, 1)),
    f.requiredPerDay === null ? '' : MAIL.required(vnNumber(f.requiredPerDay)),
  );
}

/** The leaders' digest for the data date of `p`. */
export function digestMail(
  p: Progress,
  to: string[],
  links: MailLinks,
  unconfirmed: UnconfirmedMail[] = [],
): Mail {
  const asOf = formatVnDate(p.asOf!);
  const { missing, behind } = overdueUnits(p);
  const subject = MAIL.digestSubject(clean(p.campaign), asOf, missing.length, behind.length);
  const head =
    MAIL.asOf(asOf, p.daysLeft, formatVnDate(p.deadline)) +
    (p.phase ? MAIL.phase(p.phase.name, formatVnDate(p.phase.from), formatVnDate(p.phase.to)) : '');
  const overall = p.quotaIndicators
    .filter((i) => p.total.indicators[i]?.quota != null)
    .map((i) => {
      const f = p.total.indicators[i];
      const parts = [
        MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota!), vnPercent(f.percent!)),
        f.requiredPerDay === null ? '' : MAIL.required(vnNumber(f.requiredPerDay)),
        MAIL.pace(p.paceWindow, vnNumber(f.pace, 1)),
        f.projected ? MAIL.projected(formatVnDate(f.projected)) : MAIL.noProjection,
      ].filter(Boolean);
      return { name: i, percent: f.percent!, line: parts.join('; ') };
    });
  const missingLines = missing.slice(0, DIGEST_LIST_MAX).map((u) => ({
    u,
    line: u.tabRead
      ? MAIL.missingLine(u.missingStreak, datesList(u.missing.slice(-u.missingStreak)))
      : MAIL.unreadLine,
  }));
  const behindLines = behind.slice(0, DIGEST_LIST_MAX).map((u) => ({ u, line: statusLine(p, u) }));
  const summary = links.tab(SHEETS.summary);
  const more = (n: number) => (n > DIGEST_LIST_MAX ? [MAIL.more(n - DIGEST_LIST_MAX)] : []);
  const moreHtml = (n: number) =>
    more(n).map((line) => `<p style="margin:4px 0">${link(summary, line)}</p>`);
  const unsure = unconfirmed.map((m) =>
    MAIL.unconfirmedLine(
      MAIL_LOG_COLUMN.kinds[m.kind],
      clean(m.unit),
      formatVnDate(m.dataDate),
      m.recipients.join(', '),
    ),
  );
  const unsureHtml = unsure.length
    ? [
        `<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.unconfirmedTitle(unsure.length))}</h3>`,
        `<ul style="margin:0;padding-left:20px">${unsure.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
        `<p style="margin:4px 0">${escapeHtml(MAIL.unconfirmedHelp)}</p>`,
      ]
    : [];
  const unsureText = unsure.length
    ? [
        '',
        `${MAIL.unconfirmedTitle(unsure.length)}:`,
        ...unsure.map((l) => `- ${l}`),
        MAIL.unconfirmedHelp,
      ]
    : [];

  // A subtotal per level of `Cấp trên`, indented by level, on the first target indicator.
  const lead = p.quotaIndicators[0];
  const levels = p.groups
    .filter((g) => lead && g.indicators[lead]?.quota != null)
    .slice(0, DIGEST_LIST_MAX)
    .map((g) => {
      const f = g.indicators[lead!];
      return {
        level: g.level,
        line: MAIL.levelLine(
          clean(g.name),
          MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota!), vnPercent(f.percent!)),
          g.status ? STATUS_LABELS[g.status] : '',
        ),
      };
    });
  const levelsHtml = levels.length
    ? [
        `<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.levelsTitle(lead!))}</h3>`,
        ...levels.map(
          (l) => `<p style="margin:2px 0 2px ${(l.level - 1) * 16}px">${escapeHtml(l.line)}</p>`,
        ),
      ]
    : [];
  const levelsText = levels.length
    ? [
        '',
        `${MAIL.levelsTitle(lead!)}:`,
        ...levels.map((l) => `${'  '.repeat(l.level - 1)}- ${l.line}`),
      ]
    : [];

  const html = [
    `<div style="${FONT}font-size:14px;color:#202124;max-width:720px">`,
    `<h2 style="font-size:18px;margin:0 0 8px">${h(p.campaign)}</h2>`,
    `<p style="margin:0 0 12px">${escapeHtml(head)}</p>`,
    `<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.overall)}</h3>`,
    ...overall.map(
      (o) =>
        `<p style="margin:4px 0"><b>${h(o.name)}</b>: ${escapeHtml(o.line)}</p>${bar(o.percent)}`,
    ),
    ...levelsHtml,
    `<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.missingTitle(missing.length))}</h3>`,
    missingLines.length
      ? `<ul style="margin:0;padding-left:20px">${missingLines.map(({ u, line }) => `<li>${link(links.tab(u.tab), u.name)}: ${escapeHtml(line)}</li>`).join('')}</ul>`
      : `<p style="margin:0">${escapeHtml(MAIL.noneMissing)}</p>`,
    ...moreHtml(missing.length),
    `<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.behindTitle(behind.length))}</h3>`,
    behindLines.length
      ? `<ul style="margin:0;padding-left:20px">${behindLines.map(({ u, line }) => `<li>${link(links.tab(u.tab), u.name)} — ${escapeHtml(line)}${bar(leadShare(p, u))}</li>`).join('')}</ul>`
      : `<p style="margin:0">${escapeHtml(MAIL.noneBehind)}</p>`,
    ...moreHtml(behind.length),
    ...unsureHtml,
    `<p style="margin:16px 0 4px"><a href="${escapeHtml(links.sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
    `<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
    '</div>',
  ].join('\n');
  const text = [
    clean(p.campaign),
    head,
    '',
    `${MAIL.overall}:`,
    ...overall.map((o) => `- ${clean(o.name)}: ${o.line}`),
    ...levelsText,
    '',
    `${MAIL.missingTitle(missing.length)}:`,
    ...(missingLines.length
      ? missingLines.map(({ u, line }) => `- ${clean(u.name)}: ${line}`)
      : [MAIL.noneMissing]),
    ...more(missing.length),
    '',
    `${MAIL.behindTitle(behind.length)}:`,
    ...(behindLines.length
      ? behindLines.map(({ u, line }) => `- ${clean(u.name)} — ${line}`)
      : [MAIL.noneBehind]),
    ...more(behind.length),
    ...unsureText,
    '',
    `${MAIL.openSheet}: ${links.sheet}`,
    '',
    MAIL.footer,
  ].join('\n');
  return {
    kind: 'digest',
    unit: '',
    to,
    subject,
    html,
    text,
    dataDate: p.asOf!,
    // In the order of `Đơn vị`.
    units: p.units.filter((u) => missing.includes(u) || behind.includes(u)).map((u) => u.name),
  };
}

/** A reminder to a unit that has not sent its due report. */
export function reminderMail(
  p: Progress,
  u: UnitProgress,
  to: string[],
  schedule: { cutoff: number; rules: CalendarRules },
  links: MailLinks,
): Mail {
  const dates = datesList(u.missing.slice(-u.missingStreak));
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
