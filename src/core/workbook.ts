// Reading the two sheets every campaign has, `Cấu hình` and `Đơn vị`, from plain cell values.
// Pure: takes the values a sheet read returned, gives plain objects or a WorkbookError.
import { MSG, SHEETS } from './messages';
import { cellText, normalizeLabel } from './text';

/** The workbook cannot be used at all (the command line exits with status 2). */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookError';
  }
}

export type Cell = unknown;
export type Rows = Cell[][];

/** A label-value sheet: the value in column B of the first row whose column A is the label. */
export function settingValue(rows: Rows, label: string): Cell | undefined {
  const wanted = normalizeLabel(label);
  const row = rows.find((r) => normalizeLabel(r[0]) === wanted);
  return row ? row[1] : undefined;
}

export interface UnitRow {
  name: string;
  parent: string | null;
  /** 1-based row in `Đơn vị`. */
  row: number;
}

/** Column index (0-based) of a header label in a header row, or -1. */
export function headerIndex(header: Cell[], label: string): number {
  const wanted = normalizeLabel(label);
  return header.findIndex((h) => normalizeLabel(h) === wanted);
}

/** The units listed in `Đơn vị`, in order; rows without a name are skipped. */
export function readUnitRows(rows: Rows): UnitRow[] {
  const header = rows[0] ?? [];
  const nameCol = headerIndex(header, 'Đơn vị');
  if (nameCol < 0) throw new WorkbookError(MSG.unitsHeaderMissing(SHEETS.units, 'Đơn vị'));
  const parentCol = headerIndex(header, 'Cấp trên');
  const units: UnitRow[] = [];
  rows.slice(1).forEach((r, i) => {
    const name = cellText(r[nameCol]);
    if (!name) return;
    const parent = parentCol >= 0 ? cellText(r[parentCol]) : '';
    units.push({ name, parent: parent || null, row: i + 2 });
  });
  return units;
}
