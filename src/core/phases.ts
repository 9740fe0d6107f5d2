// `Giai đoạn` (optional): phases of the campaign, each with its dates and, per indicator, a
// share of every unit's population that is the target while the phase runs (blank: the unit's
// own target). A peak, then a maintenance phase, say.
import { a1 } from './a1';
import { formatVnDate, readDate } from './dates';
import type { Finding } from './findings';
import { FIX } from './messages';
import type { Target } from './targets';
import { readTarget } from './targets';
import { cellText, normalizeLabel, sameLabel } from './text';
import type { Rows } from './values';
import { byName, isBlank } from './values';
import { INDICATOR_PREFIX, PHASE_COLUMN, SHEETS } from './vocabulary';

export interface Phase {
  name: string;
  /** yyyy-MM-dd, both included. */
  from: string;
  to: string;
  /** The share in force per indicator (display names as `Đơn vị` spells them). */
  targets: Record<string, Target>;
}

/**
 * Reads `Giai đoạn`: a phase with a missing name or date, dates the wrong way round or outside
 * the campaign, an overlap with an earlier phase, or a target that is not a share is a
 * `phase-invalid` finding, and that phase (or that target) is left out.
 */
export function readPhases(
  rows: Rows | null,
  shown: () => string[][],
  campaign: { start: string | null; deadline: string | null },
  indicators: string[],
): { phases: Phase[]; findings: Finding[] } {
  const findings: Finding[] = [];
  if (!rows || rows.length === 0) return { phases: [], findings };
  const fail = (cell: string, message: string) =>
    findings.push({
      severity: 'error',
      code: 'phase-invalid',
      sheet: SHEETS.phases,
      cell,
      message,
    });
  const header = rows[0];
  const col = (label: string) => header.findIndex((h) => sameLabel(h, label));
  const [nameCol, fromCol, toCol] = [
    col(PHASE_COLUMN.name),
    col(PHASE_COLUMN.from),
    col(PHASE_COLUMN.to),
  ];
  if (nameCol < 0 || fromCol < 0 || toCol < 0) {
    fail('A1', FIX.phaseHeader);
    return { phases: [], findings };
  }
  const prefix = `${normalizeLabel(INDICATOR_PREFIX.quota)} `;
  const targetCols = header.flatMap((h, c) => {
    const key = normalizeLabel(h);
    if (!key.startsWith(prefix) || key.length === prefix.length) return [];
    const text = cellText(h);
    const raw = text.slice(text.length - (key.length - prefix.length)).trim();
    return [{ col: c, header: text, indicator: indicators.find((i) => sameLabel(i, raw)) ?? raw }];
  });
  const phases: (Phase & { row: number })[] = [];
  rows.slice(1).forEach((r, i) => {
    const row = i + 2;
    if (r.every((v) => isBlank(v))) return;
    const name = cellText(r[nameCol]);
    const from = readDate(r[fromCol]);
    const to = readDate(r[toCol]);
    if (!name) return fail(a1(nameCol, row), FIX.phaseName(row));
    if (!from) return fail(a1(fromCol, row), FIX.phaseDate(name, PHASE_COLUMN.from));
    if (!to) return fail(a1(toCol, row), FIX.phaseDate(name, PHASE_COLUMN.to));
    if (to < from) return fail(a1(toCol, row), FIX.phaseOrder(name));
    const { start, deadline } = campaign;
    if ((start && from < start) || (deadline && to > deadline))
      return fail(
        a1(start && from < start ? fromCol : toCol, row),
        FIX.phaseOutside(
          name,
          start ? formatVnDate(start) : '?',
          deadline ? formatVnDate(deadline) : '?',
        ),
      );
    const clash = phases.find((p) => from <= p.to && p.from <= to);
    if (clash) return fail(a1(fromCol, row), FIX.phaseOverlap(name, clash.name, clash.row));
    const targets = byName<Target>();
    for (const t of targetCols) {
      if (isBlank(r[t.col])) continue;
      const v = r[t.col];
      const target = readTarget(v, typeof v === 'number' ? shown()[i + 1]?.[t.col] : undefined);
      if (target?.kind === 'share') targets[t.indicator] = target;
      else fail(a1(t.col, row), FIX.phaseTarget(t.header, name));
    }
    phases.push({ name, from, to, targets, row });
  });
  phases.sort((a, b) => (a.from < b.from ? -1 : 1));
  return { phases: phases.map(({ row: _row, ...p }) => p), findings };
}

/** The phase that contains a date, or null. */
export function phaseAt(phases: Phase[], date: string | null): Phase | null {
  if (date === null) return null;
  return phases.find((p) => p.from <= date && date <= p.to) ?? null;
}
