// Report layouts applied in Sheets by the port: widths, merged headers, borders, wrapped rows, in
// a fixed handful of calls, with nothing of an earlier run left behind.
import { describe, expect, it } from 'vitest';
import { cellKey } from '../../src/local/runtime/grid';
import { command, sampleRuntime } from '../helpers';

const MERGES = ['A4:A5', 'B4:B5', 'C4:K4', 'L4:N4', 'O4:O5', 'P4:P5', 'Q4:Q5', 'R4:R5'];

describe("Tổng hợp's layout in Sheets", () => {
  it('merges the headers, borders the table, wraps the header rows and sizes every column', async () => {
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    const sheet = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    expect([...sheet.merges].sort()).toEqual([...MERGES].sort());
    const style = (a1: string) => {
      const r = sheet.getRange(a1);
      return sheet.styles.get(cellKey(r.getRow(), r.getColumn()));
    };
    const all = { top: true, left: true, bottom: true, right: true };
    for (const a1 of ['A4', 'K5', 'B6', 'R14']) expect(style(a1)?.border).toEqual(all);
    expect(style('A3')?.border).toBeUndefined();
    expect(style('H5')?.wrap).toBe(true);
    expect(style('H6')?.wrap).toBeUndefined();
    expect(style('C4')).toMatchObject({
      horizontalAlignment: 'center',
      verticalAlignment: 'middle',
    });
    // Every column of the table gets a width; the campaign's name in A1 does not widen A.
    expect([...sheet.columnWidths.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    expect(sheet.getColumnWidth(1)).toBeLessThanOrEqual(60);
    expect(sheet.getColumnWidth(11)).toBeGreaterThanOrEqual(80); // Dự kiến xong: dd/MM/yyyy
  });

  it("centres Phụ lục thống kê's header rows as Tổng hợp's merged headers, Kiểm tra's header but not its findings", async () => {
    const rt = await sampleRuntime();
    command(rt, 'run');
    const centred = { horizontalAlignment: 'center', verticalAlignment: 'middle' };
    const style = (name: string, row: number, col: number) =>
      rt.spreadsheet.getSheetByName(name)!.styles.get(cellKey(row, col));
    // Phụ lục thống kê: three title rows, then its header (STT, Đơn vị, …, wrapped).
    for (const col of [1, 2, 3, 11])
      expect(style('Phụ lục thống kê', 4, col)).toMatchObject(centred);
    expect(style('Tổng hợp', 5, 8)).toMatchObject(centred);
    expect(style('Kiểm tra', 3, 6)).toMatchObject(centred);
    expect(style('Kiểm tra', 4, 6)?.horizontalAlignment).toBeUndefined();
    expect(style('Nhật ký gửi thư', 1, 6)).toMatchObject(centred);
  });

  it('clears what an earlier run or a person left first: a merge over part of the headers, a stray border', async () => {
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    const sheet = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    // A merge the layout's own would only partly cover: Sheets would refuse to merge over it.
    sheet.getRange('A4:B5').breakApart();
    sheet.getRange('A4:B4').merge();
    sheet.getRange('C8:E8').merge();
    sheet.getRange('B2').setBorder(true, true, true, true, null, null);
    rt.calls.reset();
    command(rt, 'summarize');
    expect([...sheet.merges].sort()).toEqual([...MERGES].sort());
    expect(sheet.styles.get(cellKey(2, 2))).toBeUndefined();
    // The layouts' calls, Tổng hợp's, Phụ lục thống kê's and Lịch sử's: one breakApart and one
    // clearFormat over each block; Tổng hợp's two indicators merged, its columns side by side
    // merged down in two mergeVertically; the merges and header rows centred, borders and
    // wrapping, one call each per sheet.
    const calls = rt.calls.spreadsheet();
    expect([
      calls['Range.breakApart'],
      calls['Range.clearFormat'],
      calls['Range.merge'],
      calls['Range.mergeVertically'],
      calls['RangeList.setHorizontalAlignment'],
      calls['RangeList.setVerticalAlignment'],
      calls['RangeList.setBorder'],
      calls['RangeList.setWrap'],
    ]).toEqual([3, 3, 2, 2, 3, 3, 3, 3]);
    // Widths: the same content needs the same widths, which the sheets already have (the
    // document's properties remember them): none is read back, none is set again.
    expect(calls['Sheet.setColumnWidth']).toBeUndefined();
    expect(calls['Sheet.setColumnWidths']).toBeUndefined();
    expect(calls['Sheet.getColumnWidth']).toBeUndefined();
    expect(calls['Range.setFontWeight']).toBeUndefined();
  });

  it('sets again only the widths that changed: a longer name widens its column alone', async () => {
    // The name is in column B of Tổng hợp and of Phụ lục thống kê: one call for each sheet.
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    const sheet = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    const before = sheet.getColumnWidth(2);
    rt.spreadsheet
      .getSheetByName('Đơn vị')!
      .getRange('B2')
      .setValue('Cần Thạnh (thị trấn ven biển, huyện Cần Giờ)');
    rt.spreadsheet.getSheetByName('Đơn vị')!.getRange('D2').setValue('Cần Thạnh');
    rt.calls.reset();
    command(rt, 'summarize');
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(before + 100);
    expect(rt.calls.count('Sheet.setColumnWidth')).toBe(2);
    expect(rt.calls.count('Sheet.setColumnWidths')).toBe(0);
  });

  it('remembers the widths it set in one document property, read once a run, written only when they change', async () => {
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    const memo = JSON.parse(rt.properties.document.get('tienDo.columnWidths')!) as Record<
      string,
      number[]
    >;
    const summary = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    expect(memo['Tổng hợp']).toEqual(
      Array.from({ length: 18 }, (_, c) => summary.getColumnWidth(c + 1)),
    );
    expect(Object.keys(memo).sort()).toEqual(['Lịch sử', 'Phụ lục thống kê', 'Tổng hợp']);
    rt.calls.reset();
    command(rt, 'summarize');
    expect(rt.calls.count('Properties.setProperty')).toBe(0);
    const reads = rt.calls.count('Properties.getProperty');
    // A run without the memo reads the same properties but for it: one read for every sheet.
    rt.properties.document.delete('tienDo.columnWidths');
    rt.calls.reset();
    command(rt, 'summarize');
    expect(rt.calls.count('Properties.getProperty')).toBe(reads);
    // Not knowing the widths, it sets them all (grouped), reads none, and writes the memo once
    // per sheet whose widths it set.
    expect(rt.calls.count('Sheet.getColumnWidth')).toBe(0);
    expect(
      rt.calls.count('Sheet.setColumnWidth') + rt.calls.count('Sheet.setColumnWidths'),
    ).toBeGreaterThan(3);
    expect(rt.calls.count('Properties.setProperty')).toBe(3);
    expect(rt.properties.document.get('tienDo.columnWidths')).toBeDefined();
  });

  it('gives a sheet made again all its widths, whatever the memo holds', async () => {
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    rt.spreadsheet.deleteSheet(rt.spreadsheet.getSheetByName('Lịch sử')!);
    command(rt, 'summarize');
    const history = rt.spreadsheet.getSheetByName('Lịch sử')!;
    expect([...history.columnWidths.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the table bordered and merged when it shrinks, nothing lingering below it', async () => {
    const rt = await sampleRuntime();
    command(rt, 'summarize');
    const sheet = rt.spreadsheet.getSheetByName('Tổng hợp')!;
    expect(sheet.getMaxRows()).toBe(14);
    // Lý Nhơn leaves the campaign: one row fewer.
    rt.spreadsheet.getSheetByName('Đơn vị')!.deleteRow(8);
    command(rt, 'summarize');
    expect(sheet.getMaxRows()).toBe(13);
    expect([...sheet.merges].sort()).toEqual([...MERGES].sort());
    const border = (row: number) => sheet.styles.get(cellKey(row, 1))?.border;
    expect(border(13)).toEqual({ top: true, left: true, bottom: true, right: true });
    expect(border(14)).toBeUndefined();
  });
});
