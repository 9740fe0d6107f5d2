// The leaders' daily report (the digest): the figures of the day and the overall progress,
// the quality of the data, the table of units (missing first, then behind, then the rest;
// subtotals per level; the total), the trend against the plan and the ranking. It stays under
// the 200 KB a mail body may have (quotas page): a province's full table is cut down to the
// units missing or behind, and the message says so and links `Tổng hợp`.
import type { DigestContext } from './digest-context';
import { unitOrder } from './digest-order';
import type { Section } from './digest-sections';
import { qualitySection, rankingSection, trendSection } from './digest-sections';
import type { TableRow } from './digest-table';
import { digestTableHtml, digestTableText } from './digest-table';
import { formatVnDate } from './dates';
import type { Mail, MailLinks } from './mail-text';
import {
  FONT,
  bar,
  clean,
  escapeHtml,
  h,
  link,
  shortDate,
  titleHtml,
  utf8Length,
  vnNumber,
  vnPercent,
} from './mail-text';
import { MAIL } from './messages';
import { DIGEST } from './messages-digest';
import type { Progress } from './progress';
import type { MailKind } from './vocabulary';
import { MAIL_LOG_COLUMN, SHEETS, SUMMARY_COLUMN } from './vocabulary';

/**
 * Units named in each list of a digest cut down for size, and levels of `Cấp trên` shown: the
 * worst of them; the rest are counted and left to `Tổng hợp`.
 */
export const DIGEST_LIST_MAX = 30;

/** The most bytes an HTML or text body of the digest may take: 200 KB, with room to spare. */
export const DIGEST_BODY_MAX = 190_000;

/** A message the mail log marks as being sent, never confirmed. */
export interface UnconfirmedMail {
  kind: MailKind;
  unit: string;
  dataDate: string;
  recipients: string[];
}

/** Each indicator's total: the figure of the day, the cumulative and what follows from it. */
function overallSection(p: Progress): Section {
  const day = shortDate(p.asOf!);
  const lines = p.indicators
    .filter((i) => p.total.indicators[i])
    .map((i) => {
      const f = p.total.indicators[i];
      const today =
        f.today === null ? DIGEST.noDayFigure(day) : DIGEST.dayFigure(day, vnNumber(f.today));
      const parts =
        f.quota === null
          ? [
              DIGEST.cumulative(vnNumber(f.cumulative)),
              today,
              MAIL.pace(p.paceWindow, vnNumber(f.pace, 1)),
            ]
          : [
              MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota), vnPercent(f.percent!)),
              today,
              f.requiredPerDay === null ? '' : MAIL.required(vnNumber(f.requiredPerDay)),
              MAIL.pace(p.paceWindow, vnNumber(f.pace, 1)),
              f.remaining === 0
                ? ''
                : f.projected
                  ? MAIL.projected(formatVnDate(f.projected))
                  : MAIL.noProjection,
            ];
      return { name: i, percent: f.percent, line: parts.filter(Boolean).join('; ') };
    });
  const backlog = p.total.pendingActivation;
  const backlogLine =
    backlog === null
      ? null
      : DIGEST.backlogLine(
          vnNumber(backlog),
          p.total.pendingPerDay === null ? '' : vnNumber(p.total.pendingPerDay),
        );
  return {
    html: [
      titleHtml(MAIL.overall),
      ...lines.map(
        (o) =>
          `<p style="margin:4px 0"><b>${h(o.name)}</b>: ${escapeHtml(o.line)}</p>` +
          (o.percent === null ? '' : bar(o.percent)),
      ),
      ...(backlogLine
        ? [
            `<p style="margin:4px 0"><b>${escapeHtml(SUMMARY_COLUMN.pending)}</b>: ${escapeHtml(backlogLine)}</p>`,
          ]
        : []),
    ],
    text: [
      '',
      `${MAIL.overall}:`,
      ...lines.map((o) => `- ${clean(o.name)}: ${o.line}`),
      ...(backlogLine ? [`- ${SUMMARY_COLUMN.pending}: ${backlogLine}`] : []),
    ],
  };
}

