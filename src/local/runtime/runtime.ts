// The local Apps Script runtime: one spreadsheet, the services around it, a clock the caller
// sets, a call counter, and the globals object that gas-local loads the bundle with.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import gas from 'gas-local';
import { CallCounter } from './calls';
import type { CostModel } from './costs';
import { COSTS, EXECUTION_LIMIT_MS } from './costs';
import { Executions } from './executions';
import { WallDate } from './cells';
import { ChartType } from './charts';
import type { FiredTrigger } from './clock-triggers';
import { fireClockTriggers } from './clock-triggers';
import type {
  AuthModeName,
  QueuedAnswer,
  RecordedMenu,
  RuntimeContext,
  ShownDialog,
} from './context';
import { exception } from './errors';
import { FakeHtmlService } from './html-service';
import { SheetLoader, typedIn } from './loading';
import { FakeLockService } from './lock';
import { FakeLogger } from './logger';
import { FakeMailApp } from './mail-app';
import { FakePropertiesService } from './properties';
import { PROTECTED_MESSAGE, canEdit } from './protection';
import type { FakeRange } from './range';
import { SpreadsheetSaver } from './saving';
import { FakeScriptApp } from './script-app';
import { FakeSession } from './session';
import type { FakeSheet } from './sheet';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './sheet';
import { FakeSheetsSpreadsheets } from './sheets-api';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUser } from './user';
import { FakeUtilities } from './utilities';

export interface RuntimeOptions {
  /** The spreadsheet's time zone (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** The script's time zone from appsscript.json (default: the spreadsheet's). */
  scriptTimeZone?: string;
  /** The clock: an instant, or ms since the epoch (default: the real time at creation). */
  now?: Date | number;
  owner?: string;
  activeUser?: string;
  editors?: string[];
  /** How the code was started: NONE (simple onOpen of an uninstalled add-on), LIMITED, FULL. */
  authMode?: AuthModeName;
  /** false when running from a trigger or the command line: there is no UI to show. */
  ui?: boolean;
  /**
   * The kind of account the script runs as: its MailApp quota and limits (consumer, the default:
   * 100 recipients a day, bodies up to 200 KB; workspace: 1,500 and 400 KB).
   */
  account?: 'consumer' | 'workspace';
  /** MailApp's remaining daily recipients (default: the account's daily quota). */
  mailQuota?: number;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** HTML files of the project, by name, for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  /** Also print console.log / Logger.log from the script to the host console. */
  echoLogs?: boolean;
  addonName?: string;
  /**
   * Whether the script is bound to the spreadsheet (default true: a container-bound script or an
   * add-on in it). A standalone script or web app has no document: getDocumentLock() is null.
   */
  bound?: boolean;
  /** Expose the Sheets advanced service (as when the manifest enables it). */
  advancedSheets?: boolean;
  /** What each call costs on the modelled clock (see costs.ts): a range, or a model. */
  costs?: 'low' | 'mid' | 'high' | CostModel;
  /**
   * How far from their hour recurring clock triggers fire, in minutes, −15 to +15 (Apps Script:
   * "plus or minus 15 minutes"); default +15, the latest. See clock-triggers.ts.
   */
  triggerJitterMinutes?: number;
  /**
   * How long an execution may run before it is stopped, in ms: Apps Script's 6 minutes by
   * default. The command line, which is not Apps Script, passes null: a big workbook on a slow
   * disk must still be done.
   */
  executionLimitMs?: number | null;
}

/** Calls that an add-on may make before the user authorised it (AuthMode.NONE). */
const ALLOWED_WITHOUT_AUTH = /^(SpreadsheetApp\.getUi|Ui\.|Logger\.|Utilities\.)/;

/**
 * Calls that need a scope the manifest must name when it names its scopes (Session reference,
 * https://developers.google.com/apps-script/reference/base/session: getActiveUser and
 * getEffectiveUser "require authorization with … https://www.googleapis.com/auth/userinfo.email").
 */
const SCOPED: [RegExp, string][] = [
  [/^Session\.(getActiveUser|getEffectiveUser)$/, 'https://www.googleapis.com/auth/userinfo.email'],
];

export class LocalRuntime implements RuntimeContext {
  readonly calls = new CallCounter();
  /** The executions running now and those finished (see executions.ts). */
  readonly executions: Executions;
  readonly spreadsheet: FakeSpreadsheet;
  readonly menus: RecordedMenu[] = [];
  readonly dialogs: ShownDialog[] = [];
  readonly answers: QueuedAnswer[] = [];
  readonly logs: string[] = [];
  readonly properties: FakePropertiesService;
  readonly locks: FakeLockService;
  readonly scriptApp: FakeScriptApp;
  readonly mail: FakeMailApp;
  readonly html: FakeHtmlService;
  /** Adds sheets as a file holds them (see loading.ts). */
  readonly load: SheetLoader;
  /** Reads the spreadsheet back to save it (see saving.ts). */
  readonly save: SpreadsheetSaver;
  /** Sheets whose structure changed (rows moved, cleared): saved whole, not cell by cell. */
  readonly restructured: Set<FakeSheet>;
  owner: string;
  activeUser: string;
  editors: string[];
  authMode: AuthModeName;
  ui: boolean;
  scriptTimeZone: string;
  /** The scopes of the loaded bundle's manifest (appsscript.json), when it names them. */
  oauthScopes: string[] | null = null;
  readonly addonName: string;
  readonly advancedSheets: boolean;
  private jitter = 15;
  private clock: number;
  private readonly echo: boolean;

