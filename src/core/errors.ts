// Errors whose message is for the user: an action that cannot proceed, and a workbook that
// cannot be used at all (the command line then exits with status 2).

/** An action that cannot proceed; the message says why and what to do, in Vietnamese. */
export class Refusal extends Error {
  /** `title`: the dialog's title, when not the general one. */
  constructor(
    message: string,
    readonly title?: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/** The workbook cannot be used at all (no `Cấu hình`, no `Đơn vị`, no unit name column). */
export class WorkbookError extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookError';
  }
}

/**
 * What was asked cannot be done as asked (a data date not yet due, say): nothing is written,
 * and the command line exits with status 1.
 */
export class BadRequest extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequest';
  }
}
