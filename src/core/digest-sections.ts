// The daily report's shorter sections, each as HTML and as plain text: the quality of the
// data, the trend since the start against the plan, and the ranking of the units.
import type { DigestQuality, DigestTrend } from './digest-context';
import type { DigestFlags } from './digest-flags';
import type { Ranked } from './digest-order';
import { leadIndicator, ranking } from './digest-order';
import type { MailLinks } from './mail-text';
import { formatVnDate } from './dates';
import { findingName } from './finding-names';
import { clean, escapeHtml, h, link, shortDate, titleHtml, vnNumber, vnPercent } from './mail-text';
import { DIGEST } from './messages-digest';
import type { Progress } from './progress';
import { SHEETS } from './vocabulary';

/** A section: its HTML and its lines of plain text. */
export interface Section {
  html: string[];
  text: string[];
}

/** Names listed in a line: the first ones, and how many more. */
const NAMES_MAX = 10;
function names(list: string[], max = NAMES_MAX, separator = ', '): string {
  const shown = list.slice(0, max).map(clean).join(separator);
  return list.length > max ? `${shown}${separator}${DIGEST.andMore(list.length - max)}` : shown;
}

/** Flagged figures still counted, and settings errors, named in the quality section at most. */
export const FLAGGED_MAX = 10;

/** The errors of `Kiểm tra`, per sheet; the figures they left out; the units without a tab. */
export function qualitySection(q: DigestQuality, links: MailLinks): Section {
  const lines: string[] = [];
  const leftOut = q.sheets.filter((s) => s.leftOut.length);
  if (q.errors === 0)
    lines.push(q.warnings ? DIGEST.qualityWarningsOnly(q.warnings) : DIGEST.qualityClean);
  else {
    lines.push(DIGEST.qualityCounts(q.errors, q.warnings, leftOut.length > 0));
    const bySheet = q.sheets.map((s) => DIGEST.sheetErrors(s.sheet, s.errors));
    lines.push(`${DIGEST.errorsBySheet}: ${names(bySheet)}.`);
    if (leftOut.length) {
      const cells = leftOut.reduce((n, s) => n + s.leftOut.length, 0);
      const each = leftOut.map((s) => {
        const shown = s.leftOut.slice(0, 5).join(', ');
        return DIGEST.leftOut(
          s.unit!,
          s.leftOut.length,
          s.leftOut.length > 5 ? `${shown}, …` : shown,
        );
      });
      lines.push(`${DIGEST.leftOutTitle(cells)}: ${names(each)}.`);
    }
    if (q.settings.length) {
      const each = q.settings.map((e) => DIGEST.settingsItem(e.sheet, e.cell, findingName(e.code)));
      lines.push(
        `${DIGEST.settingsTitle(each.length)}: ${names(each, FLAGGED_MAX, '; ')} — ${DIGEST.settingsHelp}.`,
      );
    }
  }
  const flagged = q.flags.counted;
  if (flagged.length) {
    const each = flagged.map((f) =>
      DIGEST.flaggedItem(
        f.unit,
        f.cell,
        shortDate(f.date),
        vnNumber(f.value),
        findingName(f.code).toLowerCase(),
      ),
    );
    lines.push(
      `${DIGEST.flaggedTitle(each.length)}: ${names(each, FLAGGED_MAX, '; ')} — ${DIGEST.flaggedHelp}.`,
    );
  }
  if (q.noTab.length)
    lines.push(`${DIGEST.noTabTitle(q.noTab.length)}: ${names(q.noTab)} — ${DIGEST.noTabHelp}.`);
  if (q.unreadable.length)
    lines.push(
      `${DIGEST.unreadableTitle(q.unreadable.length)}: ${names(q.unreadable)} — ${DIGEST.unreadableHelp}.`,
    );
  const findings = links.tab(SHEETS.findings);
  const bad = q.errors > 0 || q.noTab.length > 0 || q.unreadable.length > 0;
  return {
    html: [
      titleHtml(DIGEST.qualityTitle),
      ...lines.map(
        (l, k) => `<p style="margin:3px 0${k === 0 && bad ? ';color:#c5221f' : ''}">${h(l)}</p>`,
      ),
      ...((bad || flagged.length > 0) && findings
        ? [`<p style="margin:3px 0">${link(findings, DIGEST.openFindings)}</p>`]
        : []),
    ],
    text: ['', `${DIGEST.qualityTitle}:`, ...lines.map((l) => `- ${clean(l)}`)],
  };
}

const BAR = 150;

/**
 * Two bars in one cell: what was done (green, orange when under the plan) and the plan (grey),
 * on a scale whose full width is the largest figure of the trend.
 */
function trendBars(actual: number, plan: number | null, top: number): string {
  const w = (v: number) => Math.max(0, Math.min(BAR, Math.round((v / top) * BAR)));
  const line = (width: number, colour: string, height: number) =>
    `<table role="presentation" cellpadding="0" cellspacing="0" width="${BAR}" style="border-collapse:collapse"><tr>` +
    (width > 0
      ? `<td width="${width}" height="${height}" bgcolor="${colour}" style="background:${colour};font-size:0;line-height:0">&nbsp;</td>`
      : '') +
    (width < BAR
      ? `<td width="${BAR - width}" height="${height}" style="font-size:0;line-height:0">&nbsp;</td>`
      : '') +
    '</tr></table>';
  const behind = plan !== null && actual < plan;
  return (
    line(w(actual), behind ? '#f29900' : '#34a853', 8) +
    (plan === null ? '' : line(w(plan), '#9aa0a6', 4))
  );
}

