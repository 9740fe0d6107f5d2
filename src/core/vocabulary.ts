// The workbook's vocabulary, in one place: every sheet name, header, setting label with its
// default and help text, the values the add-on writes into cells and reads back, and the codes
// of validation findings. Parsers, set-up, templates, output sheets and messages all read it.
import { shortDate } from './dates';

/**
 * What Google Sheets allows a spreadsheet: 10 million cells over all its sheets' grids, a new
 * sheet having 1,000 rows × 26 columns (Google Sheets help, "Files you can store in Google
 * Drive").
 */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;
export const NEW_SHEET_CELLS = 1000 * 26;

/** The sheets people fill and the sheets the add-on writes. */
export const SHEETS = {
  settings: 'Cấu hình',
  units: 'Đơn vị',
  summary: 'Tổng hợp',
  findings: 'Kiểm tra',
  mailLog: 'Nhật ký gửi thư',
  history: 'Lịch sử',
  phases: 'Giai đoạn',
  appendix: 'Phụ lục thống kê',
  monthly: 'Báo cáo tháng',
} as const;

/**
 * Sheet names no unit tab may take: the sheets people fill for the whole campaign and those
 * the add-on writes (including those of reports to come: the statistics appendix, the monthly
 * report, the phases), so no output ever lands on an officer's figures.
 */
export const RESERVED_SHEETS: readonly string[] = Object.values(SHEETS);

// ---- Cấu hình: label in column A, value in column B ----

export interface SettingWord {
  label: string;
  /** The value the template writes, which is also the default when the cell is blank. */
  template: string | number;
  help: string;
}

export const ENTRY_MODES = { daily: 'Số trong ngày', cumulative: 'Số lũy kế' } as const;
export const YES_NO = { yes: 'Có', no: 'Không' } as const;
export const ROUNDING = { up: 'Lên', nearest: 'Gần nhất' } as const;

/** The settings in the template's order. */
export const SETTING = {
  campaign: {
    label: 'Tên chiến dịch',
    template: '',
    help: 'Bắt buộc. Ví dụ: Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ.',
  },
  start: {
    label: 'Ngày bắt đầu',
    template: '',
    help: 'Bắt buộc. Ngày dạng dd/MM/yyyy, ví dụ 26/06/2023.',
  },
  deadline: {
    label: 'Hạn hoàn thành',
    template: '',
    help: 'Bắt buộc. Ngày cuối cùng phải hoàn thành chỉ tiêu, không trước ngày bắt đầu.',
  },
  cutoff: {
    label: 'Giờ chốt báo cáo',
    template: '07:30',
    help: 'Số của ngày D phải nhập trước giờ này của ngày tính kế tiếp (HH:mm).',
  },
  mode: {
    label: 'Cách nhập số liệu',
    template: ENTRY_MODES.daily,
    help: `"${ENTRY_MODES.daily}": mỗi hàng là số của riêng ngày đó. "${ENTRY_MODES.cumulative}": mỗi hàng là tổng đến hết ngày đó (đã gồm đầu kỳ).`,
  },
  saturday: {
    label: 'Tính thứ Bảy',
    template: YES_NO.yes,
    help: '"Không" nếu thứ Bảy không phải ngày làm việc của chiến dịch.',
  },
  sunday: {
    label: 'Tính Chủ nhật',
    template: YES_NO.yes,
    help: '"Không" nếu Chủ nhật không phải ngày làm việc của chiến dịch.',
  },
  holidays: {
    label: 'Ngày nghỉ',
    template: '',
    help: 'Các ngày không tính, cách nhau bằng dấu phẩy, ví dụ 01/09/2023, 02/09/2023.',
  },
  paceWindow: {
    label: 'Số ngày tính tốc độ',
    template: 7,
    help: 'Tốc độ = số tăng thêm trong chừng này ngày gần nhất chia cho số ngày.',
  },
  digestTo: {
    label: 'Email nhận tổng hợp',
    template: '',
    help: 'Địa chỉ nhận thư tổng hợp hằng ngày, cách nhau bằng dấu phẩy.',
  },
  sendAt: {
    label: 'Giờ gửi tổng hợp',
    template: '08:00',
    help: 'Giờ gửi thư tự động mỗi ngày (HH:mm), sau giờ chốt.',
  },
  rounding: {
    label: 'Làm tròn số cần đạt',
    template: ROUNDING.up,
    help: `"${ROUNDING.up}": số cần đạt mỗi ngày làm tròn lên, để đạt đủ chỉ tiêu đúng hạn. "${ROUNDING.nearest}": làm tròn đến số gần nhất (0,5 lên), như bảng thống kê của nhiều kế hoạch.`,
  },
  monthlyDay: {
    label: 'Ngày báo cáo tháng',
    template: 10,
    help: 'Ngày trong tháng (1–28) lập và gửi báo cáo tháng; để trống nếu không cần.',
  },
  admins: {
    label: 'Quản trị',
    template: '',
    help: 'Email những người (ngoài chủ bảng tính) được sửa trang Cấu hình, Đơn vị và các trang tiện ích ghi, và được chạy các lệnh ghi của menu Tiến Độ; cách nhau bằng dấu phẩy. Những người khác chỉ sửa được trang của đơn vị mình.',
  },
} as const satisfies Record<string, SettingWord>;

