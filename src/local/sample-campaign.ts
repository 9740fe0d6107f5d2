// Builds the sample campaign workbook: Cần Giờ district, plan 135/KH-BCĐ (27/6/2023), seven
// communes with the quotas and the cumulative figures of the plan's statistics appendix as of
// the end of 13/07/2023. Thạnh An and Lý Nhơn did not report for 13/07/2023.
// Also the command that writes a sample: Cần Giờ by default, or the Bỉm Sơn plan.
// Usage: node build/sample-campaign.mjs [--kind can-gio|bim-son] [OUT.xlsx]
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBimSonSample } from './sample-bim-son';
import { DAY, day, spread } from './sample-days';

export interface SampleUnit {
  code: string;
  name: string;
  quota: number;
  /** Cumulative at the end of 13/07/2023 (the appendix's figures). */
  collected: number;
  activated: number;
  email: string;
  /** Did not report for the last day (13/07/2023). */
  missedLastDay: boolean;
}

/** The appendix of plan 135/KH-BCĐ: quota, collected, activated per commune. */
const CAN_GIO: SampleUnit[] = [
  {
    code: 'CT',
    name: 'Cần Thạnh',
    quota: 10152,
    collected: 2173,
    activated: 1122,
    email: 'ca.canthanh@cangio.example.vn',
    missedLastDay: false,
  },
  {
    code: 'BK',
    name: 'Bình Khánh',
    quota: 18274,
    collected: 3881,
    activated: 2175,
    email: 'ca.binhkhanh@cangio.example.vn',
    missedLastDay: false,
  },
  {
    code: 'TTH',
    name: 'Tam Thôn Hiệp',
    quota: 5419,
    collected: 1174,
    activated: 422,
    email: 'ca.tamthonhiep@cangio.example.vn',
    missedLastDay: false,
  },
  {
    code: 'ATĐ',
    name: 'An Thới Đông',
    quota: 13020,
    collected: 2108,
    activated: 1148,
    email: 'ca.anthoidong@cangio.example.vn',
    missedLastDay: false,
  },
  {
    code: 'TA',
    name: 'Thạnh An',
    quota: 4055,
    collected: 1151,
    activated: 260,
    email: 'ca.thanhan@cangio.example.vn',
    missedLastDay: true,
  },
  {
    code: 'LH',
    name: 'Long Hòa',
    quota: 9949,
    collected: 2181,
    activated: 740,
    email: 'ca.longhoa@cangio.example.vn',
    missedLastDay: false,
  },
  {
    code: 'LN',
    name: 'Lý Nhơn',
    quota: 5523,
    collected: 1542,
    activated: 604,
    email: 'ca.lynhon@cangio.example.vn',
    missedLastDay: true,
  },
];

const SAMPLE = {
  campaign: 'Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ (KH 135/KH-BCĐ)',
  parent: 'Huyện Cần Giờ',
  start: [2023, 6, 26] as const,
  deadline: [2023, 11, 5] as const,
  lastDataDay: [2023, 7, 13] as const,
  digestTo: 'bcd.dean06@cangio.example.vn',
};

/** Opening balances: what each commune had collected/activated before the campaign started. */
function openingOf(u: SampleUnit): { collected: number; activated: number } {
  return { collected: Math.floor(u.collected * 0.55), activated: Math.floor(u.activated * 0.5) };
}

