// What the daily report needs besides the progress: the data-quality facts (errors of `Kiểm
// tra`, per sheet; the figure cells left out of the totals; the units without a tab) and the
// trend since the start against the plan's straight line. Pure: from the campaign as read.
import { countingDays } from './calendar';
import type { Campaign } from './campaign';
import { dayNumber } from './dates';
import type { DigestFlags } from './digest-flags';
import { digestFlags } from './digest-flags';
import type { FindingCode } from './findings';
import { openingOf, planLine } from './plan-line';
import type { Progress } from './progress';
import { cumulativeAt, seriesOf } from './unit-progress';
import { reports } from './units';
import { SHEETS } from './vocabulary';

/** Errors on one sheet, and the figure cells of a unit's tab they left out of the totals. */
export interface SheetProblems {
  sheet: string;
  /** The unit whose tab the sheet is, or null (Cấu hình, Đơn vị…). */
  unit: string | null;
  errors: number;
  /** Cells whose figures (or whose row's figures) the summary did not count, in sheet order. */
  leftOut: string[];
}

export interface DigestQuality {
  errors: number;
  warnings: number;
  /** Sheets with errors, in the order of `Kiểm tra`. */
  sheets: SheetProblems[];
  /** Units whose tab does not exist. */
  noTab: string[];
  /** Units whose tab exists and could not be read (no header, two candidates…). */
  unreadable: string[];
  /** Errors on the other sheets (Cấu hình, Đơn vị, Giai đoạn…), but a missing tab's. */
  settings: { sheet: string; cell: string | null; code: FindingCode }[];
  /** The flagged figures of the units' tabs. */
  flags: DigestFlags;
}

export interface TrendPoint {
  date: string;
  cumulative: number;
  /** The plan's straight line at that date (null: no plan for the indicator). */
  plan: number | null;
}

export interface DigestTrend {
  indicator: string;
  /** The target of the indicator in total (the end of the plan line). */
  quota: number;
  points: TrendPoint[];
}

export interface DigestContext {
  quality: DigestQuality;
  trend: DigestTrend | null;
}

/**
 * Errors after which a figure is left out of the totals: a bad figure cell, or a row whose date
 * is bad (all its figures), or a running total out of line.
 */
export const LEFT_OUT_CODES: readonly FindingCode[] = [
  'not-a-number',
  'negative',
  'not-integer',
  'error-value',
  'implausible',
  'date-invalid',
  'date-duplicate',
  'future-entry',
  'cumulative-decrease',
];

/** At most this many points in the trend: a week apart, or more weeks when the campaign is long. */
export const TREND_POINTS_MAX = 12;

function quality(campaign: Campaign, p: Progress): DigestQuality {
  const unitOf = new Map(campaign.units.map((e) => [e.title, e.unit.name]));
  const sheets = new Map<string, SheetProblems>();
  let errors = 0;
  let warnings = 0;
  const noTab = new Set<string>();
  const settings: DigestQuality['settings'] = [];
  for (const f of campaign.findings) {
    if (f.severity !== 'error') {
      warnings++;
      continue;
    }
    errors++;
    if (f.code === 'missing-tab' && f.sheet === SHEETS.units) {
      const e = campaign.units.find((u) => u.unit.tabCell === f.cell && !u.reading);
      if (e && !e.ambiguous) noTab.add(e.unit.name);
    }
    let s = sheets.get(f.sheet);
    if (!s)
      sheets.set(
        f.sheet,
        (s = { sheet: f.sheet, unit: unitOf.get(f.sheet) ?? null, errors: 0, leftOut: [] }),
      );
    s.errors++;
    if (f.cell && s.unit !== null && LEFT_OUT_CODES.includes(f.code)) s.leftOut.push(f.cell);
    if (s.unit === null && f.code !== 'missing-tab')
      settings.push({ sheet: f.sheet, cell: f.cell ?? null, code: f.code });
  }
  const unread = campaign.units.filter((e) => !e.reading).map((e) => e.unit.name);
  return {
    errors,
    warnings,
    sheets: [...sheets.values()],
    noTab: unread.filter((n) => noTab.has(n)),
    unreadable: unread.filter((n) => !noTab.has(n)),
    settings,
    flags: digestFlags(campaign, p),
  };
}

/** The days of the trend: the data date and every 7th (or 14th…) counting day back, and the first. */
function trendDays(days: string[]): string[] {
  const weeks = Math.ceil(days.length / 7);
  const step = 7 * Math.max(1, Math.ceil(weeks / (TREND_POINTS_MAX - 1)));
  const picked: string[] = [];
  for (let k = days.length - 1; k >= 0; k -= step) picked.unshift(days[k]);
  if (picked[0] !== days[0]) picked.unshift(days[0]);
  return picked;
}

/**
 * The first quota indicator's total at every point of the trend (each unit's cumulative as its
 * progress counts it), against the plan line that `Lịch sử` draws (plan-line.ts).
 */
function trend(campaign: Campaign, p: Progress): DigestTrend | null {
  const indicator = p.quotaIndicators.find((i) => p.total.indicators[i]?.quota != null);
  if (!indicator || !p.asOf) return null;
  const quota = p.total.indicators[indicator].quota!;
  const plan = planLine(campaign, p, indicator);
  const from = plan?.from ?? p.start;
  const days = countingDays(from, p.asOf, campaign.settings);
  if (!days.length) return null;
  const picked = trendDays(days);
  const totals = picked.map(() => 0);
  for (const { unit, reading } of campaign.units) {
    if (!reports(unit, indicator)) continue;
    const series = seriesOf(reading, indicator);
    const opening = openingOf(unit, indicator);
    picked.forEach((date, k) => {
      totals[k] += cumulativeAt(series, opening, dayNumber(date), null)[0];
    });
  }
  return {
    indicator,
    quota,
    points: picked.map((date, k) => ({
      date,
      cumulative: totals[k],
      plan: plan ? plan.at(date) : null,
    })),
  };
}

/** What the digest says besides the progress, from the campaign as read. */
export function digestContext(campaign: Campaign, p: Progress): DigestContext {
  return { quality: quality(campaign, p), trend: trend(campaign, p) };
}
