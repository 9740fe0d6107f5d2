// The Bỉm Sơn sample's content: the groups counted, the plan's targets, the town's units on
// three levels with invented populations, and the campaign's dates and phases. The names of the
// town, its six wards and its one commune are real (xã Hà Lan is part of phường Đông Sơn since
// before 2023, so it has no row); the teams' names are those of real khu phố or plain numbers,
// and every size and pace is made up.

/** The groups counted, in the order of the headers: each is an indicator of the campaign. */
export const BIM_SON_INDICATORS = [
  'Cán bộ, công chức',
  'Đoàn viên',
  'Hội viên',
  'Học sinh',
  'Công dân',
] as const;
export type BimSonIndicator = (typeof BIM_SON_INDICATORS)[number];

export type YMD = readonly [number, number, number];

export interface BimSonUnit {
  code: string;
  name: string;
  /** Ancestors, top first; written as `A > B` in `Cấp trên`. */
  path: string[];
  /** `Tab`, when the tab is not named after the unit. */
  tab?: string;
  email: string;
  /** Size of each group the unit reports on: the unit reports these indicators and no other. */
  population: Partial<Record<BimSonIndicator, number>>;
  /** Accounts of `Công dân` activated before the peak (`Đầu kỳ Công dân`). */
  openingCitizens?: number;
  /** `Tần suất`; blank is daily. */
  frequency?: string;
  /** `Hạn riêng`. */
  deadline?: YMD;
  /** How far ahead of the town's usual pace the unit is (1 = usual). */
  pace: number;
  /** Did not report the data date (daily units only). */
  missedLastDay?: boolean;
  /** Spellings of a target other than the town's usual ones (`TARGETS`). */
  targets?: Partial<Record<BimSonIndicator, string>>;
}

/** The plan's targets, as each unit's own `Chỉ tiêu <X>`. */
export const TARGETS: Record<BimSonIndicator, string> = {
  'Cán bộ, công chức': '100%',
  'Đoàn viên': '100%',
  'Hội viên': '> 50%',
  'Học sinh': 'Khuyến khích 100%',
  'Công dân': '50%',
};

/** Share of each group activated during the peak by the data date, at the usual pace. */
export const REACH: Record<BimSonIndicator, number> = {
  'Cán bộ, công chức': 0.86,
  'Đoàn viên': 0.74,
  'Hội viên': 0.44,
  'Học sinh': 0.55,
  'Công dân': 0.3,
};

/** A ward's groups, in the campaign's order. */
function bimSonWard(
  officials: number,
  youth: number,
  members: number,
  pupils: number,
  citizens: number,
): Partial<Record<BimSonIndicator, number>> {
  return {
    'Cán bộ, công chức': officials,
    'Đoàn viên': youth,
    'Hội viên': members,
    'Học sinh': pupils,
    'Công dân': citizens,
  };
}

const TOWN = 'Thị xã Bỉm Sơn';
const BA_DINH = 'Phường Ba Đình';
const DONG_SON = 'Phường Đông Sơn';

/**
 * A ward's own row covers the parts of the ward that no team below it reports, so a ward's
 * subtotal counts nobody twice.
 */
