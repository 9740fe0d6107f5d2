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
import { STATUS_COLOUR } from './digest-table';
import { daysText, reportTitle } from './report-sheet';
import { sameLabel } from './text';
import { SHEETS, STATUS_LABELS, SUMMARY_COLUMN } from './vocabulary';

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

/** The most figure columns in one table: with STT, the name and the status, 800 px hold them. */
export const REPORT_COLUMNS_MAX = 11;

/** "10/07–09/08/2023"; both years when they differ: "10/12/2023–09/01/2024". */
export function periodRange(from: string, to: string): string {
  const start = formatVnDate(from);
  return `${from.slice(0, 4) === to.slice(0, 4) ? start.slice(0, 5) : start}–${formatVnDate(to)}`;
}

/** The digest's status colours, by the label the cell holds. */
const COLOUR_OF_LABEL = new Map(
  (Object.keys(STATUS_COLOUR) as (keyof typeof STATUS_COLOUR)[]).map((k) => [
    STATUS_LABELS[k] as string,
    STATUS_COLOUR[k],
  ]),
);
/** A run of columns kept in one table: the days column, an indicator's, or one after them. */
interface Group {
  title: string;
  /** Index in t.columns of each column; -1: the days column. */
  columns: number[];
  /** Its title over its columns (an indicator), or its one column's header over two rows. */
  spanning: boolean;
}

/**
 * The table's columns, in tables of at most REPORT_COLUMNS_MAX figure columns (an indicator's
 * columns kept together), each with the status last.
 */
function tablesOf(t: ReportTable): { groups: Group[]; status: number | null }[] {
  const groups: Group[] = t.hasDays ? [{ title: REPORT.days, columns: [-1], spanning: false }] : [];
  let status: number | null = null;
  t.columns.forEach((c, i) => {
    if (c.indicator === null) {
      if (sameLabel(c.header, SUMMARY_COLUMN.status)) status = i;
      else groups.push({ title: c.header, columns: [i], spanning: false });
      return;
    }
    const last = groups[groups.length - 1];
    if (last?.spanning && last.title === c.indicator) last.columns.push(i);
    else groups.push({ title: c.indicator, columns: [i], spanning: true });
  });
  const tables: Group[][] = [];
  let width = Infinity;
  for (const g of groups) {
    if (width + g.columns.length > REPORT_COLUMNS_MAX) {
      tables.push([]);
      width = 0;
    }
    tables[tables.length - 1].push(g);
    width += g.columns.length;
  }
  if (!tables.length) tables.push([]);
  return tables.map((groups) => ({ groups, status }));
}

/** "18/20 đơn vị báo cáo đủ trong kỳ", or null without the days column. */
function fullLine(t: ReportTable): string | null {
  if (!t.hasDays) return null;
  const units = t.rows.filter((r) => r.kind === 'unit' && r.days);
  const full = units.filter((r) => r.days!.reported >= r.days!.due).length;
  return REPORT.fullReporting(full, units.length);
}

