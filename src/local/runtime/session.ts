// Session: the active user, the script's time zone and locale.
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { FakeUser } from './user';

export class FakeSession {
  constructor(readonly rt: RuntimeContext) {}
  getActiveUser(): FakeUser {
    return new FakeUser(this.rt.activeUser);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.rt.activeUser);
  }
  getScriptTimeZone(): string {
    return this.rt.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return 'vi';
  }
  getTemporaryActiveUserKey(): string {
    return `key-${this.rt.activeUser}`;
  }
}
instrument(FakeSession, 'Session');
