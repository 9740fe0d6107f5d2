// The errors the fakes throw, shaped as Apps Script's.

/** Apps Script's Exception: an Error named "Exception" (shown as "Exception: …"). */
export function exception(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}
