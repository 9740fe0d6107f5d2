// Compile-time check, run by `npm run typecheck` (and so by CI): every method the local runtime
// fakes accepts the arguments that @types/google-apps-script says Apps Script's method accepts.
// A mismatch names the method in a type error here.
import type { FakeConditionalFormatRuleBuilder } from '../../../src/local/runtime/conditional-format';
import type { FakeDataValidationBuilder } from '../../../src/local/runtime/data-validation';
import type { FakeProtection } from '../../../src/local/runtime/protection';
import type { FakeLock } from '../../../src/local/runtime/lock';
import type { FakeMailApp } from '../../../src/local/runtime/mail-app';
import type { FakeProperties } from '../../../src/local/runtime/properties';
import type { FakeScriptApp } from '../../../src/local/runtime/script-app';
import type { FakeSession } from '../../../src/local/runtime/session';
import type { FakeUtilities } from '../../../src/local/runtime/utilities';
import type { FakeRange } from '../../../src/local/runtime/range';
import type { FakeSheet } from '../../../src/local/runtime/sheet';
import type { FakeSpreadsheet } from '../../../src/local/runtime/spreadsheet';
import type { FakeSpreadsheetApp } from '../../../src/local/runtime/spreadsheet-app';
import type { FakeMenu, FakeUi } from '../../../src/local/runtime/ui';

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
  true satisfies Conforms<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>,
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
  true satisfies Conforms<FakeMailApp, GoogleAppsScript.Mail.MailApp>,
  true satisfies Conforms<FakeProperties, GoogleAppsScript.Properties.Properties>,
  true satisfies Conforms<FakeLock, GoogleAppsScript.Lock.Lock>,
  true satisfies Conforms<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>,
  true satisfies Conforms<FakeSession, GoogleAppsScript.Base.Session>,
  true satisfies Conforms<FakeUtilities, GoogleAppsScript.Utilities.Utilities>,
];
