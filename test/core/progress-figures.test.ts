import { describe, expect, it } from 'vitest';
import type { Schedule, Sums } from '../../src/core/progress-figures';
import { derive as deriveWith, perDay, worst } from '../../src/core/progress-figures';

/** derive without the figures it only passes through (population, coverage, target, today). */
function derive(sums: Sums, at: Schedule) {
  const none = { population: null, coverage: null, target: null, today: null };
  const { progress, status } = deriveWith(sums, at, none);
  const { population: _p, coverage: _c, target: _t, today: _d, ...rest } = progress;
  return { progress: rest, status };
}

/** A dayAfter stub: names the k it was asked for, so the projection's k can be checked. */
const asked: number[] = [];
const dayAfter = (k: number) => {
  asked.push(k);
  return `day ${k}`;
};

/** Data date 13/07/2023, deadline 05/11/2023, 115 counting days left (the Cần Giờ appendix). */
const canGio: Schedule = {
  asOf: '2023-07-13',
  deadline: '2023-11-05',
  daysLeft: 115,
  rounding: 'up',
  dayAfter,
};
const sums = (over: Partial<Sums>): Sums => ({
  quota: 100,
  cumulative: 0,
  remaining: null,
  pace: 0,
  meanSinceStart: 0,
  ...over,
});

describe('the figures of one indicator', () => {
  it('are none, with no status, without a quota', () => {
    expect(
      derive(sums({ quota: null, cumulative: 42, pace: 3, meanSinceStart: 2 }), canGio),
    ).toEqual({
      progress: {
        quota: null,
        cumulative: 42,
        percent: null,
        remaining: null,
        pace: 3,
        meanSinceStart: 2,
        requiredPerDay: null,
        projected: null,
      },
      status: null,
    });
  });

  it('reproduce Cần Thạnh in the appendix: 7979 remaining, 70 a day, behind at 51.6 a day', () => {
    asked.length = 0;
    const { progress, status } = derive(
      sums({ quota: 10152, cumulative: 2173, pace: 51.6, meanSinceStart: 54.3 }),
      canGio,
    );
    expect(progress).toEqual({
      quota: 10152,
      cumulative: 2173,
      percent: 2173 / 10152,
      remaining: 7979, // 10152 − 2173
      pace: 51.6,
      meanSinceStart: 54.3,
      requiredPerDay: 70, // 7979 ÷ 115 = 69.4 → 70 (rounded up)
      projected: 'day 155', // 7979 ÷ 51.6 = 154.6 → the 155th counting day
    });
    expect(asked).toEqual([155]);
    expect(status).toBe('behind');
  });

  it('round the required figure up even when the fraction is small (Thạnh An: 26, not 25)', () => {
    // 2904 ÷ 115 = 25.25 → 26: 25 a day would reach only 2875.
    expect(derive(sums({ quota: 4055, cumulative: 1151 }), canGio).progress.requiredPerDay).toBe(
      26,
    );
  });

  it('are done once the quota is reached, with nothing required and nothing to project', () => {
    asked.length = 0;
    const { progress, status } = derive(sums({ quota: 40, cumulative: 50, pace: 5 }), canGio);
    expect(progress).toMatchObject({
      percent: 1.25,
      remaining: 0,
      requiredPerDay: 0,
      projected: null,
    });
    expect(status).toBe('done');
    expect(asked).toEqual([]);
  });

  it('are done even after the deadline', () => {
    const after = { ...canGio, asOf: '2023-11-06', daysLeft: 0 };
    expect(derive(sums({ quota: 40, cumulative: 40 }), after).status).toBe('done');
  });

  it('are overdue from the deadline on when something remains, with no required figure', () => {
    const atDeadline = { ...canGio, asOf: '2023-11-05', daysLeft: 0 };
    const { progress, status } = derive(sums({ cumulative: 99, pace: 50 }), atDeadline);
    expect(status).toBe('overdue');
    expect(progress.requiredPerDay).toBeNull();
    expect(derive(sums({ cumulative: 99 }), { ...atDeadline, asOf: '2023-12-01' }).status).toBe(
      'overdue',
    );
  });

  it('are behind below the required pace and on track at or above it', () => {
    // 100 remaining over 10 days: 10 a day.
    const ten = { ...canGio, daysLeft: 10 };
    expect(derive(sums({ pace: 9.9 }), ten).status).toBe('behind');
    expect(derive(sums({ pace: 10 }), ten).status).toBe('on-track');
    expect(derive(sums({ pace: 25 }), ten).status).toBe('on-track');
  });

  it('are behind before any day is due, since the pace is still 0', () => {
    const noDataDate = { ...canGio, asOf: null, daysLeft: 20 };
    const { progress, status } = derive(sums({}), noDataDate);
    expect(progress.requiredPerDay).toBe(5); // 100 ÷ 20
    expect(status).toBe('behind');
  });

  it('project nothing at a pace of 0, or beyond the horizon of the calendar', () => {
    expect(derive(sums({ pace: 0 }), canGio).progress.projected).toBeNull();
    const farAway = { ...canGio, dayAfter: () => null };
    expect(derive(sums({ pace: 0.01 }), farAway).progress.projected).toBeNull();
  });

  it("use a group's remaining as given: a unit over its quota does not hide another's shortfall", () => {
    asked.length = 0;
    // A: 90 of 100, B: 60 of 50. Together 150 of 150, yet A's 10 remain; 19 days left.
    const nineteen = { ...canGio, daysLeft: 19 };
    const { progress, status } = derive(
      sums({ quota: 150, cumulative: 150, remaining: 10, pace: 3 }),
      nineteen,
    );
    expect(progress).toMatchObject({ percent: 1, remaining: 10, requiredPerDay: 1 }); // ⌈10 ÷ 19⌉
    expect(progress.projected).toBe('day 4'); // ⌈10 ÷ 3⌉ = ⌈3.3⌉
    expect(status).toBe('on-track');
  });
});

describe('the worst status', () => {
  it('ranks overdue, then behind, on track and done', () => {
    expect(worst(['done', 'on-track', 'behind'])).toBe('behind');
    expect(worst(['on-track', 'overdue', 'behind'])).toBe('overdue');
    expect(worst(['done', 'on-track'])).toBe('on-track');
    expect(worst(['done', 'done'])).toBe('done');
  });

  it('ignores unknown statuses, and is null when none is known', () => {
    expect(worst([null, 'done', null])).toBe('done');
    expect(worst([null, null])).toBeNull();
    expect(worst([])).toBeNull();
  });
});

describe('a figure per day (required, backlog)', () => {
  it('is rounded up by default, to nearest (halves up) when the plan rounds so', () => {
    // The Cần Giờ appendix, 115 days left: 7979 → 69.4, 2904 → 25.3, 1441 → 12.5.
    expect([7979, 2904, 1441].map((n) => perDay(n, 115, 'up'))).toEqual([70, 26, 13]);
    expect([7979, 2904, 1441].map((n) => perDay(n, 115, 'nearest'))).toEqual([69, 25, 13]);
    expect(perDay(5, 2, 'nearest')).toBe(3);
    expect(perDay(0, 115, 'up')).toBe(0);
  });

  it('is none when no day is left', () => {
    expect(perDay(10, 0, 'up')).toBeNull();
  });
});
