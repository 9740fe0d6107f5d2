// `Phụ lục thống kê` against the appendix of plan 135/KH-BCĐ as docs/domain.md gives it: the
// expected rows are the document's, typed from it, not read from our output.
import { describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../src/local/runtime';
import { sampleRuntime, summarized } from '../helpers';

const HEADER = [
  'STT',
  'Đơn vị',
  'Tổng chỉ tiêu được giao',
  'Tổng số đã thu nhận',
  'Đã kích hoạt',
  'Chưa kích hoạt',
  'Chỉ tiêu trung bình/ngày (kích hoạt)',
  'Thời gian hoàn thành',
  'Còn lại phải thực hiện',
  'Chỉ tiêu trung bình/ngày',
  'Thời gian hoàn thành',
];

// The document's table (Figures as of the end of 13/07/2023, deadline 05/11/2023).
const DOCUMENT: (string | number)[][] = [
  [1, 'Cần Thạnh', 10152, 2173, 1122, 1051, 9, '05/11/2023', 7979, 69, '05/11/2023'],
  [2, 'Bình Khánh', 18274, 3881, 2175, 1706, 15, '05/11/2023', 14393, 125, '05/11/2023'],
  [3, 'Tam Thôn Hiệp', 5419, 1174, 422, 752, 7, '05/11/2023', 4245, 37, '05/11/2023'],
  [4, 'An Thới Đông', 13020, 2108, 1148, 960, 8, '05/11/2023', 10912, 95, '05/11/2023'],
  [5, 'Thạnh An', 4055, 1151, 260, 891, 8, '05/11/2023', 2904, 25, '05/11/2023'],
  [6, 'Long Hòa', 9949, 2181, 740, 1441, 13, '05/11/2023', 7768, 68, '05/11/2023'],
  [7, 'Lý Nhơn', 5523, 1542, 604, 938, 8, '05/11/2023', 3981, 35, '05/11/2023'],
  ['', 'Tổng số', 66392, 14210, 6471, 7739, 67, '05/11/2023', 52182, 454, '05/11/2023'],
];

/** The table as a person reads it: the header row (the one starting STT) and what follows. */
function table(rt: LocalRuntime): (string | number)[][] {
  const sheet = rt.spreadsheet.getSheetByName('Phụ lục thống kê')!;
  const shown = sheet.getDataRange().getDisplayValues();
  const values = sheet.getDataRange().getValues();
  const top = shown.findIndex((r) => r[0] === 'STT');
  expect(shown[top]).toEqual(HEADER);
  // Numbers as numbers, dates as the sheet shows them.
  return values
    .slice(top + 1)
    .map((r, i) => r.map((v, c) => (typeof v === 'number' ? v : shown[top + 1 + i][c])));
}

describe('Phụ lục thống kê', () => {
  it("holds the document's figures with Làm tròn số cần đạt = Gần nhất", async () => {
    const rt = await sampleRuntime();
    rt.spreadsheet.getSheetByName('Cấu hình')!.appendRow(['Làm tròn số cần đạt', 'Gần nhất']);
    summarized(rt, 'summarize');
    expect(table(rt)).toEqual(DOCUMENT);
  });

  it('rounds up by default: 70, 126, 37, 95, 26, 68, 35 and a backlog of 10, 15, 7, 9, 8, 13, 9 a day', async () => {
    // 1051/115 = 9.1 → 10; 960/115 = 8.3 → 9; 938/115 = 8.2 → 9; 7739/115 = 67.3 → 68.
    const rt = await sampleRuntime();
    summarized(rt, 'summarize');
    const rows = table(rt);
    expect(rows.map((r) => r[9])).toEqual([70, 126, 37, 95, 26, 68, 35, 454]);
    expect(rows.map((r) => r[6])).toEqual([10, 15, 7, 9, 8, 13, 9, 68]);
  });

  it('says how it rounds and to which day, and is rewritten, not added to, by the next summary', async () => {
    const rt = await sampleRuntime();
    summarized(rt, 'summarize');
    summarized(rt, 'summarize', { asOf: '2023-07-10' });
    const sheet = rt.spreadsheet.getSheetByName('Phụ lục thống kê')!;
    const shown = sheet.getDataRange().getDisplayValues();
    expect(shown[1][0]).toBe(
      'Số liệu tính đến hết ngày 10/07/2023 — còn 118 ngày đến hạn 05/11/2023',
    );
    expect(shown[2][0]).toMatch(/làm tròn lên/);
    expect(shown.filter((r) => r[1] === 'Tổng số')).toHaveLength(1);
    expect(sheet.getLastRow()).toBe(4 + 8);
  });
});
