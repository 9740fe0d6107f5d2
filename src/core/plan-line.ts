// The plan's straight line that `Lịch sử` writes beside each total and the daily report's trend
// draws: one definition for both. In the phase of the data date it runs from where the phase
// before ended (that phase's targets) or, in the first, from the opening balances at the start,
// to the target in force at the deadline, over the counting days.
import { countingDays, nextCountingDay } from './calendar';
import type { Campaign } from './campaign';
import type { Phase } from './phases';
import type { Progress } from './progress';
import { targetCount } from './targets';
import { sameLabel } from './text';
import { targetInForce } from './unit-progress';
import type { Unit } from './units';
import { populationOf, reports } from './units';

/** The units' targets (not encouraged ones) for an indicator added up, as a phase sets them. */
export function phaseTotal(
  campaign: Pick<Campaign, 'units'>,
  phase: Phase,
  indicator: string,
): number {
  let total = 0;
  for (const { unit } of campaign.units) {
    if (!reports(unit, indicator)) continue;
    const target = targetInForce(unit, indicator, phase);
    if (target && !target.soft) total += targetCount(target, populationOf(unit, indicator)) ?? 0;
  }
  return total;
}

/** A unit's opening balance of an indicator (`Đầu kỳ <X>`), 0 when not given. */
export function openingOf(unit: Unit, indicator: string): number {
  if (indicator in unit.openings) return unit.openings[indicator];
  const key = Object.keys(unit.openings).find((k) => sameLabel(k, indicator));
  return key === undefined ? 0 : unit.openings[key];
}

/**
 * The openings of an indicator added up over the units that report it: a unit that does not
 * report X has no cumulative of X in any total (`Chỉ số`), so its `Đầu kỳ X` is not counted.
 */
export function openingTotal(campaign: Pick<Campaign, 'units'>, indicator: string): number {
  let total = 0;
  for (const { unit } of campaign.units)
    if (reports(unit, indicator)) total += openingOf(unit, indicator);
  return total;
}

export interface PlanLine {
  /** The first counting day of the line. */
  from: string;
  /** The line at a date on or after `from`: whole, as `Lịch sử` writes it. */
  at(date: string): number;
}

/**
 * The plan line of an indicator in the phase of the data date; null without a data date, a
 * target in force in total, or a counting day to the deadline.
 */
export function planLine(
  campaign: Pick<Campaign, 'settings' | 'units' | 'phases'>,
  p: Progress,
  indicator: string,
): PlanLine | null {
  const quota = p.total.indicators[indicator]?.quota ?? null;
  if (quota === null || !p.asOf) return null;
  const rules = campaign.settings;
  const phase = campaign.phases.find((ph) => p.phase && ph.name === p.phase.name) ?? null;
  const before = phase ? campaign.phases.filter((ph) => ph.to < phase.from).pop() : undefined;
  const from = before ? nextCountingDay(before.to, rules) : p.start;
  const all = countingDays(from, p.deadline, rules).length;
  if (all === 0) return null;
  const start = before
    ? phaseTotal(campaign, before, indicator)
    : openingTotal(campaign, indicator);
  return {
    from,
    at: (date) => {
      const elapsed = Math.min(countingDays(from, date, rules).length, all);
      return Math.round(start + ((quota - start) * elapsed) / all);
    },
  };
}
