// The port between the add-on and the spreadsheet: sheets found by name (ignoring case and
// diacritics), each read in one call. Everything above it works on plain values.
import { normalizeLabel } from '../core/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WorkbookPort {
  readonly timeZone: string;
  readonly url: string;
  /** All values of a sheet (its data range), or null when there is no such sheet. */
  readValues(sheetName: string): unknown[][] | null;
}

export function spreadsheetPort(ss: Spreadsheet): WorkbookPort {
  let byName: Map<string, Sheet> | null = null;
  const find = (name: string): Sheet | undefined => {
    if (!byName) byName = new Map(ss.getSheets().map((s) => [normalizeLabel(s.getName()), s]));
    return byName.get(normalizeLabel(name));
  };
  return {
    timeZone: ss.getSpreadsheetTimeZone(),
    url: ss.getUrl(),
    readValues(sheetName) {
      const sheet = find(sheetName);
      return sheet ? sheet.getDataRange().getValues() : null;
    },
  };
}