/** The header row of the `Cấu hình` template. */
export const SETTINGS_HEADER = ['Thiết lập', 'Giá trị', 'Giải thích'] as const;

// ---- Đơn vị: header in row 1, one unit per row ----

export const UNIT_COLUMN = {
  code: 'Mã',
  name: 'Đơn vị',
  parent: 'Cấp trên',
  tab: 'Tab',
  email: 'Email',
  groupSize: 'Đối tượng',
  deadline: 'Hạn riêng',
  reports: 'Chỉ số',
  frequency: 'Tần suất',
} as const;

/**
 * Headers `Chỉ tiêu <X>`, `Đầu kỳ <X>` and `Đối tượng <X>` name an indicator X's target, opening
 * balance and population (the last overriding `Đối tượng` for X).
 */
export const INDICATOR_PREFIX = {
  quota: 'Chỉ tiêu',
  opening: 'Đầu kỳ',
  population: 'Đối tượng',
} as const;

/** Words of a target: `Khuyến khích 100%` is encouraged, never setting a status. */
export const TARGET_WORDS = { encouraged: 'Khuyến khích' } as const;

/** `Cấp trên` as a path, top first: `Thị xã Bỉm Sơn > Phường Ba Đình`. */
export const PATH_SEPARATOR = '>';

/** `Tần suất`: `Hằng ngày`, `Hằng tuần <thứ Hai…Chủ nhật>`, `Hằng tháng ngày <1–28>`. */
export const FREQUENCY_WORDS = {
  daily: 'Hằng ngày',
  weekly: 'Hằng tuần',
  monthly: 'Hằng tháng ngày',
  /** Sunday first, as Date.getDay counts. */
  weekdays: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
} as const;

// ---- Giai đoạn: header in row 1, one phase per row ----

export const PHASE_COLUMN = { name: 'Giai đoạn', from: 'Từ ngày', to: 'Đến ngày' } as const;

/** The `Đơn vị` template: each header with the note that explains it. */
export const UNITS_TEMPLATE_COLUMNS: { header: string; note: string }[] = [
  { header: UNIT_COLUMN.code, note: 'Mã đơn vị (không bắt buộc), không trùng nhau.' },
  { header: UNIT_COLUMN.name, note: 'Tên đơn vị (bắt buộc), không trùng nhau.' },
  {
    header: UNIT_COLUMN.parent,
    note: 'Đơn vị cấp trên (không bắt buộc): các đơn vị cùng cấp trên được cộng thành một nhóm. Nhiều cấp thì ghi từ cấp cao nhất, cách nhau bằng dấu >, ví dụ: Thị xã Bỉm Sơn > Phường Ba Đình.',
  },
  {
    header: UNIT_COLUMN.tab,
    note: 'Tên trang nhập số liệu của đơn vị; để trống thì dùng tên đơn vị.',
  },
  {
    header: UNIT_COLUMN.email,
    note: 'Email cán bộ của đơn vị, cách nhau bằng dấu phẩy: nhận thư nhắc và được sửa trang của đơn vị.',
  },
  {
    header: 'Chỉ tiêu Thu nhận',
    note: 'Chỉ tiêu thu nhận hồ sơ được giao: số nguyên lớn hơn 0, hoặc tỷ lệ của số đối tượng: 100%, ≥ 50% (ít nhất), > 50% (hơn); thêm "Khuyến khích" phía trước nếu chỉ khuyến khích (không tính chậm tiến độ). Tỷ lệ cần cột Đối tượng.',
  },
  {
    header: 'Chỉ tiêu Kích hoạt',
    note: 'Chỉ tiêu kích hoạt tài khoản (không bắt buộc): số nguyên lớn hơn 0 hoặc tỷ lệ như 100%.',
  },
  { header: 'Đầu kỳ Thu nhận', note: 'Số hồ sơ đã thu nhận trước ngày bắt đầu (mặc định 0).' },
  {
    header: 'Đầu kỳ Kích hoạt',
    note: 'Số tài khoản đã kích hoạt trước ngày bắt đầu (mặc định 0).',
  },
  {
    header: UNIT_COLUMN.groupSize,
    note: 'Số người thuộc diện (không bắt buộc): cơ sở của chỉ tiêu theo tỷ lệ và của tỷ lệ bao phủ. Cột "Đối tượng <chỉ số>" (ví dụ Đối tượng Đoàn viên) dùng riêng cho một chỉ số.',
  },
  {
    header: UNIT_COLUMN.deadline,
    note: 'Hạn riêng của đơn vị (không bắt buộc), thay cho hạn chung.',
  },
  {
    header: UNIT_COLUMN.reports,
    note: 'Các chỉ số đơn vị báo cáo, cách nhau bằng dấu chấm phẩy (không bắt buộc; để trống là tất cả). Trang của đơn vị chỉ cần các cột này.',
  },
  {
    header: UNIT_COLUMN.frequency,
    note: 'Khi nào đơn vị báo cáo: Hằng ngày (mặc định), Hằng tuần thứ Hai (… Chủ nhật) hoặc Hằng tháng ngày 5 (1–28). Đơn vị chỉ bị nhắc vào kỳ báo cáo của mình.',
  },
];