export async function buildSample(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tiến Độ';
  const settings = book.addWorksheet('Cấu hình');
  settings.columns = [{ width: 28 }, { width: 70 }];
  settings.addRows([
    ['Thiết lập', 'Giá trị'],
    ['Tên chiến dịch', SAMPLE.campaign],
    ['Ngày bắt đầu', day(...SAMPLE.start)],
    ['Hạn hoàn thành', day(...SAMPLE.deadline)],
    ['Giờ chốt báo cáo', '07:30'],
    ['Cách nhập số liệu', 'Số trong ngày'],
    ['Tính thứ Bảy', 'Có'],
    ['Tính Chủ nhật', 'Có'],
    ['Ngày nghỉ', ''],
    ['Số ngày tính tốc độ', 7],
    ['Email nhận tổng hợp', SAMPLE.digestTo],
    ['Giờ gửi tổng hợp', '08:00'],
  ]);
  settings.getCell('B3').numFmt = 'dd/mm/yyyy';
  settings.getCell('B4').numFmt = 'dd/mm/yyyy';
  settings.getRow(1).font = { bold: true };

  const units = book.addWorksheet('Đơn vị');
  units.columns = [8, 20, 18, 20, 34, 18, 18, 18].map((width) => ({ width }));
  units.addRow([
    'Mã',
    'Đơn vị',
    'Cấp trên',
    'Tab',
    'Email',
    'Chỉ tiêu Thu nhận',
    'Đầu kỳ Thu nhận',
    'Đầu kỳ Kích hoạt',
  ]);
  units.getRow(1).font = { bold: true };
  for (const u of CAN_GIO) {
    const open = openingOf(u);
    units.addRow([
      u.code,
      u.name,
      SAMPLE.parent,
      '',
      u.email,
      u.quota,
      open.collected,
      open.activated,
    ]);
  }

  const start = day(...SAMPLE.start).getTime();
  const deadline = day(...SAMPLE.deadline).getTime();
  const last = day(...SAMPLE.lastDataDay).getTime();
  CAN_GIO.forEach((u, k) => {
    const ws = book.addWorksheet(u.name);
    ws.columns = [14, 12, 12, 30, 20].map((width) => ({ width }));
    ws.addRow([
      `Công an xã ${u.name} — số liệu hằng ngày (số của mỗi ngày nhập trước 07:30 ngày tính tiếp theo)`,
    ]).font = {
      bold: true,
    };
    ws.addRow([
      'Mỗi dòng là số của một ngày; để trống nghĩa là chưa báo cáo, 0 là báo cáo không có số nào.',
    ]);
    ws.addRow(['Ngày', 'Thu nhận', 'Kích hoạt', 'Ghi chú', 'Cập nhật lúc']).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 3 }];
    const open = openingOf(u);
    const reportedDays = Math.round((last - start) / DAY) + (u.missedLastDay ? 0 : 1);
    const collected = spread(u.collected - open.collected, reportedDays, k);
    const activated = spread(u.activated - open.activated, reportedDays, k);
    for (let t = start, i = 0; t <= deadline; t += DAY, i++) {
      const row = ws.addRow([new Date(t)]);
      row.getCell(1).numFmt = 'dd/mm/yyyy';
      if (i < reportedDays) {
        row.getCell(2).value = collected[i];
        row.getCell(3).value = activated[i];
        // Entered the next morning, before the cut-off.
        const entered = new Date(t + DAY + (7 * 60 + 5 + (i % 20)) * 60_000);
        row.getCell(5).value = entered;
        row.getCell(5).numFmt = 'dd/mm/yyyy hh:mm';
      }
    }
  });
  mkdirSync(dirname(file), { recursive: true });
  await book.xlsx.writeFile(file);
}

/** The samples `--kind` names, each with the file it is written to unless one is given. */
export const SAMPLES = {
  'can-gio': { file: 'out/can-gio.xlsx', build: buildSample },
  'bim-son': { file: 'out/bim-son.xlsx', build: buildBimSonSample },
} as const;
export type SampleKind = keyof typeof SAMPLES;

/** Reads `[--kind KIND] [OUT.xlsx]`; a wrong command line is a Vietnamese message. */
export function parseSampleArgs(argv: string[]): { kind: SampleKind; file: string } | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { kind: { type: 'string', default: 'can-gio' } },
    });
  } catch (error) {
    return `Tham số không hợp lệ: ${(error as Error).message}`;
  }
  const kind = parsed.values.kind;
  if (!Object.hasOwn(SAMPLES, kind)) {
    return `Không có mẫu "${kind}": chọn --kind ${Object.keys(SAMPLES).join(' hoặc --kind ')}.`;
  }
  if (parsed.positionals.length > 1)
    return `Chỉ ghi được một tệp, không phải ${parsed.positionals.length}.`;
  const sample = SAMPLES[kind as SampleKind];
  return { kind: kind as SampleKind, file: parsed.positionals[0] ?? sample.file };
}

const invokedAs = process.argv[1] ?? '';
if (invokedAs.endsWith('sample-campaign.mjs') || invokedAs.endsWith('sample-campaign.ts')) {
  const args = parseSampleArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    console.error('Cách dùng: npm run sample -- [--kind can-gio|bim-son] [TỆP.xlsx]');
    process.exit(1);
  }
  await SAMPLES[args.kind].build(args.file);
  console.log(`Đã tạo bảng tính mẫu: ${args.file}`);
}
