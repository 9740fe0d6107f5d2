// What validation rules, conditional formats, charts and protections keep of a range or a sheet,
// as interfaces: their modules need not import range.ts or sheet.ts, which create them.

/** A sheet as a protection or a range refers to it (FakeSheet is one). */
export interface SheetRef {
  readonly name: string;
  getMaxRows(): number;
  getMaxColumns(): number;
}

/** A range as a rule, chart or protection keeps it (FakeRange is one). */
export interface RangeRef {
  readonly sheet: SheetRef;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  getA1Notation(): string;
}
