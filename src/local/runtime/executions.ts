// Executions: each run of a script function (a menu item, a trigger, the command line's call)
// is one execution, as Apps Script has them. Each has its own buffer of spreadsheet writes and
// its own 6-minute limit on the modelled clock; a test can stop one at any call, and run
// another in between two calls of the first.
import type { CallCounter } from './calls';
import { kindOf } from './calls';
import type { ExecutionScope } from './context';
import type { CostModel } from './costs';
import { EXECUTION_LIMIT_MS } from './costs';

/**
 * What Apps Script does at 6 minutes: the execution ends with "Exceeded maximum execution
 * time". A script cannot carry on past it: once stopped, every further service call of that
 * execution throws this again, so a `catch` in the script gains nothing.
 */
export class ExecutionStopped extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'Exception';
  }
}

export interface Execution {
  readonly id: number;
  /** Who it runs as: the person at the menu, or whoever installed the trigger. */
  readonly user: string;
  /** When it started on the modelled clock (after start-up). */
  readonly startedAt: number;
  /** Counted service calls so far. */
  calls: number;
  /**
   * Spreadsheet writes not yet applied. Apps Script buffers them and applies them at
   * SpreadsheetApp.flush(), at the end of the execution, or before the execution's own next
   * read; another execution sees them only then (SpreadsheetApp.flush reference:
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush).
   */
  pending: (() => void)[];
  stopped: boolean;
}

/** A finished execution, for tests and the benchmark to read. */
export interface ExecutionRecord {
  id: number;
  user: string;
  calls: number;
  /** Its length on the modelled clock, start-up included. */
  ms: number;
  stopped: boolean;
}

const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection)$/;
/** Writes Apps Script buffers: cell data, formats and sheet settings, never ones that return data. */
const BUFFERED = {
  Range: /^(set|clear|merge|breakApart)/,
  RangeList: /^(set|clear|breakApart)/,
  Sheet:
    /^(set(FrozenRows|FrozenColumns|ColumnWidths?|RowHeights?|ConditionalFormatRules|TabColor)|clear|clearContents|clearFormats|clearNotes|appendRow|hideSheet|showSheet)$/,
} as Record<string, RegExp | undefined>;
/**
 * Calls answered from what the script already holds (a range's geometry, a sheet's name and id):
 * they need no round trip, so they do not apply the buffered writes.
 */
const LOCAL_ANSWER = {
  Range:
    /^(getRow|getColumn|getNumRows|getNumColumns|getLastRow|getLastColumn|getA1Notation|getSheet|getGridId|getCell|offset)$/,
  Sheet: /^(getRange|getName|getSheetName|getSheetId|getParent)$/,
  Spreadsheet: /^(getId|getUrl|getName)$/,
  SpreadsheetApp: /^(getActiveSpreadsheet|getActive)$/,
} as Record<string, RegExp | undefined>;
/** Builders and enums live in the script: they cost nothing. */
const LOCAL = /^(new[A-Z]|getUi$)/;
const FREE_SERVICES = /^(Utilities|Logger|Ui|HtmlService)$/;

/**
 * The cells a call carries: a read, those it returns (or its range's); a write, those of its
 * 2-D argument. One value set over a range (a format, a weight) is one small request however
 * many cells it covers.
 */
function cellsOf(target: unknown, args: unknown[], result: unknown, read: boolean): number {
  const grid = Array.isArray(args[0]) ? args[0] : read && Array.isArray(result) ? result : null;
  if (grid && Array.isArray(grid[0])) return grid.length * grid[0].length;
  if (!read) return 0;
  const range = target as { rows?: number; cols?: number };
  return typeof range.rows === 'number' && typeof range.cols === 'number'
    ? range.rows * range.cols
    : 0;
}

export class Executions implements ExecutionScope {
  private readonly stack: Execution[] = [];
  private readonly endListeners: ((execution: Execution) => void)[] = [];
  private nextId = 1;
  readonly history: ExecutionRecord[] = [];
  /** Stop the next execution to start at its k-th counted call (1-based), as if time ran out. */
  stopAtCall: number | null = null;
  /** Runs after each counted call of an execution: where a test starts another execution. */
  afterCall: ((method: string, execution: Execution) => void) | null = null;
  costs: CostModel;

  constructor(
    private readonly clock: { now(): number; advance(ms: number): void },
    private readonly calls: CallCounter,
    costs: CostModel,
    private readonly limitMs: number | null = EXECUTION_LIMIT_MS,
  ) {
    this.costs = costs;
  }

  private outOfTime(execution: Execution): boolean {
    return this.limitMs !== null && this.clock.now() - execution.startedAt > this.limitMs;
  }

