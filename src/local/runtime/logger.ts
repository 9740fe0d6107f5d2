// Logger: lines recorded in the runtime's log, formatted as Utilities.formatString does.
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { formatString } from './utilities';

export class FakeLogger {
  constructor(readonly rt: RuntimeContext) {}
  log(format: unknown, ...values: unknown[]): FakeLogger {
    this.rt.logs.push(values.length ? formatString(String(format), ...values) : String(format));
    return this;
  }
  getLog(): string {
    return this.rt.logs.join('\n');
  }
  clear(): void {
    this.rt.logs.length = 0;
  }
}
instrument(FakeLogger, 'Logger');
