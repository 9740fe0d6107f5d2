// Builds the sample Bỉm Sơn workbook: the peak of e-ID account activation in Bỉm Sơn town
// (Thanh Hoá), 24/03–20/04/2023, then upkeep to 31/12/2023, every day counted. Targets are
// shares of groups (officials, youth-union members, association members, pupils aged 14+,
// other citizens) over three levels: the town, its six wards and one commune, and four
// neighbourhood teams. The names of the town, wards and commune are real; every population and
// figure is invented, and the unit tabs hold figures from 24/03/2023 to 14/04/2023.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  BIM_SON,
  BIM_SON_INDICATORS,
  BIM_SON_UNITS,
  REACH,
  TARGETS,
  bimSonIndicatorsOf,
  isDaily,
  isDueDay,
  type BimSonIndicator,
  type BimSonUnit,
} from './sample-bim-son-units';
import { DAY, day, spread } from './sample-days';

/** What the unit activated during the peak up to the data date, per indicator. */
function peakTotal(u: BimSonUnit, x: BimSonIndicator): number {
  const population = u.population[x] ?? 0;
  const opening = x === 'Công dân' ? (u.openingCitizens ?? 0) : 0;
  return Math.min(population - opening, Math.round(population * REACH[x] * u.pace));
}

function addSettings(book: ExcelJS.Workbook): void {
  const settings = book.addWorksheet('Cấu hình');
  settings.columns = [{ width: 28 }, { width: 70 }];
  settings.addRows([
    ['Thiết lập', 'Giá trị'],
    ['Tên chiến dịch', BIM_SON.campaign],
    ['Ngày bắt đầu', day(...BIM_SON.start)],
    ['Hạn hoàn thành', day(...BIM_SON.deadline)],
    ['Giờ chốt báo cáo', '07:30'],
    ['Cách nhập số liệu', 'Số trong ngày'],
    ['Tính thứ Bảy', 'Có'],
    ['Tính Chủ nhật', 'Có'],
    ['Ngày nghỉ', ''],
    ['Số ngày tính tốc độ', 7],
    ['Email nhận tổng hợp', BIM_SON.digestTo],
    ['Giờ gửi tổng hợp', '08:00'],
    ['Làm tròn số cần đạt', 'Lên'],
    ['Ngày báo cáo tháng', 10],
    ['Quản trị', BIM_SON.admins],
  ]);
  settings.getCell('B3').numFmt = 'dd/mm/yyyy';
  settings.getCell('B4').numFmt = 'dd/mm/yyyy';
  settings.getRow(1).font = { bold: true };
}

export const BIM_SON_UNIT_HEADER = [
  'Mã',
  'Đơn vị',
  'Cấp trên',
  'Tab',
  'Email',
  'Chỉ số',
  'Tần suất',
  'Hạn riêng',
  ...BIM_SON_INDICATORS.map((x) => `Chỉ tiêu ${x}`),
  ...BIM_SON_INDICATORS.map((x) => `Đối tượng ${x}`),
  'Đầu kỳ Công dân',
];

function addUnits(book: ExcelJS.Workbook): void {
  const sheet = book.addWorksheet('Đơn vị');
  sheet.columns = BIM_SON_UNIT_HEADER.map((h, i) => ({ width: i === 4 ? 34 : h.length + 4 }));
  sheet.addRow(BIM_SON_UNIT_HEADER).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  for (const u of BIM_SON_UNITS) {
    const own = bimSonIndicatorsOf(u);
    const row = sheet.addRow([
      u.code,
      u.name,
      u.path.join(' > '),
      u.tab ?? '',
      u.email,
      // Blank: every indicator of the campaign.
      own.length === BIM_SON_INDICATORS.length ? '' : own.join('; '),
      u.frequency ?? '',
      u.deadline ? day(...u.deadline) : '',
      ...BIM_SON_INDICATORS.map((x) => (own.includes(x) ? (u.targets?.[x] ?? TARGETS[x]) : '')),
      ...BIM_SON_INDICATORS.map((x) => u.population[x] ?? ''),
      u.openingCitizens ?? '',
    ]);
    if (u.deadline) row.getCell(8).numFmt = 'dd/mm/yyyy';
  }
}

/**
 * `Giai đoạn`: the peak with the plan's shares, then upkeep at 100% of citizens (the other
 * groups keep each unit's own target). Plain shares are numbers formatted as percents, as
 * Sheets stores a typed `100%`; the shares with a word or a sign are text.
 */
