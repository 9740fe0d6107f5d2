import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheetApp } from '../../../src/local/runtime';
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
