// Quota progress, exactly as ../shared/domain.md defines it: data date, cumulative, percent,
// remaining, days left, required per day (rounded up), pace over the last N counting days,
// projected completion, progress and reporting status; per unit, per parent group, in total.
import type { Campaign, UnitEntries } from './campaign';
import type { CalendarRules } from './calendar';
import { countingDayNumbers, countingDays } from './calendar';
import { dayNumber, fromDayNumber } from './dates';
import type { Series } from './entries';
import { normalizeLabel } from './text';
import { ACTIVATED, COLLECTED } from './units';

export type Status = 'done' | 'on-track' | 'behind' | 'overdue';
export type Reporting = 'reported' | 'missing' | 'late';

export interface IndicatorProgress {
  quota: number | null;
  cumulative: number;
  percent: number | null;
  remaining: number | null;
  /** Mean daily increase over the last N counting days. */
  pace: number;
  /** Mean daily increase since the start. */
  meanSinceStart: number;
  requiredPerDay: number | null;
  projected: string | null;
}

export interface Figures {
  deadline: string;
  daysLeft: number;
  indicators: Record<string, IndicatorProgress>;
  pendingActivation: number | null;
  status: Status | null;
}

export interface UnitProgress extends Figures {
  name: string;
  parent: string | null;
  tab: string;
  lastReported: string | null;
  /** Due counting days with no report, latest last. */
  missing: string[];
  /** Consecutive due days without a report, up to the last due day. */
  missingStreak: number;
  reporting: Reporting;
}

export interface GroupProgress extends Figures {
  name: string;
  units: string[];
}

export interface Progress {
  campaign: string;
  start: string;
  asOf: string | null;
  deadline: string;
  daysLeft: number;
  paceWindow: number;
  /** Indicators in display order; `quotaIndicators` are those with a quota somewhere. */
  indicators: string[];
  quotaIndicators: string[];
  units: UnitProgress[];
  groups: GroupProgress[];
  total: Figures;
}

/** The moment "now" as a wall-clock date and time in the campaign's zone. */
export interface LocalMoment {
  date: string;
  /** Minutes after midnight. */
  minutes: number;
}

/** The next counting day after a date (beyond the deadline too: due times may fall there). */
export function nextCountingDay(date: string, rules: CalendarRules): string {
  const d = dayNumber(date);
  // Within a month, unless a long holiday says otherwise.
  return fromDayNumber(
    countingDayNumbers(d + 1, d + 31, rules)[0] ??
      countingDayNumbers(d + 32, d + 3660, rules)[0] ??
      d + 1,
  );
}

/** Whether the figures of `day` are due at `now` (cut-off on the next counting day has passed). */
export function isDue(
  day: string,
  now: LocalMoment,
  cutoff: number,
  rules: CalendarRules,
): boolean {
  const due = nextCountingDay(day, rules);
  return due < now.date || (due === now.date && now.minutes >= cutoff);
}

/** The latest counting day (from `days`, in order) whose due time is at or before now; null if none. */
export function dataDateAt(
  days: string[],
  now: LocalMoment,
  cutoff: number,
  rules: CalendarRules,
): string | null {
  for (let i = days.length - 1; i >= 0; i--) {
    if (days[i] > now.date) continue;
    if (isDue(days[i], now, cutoff, rules)) return days[i];
  }
  return null;
}

/** Opening + the figures through `day`, and through `base` (null: none, the opening alone). */
function cumulativeAt(
  figures: Series | undefined,
  opening: number,
  day: number | null,
  base: number | null,
): [number, number] {
  let atDay = opening;
  let atBase = opening;
  if (figures && day !== null) {
    const { days, daily } = figures;
    for (let i = 0; i < days.length && days[i] <= day; i++) {
      atDay += daily[i];
      if (base !== null && days[i] <= base) atBase += daily[i];
    }
  }
  return [atDay, atBase];
}

