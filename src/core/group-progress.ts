// Groups of units at every level of `Cấp trên` (a path: district > commune > team) and the
// total. An indicator's figures are sums over the members that report it; an encouraged target
// adds its figures but no target. Members sharing one deadline: percent, required per day,
// projection and status are recomputed from the sums. Members with different deadlines: the
// group needs what its members need, so required per day is the sum of theirs.
import type {
  Figures,
  GroupProgress,
  IndicatorProgress,
  Status,
  UnitProgress,
} from './progress-figures';
import { derive, perDay, worst } from './progress-figures';
import { sameName } from './text';
import type { Timeline } from './timeline';
import { byName } from './values';

const sum = (values: number[]) => values.reduce((a, v) => a + v, 0);

/** The figures of some units taken together. */
export function sumOf(members: UnitProgress[], indicators: string[], t: Timeline): Figures {
  const deadlines = [...new Set(members.map((m) => m.deadline))].sort();
  const shared = deadlines.length <= 1;
  const deadline = deadlines[deadlines.length - 1] ?? '';
  const schedule = {
    asOf: t.asOf,
    deadline,
    daysLeft: deadline ? t.daysLeftTo(deadline) : 0,
    rounding: t.rounding,
    dayAfter: t.dayAfter,
  };
  const figures = byName<IndicatorProgress>();
  const statuses: (Status | null)[] = [];
  for (const indicator of indicators) {
    const parts = members.flatMap((m) => m.indicators[indicator] ?? []);
    if (parts.length === 0) continue;
    const hard = parts.filter((p) => p.quota !== null && !p.target?.soft);
    const quota = hard.length ? sum(hard.map((p) => p.quota!)) : null;
    const cumulative = sum(parts.map((p) => p.cumulative));
    const populations = parts.map((p) => p.population);
    const population = populations.every((p) => p !== null) ? sum(populations as number[]) : null;
    const todays = parts.map((p) => p.today).filter((v): v is number => v !== null);
    const { progress, status } = derive(
      {
        quota,
        cumulative,
        // A unit over its target does not hide another's shortfall.
        remaining: quota === null ? null : sum(hard.map((p) => p.remaining!)),
        pace: sum(parts.map((p) => p.pace)),
        meanSinceStart: sum(parts.map((p) => p.meanSinceStart)),
        ...(shared ? {} : { requiredPerDay: sum(hard.map((p) => p.requiredPerDay ?? 0)) }),
      },
      schedule,
      {
        population,
        coverage: population ? cumulative / population : null,
        target: null,
        today: todays.length ? sum(todays) : null,
      },
    );
    figures[indicator] = progress;
    statuses.push(status);
  }
  const withBacklog = members.filter((m) => m.pendingActivation !== null);
  const pending = withBacklog.length ? sum(withBacklog.map((m) => m.pendingActivation!)) : null;
  return {
    deadline,
    daysLeft: schedule.daysLeft,
    indicators: figures,
    pendingActivation: pending,
    pendingPerDay:
      pending === null
        ? null
        : shared
          ? perDay(Math.max(0, pending), schedule.daysLeft, t.rounding)
          : sum(withBacklog.map((m) => m.pendingPerDay ?? 0)),
    status: worst(statuses),
  };
}

/** Whether a path starts with another (levels matched as names: see nameKey). */
function startsWith(path: string[], prefix: string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => sameName(p, path[i]));
}

/**
 * A group for every level of every unit's `Cấp trên` path, parents before their children, in
 * order of first appearance. Its members are the units below it, and the unit that carries the
 * group's own name at that place (a ward that reports and has teams under it).
 */
export function groupsOf(
  units: UnitProgress[],
  indicators: string[],
  t: Timeline,
): GroupProgress[] {
  const paths: string[][] = [];
  for (const u of units)
    for (let k = 1; k <= u.path.length; k++) {
      const path = u.path.slice(0, k);
      if (!paths.some((p) => p.length === k && startsWith(p, path))) paths.push(path);
    }
  // Pre-order: each group right after its parent, siblings in order of first appearance.
  const ordered: string[][] = [];
  const visit = (parent: string[]) => {
    for (const p of paths)
      if (p.length === parent.length + 1 && startsWith(p, parent)) {
        ordered.push(p);
        visit(p);
      }
  };
  visit([]);
  return ordered.map((path) => {
    const members = units.filter((u) => startsWith([...u.path, u.name], path));
    return {
      name: path[path.length - 1],
      path,
      level: path.length,
      units: members.map((m) => m.name),
      ...sumOf(members, indicators, t),
    };
  });
}
