// One unit's progress at the data date: per indicator its cumulative, pace and what follows
// from them, and whether it reported its due days (missing, late, streak).
import type { UnitEntries } from './campaign';
import { fromDayNumber } from './dates';
import type { Phase } from './phases';
import type {
  IndicatorProgress,
  Reporting,
  Status,
  TargetInfo,
  UnitProgress,
} from './progress-figures';
import { derive, perDay, worst } from './progress-figures';
import type { Target } from './targets';
import { targetCount, targetShare } from './targets';
import type { Frequency, Unit } from './units';
import { ownTarget, populationOf, reports } from './units';
import type { Series } from './series';
import type { TabReading } from './entries';
import { sameLabel } from './text';
import type { Timeline } from './timeline';
import { byName } from './values';

export interface UnitContext {
  /** The campaign's indicators, in display order. */
  indicators: string[];
  timeline: Timeline;
  campaignDeadline: string;
  /** The phase that contains the data date, if any. */
  phase: Phase | null;
  /** The indicators whose difference is the backlog (collected, activated), if both exist. */
  backlogPair: [string, string] | null;
}

/** Opening + the figures through `day`, and through `base` (null: none, the opening alone). */
export function cumulativeAt(
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

/** The series of an indicator, found by its name as the tab spells it. */
export function seriesOf(reading: TabReading | null, indicator: string): Series | undefined {
  const all = reading?.figures ?? byName<Series>();
  return all[indicator] ?? all[Object.keys(all).find((k) => sameLabel(k, indicator)) ?? ''];
}

/** The unit's reporting over its due days: the days it missed, its streak, reported or late. */
function reportingOf(
  reading: TabReading | null,
  t: Timeline,
  deadline: string,
  frequency: Frequency,
): Pick<UnitProgress, 'lastReported' | 'missing' | 'missingStreak' | 'reporting'> {
  // Both lists are ascending day numbers: one walk finds the days not reported.
  const { days: due, lateAfter } = t.dueDays(deadline, frequency);
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
  if (t.asOfDay !== null) while (last >= 0 && reported[last] > t.asOfDay) last--;
  let reporting: Reporting = 'reported';
  if (n > 0 && at < 0) reporting = 'missing';
  // Entered after the cut-off of the next counting day: late (unknown entry time: not late).
  else if (at >= 0 && reading!.enteredAt[at] > lateAfter) reporting = 'late';
  return {
    lastReported: last >= 0 ? fromDayNumber(reported[last]) : null,
    missing,
    missingStreak: streak,
    reporting,
  };
}

/** The figure of the data date itself (the increase over the day before, for running totals). */
function figureOn(figures: Series | undefined, day: number | null): number | null {
  if (!figures || day === null) return null;
  const i = figures.days.lastIndexOf(day);
  return i < 0 ? null : figures.daily[i];
}

/** A target as result.json describes it. */
function targetInfo(target: Target | null): TargetInfo | null {
  if (!target) return null;
  return {
    kind: target.kind,
    share: targetShare(target),
    strict: target.kind === 'share' && target.strict,
    soft: target.soft,
  };
}

/**
 * The deadline a unit's figures count to: its own (`Hạn riêng`) or the campaign's, or during a
 * phase the phase's end when that is earlier.
 */
export function deadlineInForce(unit: Unit, campaignDeadline: string, phase: Phase | null): string {
  const own = unit.deadline ?? campaignDeadline;
  return phase && phase.to < own ? phase.to : own;
}

/**
 * The target in force for an indicator: the phase's share when it sets one and the unit has a
 * population to work it out on, else the unit's own.
 */
export function targetInForce(unit: Unit, indicator: string, phase: Phase | null): Target | null {
  const key = phase && Object.keys(phase.targets).find((k) => sameLabel(k, indicator));
  return key && populationOf(unit, indicator) !== null
    ? phase!.targets[key]
    : ownTarget(unit, indicator);
}

export function unitProgress({ unit, reading }: UnitEntries, ctx: UnitContext): UnitProgress {
  const t = ctx.timeline;
  const deadline = deadlineInForce(unit, ctx.campaignDeadline, ctx.phase);
  const schedule = {
    asOf: t.asOf,
    deadline,
    daysLeft: t.daysLeftTo(deadline),
    rounding: t.rounding,
    dayAfter: t.dayAfter,
  };
  const { baseDay, window } = t.paceWindow(unit.frequency);
  const indicators = byName<IndicatorProgress>();
  const statuses: (Status | null)[] = [];
  for (const indicator of ctx.indicators) {
    if (!reports(unit, indicator)) continue;
    const opening = unit.openings[indicator] ?? 0;
    const series = seriesOf(reading, indicator);
    const [cumulative, atBase] = cumulativeAt(series, opening, t.asOfDay, baseDay);
    const target = targetInForce(unit, indicator, ctx.phase);
    const population = populationOf(unit, indicator);
    const { progress, status } = derive(
      {
        quota: target ? targetCount(target, population) : null,
        cumulative,
        remaining: null,
        pace: window > 0 ? (cumulative - atBase) / window : 0,
        meanSinceStart: t.elapsed > 0 ? (cumulative - opening) / t.elapsed : 0,
        soft: target?.soft ?? false,
      },
      schedule,
      {
        population,
        coverage: population ? cumulative / population : null,
        target: targetInfo(target),
        today: figureOn(series, t.asOfDay),
      },
    );
    indicators[indicator] = progress;
    statuses.push(status);
  }
  const pair = ctx.backlogPair;
  const pending =
    pair && indicators[pair[0]] && indicators[pair[1]]
      ? indicators[pair[0]].cumulative - indicators[pair[1]].cumulative
      : null;
  return {
    name: unit.name,
    parent: unit.parent,
    path: unit.path,
    frequency: unit.frequency.kind,
    tab: unit.tab,
    deadline,
    daysLeft: schedule.daysLeft,
    indicators,
    pendingActivation: pending,
    pendingPerDay:
      pending === null ? null : perDay(Math.max(0, pending), schedule.daysLeft, t.rounding),
    ...reportingOf(reading, t, deadline, unit.frequency),
    tabRead: reading !== null,
    status: worst(statuses),
  };
}
