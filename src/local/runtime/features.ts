// Sheet features the local runtime records but does not enforce against scripts, as Apps
// Script itself does not: protections, data validation rules, conditional formats, charts.
import type { Counted } from './calls';
import { instrument } from './calls';
import type { FakeRange, FakeSheet } from './spreadsheet';
import type { LocalRuntime } from './runtime';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUsername(): string {
    return this.email.split('@')[0];
  }
  toString(): string {
    return this.email;
  }
}

function emailOf(user: string | FakeUser): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class FakeProtection implements Counted {
  description = '';
  warningOnly = false;
  domainEdit = false;
  editors: string[];
  unprotected: FakeRange[] = [];
  removed = false;

  constructor(
    readonly rt: LocalRuntime,
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: FakeSheet,
    readonly range: FakeRange | null,
  ) {
    // A new protection leaves the owner and the person who made it as editors.
    this.editors = [...new Set([rt.owner, rt.activeUser])];
  }

  getProtectionType(): string {
    return this.type;
  }
  getRange(): FakeRange {
    return (
      this.range ?? this.sheet.getRange(1, 1, this.sheet.getMaxRows(), this.sheet.getMaxColumns())
    );
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): FakeProtection {
    this.description = description;
    return this;
  }
  addEditor(user: string | FakeUser): FakeProtection {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emails: string[]): FakeProtection {
    for (const e of emails) if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  removeEditor(user: string | FakeUser): FakeProtection {
    return this.removeEditors([emailOf(user)]);
  }
  removeEditors(users: (string | FakeUser)[]): FakeProtection {
    // The owner and the person running the script cannot be removed.
    const keep = new Set([this.rt.owner, this.rt.activeUser]);
    const drop = new Set(users.map(emailOf).filter((e) => !keep.has(e)));
    this.editors = this.editors.filter((e) => !drop.has(e));
    return this;
  }
  getEditors(): FakeUser[] {
    return this.editors.map((e) => new FakeUser(e));
  }
  canEdit(): boolean {
    return this.editors.includes(this.rt.activeUser);
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.domainEdit = editable;
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this.unprotected];
  }
  remove(): void {
    this.removed = true;
    this.sheet.parent.protections = this.sheet.parent.protections.filter((p) => p !== this);
  }
}
instrument(FakeProtection, 'Protection');

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
  requireValueInRange(range: FakeRange, showDropdown = true): this {
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

export interface ConditionalFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

/** A conditional format rule: a condition over ranges and the format it applies. */
export class FakeConditionalFormatRule {
  constructor(
    readonly condition: { type: string; values: unknown[] },
    readonly format: ConditionalFormat,
    readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  getBooleanCondition(): {
    getCriteriaType(): string;
    getCriteriaValues(): unknown[];
    getBackground(): string | null;
  } {
    const { condition, format } = this;
    return {
      getCriteriaType: () => condition.type,
      getCriteriaValues: () => [...condition.values],
      getBackground: () => format.background ?? null,
    };
  }
  copy(): FakeConditionalFormatRuleBuilder {
    const b = new FakeConditionalFormatRuleBuilder();
    b.condition = { ...this.condition };
    b.format = { ...this.format };
    b.ranges = [...this.ranges];
    return b;
  }
}

export class FakeConditionalFormatRuleBuilder {
  condition: { type: string; values: unknown[] } = { type: '', values: [] };
  format: ConditionalFormat = {};
  ranges: FakeRange[] = [];

  private when(type: string, values: unknown[]): this {
    this.condition = { type, values };
    return this;
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  setBackground(color: string | null): this {
    this.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.format.bold = bold ?? undefined;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.condition.type) throw new Error('A condition must be set before building the rule.');
    return new FakeConditionalFormatRule({ ...this.condition }, { ...this.format }, [
      ...this.ranges,
    ]);
  }
}

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

let chartIds = 1;

export class FakeEmbeddedChart {
  readonly id = chartIds++;
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: { row: number; col: number; offsetX: number; offsetY: number },
  ) {}
  getChartId(): number {
    return this.id;
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (key: string) => this.options[key] };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number } {
    return { getAnchorRow: () => this.position.row, getAnchorColumn: () => this.position.col };
  }
  modify(): FakeEmbeddedChartBuilder {
    const b = new FakeEmbeddedChartBuilder();
    b.type = this.type;
    b.ranges = [...this.ranges];
    b.options = { ...this.options };
    b.position = { ...this.position };
    b.replaces = this;
    return b;
  }
}

export class FakeEmbeddedChartBuilder {
  type: string = ChartType.LINE;
  ranges: FakeRange[] = [];
  options: Record<string, unknown> = {};
  position = { row: 1, col: 1, offsetX: 0, offsetY: 0 };
  replaces: FakeEmbeddedChart | null = null;

  setChartType(type: string): this {
    this.type = type;
    return this;
  }
  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }
  addRange(range: FakeRange): this {
    this.ranges.push(range);
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): this {
    this.position = { row, col, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    const chart = new FakeEmbeddedChart(
      this.type,
      [...this.ranges],
      { ...this.options },
      { ...this.position },
    );
    return this.replaces ? Object.assign(chart, { id: this.replaces.id }) : chart;
  }
}
