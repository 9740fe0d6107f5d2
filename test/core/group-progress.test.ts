import { describe, expect, it } from 'vitest';
import { groupsOf, sumOf } from '../../src/core/group-progress';
import type { IndicatorProgress, UnitProgress } from '../../src/core/progress-figures';
import type { Timeline } from '../../src/core/timeline';

const DEADLINE = '2023-07-20';

/** Data date 01/07/2023 with 19 counting days left to 20/07 (every day counting), 4 to 05/07. */
function timelineStub(): Timeline & { deadlines: string[] } {
  const deadlines: string[] = [];
  return {
    deadlines,
    asOf: '2023-07-01',
    asOfDay: 19539,
    elapsed: 1,
    rounding: 'up',
    daysLeftTo: (deadline) => {
      deadlines.push(deadline);
      return deadline === DEADLINE ? 19 : 4;
    },
    dueDays: () => ({ days: new Int32Array(0), lateAfter: Infinity }),
    paceWindow: () => ({ baseDay: null, window: 1 }),
    dayAfter: (k) => `day ${k}`,
  };
}

const figures = (
  quota: number | null,
  cumulative: number,
  pace = 0,
  meanSinceStart = 0,
  more: Partial<IndicatorProgress> = {},
): IndicatorProgress => ({
  quota,
  cumulative,
  percent: quota === null ? null : cumulative / quota,
  remaining: quota === null ? null : Math.max(0, quota - cumulative),
  pace,
  meanSinceStart,
  requiredPerDay: null,
  projected: null,
  population: null,
  coverage: null,
  target: null,
  today: null,
  ...more,
});

function unit(
  name: string,
  parent: string | null,
  collected: IndicatorProgress | null,
  activated: IndicatorProgress | null,
  pendingActivation: number | null,
  more: Partial<UnitProgress> = {},
): UnitProgress {
  const indicators: Record<string, IndicatorProgress> = {};
  if (collected) indicators['Thu nhận'] = collected;
  if (activated) indicators['Kích hoạt'] = activated;
  return {
    name,
    parent,
    path: parent === null ? [] : [parent],
    frequency: 'daily',
    tab: name,
    deadline: DEADLINE,
    daysLeft: 19,
    indicators,
    pendingActivation,
    pendingPerDay: null,
    status: null,
    lastReported: null,
    missing: [],
    missingStreak: 0,
    reporting: 'reported',
    tabRead: true,
    ...more,
  };
}

const INDICATORS = ['Thu nhận', 'Kích hoạt'];
// A: 90 of 100; B: 60 of 50 (over its quota); C: no quota, 20 collected.
const A = unit('A', 'X', figures(100, 90, 2, 1.5), figures(null, 40, 1, 1), 50);
const B = unit('B', 'X', figures(50, 60, 3, 2.5), figures(null, 45, 2, 1), 15);
const C = unit('C', null, figures(null, 20, 1, 1), figures(null, 5, 0, 0), null);

