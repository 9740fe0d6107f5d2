import { describe, expect, it } from 'vitest';
import type { FakeLock, FakeLockService } from '../../../src/local/runtime';
import { COSTS, ExecutionStopped } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

function locks(options: Parameters<typeof runtime>[0] = {}) {
  const rt = runtime(options);
  return { rt, service: rt.globals().LockService as FakeLockService };
}

const SERVICE = COSTS.mid.service;

describe('LockService', () => {
  it('gives the document lock to one holder at a time', () => {
    const { rt, service } = locks();
    const first = service.getDocumentLock()!;
    expect(first.tryLock(1000)).toBe(true);
    expect(service.getDocumentLock()!.tryLock(1000)).toBe(false);
    first.releaseLock();
    // Another execution (a test's way to overlap two runs) holds it now.
    rt.locks.document.holder = 'other';
    expect(() => service.getDocumentLock()!.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  it('has no document lock for a script not bound to a document', () => {
    const { service } = locks({ bound: false });
    expect(service.getDocumentLock()).toBeNull();
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  it('waits out the timeout on the modelled clock when another execution holds the lock', () => {
    const { rt, service } = locks();
    rt.locks.document.holder = 'other';
    const lock = service.getDocumentLock()!;
    const t0 = rt.now();
    expect(rt.executions.run('b@x.vn', () => lock.tryLock(30_000))).toBe(false);
    expect(rt.now() - t0).toBe(SERVICE + 30_000);
    expect(lock.hasLock()).toBe(false);
    const t1 = rt.now();
    expect(() => rt.executions.run('b@x.vn', () => lock.waitLock(5_000))).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(rt.now() - t1).toBe(SERVICE + 5_000);
  });

  it('lets go of a lock when the execution that took it ends, and not before', () => {
    const { rt, service } = locks();
    let inner: boolean | null = null;
    let held: FakeLock | null = null;
    rt.executions.run('a@x.vn', () => {
      held = service.getScriptLock();
      held.tryLock(0);
      // Another execution, between two calls of the first.
      inner = rt.executions.run('b@x.vn', () => service.getScriptLock().tryLock(1000));
    });
    expect(inner).toBe(false);
    expect(held!.hasLock()).toBe(false);
    expect(rt.locks.script.holder).toBeNull();
    // A failed execution lets go too.
    expect(() =>
      rt.executions.run('a@x.vn', () => {
        service.getDocumentLock()!.waitLock(0);
        throw new Error('lỗi');
      }),
    ).toThrow('lỗi');
    expect(rt.executions.run('b@x.vn', () => service.getDocumentLock()!.tryLock(0))).toBe(true);
  });

  it('stops an execution whose 6 minutes run out while it waits', () => {
    const { rt, service } = locks();
    rt.locks.document.holder = 'other';
    expect(() =>
      rt.executions.run('a@x.vn', () => {
        const lock = service.getDocumentLock()!;
        for (let i = 0; i < 20; i++) lock.tryLock(30_000);
      }),
    ).toThrow(ExecutionStopped);
    expect(rt.executions.history.at(-1)!.stopped).toBe(true);
  });
});
