// "Kiểm tra số liệu": every finding of the campaign, written into `Kiểm tra`.
import type { Finding } from '../core/findings';
import { findingsSheet } from '../core/findings-sheet';
import type { Moment } from '../core/moment';
import { stampText } from '../core/moment';
import type { WorkbookPort } from './workbook-port';

/** Writes the findings into `Kiểm tra` in a fixed number of calls, whatever their number. */
export function writeFindings(port: WorkbookPort, findings: Finding[], at: Moment): void {
  port.writeSheet(findingsSheet(findings, (sheet) => port.sheetId(sheet), stampText(at)));
}
