// Conditional format rules and their builder, recorded on the sheet (the local runtime does not
// render them).
import type { RangeRef } from './refs';

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
    readonly ranges: RangeRef[],
  ) {}
  getRanges(): RangeRef[] {
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
  ranges: RangeRef[] = [];

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
  setRanges(ranges: RangeRef[]): this {
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