/** The template's example rows, in the order of UNITS_TEMPLATE_COLUMNS. */
const example = (code: string, name: string, email: string, quota: number) => [
  code,
  name,
  'Huyện Ví Dụ',
  '',
  email,
  quota,
  '',
  0,
  0,
  '',
  '',
  '',
  FREQUENCY_WORDS.daily,
];
export const UNITS_TEMPLATE_EXAMPLES: (string | number)[][] = [
  example('VD1', 'Xã Ví Dụ Một', 'canbo.vidumot@example.vn', 1000),
  example('VD2', 'Xã Ví Dụ Hai', 'canbo.viduhai@example.vn', 800),
];
export const UNITS_TEMPLATE_EXAMPLE_NOTE = 'Hàng ví dụ: hãy thay bằng đơn vị thật của chiến dịch.';

// ---- unit tabs ----

export const TAB_COLUMN = { date: 'Ngày', note: 'Ghi chú', stamp: 'Cập nhật lúc' } as const;
/** The indicators of a campaign that names none: dossiers collected, accounts activated. */
export const DEFAULT_INDICATORS = ['Thu nhận', 'Kích hoạt'];
/** The pair whose difference is the backlog (collected, not yet activated). */
export const BACKLOG_PAIR = { collected: 'Thu nhận', activated: 'Kích hoạt' } as const;
/** A tab's header is the first row, among this many, with `Ngày` and an indicator. */
export const HEADER_SEARCH_ROWS = 10;
/** Help shown by the data validation of a figure cell, per entry mode. */
export const FIGURE_HELP = {
  daily:
    'Nhập số nguyên từ 0 trở lên (số của riêng ngày này). Không nhập chữ, số âm hay số thập phân.',
  cumulative:
    'Nhập số lũy kế đến hết ngày này (số nguyên từ 0 trở lên, không giảm so với ngày trước).',
} as const;

// ---- what the add-on writes ----

/**
 * How the description of every protection the add-on makes begins: set-up finds its own by it
 * (and a unit tab's whatever unit it was made for), never stacking a second.
 */
export const PROTECTION_MARK = 'Tiến Độ:';

export const STATUS_LABELS = {
  done: 'Hoàn thành',
  'on-track': 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  overdue: 'Quá hạn',
} as const;

