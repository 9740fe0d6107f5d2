// RangeList: several ranges of one sheet changed in one call, as Sheet.getRangeList gives them
// (https://developers.google.com/apps-script/reference/spreadsheet/range-list).
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import type { FakeRange } from './range';

export class FakeRangeList {
  constructor(
    readonly rt: RuntimeContext,
    private readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setFontWeight(fontWeight: string | null): FakeRangeList {
    for (const r of this.ranges) r.setFontWeight(fontWeight);
    return this;
  }
  setNumberFormat(format: string): FakeRangeList {
    for (const r of this.ranges) r.setNumberFormat(format);
    return this;
  }
  setBackground(color: string | null): FakeRangeList {
    for (const r of this.ranges) r.setBackground(color);
    return this;
  }
  setFontColor(color: string | null): FakeRangeList {
    for (const r of this.ranges) r.setFontColor(color);
    return this;
  }
  clearFormat(): FakeRangeList {
    for (const r of this.ranges) r.clearFormat();
    return this;
  }
}
instrument(FakeRangeList, 'RangeList');
