import { describe, expect, it } from 'vitest';
import type { FakeLockService } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

describe('LockService', () => {
  it('gives the document lock to one holder at a time', () => {
    const rt = runtime();
    const lock = rt.globals().LockService as FakeLockService;
    const first = lock.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(lock.getDocumentLock().tryLock(1000)).toBe(false);
    first.releaseLock();
    // Another execution (a test's way to overlap two runs) holds it now.
    rt.locks.document.holder = 'other';
    expect(() => lock.getDocumentLock().waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });
});