function addPhases(book: ExcelJS.Workbook): void {
  const sheet = book.addWorksheet('Giai đoạn');
  const header = [
    'Giai đoạn',
    'Từ ngày',
    'Đến ngày',
    ...BIM_SON_INDICATORS.map((x) => `Chỉ tiêu ${x}`),
  ];
  sheet.columns = header.map((h) => ({ width: Math.max(14, h.length + 4) }));
  sheet.addRow(header).font = { bold: true };
  const [peak, upkeep] = BIM_SON.phases;
  const rows = [
    [peak.name, day(...peak.from), day(...peak.to), 1, 1, '> 50%', 'Khuyến khích 100%', 0.5],
    [upkeep.name, day(...upkeep.from), day(...upkeep.to), '', '', '', '', 1],
  ];
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    for (let c = 4; c < 4 + BIM_SON_INDICATORS.length; c++) {
      if (typeof row.getCell(c).value === 'number') row.getCell(c).numFmt = '0%';
    }
  }
}

function titleOf(u: BimSonUnit): string {
  const what = `${u.name} — số tài khoản định danh điện tử được kích hoạt, theo nhóm`;
  const since = 'ghi số từ lần báo cáo trước vào hàng';
  if (u.frequency === 'Hằng tuần thứ Hai')
    return `${what}: báo cáo mỗi thứ Hai, ${since} thứ Hai, trước 07:30 hôm sau`;
  const monthly = /ngày (\d+)$/.exec(u.frequency ?? '');
  if (monthly)
    return `${what}: báo cáo ngày ${monthly[1]} hằng tháng, ${since} ngày ${monthly[1]}, trước 07:30 hôm sau`;
  return `${what}: số của mỗi ngày nhập trước 07:30 hôm sau`;
}

function addUnitTab(book: ExcelJS.Workbook, u: BimSonUnit, k: number): void {
  const own = bimSonIndicatorsOf(u);
  const ws = book.addWorksheet(u.tab ?? u.name);
  ws.columns = [14, ...own.map((x) => Math.max(12, x.length + 2)), 36, 20].map((width) => ({
    width,
  }));
  ws.addRow([titleOf(u)]).font = { bold: true };
  ws.addRow([
    'Mỗi dòng là số của một ngày; để trống nghĩa là chưa báo cáo, 0 là báo cáo không có số nào.',
  ]);
  ws.addRow(['Ngày', ...own, 'Ghi chú', 'Cập nhật lúc']).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 3 }];

  const start = day(...BIM_SON.start).getTime();
  const end = day(...(u.deadline ?? BIM_SON.deadline)).getTime();
  const days = Math.round((day(...BIM_SON.dataDate).getTime() - start) / DAY) + 1;
  const reported = days - (u.missedLastDay ? 1 : 0);
  const series = own.map((x, j) => spread(peakTotal(u, x), reported, k + 2 * j));
  // Sundays count: a few daily units say how they worked the first one.
  const noteAt = isDaily(u) && k % 3 === 1 ? 2 : -1;
  let since = 0;
  for (let t = start, i = 0; t <= end; t += DAY, i++) {
    const row = ws.addRow([new Date(t)]);
    row.getCell(1).numFmt = 'dd/mm/yyyy';
    if (i >= reported || !isDueDay(u, new Date(t))) continue;
    own.forEach((_, j) => {
      // A weekly or monthly row holds every day since the unit's previous report.
      row.getCell(2 + j).value = series[j].slice(since, i + 1).reduce((a, b) => a + b, 0);
    });
    since = i + 1;
    if (i === noteAt) row.getCell(2 + own.length).value = 'Chủ nhật: làm tại nhà văn hoá khu phố';
    // Entered the next morning, before the cut-off.
    const entered = new Date(t + DAY + (6 * 60 + 40 + ((i * 7 + k) % 45)) * 60_000);
    row.getCell(3 + own.length).value = entered;
    row.getCell(3 + own.length).numFmt = 'dd/mm/yyyy hh:mm';
  }
}

export async function buildBimSonSample(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tiến Độ';
  addSettings(book);
  addUnits(book);
  addPhases(book);
  BIM_SON_UNITS.forEach((u, k) => addUnitTab(book, u, k));
  mkdirSync(dirname(file), { recursive: true });
  await book.xlsx.writeFile(file);
}
