import { describe, expect, it } from 'vitest';
import { accessChanges, accessPlan, confirmText } from '../../src/core/access';
import type { Unit } from '../../src/core/units';

function unit(name: string, emails: string[], tab = name): Unit {
  return {
    name,
    code: null,
    path: [],
    parent: null,
    tab,
    emails,
    targets: {},
    populations: {},
    reports: null,
    frequency: { kind: 'daily' },
    openings: {},
    openingsValid: true,
    groupSize: null,
    deadline: null,
    row: 2,
    tabCell: 'B2',
  };
}

const ADMIN = 'phoban@cangio.vn';

describe('who may edit which sheet', () => {
  it("gives a unit's tab to its people and the admins, every other sheet to the admins", () => {
    const plan = accessPlan(
      ['Cấu hình', 'Đơn vị', 'Cần Thạnh', 'Tổng hợp', 'Ghi chép'],
      [
        { unit: unit('Cần Thạnh', ['CA.CanThanh@cangio.vn']), title: 'Cần Thạnh' },
        // Its tab is not made yet: set-up will make it under this name.
        { unit: unit('Bình Khánh', ['ca.binhkhanh@cangio.vn']), title: 'Bình Khánh' },
      ],
      [ADMIN],
    );
    expect(plan.map((a) => [a.sheet, a.unit, a.editors])).toEqual([
      ['Cấu hình', false, [ADMIN]],
      ['Đơn vị', false, [ADMIN]],
      ['Tổng hợp', false, [ADMIN]],
      ['Ghi chép', false, [ADMIN]],
      ['Cần Thạnh', true, ['ca.canthanh@cangio.vn', ADMIN]],
      ['Bình Khánh', true, ['ca.binhkhanh@cangio.vn', ADMIN]],
    ]);
  });

  it('gives a tab two units name to both units’ people, and no sheet to a unit whose tab is unclear', () => {
    const plan = accessPlan(
      ['Cần Thạnh'],
      [
        { unit: unit('Cần Thạnh', ['a@cangio.vn']), title: 'Cần Thạnh' },
        { unit: unit('Cần Thạnh 2', ['b@cangio.vn'], 'Cần Thạnh'), title: 'Cần Thạnh' },
        { unit: unit('Long Hòa', ['c@cangio.vn']), title: null },
      ],
      [],
    );
    expect(plan.map((a) => [a.sheet, a.editors])).toEqual([
      ['Cần Thạnh', ['a@cangio.vn', 'b@cangio.vn']],
    ]);
  });

  it('says who gains and who loses the right: everyone named on a sheet not yet protected is new', () => {
    const plan = accessPlan(
      ['Cấu hình', 'Cần Thạnh'],
      [{ unit: unit('Cần Thạnh', ['ca.canthanh@cangio.vn']), title: 'Cần Thạnh' }],
      [ADMIN],
    );
    const current = new Map([['Cần Thạnh', ['ca.canthanh@cangio.vn', 'cu.canbo@cangio.vn']]]);
    expect(accessChanges(plan, current)).toEqual([
      { sheet: 'Cấu hình', added: [ADMIN], removed: [] },
      { sheet: 'Cần Thạnh', added: [ADMIN], removed: ['cu.canbo@cangio.vn'] },
    ]);
    // Nothing to grant or take away: nothing to ask.
    const same = new Map([
      ['Cấu hình', [ADMIN]],
      ['Cần Thạnh', ['ca.canthanh@cangio.vn', ADMIN]],
    ]);
    expect(accessChanges(plan, same)).toEqual([]);
  });
});

describe('the question set-up asks', () => {
  it('puts sheets that change alike on one line, and cuts long lists short with a count', () => {
    // 25 communes, each with one new officer; a new admin on every sheet, 27 in all.
    const tabs = Array.from({ length: 25 }, (_, i) => `Xã ${i + 1}`);
    const changes = [
      { sheet: 'Cấu hình', added: [ADMIN], removed: [] },
      { sheet: 'Đơn vị', added: [ADMIN], removed: [] },
      ...tabs.map((sheet, i) => ({
        sheet,
        added: [`ca.xa${i + 1}@cangio.vn`, ADMIN],
        removed: i === 0 ? ['a@x.vn', 'b@x.vn', 'c@x.vn', 'd@x.vn', 'e@x.vn', 'f@x.vn'] : [],
      })),
    ];
    expect(confirmText(changes, 0).split('\n')).toEqual([
      '"Tạo/cập nhật trang đơn vị" sẽ thay đổi quyền sửa như sau (chủ bảng tính luôn sửa được mọi trang):',
      '',
      '"Cấu hình", "Đơn vị": thêm quyền sửa cho phoban@cangio.vn.',
      '"Xã 1": thêm quyền sửa cho ca.xa1@cangio.vn, phoban@cangio.vn; bỏ quyền sửa của a@x.vn, b@x.vn, c@x.vn, d@x.vn, e@x.vn và 1 người khác.',
      ...tabs
        .slice(1, 9)
        .map((t, i) => `"${t}": thêm quyền sửa cho ca.xa${i + 2}@cangio.vn, phoban@cangio.vn.`),
      // 27 sheets in 26 lines: the first 10 lines shown, then the 16 tabs left (Xã 10 … Xã 25),
      // each gaining two.
      '… và 16 trang khác: thêm 32 quyền sửa, bỏ 0 quyền sửa.',
      '',
      'Đồng ý thay đổi quyền sửa như trên và tạo/cập nhật trang đơn vị?',
    ]);
  });

  it('names at most three sheets on a line, and says how many sheets it locks for the first time', () => {
    const changes = ['Cấu hình', 'Đơn vị', 'Tổng hợp', 'Kiểm tra', 'Lịch sử'].map((sheet) => ({
      sheet,
      added: [ADMIN],
      removed: [],
    }));
    expect(confirmText(changes, 1_250).split('\n\n').slice(1, 3)).toEqual([
      '"Cấu hình", "Đơn vị", "Tổng hợp" và 2 trang khác: thêm quyền sửa cho phoban@cangio.vn.',
      '1.250 trang chưa khóa sẽ được khóa: chỉ chủ bảng tính và những người được nêu sửa được.',
    ]);
  });
});
