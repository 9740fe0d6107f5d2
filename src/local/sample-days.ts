// Calendar days and daily figures shared by the sample workbooks: dates as ExcelJS stores them
// and a deterministic split of a total over days, so every sample is the same on every build.

export const DAY = 86_400_000;

/** A calendar date as ExcelJS wants it: a Date whose UTC fields are the date. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** Splits a total over n days with a steady weekly rhythm, exactly (largest remainder). */
export function spread(total: number, n: number, phase: number): number[] {
  const weights = Array.from(
    { length: n },
    (_, i) => 1 + 0.35 * Math.sin((i + phase) * 0.9) + 0.15 * Math.cos(i * 2.1 + phase),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k++, left--) out[order[k % n][1]]++;
  return out;
}
