// Where a send in progress is kept: the document's properties, which a script saves at once,
// where the spreadsheet's writes wait for a flush (a round trip each). Marking each message
// there before it goes costs a property call, not a write and a flush of the mail log.
import type { Inflight } from '../core/mail-log';

const KEY = 'tienDo.sending';

const properties = () => PropertiesService.getDocumentProperties();

/** The send a stopped run left, if any. */
export function readInflight(): Inflight | null {
  const text = properties().getProperty(KEY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Inflight>;
    const current = value.current;
    return {
      sent: Array.isArray(value.sent) ? value.sent : [],
      resent: Array.isArray(value.resent) ? value.resent : [],
      current: typeof current === 'number' || typeof current === 'string' ? current : null,
    };
  } catch {
    return null;
  }
}

export function saveInflight(inflight: Inflight): void {
  properties().setProperty(KEY, JSON.stringify(inflight));
}

export function clearInflight(): void {
  properties().deleteProperty(KEY);
}
