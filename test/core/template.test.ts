import type { Unit } from '../../src/core/units';
import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import { readSettings } from '../../src/core/settings';
import { templateSheets } from '../../src/core/template';
import { readUnits } from '../../src/core/units';
import type { Rows } from '../../src/core/values';
import { SETTING } from '../../src/core/vocabulary';

/** A unit's targets as plain numbers where they are counts (shares as they are). */
const counts = (u: Unit) =>
  Object.fromEntries(
    Object.entries(u.targets).map(([k, t]) => [k, t.kind === 'count' ? t.count : t]),
  );

const [settings, units] = templateSheets();

describe('the Cấu hình template', () => {
  it('lists every setting with its default, in the order of the contract', () => {
    expect(settings.output.name).toBe('Cấu hình');
    // docs/workbook.md, `Cấu hình`: labels and defaults (blank for the required ones).
    expect(settings.output.rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Tên chiến dịch', ''],
      ['Ngày bắt đầu', ''],
      ['Hạn hoàn thành', ''],
      ['Giờ chốt báo cáo', '07:30'],
      ['Cách nhập số liệu', 'Số trong ngày'],
      ['Tính thứ Bảy', 'Có'],
      ['Tính Chủ nhật', 'Có'],
      ['Ngày nghỉ', ''],
      ['Số ngày tính tốc độ', 7],
      ['Email nhận tổng hợp', ''],
      ['Giờ gửi tổng hợp', '08:00'],
      ['Làm tròn số cần đạt', 'Lên'],
      ['Ngày báo cáo tháng', 10],
      ['Quản trị', ''],
    ]);
  });

  it('explains each setting beside it and in a note on its label', () => {
    const words = Object.values(SETTING);
    expect(settings.output.rows.slice(1)).toEqual(words.map((s) => [s.label, s.template, s.help]));
    const notes = settings.edit.steps.find((s) => s.op === 'notes');
    expect(notes).toEqual({
      op: 'notes',
      area: { row: 2, col: 1, rows: 14, cols: 1 },
      notes: words.map((s) => [s.help]),
    });
    expect(settings.output.boldRows).toEqual([1]);
  });

  it('sets the widths of labels and values, so that they print side by side', () => {
    const widths = settings.edit.steps.filter((s) => s.op === 'width');
    expect(widths.map((w) => w.col)).toEqual([1, 2]);
    const [labels, values] = widths.map((w) => w.width);
    // The longest label, "Làm tròn số cần đạt" or "Email nhận tổng hợp", on one line.
    expect(labels).toBeGreaterThanOrEqual(130);
    expect(labels).toBeLessThanOrEqual(200);
    expect(values).toBe(260);
  });

  it('formats the two dates and offers the choices of the mode and of the weekend settings', () => {
    const rules = settings.edit.steps.filter((s) => s.op === 'rules');
    expect(rules).toEqual([
      // Ngày bắt đầu and Hạn hoàn thành: rows 3–4.
      { op: 'rules', area: { row: 3, col: 2, rows: 2, cols: 1 }, format: 'dd/MM/yyyy' },
      {
        op: 'rules',
        area: { row: 6, col: 2, rows: 1, cols: 1 },
        validation: { kind: 'list', values: ['Số trong ngày', 'Số lũy kế'] },
      },
      // Tính thứ Bảy and Tính Chủ nhật: rows 7–8.
      {
        op: 'rules',
        area: { row: 7, col: 2, rows: 2, cols: 1 },
        validation: { kind: 'list', values: ['Có', 'Không'] },
      },
      // Làm tròn số cần đạt: row 13.
      {
        op: 'rules',
        area: { row: 13, col: 2, rows: 1, cols: 1 },
        validation: { kind: 'list', values: ['Lên', 'Gần nhất'] },
      },
    ]);
  });

  it('reads back as the defaults once the three required values are filled in', () => {
    const rows = settings.output.rows.map((r) => [...r]) as Rows;
    rows[1][1] = 'Cần Giờ';
    rows[2][1] = sheetDate('2023-06-26');
    rows[3][1] = '05/11/2023';
    const read = readSettings(rows);
    expect(read.findings).toEqual([]);
    expect(read.settings).toEqual({
      campaign: 'Cần Giờ',
      start: '2023-06-26',
      deadline: '2023-11-05',
      cutoff: 450,
      mode: 'daily',
      countSaturday: true,
      countSunday: true,
      holidays: [],
      paceWindow: 7,
      digestTo: [],
      digestToCell: 'B11',
      sendAt: 480,
      rounding: 'up',
      monthlyDay: 10,
      admins: [],
    });
  });
});

describe('the Đơn vị template', () => {
  const headers = [
    'Mã',
    'Đơn vị',
    'Cấp trên',
    'Tab',
    'Email',
    'Chỉ tiêu Thu nhận',
    'Chỉ tiêu Kích hoạt',
    'Đầu kỳ Thu nhận',
    'Đầu kỳ Kích hoạt',
    'Đối tượng',
    'Hạn riêng',
    'Chỉ số',
    'Tần suất',
  ];

  it('has the headers of the contract, each with a note, and two example rows', () => {
    expect(units.output.name).toBe('Đơn vị');
    expect(units.output.rows[0]).toEqual(headers);
    expect(units.output.rows).toHaveLength(3);
    const [headerNotes, exampleNote] = units.edit.steps.filter((s) => s.op === 'notes');
    expect(headerNotes.area).toEqual({ row: 1, col: 1, rows: 1, cols: 13 });
    const notes = (headerNotes as { notes: string[][] }).notes[0];
    expect(notes).toHaveLength(13);
    for (const note of notes) expect(note.length).toBeGreaterThan(10);
    expect(exampleNote.area).toEqual({ row: 2, col: 1, rows: 2, cols: 1 });
  });

  it('formats Hạn riêng as dates', () => {
    const [rule] = units.edit.steps.filter((s) => s.op === 'rules');
    expect(rule).toMatchObject({ area: { row: 2, col: 11, cols: 1 }, format: 'dd/MM/yyyy' });
  });

  it('reads back as two units of one parent, with both default indicators', () => {
    const { table, findings } = readUnits(units.output.rows as Rows, '2023-06-26');
    expect(findings).toEqual([]);
    expect(table.indicators).toEqual(['Thu nhận', 'Kích hoạt']);
    expect(table.units.map((u) => [u.name, u.parent, counts(u), u.emails.length])).toEqual([
      ['Xã Ví Dụ Một', 'Huyện Ví Dụ', { 'Thu nhận': 1000 }, 1],
      ['Xã Ví Dụ Hai', 'Huyện Ví Dụ', { 'Thu nhận': 800 }, 1],
    ]);
  });
});
