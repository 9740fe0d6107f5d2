import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { buildBimSonSample } from '../../src/local/sample-bim-son';
import { DIST, tempDir } from '../helpers';

const GROUPS = ['Cán bộ, công chức', 'Đoàn viên', 'Hội viên', 'Học sinh', 'Công dân'];
const START = '2023-03-24';
const DEADLINE = '2023-12-31';
const DATA_DATE = '2023-04-14';

let file: string;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  file = join(tempDir(), 'bim-son.xlsx');
  await buildBimSonSample(file);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
});

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** A target or share as typed: a number formatted as a percent reads as `100%`. */
function share(cell: ExcelJS.Cell): string {
  if (typeof cell.value === 'number' && /%/.test(cell.numFmt ?? ''))
    return `${Math.round(cell.value * 100)}%`;
  return text(cell.value);
}

/** Rows below a header in row 1, as header → cell. */
function table(name: string): Map<string, ExcelJS.Cell>[] {
  const sheet = book.getWorksheet(name)!;
  const header = (sheet.getRow(1).values as unknown[]).map(text);
  const rows: Map<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(new Map(header.flatMap((h, c) => (h ? [[h, row.getCell(c)] as const] : []))));
  });
  return rows;
}

interface Unit {
  name: string;
  path: string[];
  tab: string;
  indicators: string[];
  frequency: string;
  deadline: string;
  row: Map<string, ExcelJS.Cell>;
}

function units(): Unit[] {
  return table('Đơn vị').map((row) => {
    const get = (h: string) => text(row.get(h)?.value).trim();
    const listed = get('Chỉ số');
    return {
      name: get('Đơn vị'),
      path: get('Cấp trên')
        ? get('Cấp trên')
            .split('>')
            .map((s) => s.trim())
        : [],
      tab: get('Tab') || get('Đơn vị'),
      indicators: listed ? listed.split(';').map((s) => s.trim()) : GROUPS,
      frequency: get('Tần suất'),
      deadline: (iso(row.get('Hạn riêng')?.value) as string) || DEADLINE,
      row,
    };
  });
}

const nextDay = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);

