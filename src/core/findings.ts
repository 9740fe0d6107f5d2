// Validation findings: what is wrong, where (sheet and A1 cell), and how to fix it.

export type Severity = 'error' | 'warning';

export type FindingCode =
  | 'not-a-number'
  | 'negative'
  | 'not-integer'
  | 'error-value'
  | 'outlier'
  | 'date-invalid'
  | 'date-outside'
  | 'date-duplicate'
  | 'future-entry'
  | 'cumulative-decrease'
  | 'activated-exceeds-collected'
  | 'missing-tab'
  | 'header-missing'
  | 'missing-column'
  | 'unit-duplicate'
  | 'unit-name-missing'
  | 'quota-invalid'
  | 'opening-invalid'
  | 'email-invalid'
  | 'setting-missing'
  | 'setting-invalid';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  sheet: string;
  /** A1 reference of the cell at fault; absent when no single cell is. */
  cell?: string;
  message: string;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 of a 0-based column and 1-based row. */
export function a1(col0: number, row: number): string {
  return `${columnLetter(col0 + 1)}${row}`;
}

/** Errors first, then by sheet order of appearance, then by row and column. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  findings.forEach((f) => sheetOrder.has(f.sheet) || sheetOrder.set(f.sheet, sheetOrder.size));
  const pos = (cell?: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), col];
  };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const sev = (a.f.severity === 'error' ? 0 : 1) - (b.f.severity === 'error' ? 0 : 1);
      if (sev) return sev;
      const sh = sheetOrder.get(a.f.sheet)! - sheetOrder.get(b.f.sheet)!;
      if (sh) return sh;
      const [ra, ca] = pos(a.f.cell);
      const [rb, cb] = pos(b.f.cell);
      return ra - rb || ca - cb || a.i - b.i;
    })
    .map(({ f }) => f);
}