const RANK: Record<Status, number> = { overdue: 0, behind: 1, 'on-track': 2, done: 3 };

function worst(statuses: (Status | null)[]): Status | null {
  const known = statuses.filter((s): s is Status => s !== null);
  return known.length ? known.reduce((a, b) => (RANK[a] <= RANK[b] ? a : b)) : null;
}

/** The k-th counting day after a date (k ≥ 1), for k up to ten years' worth; else null. */
function countingDaysAfter(
  date: string | null,
  rules: CalendarRules,
): (k: number) => string | null {
  let days: number[] | null = null;
  return (k) => {
    if (date === null) return null;
    days ??= countingDayNumbers(dayNumber(date) + 1, dayNumber(date) + 3660, rules);
    return k <= days.length ? fromDayNumber(days[k - 1]) : null;
  };
}

/** The due counting days of a deadline (day numbers) and when the last is late (see dueDays). */
interface Due {
  days: Int32Array;
  lateAfter: number;
}

interface Window {
  asOf: string | null;
  /** asOf as a day number. */
  asOfDay: number | null;
  /** The counting day N counting days before asOf (a day number), or null when the window reaches the start. */
  baseDay: number | null;
  /** Counting days from the start through asOf (inclusive). */
  elapsed: number;
  window: number;
}

/** What percent, remaining, required per day, projected and status follow from the sums. */
function derive(
  quota: number | null,
  cumulative: number,
  remainingSum: number | null,
  pace: number,
  meanSinceStart: number,
  asOf: string | null,
  deadline: string,
  daysLeft: number,
  dayAfter: (k: number) => string | null,
): { progress: IndicatorProgress; status: Status | null } {
  if (quota === null) {
    return {
      progress: {
        quota,
        cumulative,
        percent: null,
        remaining: null,
        pace,
        meanSinceStart,
        requiredPerDay: null,
        projected: null,
      },
      status: null,
    };
  }
  const remaining = remainingSum ?? Math.max(0, quota - cumulative);
  const requiredPerDay = daysLeft > 0 ? Math.ceil(remaining / daysLeft) : null;
  const projected = remaining > 0 && pace > 0 ? dayAfter(Math.ceil(remaining / pace)) : null;
  let status: Status;
  if (remaining === 0) status = 'done';
  else if (asOf !== null && asOf >= deadline) status = 'overdue';
  else if (requiredPerDay !== null && pace < requiredPerDay) status = 'behind';
  else status = 'on-track';
  return {
    progress: {
      quota,
      cumulative,
      percent: cumulative / quota,
      remaining,
      pace,
      meanSinceStart,
      requiredPerDay,
      projected,
    },
    status,
  };
}

/** The indicators whose difference is the pending activations (Thu nhận, Kích hoạt), if both exist. */
function pendingPair(indicators: string[]): [string, string] | null {
  const collected = indicators.find((i) => normalizeLabel(i) === COLLECTED);
  const activated = indicators.find((i) => normalizeLabel(i) === ACTIVATED);
  return collected && activated ? [collected, activated] : null;
}

/**
 * Computes progress at a data date. `asOf` is the data date (from `dataDateAt` or given by a
 * person); `now` decides which days are due for reporting and whether an entry was late.
 */
