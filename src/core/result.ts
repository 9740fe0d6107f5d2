// What a command returns, and what the command line writes as result.json (the contract in
// docs/workbook.md): rates rounded for reading (percent to 4 decimals, pace to 1), counts exact.
import type { Finding } from './findings';
import type { Figures, IndicatorProgress, PhaseInfo, Progress, Status } from './progress';
import { byName } from './values';
import type { MailKind } from './vocabulary';

/** An indicator's figures as result.json gives them: percent and pace rounded for reading. */
export type ResultIndicator = IndicatorProgress;

export interface ResultFigures {
  indicators: Record<string, ResultIndicator>;
  pendingActivation: number | null;
  pendingPerDay: number | null;
  status: Status | null;
}

/** A unit before progress is known (validate, or when the summary cannot be made). */
export interface ResultUnitName {
  name: string;
  parent: string | null;
}

export interface ResultUnit extends ResultUnitName, ResultFigures {
  /** The levels above, top first; [] when none. */
  path: string[];
  frequency: 'daily' | 'weekly' | 'monthly';
  deadline: string;
  daysLeft: number;
  lastReported: string | null;
  missing: string[];
  missingStreak: number;
  reporting: 'reported' | 'missing' | 'late';
  /** false when the tab could not be read: `missing` then says nothing was read, not reported. */
  tabRead: boolean;
}

export interface ResultGroup extends ResultFigures {
  name: string;
  /** The levels above and the group itself, top first. */
  path: string[];
  /** 1 for the top level. */
  level: number;
  deadline: string;
  daysLeft: number;
  units: string[];
}

/** A report made by a command (the monthly report, the final report). */
export interface ReportRecord {
  kind: 'monthly' | 'final';
  from: string;
  to: string;
}

export interface ProgressResult {
  asOf: string | null;
  deadline: string;
  daysLeft: number;
  rounding: 'up' | 'nearest';
  phase: PhaseInfo | null;
  /** The reports this command made. */
  reports: ReportRecord[];
  units: ResultUnit[];
  groups: ResultGroup[];
  total: ResultFigures;
}

/** One message, as result.json lists it. */
export interface MailRecord {
  kind: MailKind;
  to: string[];
  subject: string;
  units: string[];
  dataDate: string;
}

/**
 * A message not sent: pending (the daily quota is spent), later (this run's time is spent: a
 * continuation sends it), failed, busy (another run held the lock), or unconfirmed (a stopped
 * run marked it as being sent and never confirmed it: a person may resend it).
 */
export interface NotSentRecord extends MailRecord {
  reason: 'pending' | 'later' | 'failed' | 'busy' | 'unconfirmed';
  detail?: string;
}

/** What a command returns. Progress keys are present when the summary could be made. */
export interface CommandResult extends Partial<Omit<ProgressResult, 'units'>> {
  campaign: string;
  timeZone: string;
  /** When the command ran, ISO 8601 with the zone's offset. */
  now: string;
  units: ResultUnit[] | ResultUnitName[];
  issues: Finding[];
  /** Why there is no summary (a setting it needs is invalid), when there is none. */
  summaryError?: string;
  /** Why no mail went out although the command sends (the campaign is over). */
  mailNotice?: string;
  /** What this command sent (nothing, for validate and summarize). */
  emails: MailRecord[];
  emailsNotSent?: NotSentRecord[];
}

/** A result whose summary was made: its progress keys are all there. */
export type SummarizedResult = CommandResult & ProgressResult;

export function isSummarized(result: CommandResult): result is SummarizedResult {
  return result.daysLeft !== undefined;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function indicators(figures: Record<string, IndicatorProgress>): Record<string, ResultIndicator> {
  const out = byName<ResultIndicator>();
  for (const [name, p] of Object.entries(figures)) {
    out[name] = {
      quota: p.quota,
      cumulative: p.cumulative,
      percent: p.percent === null ? null : round(p.percent, 4),
      remaining: p.remaining,
      pace: round(p.pace, 1),
      meanSinceStart: round(p.meanSinceStart, 1),
      requiredPerDay: p.requiredPerDay,
      projected: p.projected,
      population: p.population,
      coverage: p.coverage === null ? null : round(p.coverage, 4),
      target: p.target,
      today: p.today,
    };
  }
  return out;
}

function figures(f: Figures): ResultFigures {
  return {
    indicators: indicators(f.indicators),
    pendingActivation: f.pendingActivation,
    pendingPerDay: f.pendingPerDay,
    status: f.status,
  };
}

export function progressResult(p: Progress): ProgressResult {
  return {
    asOf: p.asOf,
    deadline: p.deadline,
    daysLeft: p.daysLeft,
    rounding: p.rounding,
    phase: p.phase,
    reports: [],
    units: p.units.map((u) => ({
      name: u.name,
      parent: u.parent,
      path: u.path,
      frequency: u.frequency,
      deadline: u.deadline,
      daysLeft: u.daysLeft,
      ...figures(u),
      lastReported: u.lastReported,
      missing: u.missing,
      missingStreak: u.missingStreak,
      reporting: u.reporting,
      tabRead: u.tabRead,
    })),
    groups: p.groups.map((g) => ({
      name: g.name,
      path: g.path,
      level: g.level,
      deadline: g.deadline,
      daysLeft: g.daysLeft,
      units: g.units,
      ...figures(g),
    })),
    total: figures(p.total),
  };
}
