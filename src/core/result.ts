// The contract's result.json shapes (../shared/workbook.md) from computed progress: rates are
// rounded for reading (percent to 4 decimals, pace to 1), counts stay exact.
import type { Figures, IndicatorProgress, Progress } from './progress';

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function indicators(figures: Record<string, IndicatorProgress>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
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
    };
  }
  return out;
}

function figures(f: Figures) {
  return {
    indicators: indicators(f.indicators),
    pendingActivation: f.pendingActivation,
    status: f.status,
  };
}

export function progressResult(p: Progress) {
  return {
    asOf: p.asOf,
    deadline: p.deadline,
    daysLeft: p.daysLeft,
    units: p.units.map((u) => ({
      name: u.name,
      parent: u.parent,
      deadline: u.deadline,
      daysLeft: u.daysLeft,
      ...figures(u),
      lastReported: u.lastReported,
      missing: u.missing,
      missingStreak: u.missingStreak,
      reporting: u.reporting,
    })),
    groups: p.groups.map((g) => ({ name: g.name, units: g.units, ...figures(g) })),
    total: figures(p.total),
  };
}