  current(): Execution | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /**
   * Runs `fn` as one execution: its calls, then its buffered writes applied. Its start-up counts
   * towards its length as time already spent, so the script's first `new Date()` reads the
   * instant it was started at (the trigger's time, or the command line's --now).
   */
  run<T>(user: string, fn: () => T): T {
    const stopAt = this.stopAtCall;
    this.stopAtCall = null;
    const execution: Execution & { stopAt: number | null } = {
      id: this.nextId++,
      user,
      startedAt: this.clock.now() - this.costs.startup,
      calls: 0,
      pending: [],
      stopped: false,
      stopAt,
    };
    this.stack.push(execution);
    try {
      const result = fn();
      this.flush();
      return result;
    } catch (error) {
      // Writes still buffered when an execution fails or is stopped are not applied: assuming
      // they were would hide a missing flush.
      execution.pending = [];
      throw execution.stopped ? new ExecutionStopped() : error;
    } finally {
      this.stack.pop();
      for (const listener of this.endListeners) listener(execution);
      this.history.push({
        id: execution.id,
        user,
        calls: execution.calls,
        ms: this.clock.now() - execution.startedAt,
        stopped: execution.stopped,
      });
    }
  }

  /**
   * Stops a running execution at its k-th counted call: set from `afterCall`, it places a stop
   * by what the execution has done (a few calls after a send, say) rather than by a number.
   */
  stopRunningAt(execution: Execution, call: number): void {
    (execution as Execution & { stopAt: number | null }).stopAt = call;
  }

  onEnd(listener: (execution: Execution) => void): void {
    this.endListeners.push(listener);
  }

  wait(ms: number): void {
    this.clock.advance(Math.max(0, ms));
    const execution = this.current();
    if (execution && this.outOfTime(execution)) {
      execution.stopped = true;
      execution.pending = [];
      throw new ExecutionStopped();
    }
  }

  /**
   * Before a counted call: charges its base cost, stops the execution when its time is up (or
   * at the call a test chose), and says whether the call is a buffered write ('defer') or runs
   * now ('run', after the execution's own buffered writes when it touches the spreadsheet).
   */
  before(label: string, method: string): 'run' | 'defer' {
    const execution = this.current() as (Execution & { stopAt: number | null }) | null;
    if (!execution) return 'run';
    if (execution.stopped) throw new ExecutionStopped();
    execution.calls++;
    this.clock.advance(this.baseCost(label, method));
    if (execution.calls === execution.stopAt || this.outOfTime(execution)) {
      execution.stopped = true;
      execution.pending = [];
      throw new ExecutionStopped();
    }
    if (BUFFERED[label]?.test(method)) return 'defer';
    if (SPREADSHEET.test(label) && !LOCAL.test(method) && !LOCAL_ANSWER[label]?.test(method))
      this.flush();
    return 'run';
  }

  /** After a counted call: its cost per cell, and the test's hook. */
  after(label: string, method: string, target: unknown, args: unknown[], result: unknown): void {
    const execution = this.current();
    if (!execution) return;
    const c = this.costs;
    const kind = kindOf(`${label}.${method}`);
    if (label === 'Sheets.Values' && method === 'batchGet') {
      const ranges = (result as { valueRanges?: { values?: unknown[][] }[] }).valueRanges ?? [];
      const cells = ranges.reduce(
        (n, r) => n + (r.values ?? []).reduce((m, row) => m + row.length, 0),
        0,
      );
      this.clock.advance(cells * c.batchGetPerCell);
    } else if (SPREADSHEET.test(label) && kind !== 'other') {
      const perCell = kind === 'read' ? c.readPerCell : c.writePerCell;
      this.clock.advance(cellsOf(target, args, result, kind === 'read') * perCell);
    }
    this.afterCall?.(`${label}.${method}`, execution);
  }

  /** Buffers a write of the current execution. */
  defer(write: () => void): void {
    this.current()!.pending.push(write);
  }

  /** Applies the current execution's buffered writes, uncounted (they were counted when made). */
  flush(): void {
    const execution = this.current();
    if (!execution || execution.pending.length === 0) return;
    const writes = execution.pending;
    execution.pending = [];
    this.calls.depth++;
    try {
      for (const write of writes) write();
    } finally {
      this.calls.depth--;
    }
  }

  private baseCost(label: string, method: string): number {
    const c = this.costs;
    if (FREE_SERVICES.test(label) || LOCAL.test(method)) return 0;
    if (label === 'MailApp') return method === 'sendEmail' ? c.sendEmail : c.service;
    // The writes it applies were charged when they were made.
    if (label === 'SpreadsheetApp' && method === 'flush') return c.metadata;
    if (label === 'Sheets.Values') return c.batchGetBase;
    if (label === 'Sheets') return c.apiGet;
    if (!SPREADSHEET.test(label)) return c.service;
    const kind = kindOf(`${label}.${method}`);
    return kind === 'read' ? c.readBase : kind === 'write' ? c.writeBase : c.metadata;
  }
}
