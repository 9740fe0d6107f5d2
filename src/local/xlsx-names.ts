// Sheet names ExcelJS refuses though files hold them: Google Sheets allows up to 100 characters
// and any character, and LibreOffice and Google Sheets write such names into .xlsx files, but
// ExcelJS throws on "History", on * ? : \ / [ ], on a leading or trailing apostrophe, and on
// two names alike in their first 31 characters (it cuts a name to 31, then finds the cut name
// taken by the sheet itself). ExcelJS gets a stand-in name for each such sheet; the runtime and
// the saved file keep the real one (see xlsx-package.ts).

/** Whether ExcelJS 4.4 throws on a sheet of this name (Worksheet's name setter). */
export function excelJsRefuses(name: string): boolean {
  return (
    name === '' ||
    name === 'History' ||
    /[*?:\\/[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name.length > 31
  );
}

export class SheetNames {
  /** Stand-in → real name. */
  private readonly reals = new Map<string, string>();
  /** Real name → stand-in. */
  private readonly standIns = new Map<string, string>();
  private readonly taken = new Set<string>();
  private next = 1;

  /** `names`: every name the workbook holds, which no stand-in may take. */
  constructor(names: Iterable<string> = []) {
    this.reserve(names);
  }

  /** Names a stand-in must not take (compared as Excel compares them, ignoring case). */
  reserve(names: Iterable<string>): void {
    for (const name of names) this.taken.add(name.toLowerCase());
  }

  /** The name ExcelJS is given for a sheet named `real`. */
  forExcelJs(real: string): string {
    if (!excelJsRefuses(real)) return real;
    const known = this.standIns.get(real);
    if (known) return known;
    let standIn = `TienDo-tam-${this.next++}`;
    while (this.taken.has(standIn.toLowerCase())) standIn = `TienDo-tam-${this.next++}`;
    this.taken.add(standIn.toLowerCase());
    this.standIns.set(real, standIn);
    this.reals.set(standIn, real);
    return standIn;
  }

  /** The real name of the sheet ExcelJS knows as `name`. */
  real(name: string): string {
    return this.reals.get(name) ?? name;
  }

  /** Every stand-in in use, with its real name. */
  get standInNames(): ReadonlyMap<string, string> {
    return this.reals;
  }
}
