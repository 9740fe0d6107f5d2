// The `Kiểm tra` sheet: one row per finding, errors first, each cell a link that jumps to it.
import { findingName } from './finding-names';
import type { Finding } from './findings';
import { columnWidths, tableArea } from './layout';
import { FINDINGS_SHEET } from './messages';
import type { OutputCell, OutputSheet } from './output';
import { sheetLink } from './output';
import { FINDINGS_COLUMN, SHEETS } from './vocabulary';

/** The width of `Nội dung và cách sửa`: the messages wrap within it. */
const MESSAGE_WIDTH = 480;

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
      findingName(f.code),
      f.message,
    ]);
  }
  if (findings.length === 0) rows.push([FINDINGS_SHEET.none]);
  const cols = FINDINGS_COLUMN.header.length;
  return {
    name: SHEETS.findings,
    rows,
    boldRows: [1, 3],
    frozenRows: 3,
    wide: { col: cols, width: MESSAGE_WIDTH },
    // Every column as wide as its longest entry but the messages, which wrap within theirs; the
    // title rows overflow to the right.
    layout: {
      widths: columnWidths(findings.length ? rows : rows.slice(0, 3), {
        fromRow: 3,
        boldRows: [3],
        fixed: { [cols]: MESSAGE_WIDTH },
      }),
      merges: [],
      // The header and the findings; "Không phát hiện lỗi nào." below the header unbordered, so
      // it runs across the row with no border crossing it (and the sheet takes the same calls
      // whatever it holds, which a merge would not).
      borders: [tableArea(3, findings.length ? rows.length : 3, cols)],
      // The header too, so the sheet takes the same calls with findings as without.
      wrapRows: [3, ...findings.map((_, i) => i + 4)],
      // The header centred; the findings read from the left.
      centerRows: [3],
    },
  };
}
