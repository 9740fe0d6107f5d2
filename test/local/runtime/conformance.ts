// Compile-time check, run by `npm run typecheck` (and so by CI): every method the local runtime
// fakes accepts the arguments that @types/google-apps-script says Apps Script's method accepts.
// A mismatch names the method in a type error here.
import type {
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidation,
  FakeDataValidationBuilder,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeHtmlOutput,
  FakeHtmlService,
  FakeLock,
  FakeLockService,
  FakeLogger,
  FakeMailApp,
  FakeMenu,
  FakeProperties,
  FakePropertiesService,
  FakeProtection,
  FakeRange,
  FakeRangeList,
  FakeScriptApp,
  FakeSession,
  FakeSheetsSpreadsheets,
  FakeSheetsValues,
  FakeSheet,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  FakeTrigger,
  FakeTriggerBuilder,
  FakeUi,
  FakeUser,
  FakeUtilities,
} from '../../../src/local/runtime';

type Fn = (...args: never[]) => unknown;

/**
 * A parameter type with Apps Script's own objects (Range, Sheet, User, Date…) left open: a fake
 * takes the runtime's fakes there. Strings, numbers, booleans, enums and arrays stay exact.
 */
type Loose<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Loose<U>[]
    : T extends object
      ? // eslint-disable-next-line @typescript-eslint/no-explicit-any
        any
      : T;
type LooseParams<P extends unknown[]> = { [I in keyof P]: Loose<P[I]> };

/** The names of shared methods whose real parameters the fake would not accept (never: none). */
type Mismatches<Fake, Real> = {
  [K in keyof Fake & keyof Real]: Real[K] extends Fn
    ? Fake[K] extends Fn
      ? LooseParams<Parameters<Real[K]>> extends Parameters<Fake[K]>
        ? never
        : K
      : K
    : never;
}[keyof Fake & keyof Real];

type Conforms<Fake, Real> = [Mismatches<Fake, Real>] extends [never]
  ? true
  : Mismatches<Fake, Real>;

export const conformance: true[] = [
  true satisfies Conforms<FakeSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>,
  true satisfies Conforms<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>,
  true satisfies Conforms<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet>,
  true satisfies Conforms<FakeRange, GoogleAppsScript.Spreadsheet.Range>,
  true satisfies Conforms<FakeRangeList, GoogleAppsScript.Spreadsheet.RangeList>,
  true satisfies Conforms<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>,
  true satisfies Conforms<FakeDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>,
  true satisfies Conforms<
    FakeConditionalFormatRule,
    GoogleAppsScript.Spreadsheet.ConditionalFormatRule
  >,
  true satisfies Conforms<FakeEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>,
  true satisfies Conforms<
    FakeEmbeddedChartBuilder,
    GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
  >,
  true satisfies Conforms<
    FakeDataValidationBuilder,
    GoogleAppsScript.Spreadsheet.DataValidationBuilder
  >,
  true satisfies Conforms<
    FakeConditionalFormatRuleBuilder,
    GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
  >,
  true satisfies Conforms<FakeUi, GoogleAppsScript.Base.Ui>,
  true satisfies Conforms<FakeMenu, GoogleAppsScript.Base.Menu>,
  true satisfies Conforms<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>,
  true satisfies Conforms<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>,
  true satisfies Conforms<FakeUser, GoogleAppsScript.Base.User>,
  true satisfies Conforms<FakeLogger, GoogleAppsScript.Base.Logger>,
  true satisfies Conforms<FakeMailApp, GoogleAppsScript.Mail.MailApp>,
  true satisfies Conforms<FakeProperties, GoogleAppsScript.Properties.Properties>,
  true satisfies Conforms<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>,
  true satisfies Conforms<FakeLock, GoogleAppsScript.Lock.Lock>,
  true satisfies Conforms<FakeLockService, GoogleAppsScript.Lock.LockService>,
  true satisfies Conforms<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>,
  true satisfies Conforms<FakeTrigger, GoogleAppsScript.Script.Trigger>,
  true satisfies Conforms<FakeTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>,
  true satisfies Conforms<FakeTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>,
  true satisfies Conforms<
    FakeSheetsSpreadsheets,
    GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection
  >,
  true satisfies Conforms<
    FakeSheetsValues,
    GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection
  >,
  true satisfies Conforms<FakeSession, GoogleAppsScript.Base.Session>,
  true satisfies Conforms<FakeUtilities, GoogleAppsScript.Utilities.Utilities>,
];
