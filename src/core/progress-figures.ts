// The figures of progress and how they follow from sums: percent, remaining, required per day,
// projected completion and status, for a unit, a group or the total alike.
import type { Rounding } from './settings';

export type Status = 'done' | 'on-track' | 'behind' | 'overdue';
export type Reporting = 'reported' | 'missing' | 'late';

/** A target as result.json describes it. */
export interface TargetInfo {
  kind: 'count' | 'share';
  /** The share (0.5 for 50%), null for a count. */
  share: number | null;
  /** "> 50%": strictly more than the share. */
  strict: boolean;
  /** Encouraged only: shown, never setting a status. */
  soft: boolean;
}

export interface IndicatorProgress {
  /** The whole-number target in force (a share worked out on the population), or null. */
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
  /** The population (`Đối tượng`), null when not known. */
  population: number | null;
  /** cumulative ÷ population, null without a population. */
  coverage: number | null;
  /** The target in force, as written (a group's: null). */
  target: TargetInfo | null;
  /** The figure entered for the data date itself, null when none. */
  today: number | null;
}

export interface Figures {
  deadline: string;
  daysLeft: number;
  /** Per indicator reported (a unit not reporting one has no entry for it). */
  indicators: Record<string, IndicatorProgress>;
  pendingActivation: number | null;
  /** The backlog ÷ days left, rounded as required per day is: activations a day that clear it. */
  pendingPerDay: number | null;
  status: Status | null;
}

export interface UnitProgress extends Figures {
  name: string;
  parent: string | null;
  /** The levels above the unit, top first. */
  path: string[];
  frequency: 'daily' | 'weekly' | 'monthly';
  tab: string;
  lastReported: string | null;
  /** Due counting days with no report, latest last. */
  missing: string[];
  /** Consecutive due days without a report, up to the last due day. */
  missingStreak: number;
  reporting: Reporting;
  /**
   * false when the unit's tab could not be read (missing, no header in its first 10 rows, a
   * reserved name): its reporting is not known, so it gets no reminder.
   */
  tabRead: boolean;
}

/** The first day of a unit's current streak of missing reports, or null. */
export function missingSince(u: UnitProgress): string | null {
  return u.missingStreak > 0 ? u.missing[u.missing.length - u.missingStreak] : null;
}

export interface GroupProgress extends Figures {
  name: string;
  /** The levels above and the group itself, top first. */
  path: string[];
  /** 1 for the top level. */
  level: number;
  units: string[];
}

/** What has been done towards one indicator: summed over the members, for a group. */
export interface Sums {
  quota: number | null;
  cumulative: number;
  /** The members' remaining added up (null: remaining follows from quota − cumulative). */
  remaining: number | null;
  pace: number;
  meanSinceStart: number;
  /** The members' required per day added up, when their deadlines differ (null: from the sums). */
  requiredPerDay?: number | null;
  /** Encouraged only: the figures are shown, and there is no status. */
  soft?: boolean;
}

/** Rounds a per-day figure as `Làm tròn số cần đạt` says: up, or to nearest (halves up). */
export function perDay(amount: number, daysLeft: number, rounding: Rounding): number | null {
  if (daysLeft <= 0) return null;
  const exact = amount / daysLeft;
  return rounding === 'nearest' ? Math.floor(exact + 0.5) : Math.ceil(exact);
}

/** Where the figures stand in time: the data date and what is left until the deadline. */
export interface Schedule {
  asOf: string | null;
  deadline: string;
  daysLeft: number;
  rounding: Rounding;
  /** The k-th counting day after the data date (see countingDaysAfter). */
  dayAfter: (k: number) => string | null;
}

/** What a derived indicator needs besides the sums: shown as given. */
export type Extras = Pick<IndicatorProgress, 'population' | 'coverage' | 'target' | 'today'>;

/** Percent, remaining, required per day (rounded), projected completion and status. */
export function derive(
  sums: Sums,
  at: Schedule,
  extras: Extras,
): { progress: IndicatorProgress; status: Status | null } {
  const { quota, cumulative, pace, meanSinceStart } = sums;
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
        ...extras,
      },
      status: null,
    };
  }
  const remaining = sums.remaining ?? Math.max(0, quota - cumulative);
  const requiredPerDay =
    sums.requiredPerDay !== undefined
      ? sums.requiredPerDay
      : perDay(remaining, at.daysLeft, at.rounding);
  const projected = remaining > 0 && pace > 0 ? at.dayAfter(Math.ceil(remaining / pace)) : null;
  let status: Status;
  if (remaining === 0) status = 'done';
  else if (at.asOf !== null && at.asOf >= at.deadline) status = 'overdue';
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
      ...extras,
    },
    status: sums.soft ? null : status,
  };
}

const RANK: Record<Status, number> = { overdue: 0, behind: 1, 'on-track': 2, done: 3 };

/** The worst of some statuses (overdue, behind, on track, done), null when none is known. */
export function worst(statuses: (Status | null)[]): Status | null {
  const known = statuses.filter((s): s is Status => s !== null);
  return known.length ? known.reduce((a, b) => (RANK[a] <= RANK[b] ? a : b)) : null;
}