  constructor(options: RuntimeOptions = {}) {
    const tz = options.timeZone ?? 'Asia/Ho_Chi_Minh';
    this.clock = options.now === undefined ? Date.now() : new Date(options.now).getTime();
    const costs = options.costs ?? 'mid';
    this.executions = new Executions(
      this,
      this.calls,
      typeof costs === 'string' ? COSTS[costs] : costs,
      options.executionLimitMs === undefined ? EXECUTION_LIMIT_MS : options.executionLimitMs,
    );
    this.owner = options.owner ?? 'chu-so-huu@example.vn';
    this.activeUser = options.activeUser ?? this.owner;
    this.editors = options.editors ?? [];
    this.authMode = options.authMode ?? 'FULL';
    this.ui = options.ui ?? true;
    this.scriptTimeZone = options.scriptTimeZone ?? tz;
    this.addonName = options.addonName ?? 'Tiến Độ';
    this.echo = options.echoLogs ?? false;
    this.advancedSheets = options.advancedSheets ?? false;
    this.triggerJitterMinutes = options.triggerJitterMinutes ?? 15;
    this.spreadsheet = new FakeSpreadsheet(
      this,
      options.spreadsheetId ?? 'local-spreadsheet',
      options.spreadsheetName ?? 'Chiến dịch',
      tz,
    );
    this.restructured = this.spreadsheet.restructured;
    this.properties = new FakePropertiesService(this);
    this.locks = new FakeLockService(this, options.bound ?? true);
    this.scriptApp = new FakeScriptApp(this);
    this.mail = new FakeMailApp(this, options.account ?? 'consumer', options.mailQuota);
    this.html = new FakeHtmlService(options.htmlFiles ?? {});
    this.load = new SheetLoader(this.spreadsheet);
    this.save = new SpreadsheetSaver(this.spreadsheet);
  }

  // ---- the clock ----
  now(): number {
    return this.clock;
  }
  setNow(instant: Date | number): void {
    this.clock = new Date(instant).getTime();
  }
  advance(ms: number): void {
    this.clock += ms;
  }

  // ---- time passing: clock triggers ----
  /** Minutes from their hour that recurring clock triggers fire at, −15 to +15. */
  get triggerJitterMinutes(): number {
    return this.jitter;
  }
  set triggerJitterMinutes(minutes: number) {
    if (!(minutes >= -15 && minutes <= 15))
      throw new Error(`Local runtime: triggerJitterMinutes must be within ±15, not ${minutes}`);
    this.jitter = minutes;
  }
  /**
   * Makes time pass up to `until` (default: the clock now): every clock trigger due by then
   * runs, in time order, as the user who installed it, with the event object Apps Script
   * passes; the clock ends at `until` or at the end of the last run. Returns the runs, each
   * with its error if it failed (a failed run does not stop the others).
   */
  fireTriggers(script: object, until: Date | number = this.clock): FiredTrigger[] {
    return fireClockTriggers(this, script, new Date(until).getTime());
  }

  // ---- hooks the fakes call ----
  guard(service: string, method: string): void {
    const call = `${service}.${method}`;
    if (this.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.test(call)) {
      throw exception(
        `You do not have permission to call ${call}. The add-on is running without authorization (AuthMode.NONE).`,
      );
    }
    const scope = SCOPED.find(([calls]) => calls.test(call))?.[1];
    if (scope && this.oauthScopes && !this.oauthScopes.includes(scope))
      throw exception(`You do not have permission to call ${call}. Required permissions: ${scope}`);
    if (call === 'SpreadsheetApp.getUi' && !this.ui) {
      throw exception('Cannot call SpreadsheetApp.getUi() from this context.');
    }
  }

