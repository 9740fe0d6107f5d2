// What the fakes need of the runtime that runs them, as one interface LocalRuntime implements:
// the call counter and authorization guard, the clock, the users, and what a test reads back
// (logs, menus, dialogs) or queues (answers). The fakes import this, never runtime.ts.
import type { CallCounter, CallGate } from './calls';

export interface MenuItem {
  caption: string;
  functionName?: string;
  separator?: boolean;
  submenu?: RecordedMenu;
}

export interface RecordedMenu {
  name: string;
  items: MenuItem[];
  addon: boolean;
}

export interface ShownDialog {
  kind: 'alert' | 'prompt' | 'modal' | 'modeless' | 'sidebar';
  title: string;
  message: string;
  buttons?: string;
  answer?: string;
  response?: string;
}

/** The answer a test queued for the next alert or prompt. */
export interface QueuedAnswer {
  button: string;
  text?: string;
}

/** How the code was started: NONE (simple onOpen of an uninstalled add-on), LIMITED, FULL. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** The executions running now, as the fakes see them (executions.ts implements it). */
export interface ExecutionScope extends CallGate {
  /** The execution running now (the innermost), or null outside any. */
  current(): { readonly id: number; readonly user: string } | null;
  /** Calls `listener` with each execution that ends, however it ends. */
  onEnd(listener: (execution: { readonly id: number }) => void): void;
  /**
   * Waits on the modelled clock (a lock's timeout, Utilities.sleep): the clock moves on, and an
   * execution whose 6 minutes run out while it waits is stopped there.
   */
  wait(ms: number): void;
}

export interface RuntimeContext {
  readonly calls: CallCounter;
  /** The executions running now: each call's cost, time limit and buffered writes. */
  readonly executions: ExecutionScope;
  /** Throws as Apps Script does when the call is not allowed in this authorization mode or context. */
  guard(service: string, method: string): void;
  /** The runtime's clock, in ms since the epoch. */
  now(): number;
  advance(ms: number): void;
  readonly owner: string;
  /** The user the script runs as (an installed trigger runs as the user who installed it). */
  readonly activeUser: string;
  readonly editors: readonly string[];
  readonly scriptTimeZone: string;
  readonly addonName: string;
  readonly logs: string[];
  readonly menus: RecordedMenu[];
  readonly dialogs: ShownDialog[];
  readonly answers: QueuedAnswer[];
}