function unconfirmedSection(unconfirmed: UnconfirmedMail[]): Section {
  if (!unconfirmed.length) return { html: [], text: [] };
  const lines = unconfirmed.map((m) =>
    MAIL.unconfirmedLine(
      MAIL_LOG_COLUMN.kinds[m.kind],
      clean(m.unit),
      formatVnDate(m.dataDate),
      m.recipients.join(', '),
    ),
  );
  const title = MAIL.unconfirmedTitle(lines.length);
  return {
    html: [
      titleHtml(title),
      `<ul style="margin:0;padding-left:20px">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
      `<p style="margin:4px 0">${escapeHtml(MAIL.unconfirmedHelp)}</p>`,
    ],
    text: ['', `${title}:`, ...lines.map((l) => `- ${l}`), MAIL.unconfirmedHelp],
  };
}

/**
 * How much of the table a digest holds: every unit, or only those missing or behind, at most
 * `cap` of each list (and of the levels).
 */
interface Cut {
  rest: boolean;
  cap: number;
}

/** From the whole table down to DIGEST_LIST_MAX of each list: the first that fits is sent. */
const CUTS: Cut[] = [
  { rest: true, cap: Infinity },
  { rest: false, cap: Infinity },
  { rest: false, cap: 200 },
  { rest: false, cap: 100 },
  { rest: false, cap: DIGEST_LIST_MAX },
];

function tableSection(
  p: Progress,
  links: MailLinks,
  context: DigestContext | undefined,
  cut: Cut,
): Section {
  const { missing, behind, rest, allBehind } = unitOrder(p);
  const cap = <T>(list: T[]) => list.slice(0, cut.cap);
  const rows: TableRow[] = [];
  const section = (title: string, list: typeof missing) => {
    if (!list.length) return;
    rows.push({ kind: 'section', title });
    for (const unit of cap(list)) rows.push({ kind: 'unit', unit });
  };
  section(DIGEST.missingSection(missing.length), missing);
  const listed = allBehind.length - behind.length;
  // Every unit behind is missing too: one sentence, not a heading with nothing under it.
  if (listed && !behind.length) rows.push({ kind: 'note', text: DIGEST.behindAllListed(listed) });
  section(DIGEST.behindSection(allBehind.length, listed), behind);
  if (cut.rest) section(DIGEST.restSection(rest.length), rest);
  if (p.groups.length) {
    rows.push({ kind: 'section', title: DIGEST.levelsSection });
    for (const group of cap(p.groups)) rows.push({ kind: 'group', group });
  }
  rows.push({ kind: 'total' });
  const summary = links.tab(SHEETS.summary) ?? links.sheet;
  const notes: string[] = [];
  if (!cut.rest) {
    const shown = cap(missing).length + cap(behind).length;
    notes.push(DIGEST.compact(shown, p.units.length));
    const left = missing.length + behind.length - shown;
    if (left > 0) notes.push(DIGEST.more(left));
    if (p.groups.length > cut.cap) notes.push(DIGEST.moreLevels(p.groups.length - cut.cap));
  }
  const lead = [
    ...(missing.length ? [] : [MAIL.noneMissing]),
    ...(allBehind.length ? [] : [MAIL.noneBehind]),
  ];
  return {
    html: [
      titleHtml(DIGEST.tableTitle),
      ...lead.map((l) => `<p style="margin:3px 0">${escapeHtml(l)}</p>`),
      ...notes.map((l) => `<p style="margin:3px 0">${escapeHtml(l)}</p>`),
      ...(!cut.rest ? [`<p style="margin:3px 0">${link(summary, DIGEST.fullTable)}</p>`] : []),
      digestTableHtml(p, rows, links, context),
    ],
    text: [
      '',
      `${DIGEST.tableTitle}:`,
      ...lead,
      ...notes,
      ...(!cut.rest ? [`${DIGEST.fullTable}: ${summary}`] : []),
      ...digestTableText(p, rows, context),
    ],
  };
}

/** The leaders' digest for the data date of `p`. */
export function digestMail(
  p: Progress,
  to: string[],
  links: MailLinks,
  unconfirmed: UnconfirmedMail[] = [],
  context?: DigestContext,
): Mail {
  const asOf = formatVnDate(p.asOf!);
  const { missing, allBehind } = unitOrder(p);
  const subject = MAIL.digestSubject(clean(p.campaign), asOf, missing.length, allBehind.length);
  const head =
    DIGEST.asOf(asOf, p.daysLeft, formatVnDate(p.deadline)) +
    (p.phase
      ? MAIL.phase(clean(p.phase.name), formatVnDate(p.phase.from), formatVnDate(p.phase.to))
      : '');
  const before = [overallSection(p), ...(context ? [qualitySection(context.quality, links)] : [])];
  const after = [
    ...(context?.trend ? [trendSection(context.trend)] : []),
    ...[rankingSection(p, context?.quality.flags)].filter((s): s is Section => s !== null),
    unconfirmedSection(unconfirmed),
  ];
  const compose = (cut: Cut) => {
    const sections = [...before, tableSection(p, links, context, cut), ...after];
    const html = [
      `<div style="${FONT}font-size:14px;color:#202124;max-width:760px">`,
      `<h2 style="font-size:18px;margin:0 0 8px">${h(p.campaign)}</h2>`,
      `<p style="margin:0 0 12px">${escapeHtml(head)}</p>`,
      ...sections.flatMap((s) => s.html),
      `<p style="margin:16px 0 4px"><a href="${escapeHtml(links.sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
      `<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
      '</div>',
    ].join('\n');
    const text = [
      clean(p.campaign),
      head,
      ...sections.flatMap((s) => s.text),
      '',
      `${MAIL.openSheet}: ${links.sheet}`,
      '',
      MAIL.footer,
    ].join('\n');
    return { html, text };
  };
  let body = compose(CUTS[0]);
  for (const cut of CUTS.slice(1)) {
    if (Math.max(utf8Length(body.html), utf8Length(body.text)) <= DIGEST_BODY_MAX) break;
    body = compose(cut);
  }
  const named = new Set([...missing, ...allBehind]);
  return {
    kind: 'digest',
    unit: '',
    to,
    subject,
    html: body.html,
    text: body.text,
    dataDate: p.asOf!,
    // In the order of `Đơn vị`.
    units: p.units.filter((u) => named.has(u)).map((u) => u.name),
  };
}
