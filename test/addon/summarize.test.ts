import { describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../src/local/runtime';
import { syntheticCampaign } from '../../src/local/synthetic';
import { bundle, runtime, sampleRuntime, summarized } from '../helpers';

function summarize(rt: LocalRuntime, asOf?: string) {
  return summarized(rt, 'summarize', asOf ? { asOf } : {});
}

const summary = (rt: LocalRuntime) => rt.spreadsheet.getSheetByName('Tổng hợp')!;

describe('summarising the sample Cần Giờ campaign at 14/07/2023 08:00', () => {
  it("rebuilds the appendix of plan 135/KH-BCĐ: 115 days left, the document's remaining and pending", async () => {
    const r = summarize(await sampleRuntime());
    expect([r.asOf, r.daysLeft]).toEqual(['2023-07-13', 115]);
    expect(r.units.map((u) => u.indicators['Thu nhận'].remaining)).toEqual([
      7979, 14393, 4245, 10912, 2904, 7768, 3981,
    ]);
    expect(r.units.map((u) => u.pendingActivation)).toEqual([1051, 1706, 752, 960, 891, 1441, 938]);
    expect(r.units.map((u) => u.indicators['Thu nhận'].requiredPerDay)).toEqual([
      70, 126, 37, 95, 26, 68, 35,
    ]);
    expect(r.total.indicators['Thu nhận']).toMatchObject({
      quota: 66392,
      cumulative: 14210,
      remaining: 52182,
      requiredPerDay: 454,
    });
    expect(r.total.pendingActivation).toBe(7739);
    // 2173 / 10152 = 0.21404…
    expect(r.units[0].indicators['Thu nhận'].percent).toBe(0.214);
  });

  it('reports the two communes that did not send 13/07/2023', async () => {
    const r = summarize(await sampleRuntime());
    expect(
      r.units.filter((u) => u.reporting === 'missing').map((u) => [u.name, u.missing]),
    ).toEqual([
      ['Thạnh An', ['2023-07-13']],
      ['Lý Nhơn', ['2023-07-13']],
    ]);
  });

  it('writes Tổng hợp like the appendix, with subtotals, a total and links to each tab', async () => {
    const rt = await sampleRuntime();
    summarize(rt);
    const sheet = summary(rt);
    const v = sheet.getDataRange().getValues();
    expect(v[0][0]).toBe('Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ (KH 135/KH-BCĐ)');
    expect(v[1][0]).toBe('Số liệu tính đến hết ngày 13/07/2023 — còn 115 ngày đến hạn 05/11/2023');
    expect(v[3].slice(0, 3)).toEqual(['STT', 'Đơn vị', 'Thu nhận']);
    expect(v[4].slice(2, 11)).toEqual([
      'Chỉ tiêu',
      'Lũy kế',
      'Tỷ lệ',
      'Tiến độ',
      'Còn lại',
      'Cần đạt/ngày',
      'TB 7 ngày',
      'TB từ đầu',
      'Dự kiến xong',
    ]);
    expect(v[3].slice(11)).toEqual([
      'Kích hoạt',
      '',
      '',
      'Chưa kích hoạt',
      'Cần kích hoạt/ngày',
      'Trạng thái',
      'Báo cáo ngày 13/07/2023',
    ]);
    // Rows 6–12 the communes, 13 the district's subtotal, 14 the total. Backlog per day: the
    // backlog ÷ 115 days rounded up (1051 → 9.1 → 10 …, 7739 → 67.3 → 68).
    expect(v.slice(5).map((r) => [r[0], r[2], r[3], r[6], r[7], r[14], r[15]])).toEqual([
      [1, 10152, 2173, 7979, 70, 1051, 10],
      [2, 18274, 3881, 14393, 126, 1706, 15],
      [3, 5419, 1174, 4245, 37, 752, 7],
      [4, 13020, 2108, 10912, 95, 960, 9],
      [5, 4055, 1151, 2904, 26, 891, 8],
      [6, 9949, 2181, 7768, 68, 1441, 13],
      [7, 5523, 1542, 3981, 35, 938, 9],
      ['', 66392, 14210, 52182, 454, 7739, 68],
      ['', 66392, 14210, 52182, 454, 7739, 68],
    ]);
    expect(v[12][1]).toBe('Cộng Huyện Cần Giờ');
    expect(v[13][1]).toBe('Tổng số');
    expect(v[9][17]).toBe('Chưa báo cáo từ 13/07'); // Thạnh An missed 13/07
    expect(v[5][17]).toBe('Đã báo cáo');
    const gid = rt.spreadsheet.getSheetByName('Cần Thạnh')!.getSheetId();
    expect(sheet.getRange('B6').getFormula()).toBe(`=HYPERLINK("#gid=${gid}","Cần Thạnh")`);
    // Cần Thạnh: 2,173 of 10,152 = 21.4 %: two tenths of the bar, as text (no formula).
    expect(sheet.getRange('F6').getFormula()).toBe('');
    expect(sheet.getRange('F6').getValue()).toBe('██░░░░░░░░');
  });

  it('formats numbers the Vietnamese way, colours statuses and freezes the header', async () => {
    const rt = await sampleRuntime();
    summarize(rt);
    const sheet = summary(rt);
    expect(sheet.getRange('C14:E14').getNumberFormats()).toEqual([['#,##0', '#,##0', '0.0%']]);
    expect(sheet.getRange('I6').getNumberFormat()).toBe('#,##0.0');
    expect(sheet.getRange('K6').getNumberFormat()).toBe('dd/MM/yyyy');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([5, 2]);
    const rules = sheet
      .getConditionalFormatRules()
      .map((r) => [
        r.getRanges()[0].getA1Notation(),
        r.condition.values[0],
        r.format.background ?? r.format.fontColor,
      ]);
    expect(rules).toContainEqual(['Q6:Q14', 'Chậm tiến độ', '#fce8b2']);
    expect(rules).toContainEqual(['Q6:Q14', 'Quá hạn', '#f4c7c3']);
    expect(rules).toContainEqual(['R6:R14', 'Chưa báo cáo', '#cc0000']);
  });

  it('never turns a name typed by a person into a formula', async () => {
    const rt = await sampleRuntime();
    rt.spreadsheet
      .getSheetByName('Đơn vị')!
      .getRange('C2:C8')
      .setValue('\'=IMPORTXML("http://x.example","//a")');
    rt.spreadsheet.getSheetByName('Đơn vị')!.getRange('B2').setValue("'=1+1");
    rt.spreadsheet.getSheetByName('Cần Thạnh')!.setName('=1+1');
    summarize(rt);
    const sheet = summary(rt);
    expect(sheet.getRange('B13').getFormula()).toBe('');
    expect(sheet.getRange('B13').getValue()).toBe('Cộng =IMPORTXML("http://x.example","//a")');
    expect(sheet.getRange('B6').getFormula()).toMatch(/^=HYPERLINK\("#gid=\d+","=1\+1"\)$/);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });
});

describe('Tổng hợp đến ngày…', () => {
  it('reproduces the appendix with Làm tròn số cần đạt = Gần nhất', async () => {
    // The document's own rounding: to nearest, halves up (docs/domain.md).
    const rt = await sampleRuntime();
    const settings = rt.spreadsheet.getSheetByName('Cấu hình')!;
    settings.appendRow(['Làm tròn số cần đạt', 'Gần nhất']);
    const r = summarized(rt, 'summarize');
    expect(r.rounding).toBe('nearest');
    expect(r.units.map((u) => u.indicators['Thu nhận'].requiredPerDay)).toEqual([
      69, 125, 37, 95, 25, 68, 35,
    ]);
    expect(r.units.map((u) => u.pendingPerDay)).toEqual([9, 15, 7, 8, 8, 13, 8]);
    expect(r.total.indicators['Thu nhận'].requiredPerDay).toBe(454);
    expect(r.total.pendingPerDay).toBe(67);
  });

  it('summarises up to the date typed', async () => {
    const rt = await sampleRuntime();
    rt.answer('OK', '10/07/2023');
    bundle(rt).summarizeUpTo();
    expect(summary(rt).getRange('A2').getValue()).toBe(
      'Số liệu tính đến hết ngày 10/07/2023 — còn 118 ngày đến hạn 05/11/2023',
    );
  });

  it('refuses a date that is not dd/MM/yyyy, saying so, and writes nothing', async () => {
    const rt = await sampleRuntime();
    rt.answer('OK', '2023-07-10');
    rt.answer('OK');
    bundle(rt).summarizeUpTo();
    expect(rt.dialogs.at(-1)!.message).toBe(
      '"2023-07-10" không phải ngày dạng dd/MM/yyyy. Hãy chọn lại mục menu và nhập ví dụ 13/07/2023.',
    );
    expect(rt.spreadsheet.getSheetByName('Tổng hợp')).toBeNull();
  });

  it('does nothing when cancelled', async () => {
    const rt = await sampleRuntime();
    rt.answer('CANCEL');
    bundle(rt).summarizeUpTo();
    expect(rt.spreadsheet.getSheetByName('Tổng hợp')).toBeNull();
    expect(rt.dialogs).toHaveLength(1);
  });
});

describe('Lịch sử', () => {
  it('keeps one row per data date, replacing the row when the same day is summarised again', async () => {
    const rt = await sampleRuntime();
    summarize(rt);
    rt.setNow(Date.UTC(2023, 6, 14, 2, 0));
    summarize(rt, '2023-07-12');
    summarize(rt); // 13/07 again
    const sheet = rt.spreadsheet.getSheetByName('Lịch sử')!;
    const v = sheet.getDataRange().getDisplayValues();
    expect(v.map((r) => r.slice(0, 4))).toEqual([
      ['Ngày số liệu', 'Lũy kế Thu nhận', 'Kế hoạch Thu nhận', 'Lũy kế Kích hoạt'],
      ['12/07/2023', expect.any(String), expect.any(String), expect.any(String)],
      ['13/07/2023', '14,210', expect.any(String), '6,471'],
    ]);
    expect(v[2][4]).toBe('14/07/2023 09:00');
    // The plan: from the openings (1195 + 2134 + 645 + 1159 + 633 + 1199 + 848 = 7,813 collected)
    // at the start to 66,392 on 05/11/2023, a straight line over 133 counting days: after 18
    // days, 7813 + 58579 × 18 / 133 = 15,740.9.
    expect(v[2][2]).toBe('15,741');
    expect(sheet.getCharts()).toHaveLength(1);
    expect(
      sheet
        .getCharts()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
      // The sheet keeps a row for each of the 133 counting days, under its header: the chart
      // covers them all from the start.
    ).toEqual(['A1:A134', 'B1:C134']);
  });
});

describe('Spreadsheet calls', () => {
  async function callsAt(units: number) {
    const rt = runtime();
    syntheticCampaign(rt, { units, days: 20 });
    const result = summarize(rt);
    expect(result.units).toHaveLength(units);
    return rt.calls;
  }

  it('reads each sheet once and writes Tổng hợp in as many calls at 200 units as at 7', async () => {
    const small = await callsAt(7);
    const large = await callsAt(200);
    // Cấu hình, Đơn vị and every tab, once each (Lịch sử does not exist yet).
    expect(small.count('Sheet.getSheetValues')).toBe(2 + 7);
    expect(large.count('Sheet.getSheetValues')).toBe(2 + 200);
    // Column widths follow the content (a longer name, larger totals): at most one call per
    // column of Tổng hợp, Phụ lục thống kê and Kiểm tra; every other write is the same at both
    // sizes.
    const widths = (calls: typeof small) =>
      calls.count('Sheet.setColumnWidth') + calls.count('Sheet.setColumnWidths');
    expect(widths(large)).toBeLessThanOrEqual(18 + 11 + 6);
    // No width is read back: the sheets are new, and later runs know theirs from the memo.
    expect([small.count('Sheet.getColumnWidth'), large.count('Sheet.getColumnWidth')]).toEqual([
      0, 0,
    ]);
    expect(large.summary().writes - widths(large)).toBe(small.summary().writes - widths(small));
    // Per extra tab: its name (to find it ignoring diacritics) and its id for the link in
    // Tổng hợp; its values come with its data range in one call.
    expect(large.summary().other - small.summary().other).toBe(2 * 193);
  });
});

describe('indicators named like what JavaScript objects hold', () => {
  it('counts __proto__, constructor, toString and valueOf like any indicator', () => {
    const rt = runtime({ now: Date.UTC(2023, 6, 4, 1, 0) }); // 04/07/2023 08:00
    const names = ['__proto__', 'constructor', 'toString', 'valueOf'];
    rt.addSheet('Cấu hình', [
      ['Tên chiến dịch', 'Thử'],
      ['Ngày bắt đầu', '01/07/2023'],
      ['Hạn hoàn thành', '31/07/2023'],
    ]);
    rt.addSheet('Đơn vị', [
      ['Đơn vị', ...names.map((n) => `Chỉ tiêu ${n}`)],
      ['Xã A', 10, 20, 30, 40],
    ]);
    rt.addSheet('Xã A', [
      ['Ngày', ...names],
      ['01/07/2023', 1, 2, 3, 4],
      ['02/07/2023', 1, 2, 3, 4],
      ['03/07/2023', 1, 2, 3, 4],
    ]);
    const r = summarized(rt, 'summarize');
    expect(r.issues).toEqual([]);
    // Three days of 1, 2, 3 and 4 against quotas of 10, 20, 30 and 40: 30% each.
    expect(
      names.map((n) => [n, r.units[0].indicators[n].cumulative, r.units[0].indicators[n].percent]),
    ).toEqual([
      ['__proto__', 3, 0.3],
      ['constructor', 6, 0.3],
      ['toString', 9, 0.3],
      ['valueOf', 12, 0.3],
    ]);
    const cells = rt.spreadsheet.getSheetByName('Tổng hợp')!.getDataRange().getValues().flat();
    expect(cells.filter((v) => /native code|NaN|undefined/.test(String(v)))).toEqual([]);
  });
});