export function computeProgress(
  campaign: Campaign,
  asOf: string | null,
  now: LocalMoment,
): Progress {
  const s = campaign.settings;
  if (!s.start || !s.deadline) throw new Error('computeProgress needs valid start and deadline');
  const start = s.start;
  const campaignDeadline = s.deadline;
  const lastDeadline = campaign.units.reduce(
    (d, { unit }) => (unit.deadline && unit.deadline > d ? unit.deadline : d),
    campaignDeadline,
  );
  const days = countingDays(start, lastDeadline, s);
  const left = new Map<string, number>();
  const daysLeftTo = (deadline: string) => {
    let n = left.get(deadline);
    if (n === undefined)
      left.set(
        deadline,
        (n = days.filter((d) => (asOf === null || d > asOf) && d <= deadline).length),
      );
    return n;
  };
  const elapsedDays = asOf === null ? [] : days.filter((d) => d <= asOf);
  const base =
    elapsedDays.length > s.paceWindow ? elapsedDays[elapsedDays.length - 1 - s.paceWindow] : null;
  const win: Window = {
    asOf,
    asOfDay: asOf === null ? null : dayNumber(asOf),
    baseDay: base === null ? null : dayNumber(base),
    elapsed: elapsedDays.length,
    window: Math.min(s.paceWindow, elapsedDays.length),
  };
  const dayAfter = countingDaysAfter(asOf, s);
  const quotaIndicators = campaign.indicators.filter((i) =>
    campaign.units.some(({ unit }) => unit.quotas[i] !== undefined),
  );

  // Days whose figures are due at `now` (an explicit as-of date may be later than the last one).
  const dueNow = new Set(days.filter((d) => d <= now.date && isDue(d, now, s.cutoff, s)));
  // The due days of a unit depend only on its deadline: computed once per deadline.
  // So are the minute after which the last of them was entered late (see unitProgress).
  const dueByDeadline = new Map<string, Due>();
  const dueDays = (deadline: string): Due => {
    let due = dueByDeadline.get(deadline);
    if (!due) {
      const lastDue = asOf === null ? null : asOf < deadline ? asOf : deadline;
      const list = lastDue === null ? [] : days.filter((d) => d <= lastDue && dueNow.has(d));
      const last = list[list.length - 1];
      const lateAfter =
        last === undefined ? Infinity : dayNumber(nextCountingDay(last, s)) * 1440 + s.cutoff;
      dueByDeadline.set(deadline, (due = { days: Int32Array.from(list, dayNumber), lateAfter }));
    }
    return due;
  };
  const pending = pendingPair(campaign.indicators);
  const unitRows = campaign.units.map((entries) =>
    unitProgress(
      entries,
      campaign.indicators,
      win,
      daysLeftTo,
      campaignDeadline,
      dueDays,
      pending,
      dayAfter,
    ),
  );
  const sumOf = (members: UnitProgress[], name: string, deadline: string): GroupProgress => {
    const daysLeft = daysLeftTo(deadline);
    const indicators: Record<string, IndicatorProgress> = {};
    const statuses: (Status | null)[] = [];
    for (const indicator of campaign.indicators) {
      const parts = members.map((m) => m.indicators[indicator]);
      const withQuota = parts.filter((p) => p.quota !== null);
      const quota = withQuota.length ? withQuota.reduce((a, p) => a + p.quota!, 0) : null;
      const cumulative = parts.reduce((a, p) => a + p.cumulative, 0);
      const remaining = quota === null ? null : withQuota.reduce((a, p) => a + p.remaining!, 0);
      const pace = parts.reduce((a, p) => a + p.pace, 0);
      const mean = parts.reduce((a, p) => a + p.meanSinceStart, 0);
      const { progress, status } = derive(
        quota,
        cumulative,
        remaining,
        pace,
        mean,
        asOf,
        deadline,
        daysLeft,
        dayAfter,
      );
      indicators[indicator] = progress;
      statuses.push(status);
    }
    const pending = members.every((m) => m.pendingActivation === null)
      ? null
      : members.reduce((a, m) => a + (m.pendingActivation ?? 0), 0);
    return {
      name,
      units: members.map((m) => m.name),
      deadline,
      daysLeft,
      indicators,
      pendingActivation: pending,
      status: worst(statuses),
    };
  };
  // Parent groups in order of first appearance, matched ignoring case and diacritics.
  const byParent = new Map<string, { name: string; members: UnitProgress[] }>();
  for (const u of unitRows) {
    if (u.parent === null) continue;
    const key = normalizeLabel(u.parent);
    const group = byParent.get(key);
    if (group) group.members.push(u);
    else byParent.set(key, { name: u.parent, members: [u] });
  }
  const groups = [...byParent.values()].map(({ name, members }) =>
    sumOf(members, name, campaignDeadline),
  );
  const { name: _name, units: _units, ...total } = sumOf(unitRows, '', campaignDeadline);
  return {
    campaign: s.campaign,
    start,
    asOf,
    deadline: campaignDeadline,
    daysLeft: daysLeftTo(campaignDeadline),
    paceWindow: s.paceWindow,
    indicators: campaign.indicators,
    quotaIndicators,
    units: unitRows,
    groups,
    total,
  };
}

