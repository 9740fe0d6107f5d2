// The e-mail of a monthly or final report: its table (as the block in `Báo cáo tháng`) as HTML
// and plain text, to the leaders (`Email nhận tổng hợp`). Names a person typed are cleaned and
// escaped as in the digest; a province's table is cut to stay well within the 200 KB a message
// body may have (quotas page), the subtotals and the total always kept.
import { formatVnDate } from './dates';
import type { Mail, MailLinks } from './email';
import { clean, escapeHtml, vnNumber, vnPercent } from './email';
import { MAIL } from './messages';
import { REPORT } from './messages-report';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from './monthly-report';
import { reportTitle } from './report-sheet';
import { SHEETS } from './vocabulary';

/** Unit rows an e-mail shows at most: about 1 KB of HTML each, far below 200 KB in all. */
export const REPORT_MAIL_UNITS = 120;

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const h = (text: string) => escapeHtml(clean(text));

function shown(c: ReportColumn, v: ReportCell): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  return c.format === '0.0%' ? vnPercent(v) : vnNumber(v);
}

/** The rows the message shows: every subtotal and the total, and the first units. */
function rowsShown(rows: ReportRow[]): { rows: ReportRow[]; left: number } {
  let units = 0;
  const kept = rows.filter((r) => r.kind !== 'unit' || ++units <= REPORT_MAIL_UNITS);
  return { rows: kept, left: rows.length - kept.length };
}

/** The report's message, for its period's last day; `to`: `Email nhận tổng hợp`. */
export function reportMail(t: ReportTable, to: string[], links: MailLinks): Mail {
  const from = formatVnDate(t.period.from);
  const until = formatVnDate(t.period.to);
  const short = formatVnDate(t.period.from).slice(0, 5);
  const campaign = clean(t.campaign);
  const subject =
    t.period.kind === 'monthly'
      ? REPORT.subject.monthly(t.period.month, t.period.year, campaign, short, until)
      : REPORT.subject.final(campaign, short, until);
  const intro = REPORT.mailIntro[t.period.kind](from, until);
  const standing = REPORT.standing(campaign, until, t.daysLeft, formatVnDate(t.deadline));
  const { rows, left } = rowsShown(t.rows);
  const sheet = links.tab(SHEETS.monthly) ?? links.sheet;
  const more = left ? [REPORT.moreRows(left, SHEETS.monthly)] : [];

  const td = (text: string, style = '') =>
    `<td style="border:1px solid #dadce0;padding:3px 6px;${style}">${text}</td>`;
  const th = (text: string, extra = '') =>
    `<th${extra} style="border:1px solid #dadce0;padding:3px 6px;background:#f1f3f4;font-weight:bold">${escapeHtml(text)}</th>`;
  const indicators: { name: string; span: number }[] = [];
  for (const c of t.columns)
    if (c.indicator !== null) {
      const last = indicators[indicators.length - 1];
      if (last?.name === c.indicator) last.span++;
      else indicators.push({ name: c.indicator, span: 1 });
    }
  const tail = t.columns.filter((c) => c.indicator === null);
  const head1 = [
    th('STT', ' rowspan="2"'),
    th('Đơn vị', ' rowspan="2"'),
    ...indicators.map((i) => th(clean(i.name), ` colspan="${i.span}"`)),
    ...tail.map((c) => th(c.header, ' rowspan="2"')),
  ];
  const head2 = t.columns.filter((c) => c.indicator !== null).map((c) => th(c.header));
  const body = rows.map((r) => {
    const strong = r.kind === 'unit' ? '' : 'font-weight:bold;';
    const cells = t.columns.map((c, i) =>
      td(escapeHtml(shown(c, r.cells[i])), `${strong}${c.format ? 'text-align:right;' : ''}`),
    );
    return `<tr>${td(r.stt === null ? '' : String(r.stt), strong)}${td(h(r.name), `${strong}padding-left:${6 + r.depth * 12}px`)}${cells.join('')}</tr>`;
  });
  const html = [
    `<div style="${FONT}font-size:14px;color:#202124;max-width:960px">`,
    `<h2 style="font-size:18px;margin:0 0 8px">${escapeHtml(reportTitle(t.period))}</h2>`,
    `<p style="margin:0 0 8px">${escapeHtml(standing)}</p>`,
    `<p style="margin:0 0 12px">${escapeHtml(intro)}</p>`,
    `<div style="overflow-x:auto"><table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:12px">`,
    `<tr>${head1.join('')}</tr>`,
    `<tr>${head2.join('')}</tr>`,
    ...body,
    '</table></div>',
    ...more.map((m) => `<p style="margin:4px 0">${escapeHtml(m)}</p>`),
    `<p style="margin:12px 0 4px">${escapeHtml(REPORT.inSheet(SHEETS.monthly))} <a href="${escapeHtml(sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
    `<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
    '</div>',
  ].join('\n');
  const line = (r: ReportRow) => {
    const parts = t.columns
      .map((c, i) => ({ c, v: shown(c, r.cells[i]) }))
      .filter(({ v }) => v !== '')
      .map(({ c, v }) =>
        c.indicator
          ? `${clean(c.indicator)} ${c.header.toLowerCase()}: ${v}`
          : c.format
            ? `${c.header.toLowerCase()}: ${v}`
            : v,
      );
    return `${'  '.repeat(r.depth)}${r.stt === null ? '' : `${r.stt}. `}${clean(r.name)} — ${parts.join('; ')}`;
  };
  const text = [
    reportTitle(t.period),
    standing,
    '',
    intro,
    '',
    ...rows.map(line),
    ...more,
    '',
    `${REPORT.inSheet(SHEETS.monthly)} ${MAIL.openSheet}: ${sheet}`,
    '',
    MAIL.footer,
  ].join('\n');
  return {
    kind: t.period.kind,
    unit: '',
    to,
    subject,
    html,
    text,
    dataDate: t.period.to,
    units: [],
  };
}
