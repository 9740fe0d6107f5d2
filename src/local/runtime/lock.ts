// LockService: the document, script and user locks, each held by one Lock at a time, as the
// LockService reference has them (https://developers.google.com/apps-script/reference/lock/
// lock-service, https://developers.google.com/apps-script/reference/lock/lock):
// - getDocumentLock() returns null outside the context of a containing document (a standalone
//   script, a web app): the runtime's `bound: false`;
// - tryLock(timeout) waits up to its timeout for another execution to let go: the runtime moves
//   its modelled clock by the timeout (no other execution runs meanwhile, so none lets go), then
//   returns false; waitLock throws "Lock timeout: …" after the same wait;
// - "Locks are released automatically when the script terminates" (Lock.releaseLock): a lock
//   taken by an execution is let go when that execution ends, however it ends.
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { exception } from './errors';

/**
 * Who holds each lock: a Lock of this runtime, or 'other' (an execution outside the test, set by
 * the test: it holds the lock until the test lets go).
 */
export class LockState {
  holder: FakeLock | 'other' | null = null;
}

export class FakeLock {
  /** The execution that took the lock; null when taken outside any (by a test's own code). */
  execution: number | null = null;
  constructor(
    readonly rt: RuntimeContext,
    readonly state: LockState,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    if (this.state.holder === this) return true;
    if (this.state.holder !== null) {
      this.rt.executions.wait(timeoutInMillis);
      return false;
    }
    this.state.holder = this;
    this.execution = this.rt.executions.current()?.id ?? null;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw exception('Lock timeout: another process was holding the lock for too long.');
    }
  }
  hasLock(): boolean {
    return this.state.holder === this;
  }
  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
}
instrument(FakeLock, 'Lock');

export class FakeLockService {
  readonly document = new LockState();
  readonly script = new LockState();
  readonly user = new LockState();
  constructor(
    readonly rt: RuntimeContext,
    /** Whether the script is bound to the spreadsheet (a container-bound script or add-on). */
    readonly bound = true,
  ) {
    rt.executions.onEnd((ended) => {
      for (const state of [this.document, this.script, this.user]) {
        const holder = state.holder;
        if (holder instanceof FakeLock && holder.execution === ended.id) state.holder = null;
      }
    });
  }
  getDocumentLock(): FakeLock | null {
    return this.bound ? new FakeLock(this.rt, this.document) : null;
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.rt, this.script);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.rt, this.user);
  }
}
instrument(FakeLockService, 'LockService');
