import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheetApp } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

describe('conditional formats', () => {
  it('records conditional format rules', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Lịch sử', [
      ['Ngày', 'Lũy kế'],
      ['13/07/2023', 14210],
    ]);
    const app = rt.globals().SpreadsheetApp as FakeSpreadsheetApp;
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Chậm tiến độ')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('C2:C9')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition().getBackground()).toBe(
      '#f4cccc',
    );
  });
});
