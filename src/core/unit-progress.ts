// One unit's progress at the data date: per indicator its cumulative, pace and what follows
// from them, and whether it reported its due days (missing, late, streak).
import type { UnitEntries } from './campaign';
import { fromDayNumber } from './dates';
import type { IndicatorProgress, Reporting, Status, UnitProgress } from './progress-figures';
import { derive, worst } from './progress-figures';
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
  /** The indicators whose difference is the backlog (collected, activated), if both exist. */
  backlogPair: [string, string] | null;
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

/** The series of an indicator, found by its name as the tab spells it. */
function seriesOf(reading: TabReading | null, indicator: string): Series | undefined {
  const all = reading?.figures ?? byName<Series>();
  return all[indicator] ?? all[Object.keys(all).find((k) => sameLabel(k, indicator)) ?? ''];
}

/** The unit's reporting over its due days: the days it missed, its streak, reported or late. */
function reportingOf(
  reading: TabReading | null,
  t: Timeline,
  deadline: string,
): Pick<UnitProgress, 'lastReported' | 'missing' | 'missingStreak' | 'reporting'> {
  // Both lists are ascending day numbers: one walk finds the days not reported.
  const { days: due, lateAfter } = t.dueDays(deadline);
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

export function unitProgress({ unit, reading }: UnitEntries, ctx: UnitContext): UnitProgress {
  const t = ctx.timeline;
  const deadline = unit.deadline ?? ctx.campaignDeadline;
  const schedule = {
    asOf: t.asOf,
    deadline,
    daysLeft: t.daysLeftTo(deadline),
    dayAfter: t.dayAfter,
  };
  const indicators = byName<IndicatorProgress>();
  const statuses: (Status | null)[] = [];
  for (const indicator of ctx.indicators) {
    const opening = unit.openings[indicator] ?? 0;
    const [cumulative, atBase] = cumulativeAt(
      seriesOf(reading, indicator),
      opening,
      t.asOfDay,
      t.baseDay,
    );
    const { progress, status } = derive(
      {
        quota: unit.quotas[indicator] ?? null,
        cumulative,
        remaining: null,
        pace: t.window > 0 ? (cumulative - atBase) / t.window : 0,
        meanSinceStart: t.elapsed > 0 ? (cumulative - opening) / t.elapsed : 0,
      },
      schedule,
    );
    indicators[indicator] = progress;
    statuses.push(status);
  }
  const pair = ctx.backlogPair;
  return {
    name: unit.name,
    parent: unit.parent,
    tab: unit.tab,
    deadline,
    daysLeft: schedule.daysLeft,
    indicators,
    pendingActivation: pair && indicators[pair[0]].cumulative - indicators[pair[1]].cumulative,
    ...reportingOf(reading, t, deadline),
    tabRead: reading !== null,
    status: worst(statuses),
  };
}
