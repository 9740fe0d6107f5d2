// The port between the add-on and its spreadsheet, shaped like the domain: sheets are read as
// plain values and written from plain-value plans. Nothing from Apps Script crosses it; the only
// implementation that talks to the Spreadsheet service is spreadsheet-port.ts.
import type { Moment } from '../core/moment';
import type { ChartPlan, OutputCell, OutputSheet, ReportSheet, SheetEdit } from '../core/output';
import type { Rows } from '../core/values';

export interface WorkbookPort {
  readonly timeZone: string;
  /** The spreadsheet's id, which no other spreadsheet has. */
  readonly id: string;
  readonly url: string;
  /** A moment on the wall clock of the spreadsheet's zone. */
  moment(at: Date): Moment;
  /**
   * All values of a sheet (its data range), with dates as calendar dates in the spreadsheet's
   * zone; the sheet found by its exact title, else the one sheet of the same name (see nameKey);
   * null when there is none.
   */
  readValues(sheetName: string): Rows | null;
  /** A sheet's cells as Sheets displays them (one call); [] when there is no such sheet. */
  readDisplay(sheetName: string): string[][];
  /**
   * Names the sheets about to be read, so they take as few calls as possible (Sheets API
   * batchGet, when the manifest enables the advanced service).
   */
  prefetch(sheetNames: string[]): void;
  hasSheet(sheetName: string): boolean;
  /** Every sheet's title, in the spreadsheet's order. */
  titles(): string[];
  /** The title a name refers to: itself, else the one title of the same name; null if none. */
  title(name: string): string | null;
  /** The spreadsheet's owner, in lower case; null when it has none (a shared drive's file). */
  owner(): string | null;
  /**
   * Who besides the owner may edit each sheet the add-on has protected (in lower case), by
   * title; a sheet it has not protected is absent.
   */
  sheetEditors(): Map<string, string[]>;
  /** Sheets writeSheet creates from now on are born protected so (see EditStep protectSheet). */
  guardNewSheets(access: { description: string; editors: string[] }): void;
  /**
   * Looks again for a sheet the port did not find (it lists the sheets once): another run may
   * have added it since.
   */
  lookAgain(sheetName: string): void;
  /**
   * Every sheet title that is the same name as `name` (see nameKey): more than one, and a read
   * takes the exact title, or none.
   */
  matches(name: string): string[];
  /** A sheet's merged ranges in A1 ("B20:B21"); [] when there is no such sheet. */
  mergedRanges(sheetName: string): string[];
  /** Whether mergedRanges costs nothing more (it came with the sheets' metadata). */
  readonly mergesKnown: boolean;
  /** Cells of every sheet's whole grid (rows × columns), which Sheets caps at 10 million. */
  cellCount(): number;
  /** The sheet's id for links (#gid=…), or null when there is no such sheet. */
  sheetId(sheetName: string): number | null;
  /**
   * From now on, writes to these sheets are dropped: reserved names a unit's tab carries, so
   * no output lands on a person's figures (see Campaign.claimed).
   */
  leaveAlone(sheetNames: string[]): void;
  /** Replaces an output sheet's contents (creating it at the end if needed) in one block. */
  writeSheet(output: OutputSheet): void;
  /** writeSheet, then number formats per column and colours by text: a fixed number of calls. */
  writeReport(report: ReportSheet): void;
  /** Applies set-up steps to a sheet, in order (creating it at the end first, if asked). */
  applyEdit(edit: SheetEdit): void;
  /** Writes cells as one block at 1-based (row, col), growing the sheet if needed. */
  writeBlock(sheetName: string, row: number, col: number, cells: OutputCell[][]): void;
  /** Applies the writes made so far, so that another run reading the sheet sees them. */
  flush(): void;
  /** Adds the chart unless the sheet has one already. */
  addChart(plan: ChartPlan): void;
}
