// LockService: the document, script and user locks, held by one Lock at a time.
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { exception } from './errors';

/** Who holds each lock: a Lock object of this run, or "another execution" a test simulates. */
export class LockState {
  holder: FakeLock | 'other' | null = null;
}

export class FakeLock {
  constructor(
    readonly rt: RuntimeContext,
    private readonly state: LockState,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    if (this.state.holder === this) return true;
    if (this.state.holder !== null) return false;
    this.state.holder = this;
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
  constructor(readonly rt: RuntimeContext) {}
  getDocumentLock(): FakeLock {
    return new FakeLock(this.rt, this.document);
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.rt, this.script);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.rt, this.user);
  }
}
instrument(FakeLockService, 'LockService');
