// The key that signs the rows of `Nhật ký gửi thư`, and the signature made with it
// (Utilities.computeHmacSha256Signature). Anyone who may edit the spreadsheet can type into the
// log; only the add-on holds the key, so only its rows verify.
//
// Where the key lives: the script's properties, created once. The PropertiesService reference
// gives both stores the same readers: only this script's own code, never a person typing into
// the spreadsheet, and not another script working on the same document ("Document properties
// created by a script are not accessible outside that script"). What differs is what they
// belong to: document properties to the spreadsheet, for "all users of the current document";
// script properties to the script, for "all users… only within this script" (a published
// add-on's are shared by every document it runs in: hence the spreadsheet's id in what is
// signed). The key tells this script's rows from others, so it belongs to the script and never
// to a store that goes with the document, let alone to the sheet. No store hides it from
// whoever can change the script itself: a script bound to the spreadsheet can be opened by the
// spreadsheet's editors (bound-scripts guide); a published add-on's code only its developer
// changes.
import type { Seal } from '../core/mail-log';
import { sealText } from '../core/mail-log';

const KEY = 'tienDo.mailLogKey';
/**
 * Set in the document's properties once this spreadsheet's log is signed: from then on no log
 * is taken as an older version's, even if a person deletes the signature column's header.
 */
const SIGNED = 'tienDo.mailLogSigned';

/** The key, created (two random UUIDs: 244 random bits) the first time one is needed. */
function signingKey(): string {
  const store = PropertiesService.getScriptProperties();
  const key = store.getProperty(KEY);
  if (key) return key;
  // Two first runs at once would each save a key, and the rows of the one saved first would
  // no longer verify: the script lock makes the second find the first's key.
  const lock = LockService.getScriptLock();
  const held = lock.tryLock(30_000);
  try {
    const again = store.getProperty(KEY);
    if (again) return again;
    const created = Utilities.getUuid() + Utilities.getUuid();
    store.setProperty(KEY, created);
    return created;
  } finally {
    if (held) lock.releaseLock();
  }
}

/** Java's signed bytes as hex: 64 characters for HMAC-SHA256. */
function hex(bytes: number[]): string {
  return bytes.map((b) => (b & 255).toString(16).padStart(2, '0')).join('');
}

/** Signs a row's fields for this spreadsheet. */
export function logSeal(spreadsheetId: string): Seal {
  const key = signingKey();
  return (fields) =>
    hex(
      Utilities.computeHmacSha256Signature(
        sealText(spreadsheetId, fields),
        key,
        Utilities.Charset.UTF_8,
      ),
    );
}

/** The document's properties; null for a script not bound to the spreadsheet. */
const documentStore = () => PropertiesService.getDocumentProperties() as Properties | null;
type Properties = GoogleAppsScript.Properties.Properties;

/** Whether this spreadsheet's log may still be an older version's, to be taken as it stands. */
export function mayAdopt(): boolean {
  return documentStore()?.getProperty(SIGNED) !== 'yes';
}

/** Records that this spreadsheet's log is signed, once. */
export function markSigned(): void {
  documentStore()?.setProperty(SIGNED, 'yes');
}
