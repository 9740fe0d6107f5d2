// Errors that make a workbook unusable as a whole (the command line exits with status 2).

export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookError';
  }
}
