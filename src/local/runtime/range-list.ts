// RangeList: several ranges of one sheet changed in one call, as Sheet.getRangeList gives them
// (https://developers.google.com/apps-script/reference/spreadsheet/range-list).
import { instrument, kindOf } from './calls';
import type { RuntimeContext } from './context';
import { assertAllowed, canEdit } from './protection';
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
  setHorizontalAlignment(alignment: string | null): FakeRangeList {
    for (const r of this.ranges) r.setHorizontalAlignment(alignment);
    return this;
  }
  setVerticalAlignment(alignment: string | null): FakeRangeList {
    for (const r of this.ranges) r.setVerticalAlignment(alignment);
    return this;
  }
  setWrap(isWrapEnabled: boolean): FakeRangeList {
    for (const r of this.ranges) r.setWrap(isWrapEnabled);
    return this;
  }
  /**
   * The borders of every range, as Range.setBorder sets them
   * (https://developers.google.com/apps-script/reference/spreadsheet/range-list#setbordertop,-left,-bottom,-right,-vertical,-horizontal).
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: unknown,
  ): FakeRangeList {
    for (const r of this.ranges)
      r.setBorder(top, left, bottom, right, vertical, horizontal, color, style);
    return this;
  }
  /** "Break all horizontally- or vertically-merged cells contained within the range list". */
  breakApart(): FakeRangeList {
    for (const r of this.ranges) r.breakApart();
    return this;
  }
  clearFormat(): FakeRangeList {
    for (const r of this.ranges) r.clearFormat();
    return this;
  }
  /** A change needs the right to edit every one of the ranges. */
  _assertEditable(method: string, _args: unknown[], user: string): void {
    if (kindOf(`RangeList.${method}`) !== 'write') return;
    for (const r of this.ranges) assertAllowed(canEdit(r.sheet.parent.protections, user, r));
  }
}
instrument(FakeRangeList, 'RangeList');
