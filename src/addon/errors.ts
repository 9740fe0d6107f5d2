// The message of anything thrown: Apps Script services throw errors that may come from another
// realm (they fail `instanceof Error`), so read the message, never test the class.
export function errorMessage(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}
