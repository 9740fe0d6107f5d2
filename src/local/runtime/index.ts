// The local Apps Script runtime, for tests, the command line and the benchmark. Everything
// outside this folder imports it from here.
export { LocalRuntime } from './runtime';
export type { RuntimeOptions } from './runtime';
export { CallCounter, kindOf } from './calls';
export type { CallKind } from './calls';
export { WallDate, ErrorCell } from './cells';
export type { Stored } from './cells';
export type { CellGrid, SheetContent } from './loading';
export type { SavedCell, SavedSheet } from './saving';
export { typedDateFormat } from './grid';
export type { CellStyle } from './grid';
export { FakeRange } from './range';
export type { FakeRangeList } from './range-list';
export { FakeSheet } from './sheet';
export { FakeSpreadsheet, MAX_CELLS } from './spreadsheet';
export { FakeSpreadsheetApp } from './spreadsheet-app';
export type { FakeProtection } from './protection';
export type { FakeDataValidation, FakeDataValidationBuilder } from './data-validation';
export type {
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
} from './conditional-format';
export type { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
export type { FakeUser } from './user';
export type { FakeMenu, FakeUi } from './ui';
export type { FakeHtmlOutput, FakeHtmlService } from './html-service';
export type { FakeProperties, FakePropertiesService } from './properties';
export type { FakeLock, FakeLockService } from './lock';
export type { ClockSchedule, FakeScriptApp, FakeTrigger, FakeTriggerBuilder } from './script-app';
export type { FiredTrigger } from './clock-triggers';
export type { FakeSession } from './session';
export type { Account, FakeMailApp, SentMail } from './mail-app';
export { MAIL_LIMITS } from './mail-app';
export type { FakeUtilities } from './utilities';
export type { FakeLogger } from './logger';
export type { FakeSheetsSpreadsheets, FakeSheetsValues } from './sheets-api';
export type { RecordedMenu, ShownDialog } from './context';
export { formatA1, parseA1, columnLetter } from './a1';
export { formatJava, parseJava, toWall, fromWall, offsetAt } from './tz';
export { COSTS, EXECUTION_LIMIT_MS } from './costs';
export type { CostModel } from './costs';
export { ExecutionStopped } from './executions';
export type { Execution, ExecutionRecord } from './executions';
