// The `Kiểm tra` sheet: one row per finding, errors first, each cell a link that jumps to it.
import type { Finding } from './findings';
import { FINDINGS_SHEET } from './messages';
import type { OutputCell, OutputSheet } from './output';
import { sheetLink } from './output';
import { FINDINGS_COLUMN, SHEETS } from './vocabulary';

/** Builds `Kiểm tra`; `gid` gives a sheet's id for links (null when the sheet does not exist). */
export function findingsSheet(
  findings: Finding[],
  gid: (sheet: string) => number | null,
  when: string,
): OutputSheet {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const rows: OutputCell[][] = [
    [FINDINGS_SHEET.title(when)],
    [FINDINGS_SHEET.counts(errors, findings.length - errors)],
    [...FINDINGS_COLUMN.header],
  ];
  for (const f of findings) {
    rows.push([
      f.severity === 'error' ? FINDINGS_COLUMN.error : FINDINGS_COLUMN.warning,
      f.sheet,
      sheetLink(gid(f.sheet), f.cell ?? f.sheet, f.cell),
      f.code,
      f.message,
    ]);
  }
  if (findings.length === 0) rows.push([FINDINGS_SHEET.none]);
  return {
    name: SHEETS.findings,
    rows,
    boldRows: [1, 3],
    frozenRows: 3,
    wide: { col: 5, width: 620 },
  };
}
