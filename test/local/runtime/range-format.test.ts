import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheetApp } from '../../../src/local/runtime';
import { cellKey } from '../../../src/local/runtime/grid';
import { runtime } from '../../helpers';

describe('formats, validation and notes of cells', () => {
  it('records data validation, notes and number formats per cell', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Cần Thạnh');
    const app = rt.globals().SpreadsheetApp as FakeSpreadsheetApp;
    const rule = app
      .newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(false)
      .setHelpText('Nhập số nguyên ≥ 0')
      .build();
    sheet.getRange('B4:C5').setDataValidation(rule);
    sheet.getRange('B4:C4').setNumberFormats([['#,##0', '0.0%']]);
    sheet.getRange('B4').setNote('Số hồ sơ thu nhận trong ngày');
    expect(sheet.getRange('C5').getDataValidation()?.getCriteriaType()).toBe(
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    );
    expect(sheet.getRange('C5').getDataValidation()?.getCriteriaValues()).toEqual([0]);
    expect(sheet.getRange('D5').getDataValidation()).toBeNull();
    expect(sheet.getRange('B4:D4').getNumberFormats()).toEqual([
      ['#,##0', '0.0%', '0.###############'],
    ]);
    expect(sheet.getRange('B4:C4').getNotes()).toEqual([['Số hồ sơ thu nhận trong ngày', '']]);
    sheet.getRange('B4:C4').setValues([[66392, 0.214]]);
    expect(sheet.getRange('B4:C4').getDisplayValues()).toEqual([['66,392', '21.4%']]);
  });
});

describe('borders', () => {
  it('sets the outer edges and the lines between cells; null leaves a side as it is', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp');
    sheet.getRange('B2:C3').setBorder(true, true, true, true, true, true);
    const border = (a1: string) => sheet.styles.get(cellKeyOf(sheet, a1))?.border;
    expect(border('B2')).toEqual({ top: true, left: true, bottom: true, right: true });
    // Only the outline: no line between B4 and C4.
    sheet.getRange('B4:C4').setBorder(true, true, true, true, false, null);
    expect(border('B4')).toEqual({ top: true, left: true, bottom: true, right: false });
    expect(border('C4')).toEqual({ top: true, left: false, bottom: true, right: true });
    // Off everywhere: the cell draws no border at all.
    sheet.getRange('B2:C4').setBorder(false, false, false, false, false, false);
    expect(border('B2')).toBeUndefined();
    // null changes nothing.
    sheet.getRange('B2').setBorder(true, null, null, null, null, null);
    sheet.getRange('B2').setBorder(null, true, null, null, null, null);
    expect(border('B2')).toEqual({ top: true, left: true });
  });

  it('takes a colour and a style too, and rejects what is not true, false or null', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp');
    sheet.getRange('A1').setBorder(true, true, true, true, null, null, '#000000', null);
    expect(() =>
      sheet.getRange('A1').setBorder(1 as unknown as boolean, true, true, true, true, true),
    ).toThrow(/SpreadsheetApp.Range.setBorder/);
  });

  it('are cleared with the format, and set on many ranges in one RangeList call', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Tổng hợp');
    rt.calls.reset();
    sheet.getRangeList(['A1:B2', 'D4']).setBorder(true, true, true, true, true, true).setWrap(true);
    expect(rt.calls.count('RangeList.setBorder')).toBe(1);
    expect(rt.calls.count('RangeList.setWrap')).toBe(1);
    expect(rt.calls.count('Range.setBorder')).toBe(0);
    expect(sheet.styles.get(cellKeyOf(sheet, 'D4'))).toEqual({
      border: { top: true, left: true, bottom: true, right: true },
      wrap: true,
    });
    sheet.getRange('A1:D4').clearFormat();
    expect(sheet.styles.size).toBe(0);
  });
});

function cellKeyOf(
  sheet: { getRange(a1: string): { getRow(): number; getColumn(): number } },
  a1: string,
): number {
  const r = sheet.getRange(a1);
  return cellKey(r.getRow(), r.getColumn());
}
