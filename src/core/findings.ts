// Validation findings: what is wrong, where (sheet and A1 cell), and how to fix it.
import { cellPosition } from './a1';
import type { FindingCode } from './vocabulary';

export type { FindingCode } from './vocabulary';
export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  sheet: string;
  /** A1 reference of the cell at fault; absent when no single cell is. */
  cell?: string;
  message: string;
}

/** Errors first, then by sheet order of appearance, then by row and column. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  findings.forEach((f) => sheetOrder.has(f.sheet) || sheetOrder.set(f.sheet, sheetOrder.size));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const sev = (a.f.severity === 'error' ? 0 : 1) - (b.f.severity === 'error' ? 0 : 1);
      if (sev) return sev;
      const sh = sheetOrder.get(a.f.sheet)! - sheetOrder.get(b.f.sheet)!;
      if (sh) return sh;
      const [ra, ca] = cellPosition(a.f.cell);
      const [rb, cb] = cellPosition(b.f.cell);
      return ra - rb || ca - cb || a.i - b.i;
    })
    .map(({ f }) => f);
}

/**
 * Findings made after the sorted ones (the mail log's, found when sending): errors after the
 * errors, warnings after the warnings, so the earlier order stands.
 */
export function addFindings(sorted: Finding[], later: Finding[]): Finding[] {
  if (!later.length) return sorted;
  const more = sortFindings(later);
  const errors = (list: Finding[]) => list.filter((f) => f.severity === 'error');
  const warnings = (list: Finding[]) => list.filter((f) => f.severity !== 'error');
  return [...errors(sorted), ...errors(more), ...warnings(sorted), ...warnings(more)];
}