describe('a group of units', () => {
  it('adds up quota, cumulative, pace and mean since start', () => {
    const g = sumOf([A, B], INDICATORS, timelineStub());
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
      population: null,
      coverage: null,
      target: null,
      today: null,
    });
  });

  it("keeps a shortfall: remaining is the members' remaining added up, not quota − cumulative", () => {
    const g = sumOf([A, B], INDICATORS, timelineStub());
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
    const g = sumOf([A, B], INDICATORS, timelineStub());
    // Averaging 90% and 120% would give 105%; 150 ÷ 150 is 100%.
    expect(g.indicators['Thu nhận'].percent).toBe(1);
  });

  it('counts every member in the cumulative but only quota holders in quota and remaining', () => {
    const g = sumOf([A, C], INDICATORS, timelineStub());
    expect(g.indicators['Thu nhận']).toMatchObject({
      quota: 100,
      cumulative: 110, // 90 + 20
      remaining: 10, // A's alone
      percent: 1.1,
    });
  });

  it("is measured against its members' deadline when they share one", () => {
    const early = (u: UnitProgress) => ({ ...u, deadline: '2023-07-05', daysLeft: 4 });
    const g = sumOf([early(A), early(B)], INDICATORS, timelineStub());
    expect([g.deadline, g.daysLeft]).toEqual(['2023-07-05', 4]);
    expect(g.indicators['Thu nhận'].requiredPerDay).toBe(3); // ⌈10 ÷ 4⌉
  });

  it("needs the sum of its members' required per day when their deadlines differ", () => {
    // Two communes: P lacks 40 by 05/07 (4 days: 10 a day), Q lacks 38 by 20/07 (19: 2 a day).
    const P = unit('P', 'H', figures(100, 60, 0, 0, { requiredPerDay: 10 }), null, null, {
      deadline: '2023-07-05',
      daysLeft: 4,
    });
    const Q = unit('Q', 'H', figures(100, 62, 0, 0, { requiredPerDay: 2 }), null, null);
    const g = sumOf([P, Q], INDICATORS, timelineStub());
    expect(g.indicators['Thu nhận'].requiredPerDay).toBe(12); // not ⌈78 ÷ 19⌉ = 5
    expect([g.deadline, g.daysLeft]).toEqual([DEADLINE, 19]);
    expect(g.status).toBe('behind'); // pace 0 < 12
  });

  it('sums an indicator over the members that report it, and has none when none does', () => {
    // R reports Kích hoạt only: Thu nhận is A's alone.
    const R = unit('R', 'X', null, figures(30, 10), null);
    const g = sumOf([A, R], INDICATORS, timelineStub());
    expect(g.indicators['Thu nhận']).toMatchObject({ quota: 100, cumulative: 90 });
    expect(g.indicators['Kích hoạt']).toMatchObject({ quota: 30, cumulative: 50 });
    expect(g.pendingActivation).toBe(50); // A's; R reports one of the two
    expect(Object.keys(sumOf([R], INDICATORS, timelineStub()).indicators)).toEqual(['Kích hoạt']);
  });

  it('adds the figures of an encouraged target, never its target', () => {
    const soft = { kind: 'share' as const, share: 1, strict: false, soft: true };
    const S = unit('S', 'X', figures(200, 20, 0, 0, { target: soft }), null, null);
    const g = sumOf([A, S], INDICATORS, timelineStub());
    expect(g.indicators['Thu nhận']).toMatchObject({ quota: 100, cumulative: 110, remaining: 10 });
  });

  it('adds up pending activations, and has none when no member has one', () => {
    expect(sumOf([A, B, C], INDICATORS, timelineStub()).pendingActivation).toBe(65);
    expect(sumOf([C], INDICATORS, timelineStub()).pendingActivation).toBeNull();
  });

  it('has no status when no member has a quota, and is done only when every member is', () => {
    expect(sumOf([C], INDICATORS, timelineStub()).status).toBeNull();
    const D = unit('D', 'Y', figures(10, 10), figures(null, 0), 10);
    const E = unit('E', 'Y', figures(10, 12), figures(null, 0), 12);
    expect(sumOf([D, E], INDICATORS, timelineStub()).status).toBe('done');
    expect(sumOf([D, A], INDICATORS, timelineStub()).status).not.toBe('done');
  });
});

describe('groups at every level', () => {
  const u = (name: string, path: string[]) =>
    unit(name, path[path.length - 1] ?? null, figures(10, 1), null, null, { path });

  it('groups parents written in other case, spacing or tone position, in order of first appearance', () => {
    const units = [
      u('1', ['Huyện Cần Giờ']),
      u('2', ['Xã Bình Khánh']),
      u('3', []),
      u('4', ['huyen can gio']), // without its marks: another name
      u('5', ['  HUYỆN  CẦN GIỜ ']),
      u('6', ['Xã Bình Khánh']),
    ];
    expect(groupsOf(units, INDICATORS, timelineStub()).map((g) => [g.name, g.units])).toEqual([
      ['Huyện Cần Giờ', ['1', '5']],
      ['Xã Bình Khánh', ['2', '6']],
      ['huyen can gio', ['4']],
    ]);
    expect(groupsOf([u('3', [])], INDICATORS, timelineStub())).toEqual([]);
  });

  it('makes a subtotal for each level of a path, parents first, with the unit of that name', () => {
    const town = 'Thị xã Bỉm Sơn';
    const units = [
      u('Phường Ba Đình', [town]),
      u('Khu phố 1', [town, 'Phường Ba Đình']),
      u('Phường Bắc Sơn', [town]),
      u('Khu phố 2', [town, 'Phường Ba Đình']),
    ];
    const groups = groupsOf(units, INDICATORS, timelineStub());
    expect(groups.map((g) => [g.path, g.level, g.units])).toEqual([
      [[town], 1, ['Phường Ba Đình', 'Khu phố 1', 'Phường Bắc Sơn', 'Khu phố 2']],
      [[town, 'Phường Ba Đình'], 2, ['Phường Ba Đình', 'Khu phố 1', 'Khu phố 2']],
    ]);
    // Four units of 10 each in the town's subtotal, three in the ward's.
    expect(groups.map((g) => g.indicators['Thu nhận'].quota)).toEqual([40, 30]);
  });
});

describe('the total', () => {
  it('has the figures of every unit and no name or member list', () => {
    const total = sumOf([A, B, C], INDICATORS, timelineStub());
    expect(Object.keys(total).sort()).toEqual([
      'daysLeft',
      'deadline',
      'indicators',
      'pendingActivation',
      'pendingPerDay',
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
