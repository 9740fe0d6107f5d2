// What an unfinished set-up leaves for its continuation, in the document's properties: the first
// unit left, and what the person who ran it confirmed about who may edit what. The continuation
// (a trigger, with no one to ask) grants exactly that and nothing else, whatever `Đơn vị` or
// `Quản trị` say by then.

/** Where an unfinished set-up goes on: {"next": 120, "parts": 2}. */
const STATE_PROPERTY = 'tienDo.setupNext';
/** What was confirmed, as JSON cut into parts `tienDo.setupConfirmed.0`, `.1`, … */
const CONFIRMED_PROPERTY = 'tienDo.setupConfirmed.';
/**
 * Characters a part holds: Apps Script keeps at most 9 kB a property value (quotas page,
 * https://developers.google.com/apps-script/guides/services/quotas: "Properties value size"),
 * and a Vietnamese character takes up to 3 bytes.
 */
const PART_CHARS = 3000;

/** Who may edit what, as confirmed: the admins, and the unit tabs others may edit too. */
export interface ConfirmedAccess {
  admins: string[];
  /** Each unit tab that more than the admins may edit: its title and editors besides the owner. */
  tabs: [string, string[]][];
}

export interface SetupState {
  /** The first unit (0-based, in the order of `Đơn vị`) left to do. */
  next: number;
  confirmed: ConfirmedAccess;
}

const documentProperties = () => PropertiesService.getDocumentProperties();

function readParts(): number {
  const text = documentProperties().getProperty(STATE_PROPERTY);
  if (!text) return 0;
  try {
    return Number((JSON.parse(text) as { parts?: unknown }).parts) || 0;
  } catch {
    return 0;
  }
}

/**
 * The unfinished set-up, or null when there is none, or none this version can continue without
 * asking (one left by an earlier version recorded no confirmation).
 */
export function readSetupState(): SetupState | null {
  const all = documentProperties().getProperties();
  try {
    const head = JSON.parse(all[STATE_PROPERTY] ?? 'null') as { next?: unknown; parts?: unknown };
    const parts = Number(head?.parts);
    if (typeof head?.next !== 'number' || !(parts >= 1)) return null;
    let text = '';
    for (let i = 0; i < parts; i++) text += all[`${CONFIRMED_PROPERTY}${i}`] ?? '';
    const confirmed = JSON.parse(text) as ConfirmedAccess;
    if (!Array.isArray(confirmed.admins) || !Array.isArray(confirmed.tabs)) return null;
    return { next: head.next, confirmed };
  } catch {
    return null;
  }
}

/** Records where an unfinished set-up goes on and what was confirmed, or (null) that none is. */
export function saveSetupState(state: SetupState | null): void {
  const properties = documentProperties();
  const had = readParts();
  if (state === null) {
    properties.deleteProperty(STATE_PROPERTY);
    for (let i = 0; i < had; i++) properties.deleteProperty(`${CONFIRMED_PROPERTY}${i}`);
    return;
  }
  const text = JSON.stringify(state.confirmed);
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PART_CHARS);
    // Never between the two halves of a character outside the BMP.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    chunks.push(text.slice(at, end));
    at = end;
  }
  const values: Record<string, string> = {
    [STATE_PROPERTY]: JSON.stringify({ next: state.next, parts: chunks.length }),
  };
  chunks.forEach((chunk, i) => (values[`${CONFIRMED_PROPERTY}${i}`] = chunk));
  properties.setProperties(values);
  for (let i = chunks.length; i < had; i++) properties.deleteProperty(`${CONFIRMED_PROPERTY}${i}`);
}