export const BIM_SON_UNITS: BimSonUnit[] = [
  {
    code: 'TX',
    name: TOWN,
    path: [],
    tab: 'Cơ quan thị xã',
    email: 'vanphong.bcd@bimson.example.vn',
    population: { 'Cán bộ, công chức': 412, 'Đoàn viên': 486, 'Hội viên': 1260, 'Học sinh': 2135 },
    frequency: 'Hằng tuần thứ Hai',
    pace: 1.05,
  },
  {
    code: 'BĐ',
    name: BA_DINH,
    path: [TOWN],
    email: 'ca.badinh@bimson.example.vn',
    population: bimSonWard(38, 562, 2640, 318, 6870),
    openingCitizens: 905,
    frequency: 'Hằng ngày',
    pace: 1.1,
  },
  {
    code: 'BĐ.KP3',
    name: 'Khu phố 3 (Ba Đình)',
    path: [TOWN, BA_DINH],
    email: 'kp3.badinh@bimson.example.vn',
    population: { 'Công dân': 1476 },
    openingCitizens: 198,
    pace: 1.15,
  },
  {
    code: 'BĐ.KP5',
    name: 'Khu phố 5 (Ba Đình)',
    path: [TOWN, BA_DINH],
    email: 'kp5.badinh@bimson.example.vn',
    population: { 'Hội viên': 404, 'Công dân': 1258 },
    openingCitizens: 151,
    frequency: 'Hằng tháng ngày 5',
    pace: 0.9,
  },
  {
    code: 'BS',
    name: 'Phường Bắc Sơn',
    path: [TOWN],
    email: 'ca.bacson@bimson.example.vn',
    population: bimSonWard(34, 497, 2315, 276, 6290),
    openingCitizens: 812,
    pace: 0.95,
    targets: { 'Hội viên': 'trên 50%' },
  },
  {
    code: 'ĐS',
    name: DONG_SON,
    path: [TOWN],
    email: 'ca.dongson@bimson.example.vn; ubnd.dongson@bimson.example.vn',
    population: bimSonWard(41, 618, 2980, 334, 7410),
    openingCitizens: 1024,
    pace: 1,
  },
  {
    code: 'ĐS.ĐT',
    name: 'Khu phố Đoài Thôn',
    path: [TOWN, DONG_SON],
    email: 'kp.doaithon@bimson.example.vn',
    population: { 'Công dân': 1147 },
    openingCitizens: 127,
    pace: 0.85,
    missedLastDay: true,
  },
  {
    code: 'ĐS.XN',
    name: 'Khu phố Xuân Nội',
    path: [TOWN, DONG_SON],
    email: 'kp.xuannoi@bimson.example.vn',
    population: { 'Công dân': 983 },
    openingCitizens: 116,
    pace: 1.05,
  },
  {
    code: 'LS',
    name: 'Phường Lam Sơn',
    path: [TOWN],
    email: 'ca.lamson@bimson.example.vn',
    population: bimSonWard(39, 655, 3120, 362, 8105),
    openingCitizens: 1210,
    deadline: [2023, 6, 30],
    pace: 1.12,
  },
  {
    code: 'NT',
    name: 'Phường Ngọc Trạo',
    path: [TOWN],
    email: 'ca.ngoctrao@bimson.example.vn',
    population: bimSonWard(33, 451, 2085, 241, 5915),
    openingCitizens: 688,
    pace: 0.97,
    targets: { 'Công dân': '≥ 50%' },
  },
  {
    code: 'PS',
    name: 'Phường Phú Sơn',
    path: [TOWN],
    email: 'ca.phuson@bimson.example.vn',
    population: bimSonWard(36, 529, 2460, 297, 6735),
    openingCitizens: 779,
    pace: 0.88,
    missedLastDay: true,
  },
  {
    code: 'QT',
    name: 'Xã Quang Trung',
    path: [TOWN],
    email: 'ca.quangtrung@bimson.example.vn',
    population: {
      'Cán bộ, công chức': 27,
      'Đoàn viên': 342,
      'Hội viên': 1730,
      'Công dân': 4580,
    },
    openingCitizens: 466,
    frequency: 'Hằng tuần thứ Hai',
    pace: 0.92,
  },
];

export const BIM_SON = {
  campaign: 'Cao điểm cấp tài khoản định danh điện tử — thị xã Bỉm Sơn',
  start: [2023, 3, 24] as YMD,
  deadline: [2023, 12, 31] as YMD,
  /** The last day with figures: a Friday in the peak. */
  dataDate: [2023, 4, 14] as YMD,
  phases: [
    { name: 'Cao điểm', from: [2023, 3, 24] as YMD, to: [2023, 4, 20] as YMD },
    { name: 'Duy trì', from: [2023, 4, 21] as YMD, to: [2023, 12, 31] as YMD },
  ],
  digestTo: 'bcd.dean06@bimson.example.vn; conganthixa@bimson.example.vn',
  admins: 'vanphong.bcd@bimson.example.vn',
};

/** The indicators a unit reports, in the campaign's order. */
export function bimSonIndicatorsOf(u: BimSonUnit): BimSonIndicator[] {
  return BIM_SON_INDICATORS.filter((x) => u.population[x] !== undefined);
}

/** Daily unless `Tần suất` says otherwise. */
export function isDaily(u: BimSonUnit): boolean {
  return !u.frequency || u.frequency === 'Hằng ngày';
}

/** Whether a unit's figures are due for a day: rows on its other days stay blank. */
export function isDueDay(u: BimSonUnit, date: Date): boolean {
  if (u.frequency === 'Hằng tuần thứ Hai') return date.getUTCDay() === 1;
  const monthly = /^Hằng tháng ngày (\d+)$/.exec(u.frequency ?? '');
  return monthly ? date.getUTCDate() === Number(monthly[1]) : true;
}