  // ---- what a test does as a person ----
  /** Queues the answer to the next alert or prompt the script shows. */
  answer(button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE', text?: string): void {
    this.answers.push({ button, text });
  }
  /**
   * Adds a sheet with values (row arrays; Dates are taken as instants), as if a person inserted
   * a sheet (Sheets makes it 1,000 × 26, or larger to hold the rows) and typed them in.
   */
  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    return this.load.sheet(name, {
      ...typedIn(rows, this.spreadsheet.tz),
      maxRows: Math.max(NEW_SHEET_ROWS, rows.length),
      maxColumns: rows.reduce((w, r) => Math.max(w, r.length), NEW_SHEET_COLUMNS),
    });
  }
  /**
   * A person edits cells in the UI: protections are enforced as Sheets enforces them for that
   * user, then the script's installed on-edit triggers run (as the user who installed them) and
   * its simple onEdit, if any, with the event object Apps Script passes.
   */
  edit(
    script: object,
    sheetName: string,
    a1: string,
    value: unknown,
    options: { as?: string } = {},
  ): void {
    const user = options.as ?? this.activeUser;
    const depth = this.calls.depth;
    this.calls.depth++;
    let range;
    let oldValue: unknown;
    try {
      const sheet = this.spreadsheet.getSheetByName(sheetName);
      if (!sheet) throw new Error(`Local runtime: no sheet "${sheetName}" to edit`);
      range = sheet.getRange(a1);
      if (!this.canEdit(user, range)) {
        throw exception(PROTECTED_MESSAGE);
      }
      oldValue = range.getValue();
      if (Array.isArray(value)) range.setValues(value as unknown[][]);
      else range.setValue(value);
    } finally {
      this.calls.depth = depth;
    }
    const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
    const event = {
      authMode: 'FULL',
      range,
      source: this.spreadsheet,
      user: new FakeUser(user),
      ...(single
        ? {
            value: value === '' ? undefined : String(value),
            oldValue: oldValue === '' ? undefined : String(oldValue),
          }
        : {}),
    };
    const editor = this.activeUser;
    for (const trigger of this.scriptApp.triggers.filter((t) => t.eventType === 'ON_EDIT')) {
      const handler: unknown = Reflect.get(script, trigger.handler);
      if (typeof handler !== 'function')
        throw new Error(
          `Local runtime: trigger handler ${trigger.handler} is not a function of the script`,
        );
      this.activeUser = trigger.installedBy;
      try {
        handler({ ...event, triggerUid: trigger.uid });
      } finally {
        this.activeUser = editor;
      }
    }
    const onEdit: unknown = Reflect.get(script, 'onEdit');
    if (typeof onEdit === 'function') onEdit({ ...event, authMode: 'LIMITED' });
  }

  /** Whether a user may edit a range, by the spreadsheet's protections. */
  canEdit(user: string, range: FakeRange): boolean {
    return canEdit(this.spreadsheet.protections, user, range);
  }

  /** Stores a date cell directly as the wall-clock date a person typed (y, m 1-12, d). */
  static date(y: number, m: number, d: number, hh = 0, mm = 0): WallDate {
    return new WallDate(Date.UTC(y, m - 1, d, hh, mm));
  }

  // ---- what the bundle sees ----
  /** A fresh globals object (gas-local shares state when one object is loaded twice). */
  globals(): Record<string, unknown> {
    const ss = this.spreadsheet;
    const now = () => this.now();
    // `new Date()` and Date.now() in the bundle read the runtime's clock.
    class ClockDate extends Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(now());
        else super(...(args as [string]));
      }
      static override now(): number {
        return now();
      }
    }
    const spreadsheetApp = new FakeSpreadsheetApp(this, ss);
    const log = (...args: unknown[]) => {
      const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      this.logs.push(line);
      if (this.echo) console.error(line);
    };
    return {
      Date: ClockDate,
      SpreadsheetApp: spreadsheetApp,
      HtmlService: this.html,
      PropertiesService: this.properties,
      LockService: this.locks,
      ScriptApp: this.scriptApp,
      Session: new FakeSession(this),
      MailApp: this.mail,
      Utilities: new FakeUtilities(this),
      Logger: new FakeLogger(this),
      Charts: { ChartType },
      console: { log, info: log, warn: log, error: log },
      ...(this.advancedSheets
        ? { Sheets: { Spreadsheets: new FakeSheetsSpreadsheets(this, ss) } }
        : {}),
    };
  }

  /**
   * Loads the built bundle (dist/) into a new vm context with fresh globals, and the scopes its
   * manifest names (calls that need another are refused as Apps Script refuses them). `Script` is the type
   * of its top-level functions, as the caller declares them (the add-on's src/surface.ts).
   */
  loadBundle<Script extends object = Record<string, (...args: unknown[]) => unknown>>(
    dir = 'dist',
  ): Script {
    const manifest = join(dir, 'appsscript.json');
    if (existsSync(manifest)) {
      const { oauthScopes } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        oauthScopes?: string[];
      };
      this.oauthScopes = oauthScopes ?? null;
    }
    const globals = this.globals();
    // gas-local turns this very object into the script's global scope: note what it held first.
    const services = new Set(Object.getOwnPropertyNames(globals));
    const context = gas.require(dir, globals) as Record<string, unknown>;
    // Each call of a top-level function from outside is one execution, run as the active user.
    const script: Record<string, unknown> = {};
    // Top-level function declarations are non-enumerable properties of the context.
    for (const name of Object.getOwnPropertyNames(context)) {
      const value = context[name];
      if (services.has(name) || typeof value !== 'function') continue;
      script[name] = (...args: unknown[]) =>
        this.executions.run(this.activeUser, () =>
          (value as (...a: unknown[]) => unknown)(...args),
        );
    }
    return script as Script;
  }
}
