// Data validation rules and their builder: recorded on cells but not enforced against scripts,
// as Apps Script itself does not.
import type { RangeRef } from './refs';

export const DataValidationCriteria = {
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

/** An immutable validation rule, as DataValidationBuilder.build() returns. */
export class FakeDataValidation {
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly helpText: string,
    readonly allowInvalid: boolean,
  ) {}
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getHelpText(): string {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    b.criteria = this.criteria;
    b.values = [...this.values];
    b.helpText = this.helpText;
    b.allowInvalid = this.allowInvalid;
    return b;
  }
}

export class FakeDataValidationBuilder {
  criteria = '';
  values: unknown[] = [];
  helpText = '';
  allowInvalid = true;

  private set(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    return this.set(DataValidationCriteria.NUMBER_EQUAL_TO, [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN, [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberLessThan(n: number): this {
    return this.set(DataValidationCriteria.NUMBER_LESS_THAN, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  requireDate(): this {
    return this.set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }
  requireValueInRange(range: RangeRef, showDropdown = true): this {
    return this.set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this.set(
      DataValidationCriteria.CHECKBOX,
      [checkedValue, uncheckedValue].filter((v) => v !== undefined),
    );
  }
  requireTextIsEmail(): this {
    return this.set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  getCriteriaType(): string {
    return this.criteria;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error('Data validation criteria must be set before building.');
    return new FakeDataValidation(
      this.criteria,
      [...this.values],
      this.helpText,
      this.allowInvalid,
    );
  }
}
