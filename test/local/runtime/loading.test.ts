import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheetApp } from '../../../src/local/runtime';
import { LocalRuntime } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

describe('loading sheets (rt.load)', () => {
  it('loads values, formulas, formats and notes that scripts then read through Apps Script calls', () => {
    const rt = runtime();
    rt.load.sheet('Cần Thạnh', {
      rows: [
        ['Ngày', 'Thu nhận', 'Lũy kế'],
        [LocalRuntime.date(2023, 7, 13), 1200, 1200],
        [LocalRuntime.date(2023, 7, 14), 80, 1280],
      ],
      formulas: [null, [null, null, '=B2'], [null, null, '=C2+B3']],
      formats: [null, ['dd/MM/yyyy', '#,##0', '#,##0']],
      notes: [['Ngày báo cáo']],
      frozenRows: 1,
    });
    // Loading is not the script's doing: nothing counted, nothing to save.
    expect(rt.calls.byMethod.size).toBe(0);
    expect(rt.save.sheets()[0].changedCells()).toEqual([]);

    const app = rt.globals().SpreadsheetApp as FakeSpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Cần Thạnh')!;
    const [row] = sheet.getRange('A2:C2').getValues();
    expect((row[0] as Date).toISOString()).toBe('2023-07-12T17:00:00.000Z');
    expect(row.slice(1)).toEqual([1200, 1200]);
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['13/07/2023', '1,200', '1,200']]);
    expect(sheet.getRange('C2:C3').getFormulas()).toEqual([['=B2'], ['=C2+B3']]);
    expect(sheet.getRange('A3:B3').getNumberFormats()).toEqual([
      ['0.###############', '0.###############'],
    ]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['Ngày báo cáo', '']]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    // The grid is the content's extent, not a new sheet's 1,000 × 26.
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([3, 3]);
  });

  it('sizes a loaded sheet to what it holds (formats and notes too), or to the size given', () => {
    const rt = runtime();
    const notes = rt.load.sheet('Ghi chú', { rows: [['a']], notes: [null, null, [null, 'x']] });
    expect([notes.getMaxRows(), notes.getMaxColumns()]).toEqual([3, 2]);
    expect(() => notes.getRange('A4')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    const empty = rt.load.sheet('Trống');
    expect([empty.getMaxRows(), empty.getMaxColumns()]).toEqual([1, 1]);
    const sized = rt.load.sheet('Cỡ', { rows: [['a']], maxRows: 40, maxColumns: 6 });
    expect([sized.getMaxRows(), sized.getMaxColumns()]).toEqual([40, 6]);
    expect(() => rt.load.sheet('Chật', { rows: [['a', 'b']], maxColumns: 1 })).toThrow(
      /holds 1 × 2 cells, more than its 1 × 1 grid/,
    );
    expect(rt.spreadsheet.cellCount).toBe(6 + 1 + 240);
  });

  it('refuses to load past the 10,000,000 cells of a spreadsheet', () => {
    const rt = runtime();
    rt.load.sheet('Lớn', { maxRows: 5_000_000, maxColumns: 2 });
    expect(() => rt.load.sheet('Thêm')).toThrow(/past the 10000000 cells Sheets holds/);
  });

  it('reads typed rows as Sheets reads typed input (addSheet), still as loaded', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Lịch sử', [['13/07/2023', '=A1+1'], ['12']]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [new Date('2023-07-12T17:00:00.000Z'), ''],
      [12, ''],
    ]);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1+1');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy');
    expect(rt.save.sheets()[0].changedCells()).toEqual([]);
  });
});

describe('reading sheets back to save them (rt.save)', () => {
  it('gives the cells scripts changed, every cell, deleted sheets and restructured sheets', () => {
    const rt = runtime();
    const sheet = rt.load.sheet('Cần Thạnh', {
      rows: [['a', 'b']],
      notes: [[null, 'cũ']],
      maxRows: 10,
      maxColumns: 5,
    });
    rt.load.sheet('Bản cũ');
    sheet.getRange('B2').setValue(5).setNote('mới');
    sheet.getRange('A1').setNumberFormat('@');
    sheet.setColumnWidth(2, 140);
    rt.spreadsheet.deleteSheet(rt.spreadsheet.getSheetByName('Bản cũ')!);
    sheet.setName('Xã Cần Thạnh');

    const [saved, ...others] = rt.save.sheets();
    expect(others).toEqual([]);
    expect(saved).toMatchObject({
      name: 'Xã Cần Thạnh',
      originalName: 'Cần Thạnh',
      hidden: false,
      restructured: false,
    });
    expect([...saved.columnWidths]).toEqual([[2, 140]]);
    expect(saved.changedCells()).toEqual([
      { row: 2, col: 2, value: 5, note: 'mới' },
      { row: 1, col: 1, value: 'a', format: '@' },
    ]);
    expect(saved.cells().map((c) => [c.row, c.col, c.value, c.note])).toEqual([
      [1, 1, 'a', undefined],
      [1, 2, 'b', 'cũ'],
      [2, 2, 5, 'mới'],
    ]);
    expect(rt.save.deletedSheets()).toEqual(['Bản cũ']);

    sheet.insertRowsAfter(1, 1);
    expect(rt.save.sheets()[0].restructured).toBe(true);
    expect(rt.restructured.has(sheet)).toBe(true);
  });
});
