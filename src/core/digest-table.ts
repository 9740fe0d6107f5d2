// The daily report's table, like the plans' statistics appendix: per unit the data date's
// figure, cumulative, percent, remaining and required per day of each indicator, the backlog
// and what clears it a day, and the status; the units missing their report first, then those
// behind, then the rest; then a subtotal per level and the total. Columns are split over
// several tables when a campaign has many indicators, so each fits a screen 800 px wide.
import type { DigestContext } from './digest-context';
import type { MailLinks } from './mail-text';
import { clean, escapeHtml, h, link, shortDate, vnNumber, vnPercent } from './mail-text';
import { DIGEST } from './messages-digest';
import type { Figures, GroupProgress, Progress, UnitProgress } from './progress';
import { missingSince } from './progress-figures';
import { STATUS_LABELS, SUMMARY_COLUMN } from './vocabulary';

interface Column {
  head: string;
  cell(f: Figures): string;
}

interface Block {
  title: string;
  columns: Column[];
  /** The block's part of a unit's line in the plain text. */
  text(f: Figures): string;
}

/** The most figure columns in one table: with the name and the status, 800 px hold them. */
export const TABLE_COLUMNS_MAX = 11;

const num = (n: number | null | undefined) => (n == null ? '' : vnNumber(n));

function indicatorBlock(p: Progress, i: string): Block {
  const day = shortDate(p.asOf!);
  const get = (f: Figures) => f.indicators[i];
  const today: Column = {
    head: DIGEST.day(day),
    cell: (f) => (get(f) ? (get(f).today === null ? '—' : vnNumber(get(f).today!)) : ''),
  };
  const cumulative: Column = {
    head: SUMMARY_COLUMN.cumulative,
    cell: (f) => num(get(f)?.cumulative),
  };
  const dayText = (f: Figures) =>
    get(f).today === null
      ? DIGEST.noDayFigure(day)
      : DIGEST.dayFigure(day, vnNumber(get(f).today!));
  if (!p.quotaIndicators.includes(i))
    return {
      title: i,
      columns: [today, cumulative],
      text: (f) =>
        get(f) ? `${clean(i)}: ${dayText(f)}, ${DIGEST.cumulative(num(get(f).cumulative))}` : '',
    };
  const required = (f: Figures) => {
    const x = get(f);
    if (!x || x.quota === null) return '';
    return x.requiredPerDay === null ? (x.remaining === 0 ? '0' : '—') : vnNumber(x.requiredPerDay);
  };
  return {
    title: i,
    columns: [
      today,
      cumulative,
      {
        head: DIGEST.percentHead,
        cell: (f) => (get(f)?.percent == null ? '' : vnPercent(get(f).percent!)),
      },
      { head: SUMMARY_COLUMN.remaining, cell: (f) => num(get(f)?.remaining) },
      { head: DIGEST.requiredHead, cell: required },
    ],
    text: (f) => {
      const x = get(f);
      if (!x) return '';
      const parts = [dayText(f)];
      if (x.quota === null) parts.push(DIGEST.cumulative(vnNumber(x.cumulative)));
      else {
        parts.push(
          `${DIGEST.cumulative(vnNumber(x.cumulative))}/${vnNumber(x.quota)} (${vnPercent(x.percent!)})`,
          DIGEST.remaining(vnNumber(x.remaining!)),
        );
        if (x.requiredPerDay !== null) parts.push(DIGEST.perDay(vnNumber(x.requiredPerDay)));
      }
      return `${clean(i)}: ${parts.join(', ')}`;
    },
  };
}

const backlogBlock: Block = {
  title: SUMMARY_COLUMN.pending,
  columns: [
    { head: DIGEST.backlogCount, cell: (f) => num(f.pendingActivation) },
    {
      head: DIGEST.requiredHead,
      cell: (f) => (f.pendingActivation === null ? '' : num(f.pendingPerDay) || '—'),
    },
  ],
  text: (f) =>
    f.pendingActivation === null
      ? ''
      : `${SUMMARY_COLUMN.pending}: ${vnNumber(f.pendingActivation)}` +
        (f.pendingPerDay === null ? '' : `, ${DIGEST.perDay(vnNumber(f.pendingPerDay))}`),
};

/** The blocks of columns, split into tables of at most TABLE_COLUMNS_MAX figure columns. */
export function tableBlocks(p: Progress): Block[][] {
  const blocks = p.indicators.filter((i) => p.total.indicators[i]).map((i) => indicatorBlock(p, i));
  if (p.total.pendingActivation !== null) blocks.push(backlogBlock);
  const tables: Block[][] = [];
  let width = Infinity;
  for (const b of blocks) {
    if (width + b.columns.length > TABLE_COLUMNS_MAX) {
      tables.push([]);
      width = 0;
    }
    tables[tables.length - 1].push(b);
    width += b.columns.length;
  }
  return tables;
}

/** A row of the table: a section's title, a unit, a subtotal of a level, or the total. */
export type TableRow =
  | { kind: 'section'; title: string }
  /** A sentence in place of a section that has no unit left to list. */
  | { kind: 'note'; text: string }
  | { kind: 'unit'; unit: UnitProgress }
  | { kind: 'group'; group: GroupProgress }
  | { kind: 'total' };

