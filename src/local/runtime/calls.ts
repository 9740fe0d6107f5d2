// Counts every call the code under test makes into a local Apps Script service, by method
// ("Range.getValues"), so tests and the benchmark can state exact round trips.

export type CallKind = 'read' | 'write' | 'other';

const READS =
  /^(Range\.get(Values|Value|DisplayValues?|Formulas?|FormulasR1C1|Notes?|NumberFormats?|DataValidations?|Backgrounds?|RichTextValues?)|Sheet\.getSheetValues|Sheets\.Values\.(get|batchGet))$/;
const WRITES =
  /^(Range\.(set|clear|merge|protect|insert|delete|activate|autoResize|breakApart|copyTo|moveTo)|Sheet\.(set|clear|insert|delete|append|protect|hide|show|autoResize|updateChart|removeChart|activate)|Spreadsheet\.(insert|delete|set|rename|toast)|RangeList\.(set|clear|breakApart)|Sheets\.Values\.(update|batchUpdate|append|clear)|SpreadsheetApp\.flush)/;

/** Which kind of round trip a counted method is: a data read, a write, or anything else. */
export function kindOf(method: string): CallKind {
  if (READS.test(method)) return 'read';
  if (WRITES.test(method)) return 'write';
  return 'other';
}

/** Spreadsheet services (the ones that cost a round trip to the document). */
const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection|Sheets)\./;

export class CallCounter {
  readonly byMethod = new Map<string, number>();
  /** >0 while a counted method runs: calls the runtime makes to itself are not counted. */
  depth = 0;

  add(method: string): void {
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
  }

  reset(): void {
    this.byMethod.clear();
  }

  /** Counts of Spreadsheet-service calls by method, sorted by name. */
  spreadsheet(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of [...this.byMethod].sort(([a], [b]) => a.localeCompare(b))) {
      if (SPREADSHEET.test(k)) out[k] = v;
    }
    return out;
  }

  /** Spreadsheet-service calls by kind, and in total. */
  summary(): { reads: number; writes: number; other: number; calls: number; mailCalls: number } {
    const s = { reads: 0, writes: 0, other: 0, calls: 0, mailCalls: 0 };
    for (const [method, n] of this.byMethod) {
      if (method.startsWith('MailApp.') && method !== 'MailApp.getRemainingDailyQuota')
        s.mailCalls += n;
      if (!SPREADSHEET.test(method)) continue;
      s.calls += n;
      const kind = kindOf(method);
      if (kind === 'read') s.reads += n;
      else if (kind === 'write') s.writes += n;
      else s.other += n;
    }
    return s;
  }

  count(method: string): number {
    return this.byMethod.get(method) ?? 0;
  }
}

/** What decides, around each counted call, its cost, a stop, and whether a write is buffered. */
export interface CallGate {
  /** The execution running now (the user it runs as), or null outside any. */
  current(): { readonly user: string } | null;
  before(label: string, method: string): 'run' | 'defer';
  after(label: string, method: string, target: unknown, args: unknown[], result: unknown): void;
  defer(write: () => void): void;
}

export interface Counted {
  readonly rt: {
    calls: CallCounter;
    guard(service: string, method: string): void;
    executions: CallGate;
  };
  /** Checks a buffered write's arguments when it is made, as Apps Script does. */
  _validate?(method: string, args: unknown[]): void;
  /**
   * Throws as Sheets does when the call would change something the execution's user may not
   * edit (see protection.ts); called for every counted call made inside an execution.
   */
  _assertEditable?(method: string, args: unknown[], user: string): void;
}

/**
 * Wraps every public method of a fake class so that a call from outside the runtime is counted
 * under `<label>.<method>`, checked against the authorization mode and passed through the
 * current execution (its cost, its time limit, its buffer of writes); nested calls are free.
 */
export function instrument(cls: { prototype: object }, label: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const fn = desc.value as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      ...desc,
      value: function (this: Counted, ...args: unknown[]) {
        const { calls, executions } = this.rt;
        if (calls.depth > 0) return fn.apply(this, args);
        this.rt.guard(label, name);
        calls.add(`${label}.${name}`);
        const mode = executions.before(label, name);
        const execution = executions.current();
        if (execution) this._assertEditable?.(name, args, execution.user);
        if (mode === 'defer') {
          this._validate?.(name, args);
          executions.defer(() => fn.apply(this, args));
          executions.after(label, name, this, args, undefined);
          return this;
        }
        let result: unknown;
        calls.depth++;
        try {
          result = fn.apply(this, args);
        } finally {
          calls.depth--;
        }
        executions.after(label, name, this, args, result);
        return result;
      },
    });
  }
}
