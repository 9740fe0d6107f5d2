// The figures of progress and how they follow from sums: percent, remaining, required per day,
// projected completion and status, for a unit, a group or the total alike.
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
  /**
   * false when the unit's tab could not be read (missing, no header in its first 10 rows, a
   * reserved name): its reporting is not known, so it gets no reminder.
   */
  tabRead: boolean;
}

export interface GroupProgress extends Figures {
  name: string;
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
}

/** Where the figures stand in time: the data date and what is left until the deadline. */
export interface Schedule {
  asOf: string | null;
  deadline: string;
  daysLeft: number;
  /** The k-th counting day after the data date (see countingDaysAfter). */
  dayAfter: (k: number) => string | null;
}

/** Percent, remaining, required per day (rounded up), projected completion and status. */
export function derive(
  sums: Sums,
  at: Schedule,
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
      },
      status: null,
    };
  }
  const remaining = sums.remaining ?? Math.max(0, quota - cumulative);
  const requiredPerDay = at.daysLeft > 0 ? Math.ceil(remaining / at.daysLeft) : null;
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
    },
    status,
  };
}

const RANK: Record<Status, number> = { overdue: 0, behind: 1, 'on-track': 2, done: 3 };

/** The worst of some statuses (overdue, behind, on track, done), null when none is known. */
export function worst(statuses: (Status | null)[]): Status | null {
  const known = statuses.filter((s): s is Status => s !== null);
  return known.length ? known.reduce((a, b) => (RANK[a] <= RANK[b] ? a : b)) : null;
}
