// The `Kiểm tra` sheet: one row per finding, errors first, each cell a link that jumps to it.
import type { Finding } from './findings';
import { FINDINGS_SHEET, SHEETS } from './messages';
import type { OutputCell, OutputSheet } from './output';

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
    [...FINDINGS_SHEET.header],
  ];
  for (const f of findings) {
    const id = gid(f.sheet);
    const label = f.cell ?? f.sheet;
    const link: OutputCell =
      id === null
        ? label
        : {
            formula: `HYPERLINK("#gid=${id}${f.cell ? `&range=${f.cell}` : ''}","${label.replace(/"/g, '""')}")`,
          };
    rows.push([
      f.severity === 'error' ? FINDINGS_SHEET.error : FINDINGS_SHEET.warning,
      f.sheet,
      link,
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