/** A bar in text: ten blocks for the largest figure of the trend. */
function blocks(v: number, top: number): string {
  const n = Math.max(0, Math.min(10, Math.round((v / top) * 10)));
  return '█'.repeat(n) + '░'.repeat(10 - n);
}

/** The first quota indicator's total since the start, week by week, against the plan line. */
export function trendSection(t: DigestTrend): Section {
  const title = DIGEST.trendTitle(t.indicator, formatVnDate(t.points[0].date));
  const top = Math.max(1, ...t.points.map((pt) => Math.max(pt.cumulative, pt.plan ?? 0)));
  const gap = (a: number, plan: number) => `${a >= plan ? '+' : ''}${vnNumber(a - plan)}`;
  const rows = t.points.map(
    (pt) =>
      `<tr><td>${shortDate(pt.date)}</td><td align="right">${vnNumber(pt.cumulative)}</td>` +
      `<td align="right">${pt.plan === null ? '' : vnNumber(pt.plan)}</td>` +
      `<td>${trendBars(pt.cumulative, pt.plan, top)}</td></tr>`,
  );
  return {
    html: [
      titleHtml(clean(title)),
      '<div style="overflow-x:auto">',
      '<table cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:12px">',
      `<tr style="background:#f1f3f4"><th align="left">${escapeHtml(DIGEST.trendDate)}</th><th>${escapeHtml(DIGEST.trendActual)}</th><th>${escapeHtml(DIGEST.trendPlan)}</th><th></th></tr>`,
      ...rows,
      '</table></div>',
      `<p style="margin:3px 0;color:#5f6368;font-size:12px">${escapeHtml(DIGEST.trendLegend)}</p>`,
    ],
    text: [
      '',
      `${clean(title)}:`,
      ...t.points.map(
        (pt) =>
          `${blocks(pt.cumulative, top)} ` +
          (pt.plan === null
            ? DIGEST.trendNoPlan(shortDate(pt.date), vnNumber(pt.cumulative))
            : DIGEST.trendLine(
                shortDate(pt.date),
                vnNumber(pt.cumulative),
                vnNumber(pt.plan),
                gap(pt.cumulative, pt.plan),
              )),
      ),
    ],
  };
}

/** The best and the weakest units by share of target and by pace against what is required. */
export function rankingSection(p: Progress, flags?: DigestFlags): Section | null {
  const r = ranking(p, flags?.recent);
  if (![r.share, r.pace].some((x) => x.best.length || x.weakest.length)) return null;
  // Said when a unit with a recent flagged figure could have been ranked at all.
  const ranked = new Set(p.units.filter((u) => leadIndicator(p, u)).map((u) => u.name));
  const left = (flags?.recent ?? []).filter((n) => ranked.has(n));
  const note =
    left.length && flags?.windowFrom
      ? DIGEST.rankFlagged(p.paceWindow, shortDate(flags.windowFrom), names(left))
      : null;
  const shareItem = (x: Ranked) => DIGEST.rankShareItem(clean(x.unit.name), vnPercent(x.value));
  const paceItem = (x: Ranked) => {
    const f = x.unit.indicators[x.indicator];
    return DIGEST.rankPaceItem(
      clean(x.unit.name),
      vnNumber(x.value, 2),
      vnNumber(f.pace, 1),
      vnNumber(f.requiredPerDay!),
    );
  };
  const parts = [
    { title: DIGEST.rankShare, ends: r.share, item: shareItem },
    { title: DIGEST.rankPace(p.paceWindow), ends: r.pace, item: paceItem },
  ].filter((x) => x.ends.best.length || x.ends.weakest.length);
  const list = (items: string[]) =>
    items.length
      ? `<ol style="margin:0;padding-left:18px">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ol>`
      : `<p style="margin:0">${escapeHtml(DIGEST.rankNone)}</p>`;
  const line = (x: (typeof parts)[number], list: Ranked[]) =>
    list.length ? list.map((y, k) => `${k + 1}. ${x.item(y)}`).join('; ') : DIGEST.rankNone;
  return {
    html: [
      titleHtml(DIGEST.rankTitle),
      ...(note ? [`<p style="margin:3px 0">${escapeHtml(note)}</p>`] : []),
      ...parts.map(
        (x) =>
          `<p style="margin:6px 0 2px"><b>${escapeHtml(x.title)}</b></p>` +
          '<table cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:13px"><tr>' +
          `<td valign="top" width="50%"><span style="color:#188038">${escapeHtml(DIGEST.best)}</span>${list(x.ends.best.map(x.item))}</td>` +
          `<td valign="top" width="50%"><span style="color:#c5221f">${escapeHtml(DIGEST.weakest)}</span>${list(x.ends.weakest.map(x.item))}</td>` +
          '</tr></table>',
      ),
    ],
    text: [
      '',
      `${DIGEST.rankTitle}:`,
      ...(note ? [note] : []),
      ...parts.flatMap((x) => [
        `${x.title}:`,
        `  ${DIGEST.best}: ${line(x, x.ends.best)}`,
        `  ${DIGEST.weakest}: ${line(x, x.ends.weakest)}`,
      ]),
    ],
  };
}
