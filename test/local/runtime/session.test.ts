import { describe, expect, it } from 'vitest';
import type { FakeSession } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

describe('Session', () => {
  it("gives the script's time zone and the active user", () => {
    const session = runtime().globals().Session as FakeSession;
    expect(session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(session.getActiveUser().getEmail()).toBe('chu-so-huu@example.vn');
  });
});
