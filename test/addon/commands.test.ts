// A unit whose tab carries the name of one of the add-on's sheets: its figures are never
// overwritten by an output, and a finding says why that output is not written.
import { describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../src/local/runtime';
import { bundle, command, sampleRuntime, snapshot } from '../helpers';

/** Gives the first unit of `Đơn vị` (Cần Thạnh, row 2) a tab with a reserved name. */
function claim(rt: LocalRuntime, reserved: string): void {
  rt.spreadsheet.getSheetByName('Cần Thạnh')!.setName(reserved);
  rt.spreadsheet.getSheetByName('Đơn vị')!.getRange('D2').setValue(reserved);
}

describe('a unit tab named like a sheet the add-on writes', () => {
  it.each(['Tổng hợp', 'Kiểm tra', 'Lịch sử', 'TỔNG HỢP'])(
    'keeps the figures of a tab named %s, and says why',
    async (reserved) => {
      const rt = await sampleRuntime();
      claim(rt, reserved);
      const before = snapshot(rt, [reserved]);
      const result = command(rt, 'run');
      expect(snapshot(rt, [reserved])).toEqual(before);
      const finding = result.issues.find((f) => f.code === 'name-reserved');
      expect(finding).toMatchObject({ severity: 'error', sheet: 'Đơn vị', cell: 'D2' });
      expect(finding!.message).toContain(`trang "${reserved}", trùng tên một trang của Tiến Độ`);
      // The unit is not read from the sheet: no missing-tab finding, no figures.
      expect(result.issues.filter((f) => f.code === 'missing-tab')).toEqual([]);
    },
  );

  it('sends no mail while the mail log is a unit tab, and says so', async () => {
    const rt = await sampleRuntime();
    claim(rt, 'Nhật ký gửi thư');
    const before = snapshot(rt, ['Nhật ký gửi thư']);
    const result = command(rt, 'run');
    expect(rt.mail.sent).toEqual([]);
    expect(result.emails).toEqual([]);
    expect(result.mailNotice).toMatch(
      /^Không gửi thư: trang "Nhật ký gửi thư" đang là trang số liệu/,
    );
    expect(snapshot(rt, ['Nhật ký gửi thư'])).toEqual(before);
  });

  it('does not take such a tab for a mail log with rows a person typed', async () => {
    const rt = await sampleRuntime();
    claim(rt, 'Nhật ký gửi thư');
    for (const name of ['validate', 'run'] as const) {
      const codes = command(rt, name).issues.map((f) => f.code);
      expect([name, codes]).toEqual([name, ['name-reserved']]);
    }
  });

  it('leaves such a tab untouched when setting up tabs', async () => {
    const rt = await sampleRuntime();
    claim(rt, 'Tổng hợp');
    const before = snapshot(rt, ['Tổng hợp']);
    rt.answer('YES'); // who may edit which sheet: confirmed
    rt.answer('OK');
    bundle(rt).setUpUnitTabs();
    expect(snapshot(rt, ['Tổng hợp'])).toEqual(before);
    expect(rt.dialogs.at(-1)!.message).toContain(
      'Không đụng đến các trang trùng tên trang của Tiến Độ: "Tổng hợp".',
    );
  });
});