/** Whether a list of names holds one: a set made once per list, as a province has thousands. */
const sets = new WeakMap<readonly string[], Set<string>>();
function among(list: readonly string[], name: string): boolean {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list)));
  return set.has(name);
}

/**
 * What is said under a unit's name: why it has no figure, or since when it has not reported;
 * and that a figure of its tab is flagged in `Kiểm tra`.
 */
export function unitNote(u: UnitProgress, context: DigestContext | undefined): string {
  const notes: string[] = [];
  if (!u.tabRead)
    notes.push(context && among(context.quality.noTab, u.name) ? DIGEST.noTab : DIGEST.unreadable);
  else if (u.reporting === 'missing') {
    const since = missingSince(u);
    if (since) notes.push(DIGEST.missingSince(shortDate(since)));
  } else if (u.reporting === 'late') notes.push(DIGEST.late);
  if (context && among(context.quality.flags.marked, u.name)) notes.push(DIGEST.flaggedNote);
  return notes.join('; ');
}

const RED = '#c5221f';
/** Each status's text colour in the e-mails' tables. */
export const STATUS_COLOUR = { overdue: RED, behind: RED, 'on-track': '#202124', done: '#188038' };

function statusCell(f: Figures): string {
  if (!f.status) return '<td></td>';
  return `<td style="color:${STATUS_COLOUR[f.status]};white-space:nowrap">${escapeHtml(STATUS_LABELS[f.status])}</td>`;
}

/** One table of the blocks given, over the rows given. */
function tableHtml(
  p: Progress,
  blocks: Block[],
  rows: TableRow[],
  links: MailLinks,
  context: DigestContext | undefined,
): string {
  const columns = blocks.flatMap((b) => b.columns);
  const span = columns.length + 2;
  const head = [
    '<tr style="background:#f1f3f4">',
    // Wide enough that a name wraps at most once or twice on a phone, where the table scrolls.
    `<th rowspan="2" align="left" style="min-width:120px">${escapeHtml(SUMMARY_COLUMN.unit)}</th>`,
    ...blocks.map((b) => `<th colspan="${b.columns.length}">${h(b.title)}</th>`),
    `<th rowspan="2">${escapeHtml(SUMMARY_COLUMN.status)}</th></tr>`,
    '<tr style="background:#f1f3f4">',
    ...columns.map((c) => `<th>${escapeHtml(c.head)}</th>`),
    '</tr>',
  ].join('');
  const cells = (f: Figures) =>
    columns.map((c) => `<td align="right">${escapeHtml(c.cell(f))}</td>`).join('') + statusCell(f);
  const body = rows.map((r) => {
    switch (r.kind) {
      case 'section':
        return `<tr><td colspan="${span}" style="background:#e8eaed;font-weight:bold">${escapeHtml(r.title)}</td></tr>`;
      case 'note':
        return `<tr><td colspan="${span}" style="color:#5f6368">${escapeHtml(r.text)}</td></tr>`;
      case 'unit': {
        const note = unitNote(r.unit, context);
        const noteHtml = note
          ? `<br><span style="color:${RED};font-size:11px">${escapeHtml(note)}</span>`
          : '';
        return `<tr><td>${link(links.tab(r.unit.tab), r.unit.name)}${noteHtml}</td>${cells(r.unit)}</tr>`;
      }
      case 'group':
        return `<tr style="background:#f8f9fa"><td style="padding-left:${4 + (r.group.level - 1) * 12}px">${h(SUMMARY_COLUMN.subtotal(r.group.name))}</td>${cells(r.group)}</tr>`;
      case 'total':
        return `<tr style="background:#f1f3f4;font-weight:bold"><td>${escapeHtml(SUMMARY_COLUMN.total)}</td>${cells(p.total)}</tr>`;
    }
  });
  return [
    '<div style="overflow-x:auto;margin:0 0 10px">',
    '<table border="1" cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse;border-color:#dadce0;font-size:12px">',
    head,
    ...body,
    '</table></div>',
  ].join('\n');
}

/** The table (or tables, when there are many indicators) in HTML. */
export function digestTableHtml(
  p: Progress,
  rows: TableRow[],
  links: MailLinks,
  context: DigestContext | undefined,
): string {
  return tableBlocks(p)
    .map((blocks) => tableHtml(p, blocks, rows, links, context))
    .join('\n');
}

/** The same rows in plain text: one line per unit, level or total. */
export function digestTableText(
  p: Progress,
  rows: TableRow[],
  context: DigestContext | undefined,
): string[] {
  const blocks = tableBlocks(p).flat();
  const figures = (f: Figures) =>
    [
      ...blocks.map((b) => b.text(f)).filter(Boolean),
      ...(f.status ? [STATUS_LABELS[f.status]] : []),
    ].join('; ');
  return rows.map((r) => {
    switch (r.kind) {
      case 'section':
        return `\n${r.title}:`;
      case 'note':
        return `\n${r.text}`;
      case 'unit': {
        const note = unitNote(r.unit, context);
        return `- ${clean(r.unit.name)}${note ? ` [${note}]` : ''} — ${figures(r.unit)}`;
      }
      case 'group':
        return `${'  '.repeat(r.group.level - 1)}- ${clean(SUMMARY_COLUMN.subtotal(r.group.name))} — ${figures(r.group)}`;
      case 'total':
        return `= ${SUMMARY_COLUMN.total} — ${figures(p.total)}`;
    }
  });
}
