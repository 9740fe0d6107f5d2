// Quota progress at a data date, as docs/domain.md defines it: per unit (cumulative, percent,
// remaining, required per day rounded up, pace over the last N counting days, projected
// completion, progress and reporting status), per parent group, and in total.
import type { Campaign } from './campaign';
import type { LocalMoment } from './calendar';
import { groupsOf, sumOf } from './group-progress';
import { phaseAt } from './phases';
import type { Rounding } from './settings';
import { targetInForce } from './unit-progress';
import type { Figures, GroupProgress, UnitProgress } from './progress-figures';
import { sameLabel } from './text';
import { timeline } from './timeline';
import { unitProgress } from './unit-progress';
import { BACKLOG_PAIR } from './vocabulary';

export type {
  Figures,
  GroupProgress,
  IndicatorProgress,
  Reporting,
  Status,
  UnitProgress,
} from './progress-figures';

/** The phase that contains the data date, as result.json names it. */
export interface PhaseInfo {
  name: string;
  from: string;
  to: string;
}

export interface Progress {
  campaign: string;
  start: string;
  asOf: string | null;
  /** The campaign's deadline, or during a phase the phase's end. */
  deadline: string;
  daysLeft: number;
  paceWindow: number;
  rounding: Rounding;
  phase: PhaseInfo | null;
  /** Indicators in display order; `quotaIndicators` are those with a quota somewhere. */
  indicators: string[];
  quotaIndicators: string[];
  units: UnitProgress[];
  groups: GroupProgress[];
  total: Figures;
}

/** The indicators whose difference is the backlog (Thu nhận, Kích hoạt), if both exist. */
function backlogPair(indicators: string[]): [string, string] | null {
  const collected = indicators.find((i) => sameLabel(i, BACKLOG_PAIR.collected));
  const activated = indicators.find((i) => sameLabel(i, BACKLOG_PAIR.activated));
  return collected && activated ? [collected, activated] : null;
}

/**
 * Computes progress at a data date. `asOf` is the data date (from `dataDateAt` or given by a
 * person); `now` decides which days are due for reporting and whether an entry was late.
 */
export function computeProgress(
  campaign: Campaign,
  asOf: string | null,
  now: LocalMoment,
): Progress {
  const s = campaign.settings;
  if (!s.start || !s.deadline) throw new Error('computeProgress needs valid start and deadline');
  const t = timeline(campaign, asOf, now);
  const phase = phaseAt(campaign.phases, asOf);
  const deadline = phase && phase.to < s.deadline ? phase.to : s.deadline;
  const { indicators } = campaign;
  const context = {
    indicators,
    timeline: t,
    campaignDeadline: s.deadline,
    phase,
    backlogPair: backlogPair(indicators),
  };
  const units = campaign.units.map((entries) => unitProgress(entries, context));
  return {
    campaign: s.campaign,
    start: s.start,
    asOf,
    deadline,
    daysLeft: t.daysLeftTo(deadline),
    paceWindow: s.paceWindow,
    rounding: s.rounding,
    phase: phase && { name: phase.name, from: phase.from, to: phase.to },
    indicators,
    quotaIndicators: indicators.filter((i) =>
      campaign.units.some(({ unit }) => targetInForce(unit, i, phase) !== null),
    ),
    units,
    groups: groupsOf(units, indicators, t),
    total: sumOf(units, indicators, t),
  };
}