/** Column headers and fixed cell values of `Tổng hợp` and `Lịch sử`. */
export const SUMMARY_COLUMN = {
  stt: 'STT',
  unit: 'Đơn vị',
  quota: 'Chỉ tiêu',
  cumulative: 'Lũy kế',
  percent: 'Tỷ lệ',
  bar: 'Tiến độ',
  remaining: 'Còn lại',
  required: 'Cần đạt/ngày',
  pace: (window: number) => `TB ${window} ngày`,
  mean: 'TB từ đầu',
  projected: 'Dự kiến xong',
  pending: 'Chưa kích hoạt',
  pendingPerDay: 'Cần kích hoạt/ngày',
  target: 'Mức giao',
  countTarget: 'Số',
  population: 'Đối tượng',
  coverage: 'Bao phủ',
  reporting: (date: string) => `Báo cáo ngày ${date}`,
  status: 'Trạng thái',
  reported: 'Đã báo cáo',
  late: 'Báo cáo trễ',
  missingPrefix: 'Chưa báo cáo',
  /** Since the first day (yyyy-MM-dd) of the current streak: "Chưa báo cáo từ 13/07". */
  missing: (since: string) => `Chưa báo cáo từ ${shortDate(since)}`,
  unread: `Không đọc được trang (xem "${SHEETS.findings}")`,
  subtotal: (parent: string) => `Cộng ${parent}`,
  total: 'Tổng số',
  historyDate: 'Ngày số liệu',
  historyCumulative: (indicator: string) => `Lũy kế ${indicator}`,
  historyPlan: (indicator: string) => `Kế hoạch ${indicator}`,
  historyStamp: 'Cập nhật lúc',
} as const;

/** `Kiểm tra`: its header and the severity words. */
export const FINDINGS_COLUMN = {
  header: ['Mức độ', 'Trang', 'Ô', 'Mã lỗi', 'Loại lỗi', 'Nội dung và cách sửa'],
  error: 'Lỗi',
  warning: 'Cảnh báo',
} as const;

/** The messages the add-on sends: digest, reminder, and the monthly and final reports. */
export type MailKind = 'digest' | 'reminder' | 'monthly' | 'final';

/** How each outcome in `Nhật ký gửi thư` begins: the log is read back by these words. */
const OUTCOME = {
  pending: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Lỗi',
  skipped: 'Bỏ qua',
} as const;

/** `Nhật ký gửi thư`: its header, the kinds of message and the outcomes, read back each run. */
export const MAIL_LOG_COLUMN = {
  // `Chữ ký` came last, so tools that read the first seven columns by position still read them.
  header: [
    'Thời gian',
    'Loại',
    'Ngày số liệu',
    'Đơn vị',
    'Người nhận',
    'Tiêu đề',
    'Kết quả',
    'Chữ ký',
  ],
  kinds: {
    digest: 'Tổng hợp',
    reminder: 'Nhắc báo cáo',
    monthly: 'Báo cáo tháng',
    final: 'Báo cáo kết thúc',
  } as Record<MailKind, string>,
  outcomes: OUTCOME,
  /** Due and waiting its turn. */
  pending: OUTCOME.pending,
  pendingQuota: `${OUTCOME.pending} — hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau`,
  pendingLater: `${OUTCOME.pending} — sẽ gửi tiếp ở lượt chạy sau ít phút`,
  /** Written just before sending; replaced once the send returns. */
  sending: `${OUTCOME.sending} — chưa xác nhận đã gửi`,
  sent: OUTCOME.sent,
  resent: `${OUTCOME.sent} lại`,
  failed: (detail: string) => `${OUTCOME.failed}: ${detail}`,
  skipped: (date: string) => `${OUTCOME.skipped} — đã có thư cho ngày ${date}`,
  notDue: `${OUTCOME.skipped} — không còn cần gửi`,
  overQuota: `${OUTCOME.skipped} — quá số người nhận tài khoản được gửi trong cả một ngày`,
} as const;

// ---- the command line ----

/** The commands of the command line, which are also what the scheduled job and the menu run. */
export const COMMANDS = ['run', 'validate', 'summarize', 'notify'] as const;
export type CommandName = (typeof COMMANDS)[number];

// ---- findings ----

/** Every validation finding code, as result.json and `Kiểm tra` show them. */
export const FINDING_CODES = [
  'not-a-number',
  'negative',
  'not-integer',
  'error-value',
  'outlier',
  'date-invalid',
  'date-outside',
  'date-duplicate',
  'future-entry',
  'cumulative-decrease',
  'activated-exceeds-collected',
  'missing-tab',
  'header-missing',
  'missing-column',
  'unit-duplicate',
  'unit-name-missing',
  'quota-invalid',
  'opening-invalid',
  'email-invalid',
  'setting-missing',
  'setting-invalid',
  'implausible',
  'column-duplicate',
  'name-reserved',
  'merged-cells',
  'population-missing',
  'phase-invalid',
  'frequency-invalid',
  'admin-invalid',
  'mail-log-unsigned',
  'digest-over-quota',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