/** Every calendar day from one date to another, both included (every day counts here). */
function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('the sample Bỉm Sơn workbook', () => {
  it('has the settings, the units, the phases, then one tab per unit', () => {
    const names = book.worksheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['Cấu hình', 'Đơn vị', 'Giai đoạn']);
    expect(names.slice(3)).toEqual(units().map((u) => u.tab));
  });

  it('counts every day from 24/03/2023 to 31/12/2023 with a 07:30 cut-off', () => {
    const settings = new Map<string, unknown>();
    book.getWorksheet('Cấu hình')!.eachRow((row) => {
      settings.set(text(row.getCell(1).value), row.getCell(2).value);
    });
    expect(Object.fromEntries([...settings].map(([k, v]) => [k, iso(v)]))).toMatchObject({
      'Tên chiến dịch': 'Cao điểm cấp tài khoản định danh điện tử — thị xã Bỉm Sơn',
      'Ngày bắt đầu': START,
      'Hạn hoàn thành': DEADLINE,
      'Giờ chốt báo cáo': '07:30',
      'Cách nhập số liệu': 'Số trong ngày',
      'Tính thứ Bảy': 'Có',
      'Tính Chủ nhật': 'Có',
      'Làm tròn số cần đạt': 'Lên',
      'Ngày báo cáo tháng': 10,
    });
    const to = text(settings.get('Email nhận tổng hợp')).split(/[,;]/);
    expect(to.length).toBeGreaterThan(0);
    for (const address of to) expect(address.trim()).toMatch(/^[a-z0-9.]+@bimson\.example\.vn$/);
  });

  it('writes the units with the headers of the contract', () => {
    const header = (book.getWorksheet('Đơn vị')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Mã',
      'Đơn vị',
      'Cấp trên',
      'Tab',
      'Email',
      'Chỉ số',
      'Tần suất',
      'Hạn riêng',
      'Chỉ tiêu Cán bộ, công chức',
      'Chỉ tiêu Đoàn viên',
      'Chỉ tiêu Hội viên',
      'Chỉ tiêu Học sinh',
      'Chỉ tiêu Công dân',
      'Đối tượng Cán bộ, công chức',
      'Đối tượng Đoàn viên',
      'Đối tượng Hội viên',
      'Đối tượng Học sinh',
      'Đối tượng Công dân',
      'Đầu kỳ Công dân',
    ]);
    const all = units();
    expect(new Set(all.map((u) => u.name)).size).toBe(all.length);
    expect(new Set(all.map((u) => u.tab)).size).toBe(all.length);
    for (const u of all) {
      for (const address of text(u.row.get('Email')!.value).split(/[,;]/))
        expect(address.trim()).toMatch(/^[a-z0-9.]+@bimson\.example\.vn$/);
    }
  });

  it('puts the units on three levels, written as paths whose every step is a unit', () => {
    const all = units();
    const byName = new Map(all.map((u) => [u.name, u]));
    for (const u of all) {
      u.path.forEach((ancestor, i) => {
        expect(byName.has(ancestor), `${u.name}: ${ancestor}`).toBe(true);
        // Each step's own path is the steps above it.
        expect(byName.get(ancestor)!.path).toEqual(u.path.slice(0, i));
      });
    }
    expect(all.filter((u) => u.path.length === 0).map((u) => u.name)).toEqual(['Thị xã Bỉm Sơn']);
    expect(all.filter((u) => u.path.length === 1).map((u) => u.name)).toEqual([
      'Phường Ba Đình',
      'Phường Bắc Sơn',
      'Phường Đông Sơn',
      'Phường Lam Sơn',
      'Phường Ngọc Trạo',
      'Phường Phú Sơn',
      'Xã Quang Trung',
    ]);
    const teams = all.filter((u) => u.path.length === 2);
    expect(teams.length).toBeGreaterThanOrEqual(3);
    expect(new Set(teams.map((u) => u.path[1])).size).toBeGreaterThanOrEqual(2);
  });

  it('gives every indicator a unit reports a share target and a population, and no other', () => {
    const shareText = /^(Khuyến khích )?(≥ |> |trên )?\d+%$/;
    const spellings = new Set<string>();
    for (const u of units()) {
      expect(
        u.indicators.every((x) => GROUPS.includes(x)),
        u.name,
      ).toBe(true);
      for (const x of GROUPS) {
        const target = share(u.row.get(`Chỉ tiêu ${x}`)!);
        const population = u.row.get(`Đối tượng ${x}`)!.value;
        if (u.indicators.includes(x)) {
          expect(target, `${u.name}: ${x}`).toMatch(shareText);
          expect(Number.isInteger(population) && (population as number) > 0).toBe(true);
          spellings.add(target);
        } else {
          expect([target, population ?? ''], `${u.name}: ${x}`).toEqual(['', '']);
        }
      }
    }
    expect([...spellings].sort()).toEqual(
      ['100%', '> 50%', 'trên 50%', 'Khuyến khích 100%', '50%', '≥ 50%'].sort(),
    );
    // A team reports citizens only.
    expect(units().find((u) => u.name === 'Khu phố 3 (Ba Đình)')!.indicators).toEqual(['Công dân']);
  });

  it('has daily, weekly and monthly units, and one with an earlier deadline of its own', () => {
    const all = units();
    const grammar =
      /^(|Hằng ngày|Hằng tuần thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Hằng tuần Chủ nhật|Hằng tháng ngày ([1-9]|1\d|2[0-8]))$/;
    for (const u of all) expect(u.frequency).toMatch(grammar);
    expect(all.filter((u) => u.frequency.startsWith('Hằng tuần')).length).toBe(2);
    expect(all.filter((u) => u.frequency === 'Hằng tháng ngày 5').length).toBe(1);
    const own = all.filter((u) => u.deadline !== DEADLINE);
    expect(own.map((u) => [u.name, u.deadline])).toEqual([['Phường Lam Sơn', '2023-06-30']]);
  });

  it('has the peak and the upkeep phases, one after the other inside the campaign', () => {
    const phases = table('Giai đoạn').map((row) => [
      text(row.get('Giai đoạn')!.value),
      iso(row.get('Từ ngày')!.value),
      iso(row.get('Đến ngày')!.value),
      ...GROUPS.map((x) => share(row.get(`Chỉ tiêu ${x}`)!)),
    ]);
    expect(phases).toEqual([
      ['Cao điểm', START, '2023-04-20', '100%', '100%', '> 50%', 'Khuyến khích 100%', '50%'],
      ['Duy trì', '2023-04-21', DEADLINE, '', '', '', '', '100%'],
    ]);
  });

  it('gives every unit a tab with the columns of its own indicators and a row per day', () => {
    for (const u of units()) {
      const tab = book.getWorksheet(u.tab);
      expect(tab, u.tab).toBeDefined();
      expect(tab!.getRow(3).values, u.name).toEqual([
        undefined,
        'Ngày',
        ...u.indicators,
        'Ghi chú',
        'Cập nhật lúc',
      ]);
      const dates: unknown[] = [];
      tab!.eachRow((row, n) => {
        if (n > 3) dates.push(iso(row.getCell(1).value));
      });
      expect(dates, u.name).toEqual(daysFrom(START, u.deadline));
    }
  });

  it('holds whole figures ≥ 0 up to 14/04/2023, on the days each rhythm is due, within each group', () => {
    const missing: string[] = [];
    for (const u of units()) {
      const tab = book.getWorksheet(u.tab)!;
      const width = u.indicators.length;
      const cumulative = u.indicators.map((x) =>
        x === 'Công dân' ? ((u.row.get('Đầu kỳ Công dân')!.value as number) ?? 0) : 0,
      );
      const reported: string[] = [];
      tab.eachRow((row, n) => {
        if (n <= 3) return;
        const date = iso(row.getCell(1).value) as string;
        const figures = u.indicators.map((_, j) => row.getCell(2 + j).value);
        if (figures.every((v) => v === null)) return;
        for (const v of figures) expect(Number.isInteger(v) && (v as number) >= 0).toBe(true);
        figures.forEach((v, j) => (cumulative[j] += v as number));
        // Typed the next morning, before the cut-off.
        const entered = (row.getCell(3 + width).value as Date).toISOString();
        expect(entered > `${nextDay(date)}T00:00` && entered < `${nextDay(date)}T07:30`).toBe(true);
        reported.push(date);
      });
      expect(reported.every((d) => d <= DATA_DATE)).toBe(true);
      u.indicators.forEach((x, j) =>
        expect(cumulative[j]).toBeLessThanOrEqual(u.row.get(`Đối tượng ${x}`)!.value as number),
      );
      const weekday = (d: string) => new Date(d).getUTCDay();
      if (u.frequency.startsWith('Hằng tuần')) {
        expect(reported, u.name).toEqual(['2023-03-27', '2023-04-03', '2023-04-10']);
        expect(reported.every((d) => weekday(d) === 1)).toBe(true);
      } else if (u.frequency.startsWith('Hằng tháng')) {
        expect(reported, u.name).toEqual(['2023-04-05']);
      } else {
        const due = daysFrom(START, DATA_DATE);
        if (reported.length === due.length - 1) missing.push(u.name);
        else expect(reported, u.name).toEqual(due);
      }
    }
    expect(missing).toEqual(['Khu phố Đoài Thôn', 'Phường Phú Sơn']);
  });

  it('is the same workbook on every build', async () => {
    const again = new ExcelJS.Workbook();
    const copy = join(tempDir(), 'bim-son.xlsx');
    await buildBimSonSample(copy);
    await again.xlsx.readFile(copy);
    const values = (b: ExcelJS.Workbook) =>
      b.worksheets.map((s) => s.getSheetValues().map((row) => JSON.stringify(row)));
    expect(values(again)).toEqual(values(book));
  });

  it('runs through the command line on 15/04/2023 08:00, as npm run start:bim-son does', async () => {
    const out = tempDir();
    const outcome = await runCli(
      ['run', '--workbook', file, '--now', '2023-04-15T08:00', '--out', out],
      { dist: DIST },
    );
    expect(outcome.status).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    // 14/04 lies in the peak: deadlines and days left count to its end, 20/04.
    expect(result).toMatchObject({
      asOf: DATA_DATE,
      deadline: '2023-04-20',
      phase: { name: 'Cao điểm', from: '2023-03-24', to: '2023-04-20' },
    });
    expect(result.units.map((u: { name: string }) => u.name)).toEqual(units().map((u) => u.name));
  });
});
