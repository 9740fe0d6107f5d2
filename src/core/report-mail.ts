// The e-mail of a monthly or final report: its table (as the block in `Báo cáo tháng`) as HTML
// and plain text, to the leaders (`Email nhận tổng hợp`). Names a person typed are cleaned and
// escaped as in the digest; a province's table is cut to stay well within the 200 KB a message
// body may have (quotas page): the total first, then the subtotals, then the units in order, as
// many as REPORT_MAIL_BYTES allows; the rest are counted and left to `Báo cáo tháng`.
import { formatVnDate } from './dates';
import type { Mail, MailLinks } from './mail-text';
import { FONT, clean, escapeHtml, h, utf8Length, vnNumber, vnPercent } from './mail-text';
import { MAIL } from './messages';
import { REPORT } from './messages-report';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from './monthly-report';
import { reportTitle } from './report-sheet';
import { SHEETS, SUMMARY_COLUMN } from './vocabulary';

/**
 * The bytes (UTF-8) the table's rows may take in the HTML and the text together: the rest of
 * the message (title, lines, links, headers) stays far below the 200 KB a body may have.
 */
export const REPORT_MAIL_BYTES = 150_000;

function shown(c: ReportColumn, v: ReportCell): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  return c.format === '0.0%' ? vnPercent(v) : vnNumber(v);
}

/**
 * Which rows the message shows, given each row's bytes: the total, then the subtotals, then the
 * units in the table's order (the first that does not fit ends them), within REPORT_MAIL_BYTES.
 */
function rowsShown(rows: ReportRow[], bytes: number[]): { shown: boolean[]; left: number } {
  const shown = rows.map(() => false);
  let room = REPORT_MAIL_BYTES;
  for (const kind of ['total', 'subtotal', 'unit'] as const) {
    let full = false;
    rows.forEach((r, i) => {
      if (r.kind !== kind || full) return;
      if (bytes[i] > room) {
        full = kind === 'unit';
        return;
      }
      shown[i] = true;
      room -= bytes[i];
    });
  }
  return { shown, left: shown.filter((x) => !x).length };
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
  const sheet = links.tab(SHEETS.monthly) ?? links.sheet;
  // Plain attributes rather than a style on every cell: a province's table is many cells.
  const th = (text: string, extra = '') => `<th${extra} bgcolor="#f1f3f4">${escapeHtml(text)}</th>`;
  const indicators: { name: string; span: number }[] = [];
  for (const c of t.columns)
    if (c.indicator !== null) {
      const last = indicators[indicators.length - 1];
      if (last?.name === c.indicator) last.span++;
      else indicators.push({ name: c.indicator, span: 1 });
    }
  const tail = t.columns.filter((c) => c.indicator === null);
  const head1 = [
    th(SUMMARY_COLUMN.stt, ' rowspan="2"'),
    // Names stay readable on a phone: the table scrolls sideways inside its box instead.
    th(SUMMARY_COLUMN.unit, ' rowspan="2" style="min-width:120px"'),
    ...indicators.map((i) => th(clean(i.name), ` colspan="${i.span}"`)),
    ...tail.map((c) => th(c.header, ' rowspan="2"')),
  ];
  const head2 = t.columns.filter((c) => c.indicator !== null).map((c) => th(c.header));
  const htmlRow = (r: ReportRow) => {
    const b = (text: string) => (r.kind === 'unit' || !text ? text : `<b>${text}</b>`);
    const cells = t.columns.map(
      (c, i) =>
        `<td nowrap${c.format ? ' align="right"' : ''}>${b(escapeHtml(shown(c, r.cells[i])))}</td>`,
    );
    const name = `${'&nbsp;'.repeat(r.depth * 3)}${b(h(r.name))}`;
    return `<tr><td>${r.stt ?? ''}</td><td>${name}</td>${cells.join('')}</tr>`;
  };
  // Per indicator its figures ("Thu nhận: trong kỳ 245, lũy kế 2.173, tỷ lệ 21,4%"), then the
  // rest ("chưa kích hoạt 1.051", the status).
  const textRow = (r: ReportRow) => {
    const parts: string[] = [];
    let current: string | null = null;
    t.columns.forEach((c, i) => {
      const v = shown(c, r.cells[i]);
      if (v === '') return;
      const figure = c.format ? `${c.header.toLowerCase()} ${v}` : v;
      if (c.indicator === null) parts.push(figure);
      else if (c.indicator === current) parts[parts.length - 1] += `, ${figure}`;
      else parts.push(`${clean(c.indicator)}: ${figure}`);
      current = c.indicator;
    });
    return `${'  '.repeat(r.depth)}${r.stt === null ? '' : `${r.stt}. `}${clean(r.name)} — ${parts.join('; ')}`;
  };
  const htmlRows = t.rows.map(htmlRow);
  const textRows = t.rows.map(textRow);
  const { shown: kept, left } = rowsShown(
    t.rows,
    t.rows.map((_, i) => utf8Length(htmlRows[i]) + utf8Length(textRows[i])),
  );
  const more = left ? [REPORT.moreRows(left, SHEETS.monthly)] : [];
  const html = [
    `<div style="${FONT}font-size:14px;color:#202124;max-width:960px">`,
    `<h2 style="font-size:18px;margin:0 0 8px">${escapeHtml(reportTitle(t.period))}</h2>`,
    `<p style="margin:0 0 8px">${escapeHtml(standing)}</p>`,
    `<p style="margin:0 0 12px">${escapeHtml(intro)}</p>`,
    `<div style="overflow-x:auto"><table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;border-color:#dadce0;font-size:12px">`,
    `<tr>${head1.join('')}</tr>`,
    `<tr>${head2.join('')}</tr>`,
    ...htmlRows.filter((_, i) => kept[i]),
    '</table></div>',
    ...more.map((m) => `<p style="margin:4px 0">${escapeHtml(m)}</p>`),
    `<p style="margin:12px 0 4px">${escapeHtml(REPORT.inSheet(SHEETS.monthly))} <a href="${escapeHtml(sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
    `<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
    '</div>',
  ].join('\n');
  const text = [
    reportTitle(t.period),
    standing,
    '',
    intro,
    '',
    ...textRows.filter((_, i) => kept[i]),
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
