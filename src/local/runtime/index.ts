// The local Apps Script runtime, for tests, the command line and the benchmark.
export { LocalRuntime } from './runtime';
export type { RuntimeOptions } from './runtime';
export { CallCounter, kindOf } from './calls';
export { WallDate, ErrorCell } from './cells';
export { FakeRange } from './range';
export { FakeSheet } from './sheet';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSpreadsheetApp } from './spreadsheet-app';
export { formatA1, parseA1, columnLetter } from './a1';
export { formatJava, toWall, fromWall } from './tz';
