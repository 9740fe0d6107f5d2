// One indicator's valid figures in date order, as parallel typed arrays: a province holds a
// million of them, and typed arrays keep them out of the garbage collector's way.

export interface Series {
  /** Days since 1970-01-01 (see dayNumber), ascending. */
  days: Int32Array;
  /** Each day's own count (in running-total mode, the increase over the previous total). */
  daily: Float64Array;
  /** 1-based sheet rows the figures are on. */
  rows: Int32Array;
  /** The 0-based column of the indicator. */
  col: number;
}

/** A Series being filled: arrays sized for every row of the tab, `n` of them used. */
export interface Filling {
  days: Int32Array;
  daily: Float64Array;
  rows: Int32Array;
  n: number;
  col: number;
}

/**
 * Typed arrays of `capacity` elements carved from one buffer, which is cheaper than a buffer
 * each: `floats` Float64Arrays, then `ints` Int32Arrays.
 */
export function carve(
  capacity: number,
  floats: number,
  ints: number,
): { floats: Float64Array[]; ints: Int32Array[] } {
  const buffer = new ArrayBuffer(capacity * (8 * floats + 4 * ints));
  const f = Array.from(
    { length: floats },
    (_, i) => new Float64Array(buffer, 8 * capacity * i, capacity),
  );
  const base = 8 * capacity * floats;
  return {
    floats: f,
    ints: Array.from(
      { length: ints },
      (_, i) => new Int32Array(buffer, base + 4 * capacity * i, capacity),
    ),
  };
}

/** The used part, reordered by day (stable) when the tab's rows are not in date order. */
export function finish(f: Filling): Series {
  const days = f.days.subarray(0, f.n);
  let sorted = true;
  for (let i = 1; i < f.n && sorted; i++) sorted = days[i - 1] <= days[i];
  if (sorted)
    return { days, daily: f.daily.subarray(0, f.n), rows: f.rows.subarray(0, f.n), col: f.col };
  const order = Array.from(days.keys()).sort((a, b) => days[a] - days[b] || a - b);
  return {
    days: Int32Array.from(order, (i) => days[i]),
    daily: Float64Array.from(order, (i) => f.daily[i]),
    rows: Int32Array.from(order, (i) => f.rows[i]),
    col: f.col,
  };
}
