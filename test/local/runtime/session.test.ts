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

describe("Session and the manifest's scopes", () => {
  it('refuses the user to a script whose manifest names its scopes without userinfo.email', () => {
    const rt = runtime();
    const session = rt.globals().Session as FakeSession;
    rt.oauthScopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
    expect(() => session.getEffectiveUser()).toThrow(
      'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    rt.oauthScopes.push('https://www.googleapis.com/auth/userinfo.email');
    expect(session.getEffectiveUser().getEmail()).toBe('chu-so-huu@example.vn');
  });
});