function unitProgress(
  { unit, reading }: UnitEntries,
  indicators: string[],
  win: Window,
  daysLeftTo: (deadline: string) => number,
  campaignDeadline: string,
  dueDays: (deadline: string) => Due,
  pending: [string, string] | null,
  dayAfter: (k: number) => string | null,
): UnitProgress {
  const deadline = unit.deadline ?? campaignDeadline;
  const daysLeft = daysLeftTo(deadline);
  const result: Record<string, IndicatorProgress> = {};
  const statuses: (Status | null)[] = [];
  for (const indicator of indicators) {
    const all = reading?.figures ?? {};
    const figures =
      all[indicator] ??
      all[Object.keys(all).find((k) => normalizeLabel(k) === normalizeLabel(indicator)) ?? ''];
    const opening = unit.openings[indicator] ?? 0;
    const [cumulative, atBase] = cumulativeAt(figures, opening, win.asOfDay, win.baseDay);
    const pace = win.window > 0 ? (cumulative - atBase) / win.window : 0;
    const mean = win.elapsed > 0 ? (cumulative - opening) / win.elapsed : 0;
    const { progress, status } = derive(
      unit.quotas[indicator] ?? null,
      cumulative,
      null,
      pace,
      mean,
      win.asOf,
      deadline,
      daysLeft,
      dayAfter,
    );
    result[indicator] = progress;
    statuses.push(status);
  }

  // Reporting: the due counting days of this unit are those through the data date and its
  // deadline. Both lists are ascending day numbers: one walk finds the days not reported.
  const { days: due, lateAfter } = dueDays(deadline);
  const reported = reading?.reported ?? new Int32Array(0);
  const n = due.length;
  const at = n ? reported.lastIndexOf(due[n - 1]) : -1;
  const missing: string[] = [];
  let streak = 0;
  // When the due days run without a gap (weekends counted, no holiday) and the first and the
  // last of them are reported n - 1 entries apart, none is missing: no walk needed.
  if (!(at >= 0 && due[n - 1] - due[0] === n - 1 && reported[at - n + 1] === due[0])) {
    for (let i = 0, j = 0; i < n; i++) {
      while (j < reported.length && reported[j] < due[i]) j++;
      if (j < reported.length && reported[j] === due[i]) streak = 0;
      else {
        missing.push(fromDayNumber(due[i]));
        streak++;
      }
    }
  }
  let last = reported.length - 1;
  if (win.asOfDay !== null) while (last >= 0 && reported[last] > win.asOfDay) last--;
  const lastReported = last >= 0 ? fromDayNumber(reported[last]) : null;
  let reporting: Reporting = 'reported';
  if (n > 0 && at < 0) reporting = 'missing';
  // Entered after the cut-off of the next counting day: late (unknown entry time: not late).
  else if (at >= 0 && reading!.enteredAt[at] > lateAfter) reporting = 'late';
  return {
    name: unit.name,
    parent: unit.parent,
    tab: unit.tab,
    deadline,
    daysLeft,
    indicators: result,
    pendingActivation: pending && result[pending[0]].cumulative - result[pending[1]].cumulative,
    lastReported,
    missing,
    missingStreak: streak,
    reporting,
    status: worst(statuses),
  };
}
