import { describe, expect, it } from 'vitest';
import { byParent, sumOf, totalOf } from '../../src/core/group-progress';
import type { IndicatorProgress, UnitProgress } from '../../src/core/progress-figures';
import type { Timeline } from '../../src/core/timeline';

const DEADLINE = '2023-07-20';

/** Data date 01/07/2023 with 19 counting days left to 20/07 (every day counting). */
function timelineStub(): Timeline & { deadlines: string[] } {
  const deadlines: string[] = [];
  return {
    deadlines,
    asOf: '2023-07-01',
    asOfDay: 19539,
    baseDay: null,
    elapsed: 1,
    window: 1,
    daysLeftTo: (deadline) => {
      deadlines.push(deadline);
      return deadline === DEADLINE ? 19 : 4;
    },
    dueDays: () => ({ days: new Int32Array(0), lateAfter: Infinity }),
    dayAfter: (k) => `day ${k}`,
  };
}

const figures = (
  quota: number | null,
  cumulative: number,
  pace = 0,
  meanSinceStart = 0,
): IndicatorProgress => ({
  quota,
  cumulative,
  percent: quota === null ? null : cumulative / quota,
  remaining: quota === null ? null : Math.max(0, quota - cumulative),
  pace,
  meanSinceStart,
  requiredPerDay: null,
  projected: null,
});

function unit(
  name: string,
  parent: string | null,
  collected: IndicatorProgress,
  activated: IndicatorProgress,
  pendingActivation: number | null,
): UnitProgress {
  return {
    name,
    parent,
    tab: name,
    deadline: DEADLINE,
    daysLeft: 19,
    indicators: { 'Thu nhận': collected, 'Kích hoạt': activated },
    pendingActivation,
    status: null,
    lastReported: null,
    missing: [],
    missingStreak: 0,
    reporting: 'reported',
    tabRead: true,
  };
}

const INDICATORS = ['Thu nhận', 'Kích hoạt'];
// A: 90 of 100; B: 60 of 50 (over its quota); C: no quota, 20 collected.
const A = unit('A', 'X', figures(100, 90, 2, 1.5), figures(null, 40, 1, 1), 50);
const B = unit('B', 'X', figures(50, 60, 3, 2.5), figures(null, 45, 2, 1), 15);
const C = unit('C', null, figures(null, 20, 1, 1), figures(null, 5, 0, 0), null);

describe('a group of units', () => {
  it('adds up quota, cumulative, pace and mean since start', () => {
    const g = sumOf([A, B], 'X', INDICATORS, DEADLINE, timelineStub());
    expect(g.name).toBe('X');
    expect(g.units).toEqual(['A', 'B']);
    expect(g.indicators['Thu nhận']).toMatchObject({
      quota: 150,
      cumulative: 150,
      pace: 5, // 2 + 3
      meanSinceStart: 4, // 1.5 + 2.5
    });
    expect(g.indicators['Kích hoạt']).toEqual({
      quota: null,
      cumulative: 85,
      percent: null,
      remaining: null,
      pace: 3,
      meanSinceStart: 2,
      requiredPerDay: null,
      projected: null,
    });
  });

  it("keeps a shortfall: remaining is the members' remaining added up, not quota − cumulative", () => {
    const g = sumOf([A, B], 'X', INDICATORS, DEADLINE, timelineStub());
    // A lacks 10, B lacks 0: 10 remain though 150 of 150 are done; ⌈10 ÷ 19⌉ = 1 a day;
    // at 5 a day, ⌈10 ÷ 5⌉ = the 2nd counting day.
    expect(g.indicators['Thu nhận']).toMatchObject({
      percent: 1,
      remaining: 10,
      requiredPerDay: 1,
      projected: 'day 2',
    });
    expect(g.status).toBe('on-track');
  });

  it('recomputes percent from the sums instead of averaging the members', () => {
    const g = sumOf([A, B], 'X', INDICATORS, DEADLINE, timelineStub());
    // Averaging 90% and 120% would give 105%; 150 ÷ 150 is 100%.
    expect(g.indicators['Thu nhận'].percent).toBe(1);
  });

  it('counts every member in the cumulative but only quota holders in quota and remaining', () => {
    const g = sumOf([A, C], 'Mixed', INDICATORS, DEADLINE, timelineStub());
    expect(g.indicators['Thu nhận']).toMatchObject({
      quota: 100,
      cumulative: 110, // 90 + 20
      remaining: 10, // A's alone
      percent: 1.1,
    });
  });

  it('is measured against the deadline it is given', () => {
    const t = timelineStub();
    const g = sumOf([A, B], 'X', INDICATORS, '2023-07-05', t);
    expect(t.deadlines).toEqual(['2023-07-05']);
    expect([g.deadline, g.daysLeft]).toEqual(['2023-07-05', 4]);
    expect(g.indicators['Thu nhận'].requiredPerDay).toBe(3); // ⌈10 ÷ 4⌉
  });

  it('adds up pending activations, and has none when no member has one', () => {
    expect(sumOf([A, B, C], 'All', INDICATORS, DEADLINE, timelineStub()).pendingActivation).toBe(
      65,
    );
    expect(sumOf([C], 'C', INDICATORS, DEADLINE, timelineStub()).pendingActivation).toBeNull();
  });

  it('has no status when no member has a quota, and is done only when every member is', () => {
    expect(sumOf([C], 'C', INDICATORS, DEADLINE, timelineStub()).status).toBeNull();
    const D = unit('D', 'Y', figures(10, 10), figures(null, 0), 10);
    const E = unit('E', 'Y', figures(10, 12), figures(null, 0), 12);
    expect(sumOf([D, E], 'Y', INDICATORS, DEADLINE, timelineStub()).status).toBe('done');
    expect(sumOf([D, A], 'Y', INDICATORS, DEADLINE, timelineStub()).status).not.toBe('done');
  });
});

describe('grouping by parent', () => {
  it('groups parents written in other case, spacing or tone position, in order of first appearance', () => {
    const u = (name: string, parent: string | null) =>
      unit(name, parent, figures(null, 0), figures(null, 0), null);
    const units = [
      u('1', 'Huyện Cần Giờ'),
      u('2', 'Xã Bình Khánh'),
      u('3', null),
      u('4', 'huyen can gio'), // without its marks: another name
      u('5', '  HUYỆN  CẦN GIỜ '),
      u('6', 'Xã Bình Khánh'),
    ];
    expect(byParent(units).map((g) => [g.name, g.members.map((m) => m.name)])).toEqual([
      ['Huyện Cần Giờ', ['1', '5']],
      ['Xã Bình Khánh', ['2', '6']],
      ['huyen can gio', ['4']],
    ]);
    expect(byParent([u('3', null)])).toEqual([]);
  });
});

describe('the total', () => {
  it('has the figures of every unit and no name or member list', () => {
    const total = totalOf([A, B, C], INDICATORS, DEADLINE, timelineStub());
    expect(Object.keys(total).sort()).toEqual([
      'daysLeft',
      'deadline',
      'indicators',
      'pendingActivation',
      'status',
    ]);
    expect(total.indicators['Thu nhận']).toMatchObject({
      quota: 150,
      cumulative: 170,
      remaining: 10,
    });
    expect(total.daysLeft).toBe(19);
  });
});
