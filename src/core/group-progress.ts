// Groups of units (the same `Cấp trên`) and the total: figures are sums of the members', and
// percent, required per day, projection and status are recomputed from the sums.
import type {
  Figures,
  GroupProgress,
  IndicatorProgress,
  Status,
  UnitProgress,
} from './progress-figures';
import { derive, worst } from './progress-figures';
import { nameKey } from './text';
import { byName } from './values';
import type { Timeline } from './timeline';

/** The figures of some units taken together, measured against one deadline. */
export function sumOf(
  members: UnitProgress[],
  name: string,
  indicators: string[],
  deadline: string,
  t: Timeline,
): GroupProgress {
  const schedule = {
    asOf: t.asOf,
    deadline,
    daysLeft: t.daysLeftTo(deadline),
    dayAfter: t.dayAfter,
  };
  const figures = byName<IndicatorProgress>();
  const statuses: (Status | null)[] = [];
  for (const indicator of indicators) {
    const parts = members.map((m) => m.indicators[indicator]);
    const withQuota = parts.filter((p) => p.quota !== null);
    const quota = withQuota.length ? withQuota.reduce((a, p) => a + p.quota!, 0) : null;
    const { progress, status } = derive(
      {
        quota,
        cumulative: parts.reduce((a, p) => a + p.cumulative, 0),
        // A unit over its quota does not hide another's shortfall.
        remaining: quota === null ? null : withQuota.reduce((a, p) => a + p.remaining!, 0),
        pace: parts.reduce((a, p) => a + p.pace, 0),
        meanSinceStart: parts.reduce((a, p) => a + p.meanSinceStart, 0),
      },
      schedule,
    );
    figures[indicator] = progress;
    statuses.push(status);
  }
  const pending = members.every((m) => m.pendingActivation === null)
    ? null
    : members.reduce((a, m) => a + (m.pendingActivation ?? 0), 0);
  return {
    name,
    units: members.map((m) => m.name),
    deadline,
    daysLeft: schedule.daysLeft,
    indicators: figures,
    pendingActivation: pending,
    status: worst(statuses),
  };
}

/** Units grouped by parent (matched as names: see nameKey), in order of first appearance. */
export function byParent(units: UnitProgress[]): { name: string; members: UnitProgress[] }[] {
  const groups = new Map<string, { name: string; members: UnitProgress[] }>();
  for (const u of units) {
    if (u.parent === null) continue;
    const key = nameKey(u.parent);
    const group = groups.get(key);
    if (group) group.members.push(u);
    else groups.set(key, { name: u.parent, members: [u] });
  }
  return [...groups.values()];
}

/** The total of every unit, without a name. */
export function totalOf(
  units: UnitProgress[],
  indicators: string[],
  deadline: string,
  t: Timeline,
): Figures {
  const { name: _name, units: _units, ...total } = sumOf(units, '', indicators, deadline, t);
  return total;
}