/** The report's message, for its period's last day; `to`: `Email nhận tổng hợp`. */
export function reportMail(t: ReportTable, to: string[], links: MailLinks): Mail {
  const from = formatVnDate(t.period.from);
  const until = formatVnDate(t.period.to);
  const range = periodRange(t.period.from, t.period.to);
  const campaign = clean(t.campaign);
  const subject =
    t.period.kind === 'monthly'
      ? REPORT.subject.monthly(t.period.month, t.period.year, campaign, range)
      : REPORT.subject.final(campaign, range);
  const intro = REPORT.mailIntro[t.period.kind](from, until);
  const standing = REPORT.standing(campaign, until, t.daysLeft, formatVnDate(t.deadline));
  const full = fullLine(t);
  const sheet = links.tab(SHEETS.monthly) ?? links.sheet;
  // Plain attributes rather than a style on every cell: a province's table is many cells.
  const th = (text: string, extra = '') => `<th${extra} bgcolor="#f1f3f4">${escapeHtml(text)}</th>`;
  const tables = tablesOf(t);
  const heads = tables.map(({ groups, status }) => {
    const head1 = [
      th(SUMMARY_COLUMN.stt, ' rowspan="2"'),
      // Names stay readable on a phone: the table scrolls sideways inside its box instead.
      th(SUMMARY_COLUMN.unit, ' rowspan="2" align="left" style="min-width:120px"'),
      ...groups.map((g) =>
        g.spanning
          ? th(clean(g.title), ` colspan="${g.columns.length}"`)
          : th(g.title, ' rowspan="2"'),
      ),
      ...(status === null ? [] : [th(t.columns[status].header, ' rowspan="2"')]),
    ];
    const head2 = groups
      .filter((g) => g.spanning)
      .flatMap((g) => g.columns.map((i) => th(t.columns[i].header)));
    return `<tr>${head1.join('')}</tr>\n<tr>${head2.join('')}</tr>`;
  });
  const htmlRows = (r: ReportRow) => {
    const b = (text: string) => (r.kind === 'unit' || !text ? text : `<b>${text}</b>`);
    const cell = (i: number) => {
      if (i < 0) return `<td nowrap align="center">${r.days ? daysText(r.days) : ''}</td>`;
      const c = t.columns[i];
      return `<td nowrap${c.format ? ' align="right"' : ''}>${b(escapeHtml(shown(c, r.cells[i])))}</td>`;
    };
    const name = `${'&nbsp;'.repeat(r.depth * 3)}${b(h(r.name))}`;
    return tables.map(({ groups, status }) => {
      const label = status === null ? '' : shown(t.columns[status], r.cells[status]);
      const colour = COLOUR_OF_LABEL.get(label);
      const statusCell =
        status === null
          ? ''
          : `<td nowrap${colour ? ` style="color:${colour}"` : ''}>${b(escapeHtml(label))}</td>`;
      const cells = groups.flatMap((g) => g.columns.map(cell)).join('');
      return `<tr><td>${r.stt ?? ''}</td><td>${name}</td>${cells}${statusCell}</tr>`;
    });
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
    const days = r.days ? ` (${REPORT.daysText(daysText(r.days))})` : '';
    return `${'  '.repeat(r.depth)}${r.stt === null ? '' : `${r.stt}. `}${clean(r.name)}${days} — ${parts.join('; ')}`;
  };
  const rowsHtml = t.rows.map(htmlRows);
  const textRows = t.rows.map(textRow);
  const { shown: kept, left } = rowsShown(
    t.rows,
    t.rows.map((_, i) => utf8Length(rowsHtml[i].join('')) + utf8Length(textRows[i])),
  );
  const more = left ? [REPORT.moreRows(left, SHEETS.monthly)] : [];
  const lines = [standing, ...(full ? [full] : [])];
  const html = [
    `<div style="${FONT}font-size:14px;color:#202124;max-width:960px">`,
    `<h2 style="font-size:18px;margin:0 0 8px">${escapeHtml(reportTitle(t.period))}</h2>`,
    ...lines.map((l) => `<p style="margin:0 0 8px">${escapeHtml(l)}</p>`),
    `<p style="margin:0 0 12px">${escapeHtml(intro)}</p>`,
    ...heads.flatMap((head, k) => [
      `<div style="overflow-x:auto;margin:0 0 10px"><table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse;border-color:#dadce0;font-size:12px">`,
      head,
      ...rowsHtml.filter((_, i) => kept[i]).map((r) => r[k]),
      '</table></div>',
    ]),
    ...more.map((m) => `<p style="margin:4px 0">${escapeHtml(m)}</p>`),
    `<p style="margin:12px 0 4px">${escapeHtml(REPORT.inSheet(SHEETS.monthly))} <a href="${escapeHtml(sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
    `<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
    '</div>',
  ].join('\n');
  const text = [
    reportTitle(t.period),
    ...lines,
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
