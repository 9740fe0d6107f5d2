// The figures a check of `Kiểm tra` flagged on the units' tabs, as the daily report needs them:
// those that still count in the totals (an unusual figure moves the pace and may flip a status),
// the units whose row of the table should say so, and the units with a flagged figure in the
// pace window, whom the report does not put among the best. Pure: from the campaign as read.
import { cellPosition } from './a1';
import { countingDays } from './calendar';
import type { Campaign, UnitEntries } from './campaign';
import { dayNumber, fromDayNumber } from './dates';
import type { Finding, FindingCode } from './findings';
import type { Progress } from './progress';

/** A figure a check flagged that was counted in the totals all the same. */
export interface FlaggedFigure {
  unit: string;
  cell: string;
  code: FindingCode;
  /** The figure as counted (the day's count; in running-total mode, the increase). */
  value: number;
  /** The date of its row. */
  date: string;
}

export interface DigestFlags {
  /** Flagged figures still counted, in the order of `Kiểm tra` (errors first). */
  counted: FlaggedFigure[];
  /** Units whose tab has a flagged figure, counted or left out, in the order of `Đơn vị`. */
  marked: string[];
  /** Units with a flagged figure (error or warning) dated in the pace window. */
  recent: string[];
  /** The first day of that window (the data date's last `Số ngày tính tốc độ` counting days). */
  windowFrom: string | null;
}

/** Per row of a tab, the day of the figures counted on it; and per cell, the figure. */
interface TabIndex {
  dayOfRow: Map<number, number>;
  /** Rows with a day, ascending. */
  rows: number[];
  figure: Map<string, { value: number; day: number }>;
}

function indexTab(e: UnitEntries): TabIndex {
  const dayOfRow = new Map<number, number>();
  const figure = new Map<string, { value: number; day: number }>();
  for (const s of Object.values(e.reading!.figures))
    for (let i = 0; i < s.days.length; i++) {
      dayOfRow.set(s.rows[i], s.days[i]);
      figure.set(`${s.rows[i]}:${s.col + 1}`, { value: s.daily[i], day: s.days[i] });
    }
  return { dayOfRow, rows: [...dayOfRow.keys()].sort((a, b) => a - b), figure };
}

/**
 * The days a row may hold: its own when a figure of it counted; else between the days of the
 * dated rows around it (the rows of a tab run in date order), open at either end.
 */
function rowDays(t: TabIndex, row: number): [number, number] {
  const own = t.dayOfRow.get(row);
  if (own !== undefined) return [own, own];
  let lo = -Infinity;
  let hi = Infinity;
  for (const r of t.rows) {
    if (r < row) lo = t.dayOfRow.get(r)!;
    else {
      hi = t.dayOfRow.get(r)!;
      break;
    }
  }
  return [lo, hi];
}

/** The flagged figures of the units' tabs: findings at a cell below a tab's header row. */
export function digestFlags(campaign: Campaign, p: Progress): DigestFlags {
  const bySheet = new Map(campaign.units.filter((e) => e.reading).map((e) => [e.title, e]));
  const rules = campaign.settings;
  const window = p.asOf ? countingDays(p.start, p.asOf, rules).slice(-p.paceWindow) : [];
  const [from, to] = window.length
    ? [dayNumber(window[0]), dayNumber(window[window.length - 1])]
    : [Infinity, -Infinity];
  const indexes = new Map<UnitEntries, TabIndex>();
  const counted: FlaggedFigure[] = [];
  const marked = new Set<string>();
  const recent = new Set<string>();
  for (const f of campaign.findings as Finding[]) {
    const e = bySheet.get(f.sheet);
    const [row, col] = cellPosition(f.cell);
    if (!e || row <= e.reading!.layout.headerRow) continue;
    let t = indexes.get(e);
    if (!t) indexes.set(e, (t = indexTab(e)));
    const name = e.unit.name;
    marked.add(name);
    const [lo, hi] = rowDays(t, row);
    if (lo <= to && hi >= from) recent.add(name);
    const x = t.figure.get(`${row}:${col}`);
    if (x)
      counted.push({
        unit: name,
        cell: f.cell!,
        code: f.code,
        value: x.value,
        date: fromDayNumber(x.day),
      });
  }
  const inOrder = (set: Set<string>) =>
    campaign.units.map((e) => e.unit.name).filter((n) => set.has(n));
  return {
    counted,
    marked: inOrder(marked),
    recent: inOrder(recent),
    windowFrom: window[0] ?? null,
  };
}
