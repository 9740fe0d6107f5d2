// Synthetic campaigns of any size, straight into the local runtime: N units × D days, two
// indicators, realistic gaps (a unit that skips days, one that stopped reporting) and, on
// request, a few bad cells. Deterministic, so figures and timings can be compared across runs.
import { WallDate } from './runtime';
import type { LocalRuntime, Stored } from './runtime';

export interface SyntheticOptions {
  units: number;
  days: number;
  /** First day, yyyy-MM-dd (default 2023-06-26). */
  start?: string;
  /** Plant a few bad cells (text, a negative, a running total). */
  badCells?: boolean;
  digestTo?: string;
  /** Units (by index) that did not report the last day, besides every 17th's longer silence. */
  missingLastDay?: (unit: number) => boolean;
}

const DAY = 86_400_000;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Loads rows into a new sheet as they are (no Apps Script conversion: values are final), its
 * grid trimmed to them (rows × the widest row), as the add-on's set-up makes its tabs: a
 * thousand tabs of 1,000 × 26 would pass the 10,000,000 cells of a spreadsheet.
 */
function putSheet(rt: LocalRuntime, name: string, rows: Stored[][]): void {
  rt.load.sheet(name, {
    rows,
    formats: rows.map((row) => [row[0] instanceof WallDate ? 'dd/MM/yyyy' : null]),
    maxRows: rows.length,
    maxColumns: rows.reduce((w, row) => Math.max(w, row.length), 1),
  });
}

export function unitName(i: number): string {
  return `Xã Số ${String(i + 1).padStart(4, '0')}`;
}

/** Fills the runtime's spreadsheet with a campaign; the last counting day is start + days − 1. */
export function syntheticCampaign(
  rt: LocalRuntime,
  options: SyntheticOptions,
): { start: string; lastDay: string; deadline: string } {
  const start = options.start ?? '2023-06-26';
  const t0 = Date.parse(`${start}T00:00:00Z`);
  const lastDay = new Date(t0 + (options.days - 1) * DAY).toISOString().slice(0, 10);
  const deadline = new Date(t0 + (options.days - 1 + 60) * DAY).toISOString().slice(0, 10);
  const rand = random(options.units * 7919 + options.days);
  const date = (iso: string) => new WallDate(Date.parse(`${iso}T00:00:00Z`));
  putSheet(rt, 'Cấu hình', [
    ['Thiết lập', 'Giá trị'],
    ['Tên chiến dịch', `Chiến dịch thử ${options.units} đơn vị × ${options.days} ngày`],
    ['Ngày bắt đầu', date(start)],
    ['Hạn hoàn thành', date(deadline)],
    ['Giờ chốt báo cáo', '07:30'],
    ['Email nhận tổng hợp', options.digestTo ?? 'bcd@tinh.example.vn'],
  ]);
  const unitRows: Stored[][] = [
    [
      'Mã',
      'Đơn vị',
      'Cấp trên',
      'Email',
      'Chỉ tiêu Thu nhận',
      'Đầu kỳ Thu nhận',
      'Đầu kỳ Kích hoạt',
    ],
  ];
  for (let i = 0; i < options.units; i++) {
    unitRows.push([
      `X${i + 1}`,
      unitName(i),
      `Huyện ${String(Math.floor(i / 15) + 1).padStart(2, '0')}`,
      `xa${i + 1}@tinh.example.vn`,
      2000 + Math.floor(rand() * 18000),
      Math.floor(rand() * 500),
      Math.floor(rand() * 200),
    ]);
  }
  putSheet(rt, 'Đơn vị', unitRows);
  for (let i = 0; i < options.units; i++) {
    const usual = 10 + Math.floor(rand() * 120);
    // Every 17th unit stopped reporting five days ago; every 5th skips about one day in ten.
    const stopsAt =
      i % 17 === 16
        ? options.days - 5
        : options.missingLastDay?.(i)
          ? options.days - 1
          : options.days;
    const skips = i % 5 === 4;
    const rows: Stored[][] = [
      [`${unitName(i)} — số liệu hằng ngày`],
      ['Ngày', 'Thu nhận', 'Kích hoạt', 'Ghi chú', 'Cập nhật lúc'],
    ];
    for (let d = 0; d < options.days; d++) {
      const day = new WallDate(t0 + d * DAY);
      if (d >= stopsAt || (skips && d < options.days - 1 && rand() < 0.1)) {
        rows.push([day]);
        continue;
      }
      const collected = Math.max(0, Math.round(usual * (0.6 + rand() * 0.8)));
      const activated = Math.round(collected * (0.3 + rand() * 0.4));
      rows.push([
        day,
        collected,
        activated,
        '',
        new WallDate(t0 + (d + 1) * DAY + (7 * 60 + Math.floor(rand() * 25)) * 60_000),
      ]);
    }
    if (options.badCells && i % 50 === 0 && options.days > 12) {
      rows[5][1] = 'mười';
      rows[8][2] = -3;
      rows[12][1] = (rows.slice(2, 12) as Stored[][]).reduce(
        (s, r) => s + (typeof r[1] === 'number' ? r[1] : 0),
        0,
      );
    }
    putSheet(rt, unitName(i), rows);
  }
  rt.calls.reset();
  return { start, lastDay, deadline };
}
