// Which units the daily report puts first (missing their report, then behind or overdue, then
// the rest), the indicator each unit is judged by, and the ranking of the best and the weakest.
import type { Progress, UnitProgress } from './progress';

/**
 * The indicator a unit is shown by: the first with a target that sets its status, else the
 * first with a target (an encouraged one), else null.
 */
export function leadIndicator(p: Progress, u: UnitProgress): string | null {
  const withQuota = p.quotaIndicators.filter((i) => u.indicators[i]?.quota != null);
  return withQuota.find((i) => !u.indicators[i].target?.soft) ?? withQuota[0] ?? null;
}

/** A unit's share of its target on its lead indicator (0 without one). */
export function leadShare(p: Progress, u: UnitProgress): number {
  const i = leadIndicator(p, u);
  return (i && u.indicators[i].percent) || 0;
}

export interface UnitOrder {
  /** Missing their due report, longest silence first. */
  missing: UnitProgress[];
  /** Behind or overdue and not missing, lowest share first. */
  behind: UnitProgress[];
  /** The others, in the order of `Đơn vị`. */
  rest: UnitProgress[];
  /** Behind or overdue, missing or not (the subject counts them all). */
  allBehind: UnitProgress[];
}

export function unitOrder(p: Progress): UnitOrder {
  const share = (u: UnitProgress) => leadShare(p, u);
  const missing = p.units
    .filter((u) => u.reporting === 'missing')
    .sort((a, b) => b.missingStreak - a.missingStreak);
  const allBehind = p.units
    .filter((u) => u.status === 'behind' || u.status === 'overdue')
    .sort((a, b) => share(a) - share(b));
  const behind = allBehind.filter((u) => u.reporting !== 'missing');
  const named = new Set([...missing, ...behind]);
  return { missing, behind, rest: p.units.filter((u) => !named.has(u)), allBehind };
}

export interface Ranked {
  unit: UnitProgress;
  indicator: string;
  /** The share of the target, or pace ÷ required per day. */
  value: number;
}

/** How many units the ranking names at each end. */
export const RANK_MAX = 3;

/**
 * The best and the weakest few of a list sorted best first; the two ends never overlap. A unit
 * that may not be commended is left out of the best (the weakest end keeps it). Nothing when
 * every value is 0: a ranking of zeros says nothing.
 */
function ends(
  sorted: Ranked[],
  commendable: (u: UnitProgress) => boolean,
): { best: Ranked[]; weakest: Ranked[] } {
  if (sorted.every((x) => x.value === 0)) return { best: [], weakest: [] };
  const k = Math.min(RANK_MAX, Math.floor(sorted.length / 2));
  const weakest = sorted.slice(sorted.length - k).reverse();
  const best = sorted
    .slice(0, sorted.length - k)
    .filter((x) => commendable(x.unit))
    .slice(0, k);
  return { best, weakest };
}

/**
 * The units with a target (set, not encouraged) and a tab that was read, ranked by their share
 * of it, and those with something left to do and days to do it ranked by pace ÷ required per
 * day. Ties keep the order of `Đơn vị`. A unit missing its report (ranked by old figures) and
 * one named in `doubtful` (a flagged figure lately) are never among the best.
 */
export function ranking(
  p: Progress,
  doubtful: readonly string[] = [],
): {
  share: { best: Ranked[]; weakest: Ranked[] };
  pace: { best: Ranked[]; weakest: Ranked[] };
} {
  const byShare: Ranked[] = [];
  const byPace: Ranked[] = [];
  for (const unit of p.units) {
    const indicator = leadIndicator(p, unit);
    // A unit whose tab could not be read has no figures to judge it by.
    if (!unit.tabRead || !indicator || unit.indicators[indicator].target?.soft) continue;
    const f = unit.indicators[indicator];
    byShare.push({ unit, indicator, value: f.percent ?? 0 });
    if (f.requiredPerDay !== null && f.requiredPerDay > 0)
      byPace.push({ unit, indicator, value: f.pace / f.requiredPerDay });
  }
  const desc = (a: Ranked, b: Ranked) => b.value - a.value;
  const left = new Set(doubtful);
  const commendable = (u: UnitProgress) => u.reporting !== 'missing' && !left.has(u.name);
  return {
    share: ends(byShare.sort(desc), commendable),
    pace: ends(byPace.sort(desc), commendable),
  };
}
