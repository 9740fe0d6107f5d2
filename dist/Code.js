"use strict";
var TienDo = ((Array, ArrayBuffer, Date, Float64Array, Int32Array, Map, Math, Number, Object, Set, Uint32Array) => {
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// src/core/a1.ts
function columnLetter(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function a1(col0, row) {
  return `${columnLetter(col0 + 1)}${row}`;
}
function cellPosition(cell) {
  const m = /^([A-Z]+)(\d+)$/.exec(cell != null ? cell : "");
  return m ? [Number(m[2]), columnNumber(m[1])] : [0, 0];
}
function rangePosition(range2) {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range2.replace(/\$/g, ""));
  if (!m) return null;
  const [row, col] = [Number(m[2]), columnNumber(m[1])];
  return m[3] ? { row, col, lastRow: Number(m[4]), lastCol: columnNumber(m[3]) } : { row, col, lastRow: row, lastCol: col };
}

// src/core/memo.ts
function memoize(fn, limit) {
  const cache = /* @__PURE__ */ new Map();
  return (text2) => {
    if (cache.has(text2)) return cache.get(text2);
    const value = fn(text2);
    if (cache.size >= limit) cache.clear();
    cache.set(text2, value);
    return value;
  };
}

// src/core/values.ts
function isSheetDate(v) {
  return typeof v === "object" && v !== null && v.kind === "date";
}
function isBlank(v) {
  return v === null || v === void 0 || typeof v === "string" && v.trim() === "";
}
var ERROR_VALUES = [
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#ERROR!"
];
function isErrorValue(v) {
  return typeof v === "string" && ERROR_VALUES.includes(v.trim());
}
function readNumber(v) {
  if (typeof v === "number")
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: "error" };
  if (typeof v === "boolean") return { ok: false, reason: "boolean" };
  if (isSheetDate(v)) return { ok: false, reason: "date" };
  if (isErrorValue(v)) return { ok: false, reason: "error" };
  const s = String(v != null ? v : "").normalize("NFKC").replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "");
  const sign = s.startsWith("-") ? -1 : 1;
  const body = s.replace(/^[+-]/, "");
  if (/^\d+$/.test(body)) return { ok: true, value: sign * Number(body) };
  if (/^\d{1,3}(\.\d{3})+$/.test(body))
    return { ok: true, value: sign * Number(body.replace(/\./g, "")) };
  if (/^\d{1,3}(\.\d{3})*,\d+$/.test(body)) {
    if (/^\d{1,3},\d{3}$/.test(body)) return { ok: false, reason: "ambiguous" };
    return { ok: true, value: sign * Number(body.replace(/\./g, "").replace(",", ".")) };
  }
  if (/^\d+,\d+$/.test(body) && !/^\d+,\d{3}$/.test(body))
    return { ok: true, value: sign * Number(body.replace(",", ".")) };
  if (/^\d+\.\d+$/.test(body) && !/^\d{1,3}\.\d{3}$/.test(body))
    return { ok: true, value: sign * Number(body) };
  if (/^\d+,\d{3}$/.test(body)) return { ok: false, reason: "ambiguous" };
  return { ok: false, reason: "text" };
}
function readWhole(v, min) {
  const n = readNumber(v);
  return n.ok && Number.isInteger(n.value) && n.value >= min ? n.value : null;
}
function byName() {
  return /* @__PURE__ */ Object.create(null);
}

// src/core/dates.ts
var DAY_MS = 864e5;
var MINUTES_PER_DAY = 1440;
var dayNumber = memoize((date2) => {
  const [y, m, d] = date2.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}, 2e4);
var dayTexts = /* @__PURE__ */ new Map();
function fromDayNumber(n) {
  let text2 = dayTexts.get(n);
  if (text2 === void 0) {
    if (dayTexts.size >= 2e4) dayTexts.clear();
    dayTexts.set(n, text2 = new Date(n * DAY_MS).toISOString().slice(0, 10));
  }
  return text2;
}
function formatVnDate(date2) {
  const [y, m, d] = date2.split("-");
  return `${d}/${m}/${y}`;
}
var WEEKDAYS = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
function formatVnWeekday(date2) {
  const w = ((dayNumber(date2) + 4) % 7 + 7) % 7;
  return `${WEEKDAYS[w]} ${formatVnDate(date2)}`;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function valid(y, m, d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1])) return null;
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
function parseDateText(s) {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return valid(+m[3], +m[2], +m[1]);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  return null;
}
var parsed = memoize(parseDateText, 2e4);
function readDate(v) {
  if (isSheetDate(v)) return v.date;
  if (typeof v !== "string") return null;
  return parsed(v.trim());
}
function readDay(v) {
  if (isSheetDate(v)) return v.day;
  const date2 = readDate(v);
  return date2 === null ? null : dayNumber(date2);
}
var SERIAL_EPOCH = 25569;
var SERIAL_MIN = 36526;
var SERIAL_MAX = 73050;
function cellDay(v) {
  if (typeof v === "number")
    return v >= SERIAL_MIN && v < SERIAL_MAX + 1 ? Math.floor(v) - SERIAL_EPOCH : null;
  return readDay(v);
}
function cellMinutes(v) {
  if (isSheetDate(v)) return v.day * MINUTES_PER_DAY + v.minutes;
  if (typeof v === "number" && v >= SERIAL_MIN && v < SERIAL_MAX + 1)
    return Math.floor((v - SERIAL_EPOCH) * MINUTES_PER_DAY + 1e-6);
  return NaN;
}
function readTime(v) {
  if (isSheetDate(v)) return v.minutes;
  if (typeof v !== "string") return null;
  const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})$/.exec(v.trim());
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return +m[1] * 60 + +m[2];
}
function formatTime(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
function shortDate(date2) {
  const [, m, d] = date2.split("-");
  return `${d}/${m}`;
}

// src/core/vocabulary.ts
var SPREADSHEET_CELL_LIMIT = 1e7;
var NEW_SHEET_CELLS = 1e3 * 26;
var SHEETS = {
  settings: "Cấu hình",
  units: "Đơn vị",
  summary: "Tổng hợp",
  findings: "Kiểm tra",
  mailLog: "Nhật ký gửi thư",
  history: "Lịch sử",
  phases: "Giai đoạn",
  appendix: "Phụ lục thống kê",
  monthly: "Báo cáo tháng"
};
var RESERVED_SHEETS = Object.values(SHEETS);
var ENTRY_MODES = { daily: "Số trong ngày", cumulative: "Số lũy kế" };
var YES_NO = { yes: "Có", no: "Không" };
var ROUNDING = { up: "Lên", nearest: "Gần nhất" };
var SETTING = {
  campaign: {
    label: "Tên chiến dịch",
    template: "",
    help: "Bắt buộc. Ví dụ: Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ."
  },
  start: {
    label: "Ngày bắt đầu",
    template: "",
    help: "Bắt buộc. Ngày dạng dd/MM/yyyy, ví dụ 26/06/2023."
  },
  deadline: {
    label: "Hạn hoàn thành",
    template: "",
    help: "Bắt buộc. Ngày cuối cùng phải hoàn thành chỉ tiêu, không trước ngày bắt đầu."
  },
  cutoff: {
    label: "Giờ chốt báo cáo",
    template: "07:30",
    help: "Số của ngày D phải nhập trước giờ này của ngày tính kế tiếp (HH:mm)."
  },
  mode: {
    label: "Cách nhập số liệu",
    template: ENTRY_MODES.daily,
    help: `"${ENTRY_MODES.daily}": mỗi hàng là số của riêng ngày đó. "${ENTRY_MODES.cumulative}": mỗi hàng là tổng đến hết ngày đó (đã gồm đầu kỳ).`
  },
  saturday: {
    label: "Tính thứ Bảy",
    template: YES_NO.yes,
    help: '"Không" nếu thứ Bảy không phải ngày làm việc của chiến dịch.'
  },
  sunday: {
    label: "Tính Chủ nhật",
    template: YES_NO.yes,
    help: '"Không" nếu Chủ nhật không phải ngày làm việc của chiến dịch.'
  },
  holidays: {
    label: "Ngày nghỉ",
    template: "",
    help: "Các ngày không tính, cách nhau bằng dấu phẩy, ví dụ 01/09/2023, 02/09/2023."
  },
  paceWindow: {
    label: "Số ngày tính tốc độ",
    template: 7,
    help: "Tốc độ = số tăng thêm trong chừng này ngày gần nhất chia cho số ngày."
  },
  digestTo: {
    label: "Email nhận tổng hợp",
    template: "",
    help: "Địa chỉ nhận thư tổng hợp hằng ngày, cách nhau bằng dấu phẩy."
  },
  sendAt: {
    label: "Giờ gửi tổng hợp",
    template: "08:00",
    help: "Giờ gửi thư tự động mỗi ngày (HH:mm), sau giờ chốt."
  },
  rounding: {
    label: "Làm tròn số cần đạt",
    template: ROUNDING.up,
    help: `"${ROUNDING.up}": số cần đạt mỗi ngày làm tròn lên, để đạt đủ chỉ tiêu đúng hạn. "${ROUNDING.nearest}": làm tròn đến số gần nhất (0,5 lên), như bảng thống kê của nhiều kế hoạch.`
  },
  monthlyDay: {
    label: "Ngày báo cáo tháng",
    template: 10,
    help: "Ngày trong tháng (1–28) lập và gửi báo cáo tháng; để trống nếu không cần."
  },
  admins: {
    label: "Quản trị",
    template: "",
    help: "Email những người (ngoài chủ bảng tính) được sửa trang Cấu hình, Đơn vị và các trang tiện ích ghi, và được chạy các lệnh ghi của menu Tiến Độ; cách nhau bằng dấu phẩy. Những người khác chỉ sửa được trang của đơn vị mình."
  }
};
var SETTINGS_HEADER = ["Thiết lập", "Giá trị", "Giải thích"];
var UNIT_COLUMN = {
  code: "Mã",
  name: "Đơn vị",
  parent: "Cấp trên",
  tab: "Tab",
  email: "Email",
  groupSize: "Đối tượng",
  deadline: "Hạn riêng",
  reports: "Chỉ số",
  frequency: "Tần suất"
};
var INDICATOR_PREFIX = {
  quota: "Chỉ tiêu",
  opening: "Đầu kỳ",
  population: "Đối tượng"
};
var TARGET_WORDS = { encouraged: "Khuyến khích" };
var PATH_SEPARATOR = ">";
var FREQUENCY_WORDS = {
  daily: "Hằng ngày",
  weekly: "Hằng tuần",
  monthly: "Hằng tháng ngày",
  /** Sunday first, as Date.getDay counts. */
  weekdays: ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"]
};
var PHASE_COLUMN = { name: "Giai đoạn", from: "Từ ngày", to: "Đến ngày" };
var UNITS_TEMPLATE_COLUMNS = [
  { header: UNIT_COLUMN.code, note: "Mã đơn vị (không bắt buộc), không trùng nhau." },
  { header: UNIT_COLUMN.name, note: "Tên đơn vị (bắt buộc), không trùng nhau." },
  {
    header: UNIT_COLUMN.parent,
    note: "Đơn vị cấp trên (không bắt buộc): các đơn vị cùng cấp trên được cộng thành một nhóm. Nhiều cấp thì ghi từ cấp cao nhất, cách nhau bằng dấu >, ví dụ: Thị xã Bỉm Sơn > Phường Ba Đình."
  },
  {
    header: UNIT_COLUMN.tab,
    note: "Tên trang nhập số liệu của đơn vị; để trống thì dùng tên đơn vị."
  },
  {
    header: UNIT_COLUMN.email,
    note: "Email cán bộ của đơn vị, cách nhau bằng dấu phẩy: nhận thư nhắc và được sửa trang của đơn vị."
  },
  {
    header: "Chỉ tiêu Thu nhận",
    note: 'Chỉ tiêu thu nhận hồ sơ được giao: số nguyên lớn hơn 0, hoặc tỷ lệ của số đối tượng: 100%, ≥ 50% (ít nhất), > 50% (hơn); thêm "Khuyến khích" phía trước nếu chỉ khuyến khích (không tính chậm tiến độ). Tỷ lệ cần cột Đối tượng.'
  },
  {
    header: "Chỉ tiêu Kích hoạt",
    note: "Chỉ tiêu kích hoạt tài khoản (không bắt buộc): số nguyên lớn hơn 0 hoặc tỷ lệ như 100%."
  },
  { header: "Đầu kỳ Thu nhận", note: "Số hồ sơ đã thu nhận trước ngày bắt đầu (mặc định 0)." },
  {
    header: "Đầu kỳ Kích hoạt",
    note: "Số tài khoản đã kích hoạt trước ngày bắt đầu (mặc định 0)."
  },
  {
    header: UNIT_COLUMN.groupSize,
    note: 'Số người thuộc diện (không bắt buộc): cơ sở của chỉ tiêu theo tỷ lệ và của tỷ lệ bao phủ. Cột "Đối tượng <chỉ số>" (ví dụ Đối tượng Đoàn viên) dùng riêng cho một chỉ số.'
  },
  {
    header: UNIT_COLUMN.deadline,
    note: "Hạn riêng của đơn vị (không bắt buộc), thay cho hạn chung."
  },
  {
    header: UNIT_COLUMN.reports,
    note: "Các chỉ số đơn vị báo cáo, cách nhau bằng dấu chấm phẩy (không bắt buộc; để trống là tất cả). Trang của đơn vị chỉ cần các cột này."
  },
  {
    header: UNIT_COLUMN.frequency,
    note: "Khi nào đơn vị báo cáo: Hằng ngày (mặc định), Hằng tuần thứ Hai (… Chủ nhật) hoặc Hằng tháng ngày 5 (1–28). Đơn vị chỉ bị nhắc vào kỳ báo cáo của mình."
  }
];
var example = (code, name, email, quota) => [
  code,
  name,
  "Huyện Ví Dụ",
  "",
  email,
  quota,
  "",
  0,
  0,
  "",
  "",
  "",
  FREQUENCY_WORDS.daily
];
var UNITS_TEMPLATE_EXAMPLES = [
  example("VD1", "Xã Ví Dụ Một", "canbo.vidumot@example.vn", 1e3),
  example("VD2", "Xã Ví Dụ Hai", "canbo.viduhai@example.vn", 800)
];
var UNITS_TEMPLATE_EXAMPLE_NOTE = "Hàng ví dụ: hãy thay bằng đơn vị thật của chiến dịch.";
var TAB_COLUMN = { date: "Ngày", note: "Ghi chú", stamp: "Cập nhật lúc" };
var DEFAULT_INDICATORS = ["Thu nhận", "Kích hoạt"];
var BACKLOG_PAIR = { collected: "Thu nhận", activated: "Kích hoạt" };
var HEADER_SEARCH_ROWS = 10;
var FIGURE_HELP = {
  daily: "Nhập số nguyên từ 0 trở lên (số của riêng ngày này). Không nhập chữ, số âm hay số thập phân.",
  cumulative: "Nhập số lũy kế đến hết ngày này (số nguyên từ 0 trở lên, không giảm so với ngày trước)."
};
var PROTECTION_MARK = "Tiến Độ:";
var STATUS_LABELS = {
  done: "Hoàn thành",
  "on-track": "Đúng tiến độ",
  behind: "Chậm tiến độ",
  overdue: "Quá hạn"
};
var SUMMARY_COLUMN = {
  stt: "STT",
  unit: "Đơn vị",
  quota: "Chỉ tiêu",
  cumulative: "Lũy kế",
  percent: "Tỷ lệ",
  bar: "Tiến độ",
  remaining: "Còn lại",
  required: "Cần đạt/ngày",
  pace: (window) => `TB ${window} ngày`,
  mean: "TB từ đầu",
  projected: "Dự kiến xong",
  pending: "Chưa kích hoạt",
  pendingPerDay: "Cần kích hoạt/ngày",
  target: "Mức giao",
  countTarget: "Số",
  population: "Đối tượng",
  coverage: "Bao phủ",
  reporting: (date2) => `Báo cáo ngày ${date2}`,
  status: "Trạng thái",
  reported: "Đã báo cáo",
  late: "Báo cáo trễ",
  missingPrefix: "Chưa báo cáo",
  /** Since the first day (yyyy-MM-dd) of the current streak: "Chưa báo cáo từ 13/07". */
  missing: (since) => `Chưa báo cáo từ ${shortDate(since)}`,
  unread: `Không đọc được trang (xem "${SHEETS.findings}")`,
  subtotal: (parent) => `Cộng ${parent}`,
  total: "Tổng số",
  historyDate: "Ngày số liệu",
  historyCumulative: (indicator) => `Lũy kế ${indicator}`,
  historyPlan: (indicator) => `Kế hoạch ${indicator}`,
  historyStamp: "Cập nhật lúc"
};
var FINDINGS_COLUMN = {
  header: ["Mức độ", "Trang", "Ô", "Mã lỗi", "Loại lỗi", "Nội dung và cách sửa"],
  error: "Lỗi",
  warning: "Cảnh báo"
};
var OUTCOME = {
  pending: "Chờ gửi",
  sending: "Đang gửi",
  sent: "Đã gửi",
  failed: "Lỗi",
  skipped: "Bỏ qua"
};
var MAIL_LOG_COLUMN = {
  // `Chữ ký` came last, so tools that read the first seven columns by position still read them.
  header: [
    "Thời gian",
    "Loại",
    "Ngày số liệu",
    "Đơn vị",
    "Người nhận",
    "Tiêu đề",
    "Kết quả",
    "Chữ ký"
  ],
  kinds: {
    digest: "Tổng hợp",
    reminder: "Nhắc báo cáo",
    monthly: "Báo cáo tháng",
    final: "Báo cáo kết thúc"
  },
  outcomes: OUTCOME,
  /** Due and waiting its turn. */
  pending: OUTCOME.pending,
  pendingQuota: `${OUTCOME.pending} — hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau`,
  pendingLater: `${OUTCOME.pending} — sẽ gửi tiếp ở lượt chạy sau ít phút`,
  /** Written just before sending; replaced once the send returns. */
  sending: `${OUTCOME.sending} — chưa xác nhận đã gửi`,
  sent: OUTCOME.sent,
  resent: `${OUTCOME.sent} lại`,
  failed: (detail) => `${OUTCOME.failed}: ${detail}`,
  skipped: (date2) => `${OUTCOME.skipped} — đã có thư cho ngày ${date2}`,
  notDue: `${OUTCOME.skipped} — không còn cần gửi`,
  overQuota: `${OUTCOME.skipped} — quá số người nhận tài khoản được gửi trong cả một ngày`
};

// src/core/messages.ts
var MENU = {
  title: "Tiến Độ",
  campaignInfo: "Thông tin chiến dịch",
  validate: "Kiểm tra số liệu",
  summarize: "Tổng hợp tiến độ",
  summarizeUpTo: "Tổng hợp đến ngày…",
  preview: "Xem trước thư sẽ gửi",
  send: "Gửi thư ngay",
  template: "Tạo mẫu bảng tính",
  tabs: "Tạo/cập nhật trang đơn vị"
};
var MSG = {
  sheetMissing: (sheet) => `Không tìm thấy trang tính "${sheet}". Hãy tạo trang "${sheet}" (đúng tên, có dấu) rồi chạy lại.`,
  unitsHeaderMissing: (sheet, label) => `Trang "${sheet}": hàng 1 thiếu cột "${label}". Hãy đặt tiêu đề "${label}" cho cột tên đơn vị.`,
  campaignInfoTitle: "Thông tin chiến dịch",
  campaignInfo: (campaign, units, names2) => `Chiến dịch: ${campaign || "(chưa đặt tên)"}
Số đơn vị: ${units}
${names2}`,
  cannotUse: "Không dùng được bảng tính này",
  unexpected: (detail) => `Đã xảy ra lỗi ngoài dự kiến: ${detail}`,
  leadersOnlyTitle: "Chưa có quyền",
  leadersOnly: (action, owner, me) => `Chỉ chủ bảng tính${owner ? ` (${owner})` : ""} và những người có tên ở mục "${SETTING.admins.label}" trong trang "${SHEETS.settings}" được dùng "${action}": lệnh này ghi vào các trang đã khóa. Tài khoản ${me || "của bạn"} chưa có tên ở đó; nếu cần, hãy nhờ chủ bảng tính thêm vào. Ai cũng dùng được "${MENU.preview}" và "${MENU.campaignInfo}".`,
  /** Where a finding is, for a message that quotes it. */
  at: (sheet, cell) => cell ? `trang "${sheet}", ô ${cell}` : `trang "${sheet}"`
};
var datesProblem = (problem) => problem != null ? problem : `"${SETTING.start.label}" và "${SETTING.deadline.label}" trong trang "${SHEETS.settings}" phải là ngày hợp lệ. Hãy chạy "${MENU.validate}" để xem chi tiết.`;
var FIX = {
  settingMissing: (label) => `Thiếu thiết lập "${label}": ghi nhãn "${label}" ở cột A của trang "${SHEETS.settings}" và giá trị ở cột B.`,
  settingEmpty: (label) => `Thiết lập "${label}" đang để trống: hãy nhập giá trị ở ô này.`,
  settingDate: (label) => `"${label}" phải là một ngày dạng dd/MM/yyyy (ví dụ 26/06/2023).`,
  deadlineBeforeStart: "Hạn hoàn thành đang trước ngày bắt đầu: hãy sửa một trong hai ngày.",
  settingTime: (label) => `"${label}" phải là giờ dạng HH:mm (ví dụ 07:30).`,
  settingMode: `${SETTING.mode.label} chỉ nhận "${ENTRY_MODES.daily}" hoặc "${ENTRY_MODES.cumulative}".`,
  settingYesNo: (label) => `"${label}" chỉ nhận "${YES_NO.yes}" hoặc "${YES_NO.no}".`,
  settingHoliday: (text2) => `Ngày nghỉ "${text2}" không phải ngày dạng dd/MM/yyyy; các ngày cách nhau bằng dấu phẩy, chấm phẩy hoặc xuống dòng.`,
  settingWindow: "Số ngày tính tốc độ phải là số nguyên từ 1 trở lên (mặc định 7).",
  settingRounding: `Làm tròn số cần đạt chỉ nhận "Lên" hoặc "Gần nhất".`,
  settingMonthlyDay: "Ngày báo cáo tháng phải là số nguyên từ 1 đến 28 (mặc định 10), hoặc để trống nếu không cần báo cáo tháng.",
  sendTooEarly: (cutoff, earliest) => `Giờ gửi tổng hợp phải muộn hơn giờ chốt báo cáo (${cutoff}) ít nhất 20 phút, tức là từ ${earliest} trở đi: lịch tự động có thể chạy sớm hoặc muộn tới 15 phút, và thư phải gửi sau khi mọi đơn vị đã hết giờ nhập.`,
  emailInvalid: (text2) => `"${text2}" không phải địa chỉ email hợp lệ; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.`,
  adminInvalid: (text2) => `"${text2}" không phải địa chỉ email hợp lệ nên không được quyền quản trị; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.`,
  unitNameMissing: (row) => `Hàng ${row} có số liệu nhưng chưa có tên đơn vị: hãy nhập tên ở cột "${UNIT_COLUMN.name}" hoặc xóa hàng.`,
  unitDuplicate: (name, firstRow) => `Đơn vị "${name}" đã có ở hàng ${firstRow}: mỗi đơn vị chỉ ghi một lần.`,
  codeDuplicate: (code, firstRow) => `Mã "${code}" đã dùng ở hàng ${firstRow}: mỗi đơn vị cần một mã riêng.`,
  tabDuplicate: (tab, firstRow) => `Trang "${tab}" đã được giao cho đơn vị ở hàng ${firstRow}: mỗi đơn vị cần một trang riêng.`,
  quotaInvalid: (header) => `"${header}" phải là số nguyên lớn hơn 0, hoặc tỷ lệ của số đối tượng như 100%, ≥ 50%, > 50% (có thể thêm "Khuyến khích" phía trước); để trống nếu không giao chỉ tiêu.`,
  groupInvalid: `${UNIT_COLUMN.groupSize} phải là số nguyên lớn hơn 0 (để trống nếu không dùng).`,
  populationInvalid: (header) => `"${header}" phải là số nguyên lớn hơn 0 (để trống nếu không dùng).`,
  populationMissing: (header, indicator) => `"${header}" là tỷ lệ nhưng đơn vị chưa có số đối tượng: hãy điền cột "${UNIT_COLUMN.groupSize} ${indicator}" hoặc "${UNIT_COLUMN.groupSize}". Chưa có số đối tượng thì chưa tính được chỉ tiêu.`,
  phaseHeader: `Trang "${SHEETS.phases}" cần hàng 1 có các cột "${PHASE_COLUMN.name}", "${PHASE_COLUMN.from}", "${PHASE_COLUMN.to}" (và nếu cần, "Chỉ tiêu <chỉ số>").`,
  phaseName: (row) => `Hàng ${row} có số liệu nhưng chưa có tên giai đoạn.`,
  phaseDate: (phase, label) => `Giai đoạn "${phase}": "${label}" phải là ngày dạng dd/MM/yyyy. Giai đoạn này chưa được dùng.`,
  phaseOrder: (phase) => `Giai đoạn "${phase}": "${PHASE_COLUMN.to}" đang trước "${PHASE_COLUMN.from}". Giai đoạn này chưa được dùng.`,
  phaseOutside: (phase, start, deadline) => `Giai đoạn "${phase}" phải nằm trong thời gian chiến dịch (${start} – ${deadline}). Giai đoạn này chưa được dùng.`,
  phaseOverlap: (phase, other, row) => `Giai đoạn "${phase}" trùng thời gian với giai đoạn "${other}" (hàng ${row}). Giai đoạn này chưa được dùng.`,
  phaseTarget: (header, phase) => `Giai đoạn "${phase}": "${header}" phải là tỷ lệ như 100%, ≥ 50%, > 50% hoặc "Khuyến khích 100%" (để trống thì mỗi đơn vị dùng chỉ tiêu riêng).`,
  frequencyInvalid: `${UNIT_COLUMN.frequency} chỉ nhận "Hằng ngày", "Hằng tuần thứ Hai" (… "Chủ nhật") hoặc "Hằng tháng ngày 5" (ngày 1–28); đơn vị được coi là báo cáo hằng ngày cho đến khi sửa.`,
  openingInvalid: (header) => `"${header}" phải là số nguyên từ 0 trở lên (để trống nghĩa là 0).`,
  unitDeadlineInvalid: `${UNIT_COLUMN.deadline} phải là ngày dạng dd/MM/yyyy, không trước ngày bắt đầu chiến dịch (để trống thì dùng hạn chung).`,
  missingTab: (unit, tab) => `Không có trang "${tab}" cho đơn vị "${unit}": hãy chạy "${MENU.tabs}" hoặc sửa cột "Tab".`,
  nameReserved: (unit, tab) => `Đơn vị "${unit}" dùng trang "${tab}", trùng tên một trang của Tiến Độ: trang này không được đọc như trang số liệu, và Tiến Độ không ghi gì vào đó cho đến khi sửa. Hãy đặt tên trang khác ở cột "${UNIT_COLUMN.tab}" (và đổi tên trang số liệu cho khớp).`,
  tabAmbiguous: (tab, titles, exact) => exact ? `Có nhiều trang cùng tên với trang "${tab}" của đơn vị (${titles}): Tiến Độ đọc trang đúng tên "${tab}". Hãy đổi tên hoặc xóa trang thừa để khỏi nhầm.` : `Có nhiều trang cùng tên với trang "${tab}" của đơn vị (${titles}) nhưng không trang nào đúng tên: Tiến Độ không đọc trang nào. Hãy đổi tên để chỉ còn một trang, hoặc sửa cột "${UNIT_COLUMN.tab}".`,
  headerMissing: (tab) => `Trang "${tab}" không có hàng tiêu đề trong ${HEADER_SEARCH_ROWS} hàng đầu (cần ô "${TAB_COLUMN.date}" và ít nhất một cột số liệu như "${DEFAULT_INDICATORS[0]}"): hãy khôi phục hàng tiêu đề.`,
  missingColumn: (tab, indicator, row) => `Trang "${tab}" thiếu cột "${indicator}" ở hàng tiêu đề (hàng ${row}): hãy thêm cột hoặc chạy "${MENU.tabs}".`,
  dateInvalid: (text2) => `"${text2}" không phải ngày hợp lệ: hãy nhập ngày dạng dd/MM/yyyy.`,
  dateBlank: "Hàng có số liệu nhưng thiếu ngày: hãy nhập ngày dạng dd/MM/yyyy.",
  dateOutside: (date2, start, end) => `Ngày ${date2} nằm ngoài thời gian chiến dịch (${start} – ${end}): số liệu hàng này không được tính; hãy kiểm tra lại ngày.`,
  dateDuplicate: (date2, firstRow) => `Ngày ${date2} đã có ở hàng ${firstRow}: số liệu hàng này không được tính; hãy gộp vào một hàng và xóa hàng thừa.`,
  futureEntry: (date2) => `Có số liệu cho ngày ${date2}, là ngày chưa tới: hãy kiểm tra lại ngày hoặc xóa số liệu.`,
  notANumber: (text2) => `"${text2}" không phải là số: hãy nhập số nguyên, ví dụ 120.`,
  ambiguousNumber: (text2) => `"${text2}" không rõ là ${text2.replace(",", "")} hay ${text2.replace(",", ".")}: hãy nhập số nguyên không có dấu phân cách, ví dụ ${text2.replace(",", "")}.`,
  errorValue: (text2) => `Ô đang báo lỗi ${text2}: hãy sửa công thức hoặc nhập số.`,
  implausible: (value, limit) => `${value} lớn hơn mức có thể có (${limit}: chỉ tiêu hoặc số đối tượng của cả đơn vị): có lẽ đã gõ nhầm, ví dụ gõ số định danh hay thừa chữ số. Số này không được tính; hãy sửa lại.`,
  mergedCells: (range2, first) => `Các ô ${range2} đang được gộp: Google Sheets chỉ đọc số ở ô ${first}, các ô còn lại coi như để trống (chưa báo cáo). Hãy bỏ gộp ô (Định dạng → Hợp nhất ô → Hủy hợp nhất) và nhập số cho từng ngày.`,
  columnDuplicate: (indicator) => `Cột "${indicator}" đã có ở bên trái: số liệu của cột này không được tính. Hãy gộp hai cột làm một, hoặc đổi tên cột nếu là chỉ số khác.`,
  negative: (value) => `Số âm (${value}) không hợp lệ: hãy nhập số từ 0 trở lên.`,
  notInteger: (value) => `${value} không phải số nguyên: số hồ sơ và tài khoản phải là số nguyên.`,
  outlier: (value, usual) => `${value} lớn bất thường so với mức thường ngày của đơn vị (khoảng ${usual}/ngày): hãy kiểm tra có gõ thừa chữ số không.`,
  runningTotal: (value) => `${value} gần bằng tổng lũy kế đến hôm trước: có vẻ đã nhập số lũy kế vào cột số trong ngày. Hãy nhập số của riêng ngày đó.`,
  cumulativeDecrease: (value, other, otherWhen) => value > other ? `Số lũy kế ${value} lớn hơn số ${otherWhen} sau đó (${other}): số lũy kế không thể giảm, có lẽ ô này gõ thừa chữ số. Số này không được tính; hãy kiểm tra lại.` : `Số lũy kế ${value} nhỏ hơn số ${otherWhen} (${other}): số lũy kế không thể giảm. Số này không được tính; hãy kiểm tra lại.`,
  mailLogUnsigned: (first, last) => {
    const these = first === last ? "hàng này" : "các hàng này";
    return `${first === last ? `Hàng ${first}` : `Các hàng ${first}–${last}`} không do Tiến Độ ghi (không có chữ ký hợp lệ ở cột "${MAIL_LOG_COLUMN.header[7]}", hoặc đã bị sửa sau khi ghi). Khi quyết định gửi thư, tiện ích bỏ qua ${these}: ${these} không làm thư nào bị coi là đã gửi, cũng không làm thư nào bị gửi thêm. Tiện ích không sửa, không xóa ${these}. Đừng nhập hay sửa gì trong trang "${SHEETS.mailLog}": chỉ tiện ích ghi vào đó.`;
  },
  digestOverQuota: (addresses, daily) => `"${SETTING.digestTo.label}" có ${addresses} địa chỉ, nhiều hơn ${daily} người nhận mà tài khoản gửi thư được gửi trong cả một ngày: thư tổng hợp chỉ gửi tới ${daily} địa chỉ đầu, ${addresses - daily} địa chỉ còn lại không bao giờ nhận được, và ngày nào cũng không còn hạn mức cho thư nhắc. Hãy bớt địa chỉ ở ô này (mỗi người nhận tính một lần, kể cả khi chung một thư), hoặc bật lịch bằng tài khoản Google Workspace (1.500 người nhận mỗi ngày).`,
  activatedExceeds: (activated, collected, date2) => `Đến ngày ${date2}, lũy kế kích hoạt (${activated}) vượt lũy kế thu nhận (${collected}): hãy kiểm tra số kích hoạt hoặc số thu nhận.`
};
var FINDINGS_SHEET = {
  title: (when) => `Kết quả kiểm tra số liệu — lúc ${when}`,
  counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
  none: "Không phát hiện lỗi nào.",
  toast: (errors, warnings) => errors + warnings === 0 ? "Không phát hiện lỗi nào." : `Phát hiện ${errors} lỗi, ${warnings} cảnh báo: xem trang "${SHEETS.findings}".`,
  toastTitle: MENU.validate
};
var SETUP = {
  tabTitle: (unit, cutoff) => `${unit} — số liệu hằng ngày (số của mỗi ngày nhập trước ${cutoff} ngày tính tiếp theo)`,
  tabHelp: "Mỗi hàng là số của một ngày. Để trống nghĩa là chưa báo cáo; 0 nghĩa là báo cáo không có số nào. Chỉ nhập số nguyên.",
  protection: (unit) => `${PROTECTION_MARK} chỉ cán bộ của ${unit}, người quản trị và chủ bảng tính được sửa trang này`,
  leadersProtection: `${PROTECTION_MARK} chỉ người quản trị (mục "${SETTING.admins.label}" trong trang "${SHEETS.settings}") và chủ bảng tính được sửa trang này`,
  confirmTitle: "Xác nhận quyền sửa",
  confirmIntro: `"${MENU.tabs}" sẽ thay đổi quyền sửa như sau (chủ bảng tính luôn sửa được mọi trang):`,
  confirmLine: (sheets, added, removed) => `${sheets}: ${[added && `thêm quyền sửa cho ${added}`, removed && `bỏ quyền sửa của ${removed}`].filter(Boolean).join("; ")}.`,
  confirmMoreSheets: (n) => `và ${n} trang khác`,
  confirmMorePeople: (n) => `và ${n} người khác`,
  confirmRest: (sheets, added, removed) => `… và ${sheets} trang khác: thêm ${added} quyền sửa, bỏ ${removed} quyền sửa.`,
  confirmLocked: (n) => `${n} trang chưa khóa sẽ được khóa: chỉ chủ bảng tính và những người được nêu sửa được.`,
  confirmQuestion: "Đồng ý thay đổi quyền sửa như trên và tạo/cập nhật trang đơn vị?",
  cancelled: "Đã hủy: không thay đổi gì.",
  stampProtection: `${PROTECTION_MARK} cột "${TAB_COLUMN.stamp}" do tiện ích tự ghi`,
  templateExists: (names2) => `Bảng tính đã có trang ${names2}. Tiến Độ không ghi đè trang đã có: hãy đổi tên hoặc xóa trang đó nếu muốn tạo mẫu mới.`,
  templateDone: `Đã tạo trang "${SHEETS.settings}" và "${SHEETS.units}". Hãy điền tên chiến dịch, ngày bắt đầu, hạn hoàn thành và danh sách đơn vị, rồi chọn "${MENU.tabs}".`,
  needDates: (problem) => `Chưa tạo được trang đơn vị: ${datesProblem(problem)}`,
  noUnits: `Trang "${SHEETS.units}" chưa có đơn vị nào: hãy nhập tên đơn vị ở cột "${UNIT_COLUMN.name}".`,
  tabsDone: (created, updated, days, columns) => `Đã tạo ${created} trang mới; cập nhật ${updated} trang (thêm ${days} ngày, ${columns} cột). Số liệu đã nhập được giữ nguyên.`,
  tabsAmbiguous: (tabs) => `Không sửa trang nào cho các đơn vị có nhiều trang cùng tên mà không trang nào đúng tên ghi ở trang "${SHEETS.units}": ${tabs}. Hãy đổi tên để chỉ còn một trang, rồi chạy lại.`,
  tabsSkipped: (tabs) => `Không sửa các trang không tìm thấy hàng tiêu đề: ${tabs}. Hãy khôi phục hàng tiêu đề (ô "${TAB_COLUMN.date}" và các cột số liệu) rồi chạy lại.`,
  tabsReserved: (tabs) => `Không đụng đến các trang trùng tên trang của Tiến Độ: ${tabs}. Hãy đặt tên khác cho trang của các đơn vị này ở cột "${UNIT_COLUMN.tab}" trang "${SHEETS.units}".`,
  tooManyCells: (tabs, fit) => `Chưa tạo trang nào: thêm ${tabs} trang đơn vị sẽ vượt giới hạn 10 triệu ô của một bảng tính Google. Bảng tính này còn chỗ cho khoảng ${fit} trang như vậy. Hãy chia chiến dịch ra nhiều bảng tính (ví dụ mỗi huyện một bảng), hoặc xóa bớt trang không dùng rồi chạy lại.`,
  tabsContinue: (n) => `Còn ${n} trang chưa làm xong trong lượt này (mỗi lượt chạy của Google tối đa 6 phút): tiện ích sẽ tự làm tiếp sau khoảng một phút, hoặc bạn có thể chọn lại mục "${MENU.tabs}".`,
  tabsTitle: MENU.tabs,
  templateTitle: MENU.template
};
var daysToGo = (daysLeft, deadline) => daysLeft > 0 ? `còn ${daysLeft} ngày đến hạn ${deadline}` : `đã đến hạn ${deadline}`;
var SUMMARY = {
  asOf: (asOf, daysLeft, deadline) => `Số liệu tính đến hết ngày ${asOf} — ${daysToGo(daysLeft, deadline)}`,
  notStarted: (deadline) => `Chưa có ngày nào đến hạn báo cáo — hạn hoàn thành ${deadline}`,
  phase: (name, from, to) => ` — giai đoạn ${name} (${from} – ${to})`,
  convention: (window, when, rounding) => `Cần đạt/ngày = còn lại ÷ số ngày tính còn lại, ${rounding === "nearest" ? "làm tròn đến số gần nhất" : "làm tròn lên"}. TB ${window} ngày = mức tăng bình quân ${window} ngày tính gần nhất (ngày không báo cáo tính là 0). Cập nhật lúc ${when}.`,
  chartTitle: (indicator) => `${indicator}: lũy kế so với kế hoạch`,
  done: (asOf) => `Đã tổng hợp số liệu đến hết ngày ${asOf}: xem trang "${SHEETS.summary}".`,
  title: MENU.summarize,
  askDate: "Tổng hợp số liệu đến hết ngày nào? Nhập ngày dạng dd/MM/yyyy, ví dụ 13/07/2023.",
  badDate: (text2) => `"${text2}" không phải ngày dạng dd/MM/yyyy. Hãy chọn lại mục menu và nhập ví dụ 13/07/2023.`,
  dateOutside: (date2, start, deadline) => `Ngày ${date2} nằm ngoài thời gian chiến dịch (${start} – ${deadline}). Hãy nhập một ngày trong khoảng đó.`,
  needDates: (problem) => `Chưa tổng hợp được: ${datesProblem(problem)}`,
  notCountingDay: (date2) => `Ngày ${date2} không phải ngày tính của chiến dịch (thứ Bảy, Chủ nhật không tính hoặc ngày nghỉ trong trang "${SHEETS.settings}"): không có số liệu của ngày này. Hãy chọn một ngày tính.`,
  notDueYet: (date2, cutoff, dueDay) => `Số liệu ngày ${date2} chưa đến hạn (hạn nhập là ${cutoff} ${dueDay}): tổng hợp lúc này sẽ coi các đơn vị chưa nhập là chưa báo cáo. Hãy chọn một ngày đã đến hạn.`,
  mailLogClaimed: `Không gửi thư: trang "${SHEETS.mailLog}" đang là trang số liệu của một đơn vị (xem trang "${SHEETS.findings}"), nên không ghi được nhật ký gửi thư và thư sẽ bị gửi lặp lại. Hãy đổi tên trang của đơn vị đó.`,
  campaignOver: (last) => `Chiến dịch đã kết thúc: ngày tính cuối cùng là ${last} và hạn báo cáo của ngày đó đã qua. Tiện ích không gửi thư nhắc hay thư tổng hợp nữa; bảng "${SHEETS.summary}" vẫn cập nhật được. Hãy tắt lịch gửi hằng ngày nếu không cần nữa.`
};
var MAIL = {
  sender: "Tiến Độ",
  digestSubject: (campaign, date2, missing, behind) => `[Tiến Độ] ${campaign} — số liệu đến ${date2}: ${missing} đơn vị chưa báo cáo, ${behind} đơn vị chậm tiến độ`,
  reminderSubject: (unit, date2) => `[Tiến Độ] Nhắc báo cáo: ${unit} chưa gửi số liệu ngày ${date2}`,
  phase: (name, from, to) => ` Giai đoạn ${name} (${from} – ${to}): hạn và số cần đạt tính đến hết giai đoạn.`,
  overall: "Tiến độ chung",
  noneMissing: "Tất cả đơn vị đã báo cáo.",
  noneBehind: "Không có đơn vị nào chậm tiến độ.",
  unconfirmedTitle: (n) => `Thư chưa xác nhận đã gửi (${n})`,
  unconfirmedLine: (kind, unit, date2, to) => `${kind}${unit ? ` — ${unit}` : ""} — số liệu ngày ${date2} — gửi tới ${to}`,
  unconfirmedHelp: 'Lượt gửi trước bị dừng giữa chừng nên không rõ các thư này đã đến người nhận hay chưa. Nếu cần, hãy dùng "Gửi thư ngay" để gửi lại (mỗi thư một lần).',
  figures: (cumulative, quota, percent) => `${cumulative} / ${quota} (${percent})`,
  required: (n) => `cần đạt ${n}/ngày`,
  pace: (window, n) => `TB ${window} ngày: ${n}/ngày`,
  projected: (date2) => `dự kiến xong ${date2}`,
  noProjection: "chưa dự kiến được ngày xong",
  openSheet: "Mở bảng tính",
  openTab: "Mở trang nhập số liệu",
  footer: "Thư tự động của Tiến Độ. Chỉ gồm số liệu tổng hợp; không chứa thông tin cá nhân.",
  reminderGreeting: (unit) => `Kính gửi cán bộ phụ trách ${unit},`,
  reminderBody: (dates, next) => `Trang số liệu của đơn vị chưa có số ${dates}: xin nhập bổ sung ngay.` + (next ? ` Số liệu của mỗi ngày cần nhập trước ${next.cutoff} ngày tính tiếp theo: số của ngày ${next.day} cần nhập trước ${next.cutoff} ${next.dueDay}.` : ""),
  reminderProgress: (indicator, figures2, required) => required ? `${indicator}: ${figures2}; ${required} từ nay đến hạn.` : `${indicator}: ${figures2}.`,
  reminderThanks: "Xin cảm ơn.",
  redacted: "[đã ẩn]"
};
var NOTIFY = {
  title: "Gửi thư tổng hợp",
  previewTitle: "Xem trước thư sẽ gửi",
  previewQuota: (n) => `Hạn mức gửi thư còn lại hôm nay: ${n} người nhận.`,
  previewNone: (date2) => `Không có thư nào cần gửi cho số liệu ngày ${date2}: các thư đã được gửi (xem trang "${SHEETS.mailLog}").`,
  previewNotStarted: "Chưa có ngày nào đến hạn báo cáo: chưa có thư nào để gửi.",
  previewCount: (n, recipients) => `Sẽ gửi ${n} thư tới ${recipients} người nhận:`,
  to: "Gửi tới",
  subject: "Tiêu đề",
  confirm: (n, recipients, date2) => `Gửi ngay ${n} thư (${recipients} người nhận) cho số liệu ngày ${date2}?`,
  confirmResend: (date2) => `Mọi thư cho số liệu ngày ${date2} đã được gửi. Gửi lại toàn bộ?`,
  confirmUnconfirmed: (n, date2) => `${n} thư cho số liệu ngày ${date2} chưa được xác nhận là đã gửi (lượt gửi trước bị dừng giữa chừng): có thể đã đến người nhận, có thể chưa. Gửi lại ${n} thư này (một lần)?`,
  busy: "Một lượt gửi thư khác đang chạy: lần này không gửi gì để tránh gửi trùng. Hãy thử lại sau ít phút.",
  result: (sent, pending, failed) => `Đã gửi ${sent} thư; chờ gửi ${pending}; lỗi ${failed}. Chi tiết ở trang "${SHEETS.mailLog}".`,
  scheduleOn: (time) => `Đã bật lịch: mỗi ngày lúc ${time} (giờ Việt Nam) tự kiểm tra, tổng hợp và gửi thư.`,
  scheduleOff: "Đã tắt lịch gửi thư hằng ngày.",
  scheduleNone: "Lịch gửi thư hằng ngày chưa được bật.",
  menuOn: (time) => `Lịch gửi hằng ngày: đang bật lúc ${time} — Tắt`,
  menuOff: "Bật lịch gửi thư hằng ngày",
  menuOnGeneric: "Bật/cập nhật lịch gửi thư hằng ngày",
  menuOffGeneric: "Tắt lịch gửi thư hằng ngày",
  tooManyTriggers: "Tài khoản của bạn đã có đủ 20 trình kích hoạt cho tiện ích này: hãy xóa bớt trong Tiện ích → Apps Script → Trình kích hoạt rồi thử lại."
};

// src/core/text.ts
function fold(text2) {
  return text2.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
}
var folded = memoize(fold, 5e4);
function normalizeLabel(value) {
  return folded(String(value != null ? value : ""));
}
function sameLabel(a, b) {
  return normalizeLabel(a) === normalizeLabel(b);
}
function cellText(value) {
  if (value === null || value === void 0) return "";
  return String(value).normalize("NFC").replace(/\s+/g, " ").trim();
}
function show(v) {
  if (isSheetDate(v)) return formatVnDate(v.date);
  return cellText(v);
}
var INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
function foldName(text2) {
  return text2.normalize("NFD").replace(INVISIBLE, "").toLowerCase().replace(/\s+/g, " ").trim().split(" ").map((word) => {
    var _a;
    const tones = ((_a = word.match(TONES)) != null ? _a : []).sort().join("");
    return word.replace(TONES, "") + tones;
  }).join(" ").normalize("NFC");
}
var foldedName = memoize(foldName, 5e4);
function nameKey(value) {
  return foldedName(String(value != null ? value : ""));
}
function sameName(a, b) {
  return nameKey(a) === nameKey(b);
}
function visible(name) {
  return name.replace(
    INVISIBLE,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`
  );
}

// src/core/entry-checks.ts
var vnDay = (day) => formatVnDate(fromDayNumber(day));
function keptTotals(totals, opening) {
  const n = totals.length;
  let sorted = totals[0] === void 0 || totals[0] >= opening;
  for (let i = 1; i < n && sorted; i++) sorted = totals[i] >= totals[i - 1];
  if (sorted) return Array.from({ length: n }, (_, i) => i);
  const longest = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    longest[i] = 1;
    for (let j = i + 1; j < n; j++)
      if (totals[j] >= totals[i] && longest[j] + 1 > longest[i]) longest[i] = longest[j] + 1;
  }
  let need = 0;
  for (let i = 0; i < n; i++) if (totals[i] >= opening && longest[i] > need) need = longest[i];
  const kept = [];
  let floor = opening;
  for (let i = 0; i < n && need > 0; i++) {
    if (totals[i] < floor || longest[i] !== need) continue;
    kept.push(i);
    floor = totals[i];
    need--;
  }
  return kept;
}
function runningTotalsToDaily(tab, list, opening) {
  const kept = keptTotals(list.daily, opening);
  const findings = [];
  let k = 0;
  for (let i = 0; i < list.days.length; i++) {
    if (kept[k] === i) {
      k++;
      continue;
    }
    const before = k > 0 ? kept[k - 1] : -1;
    const beforeTotal = before < 0 ? opening : list.daily[before];
    const after = kept[k];
    const [other, otherDay] = list.daily[i] < beforeTotal || after === void 0 ? [beforeTotal, before < 0 ? "đầu kỳ" : `của ngày ${vnDay(list.days[before])}`] : [list.daily[after], `của ngày ${vnDay(list.days[after])}`];
    findings.push({
      severity: "error",
      code: "cumulative-decrease",
      sheet: tab,
      cell: a1(list.col, list.rows[i]),
      message: FIX.cumulativeDecrease(list.daily[i], other, otherDay)
    });
  }
  let previous = opening;
  kept.forEach((i, n2) => {
    const total = list.daily[i];
    list.days[n2] = list.days[i];
    list.daily[n2] = total - previous;
    list.rows[n2] = list.rows[i];
    previous = total;
  });
  const n = kept.length;
  return {
    series: {
      days: list.days.subarray(0, n),
      daily: list.daily.subarray(0, n),
      rows: list.rows.subarray(0, n),
      col: list.col
    },
    findings
  };
}
function median(s) {
  s.sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
var OUTLIER_HISTORY = 5;
var OUTLIER_FACTOR = 6;
var OUTLIER_MIN_GAP = 20;
function outliers(tab, series, opening, mode) {
  const { daily } = series;
  let max = 0;
  for (let i = 0; i < daily.length; i++) if (daily[i] > max) max = daily[i];
  let count = 0;
  let above = 0;
  for (let i = 0; i < daily.length; i++) if (daily[i] > 0 && (count++, daily[i] > max / 5)) above++;
  if (count < OUTLIER_HISTORY || 2 * above > count) return [];
  const positive = new Uint32Array(count);
  count = 0;
  for (let i = 0; i < daily.length; i++)
    if (daily[i] > 0) positive[count++] = Math.min(daily[i], 4294967295);
  const usual = median(positive);
  const near = (v, total) => total >= 5 * usual && v >= total && v <= total + 3 * usual;
  const found = [];
  const warn = (i, message) => found.push({
    severity: "warning",
    code: "outlier",
    sheet: tab,
    cell: a1(series.col, series.rows[i]),
    message
  });
  let before = 0;
  for (let i = 0; i < daily.length; i++) {
    const v = daily[i];
    if (mode === "daily" && (near(v, before) || near(v, before + opening)))
      warn(i, FIX.runningTotal(v));
    else if (v > OUTLIER_FACTOR * usual && v - usual >= OUTLIER_MIN_GAP)
      warn(i, FIX.outlier(v, Math.round(usual)));
    before += v;
  }
  return found;
}
function activatedCheck(tab, layout, figures2, openings) {
  var _a, _b;
  const find = (name) => {
    var _a2;
    return (_a2 = layout.indicatorCols.find(({ indicator }) => sameLabel(indicator, name))) == null ? void 0 : _a2.indicator;
  };
  const collected = find(BACKLOG_PAIR.collected);
  const activated = find(BACKLOG_PAIR.activated);
  if (!collected || !activated) return [];
  const c = figures2[collected];
  const a = figures2[activated];
  let sumC = (_a = openings[collected]) != null ? _a : 0;
  let sumA = (_b = openings[activated]) != null ? _b : 0;
  let i = 0;
  let j = 0;
  while (j < a.days.length) {
    const day = i < c.days.length && c.days[i] < a.days[j] ? c.days[i] : a.days[j];
    while (i < c.days.length && c.days[i] <= day) sumC += c.daily[i++];
    if (a.days[j] !== day) continue;
    sumA += a.daily[j];
    if (sumA > sumC) {
      return [
        {
          severity: "error",
          code: "activated-exceeds-collected",
          sheet: tab,
          cell: a1(a.col, a.rows[j]),
          message: FIX.activatedExceeds(sumA, sumC, vnDay(day))
        }
      ];
    }
    j++;
  }
  return [];
}

// src/core/series.ts
function carve(capacity, floats, ints) {
  const buffer = new ArrayBuffer(capacity * (8 * floats + 4 * ints));
  const f = Array.from(
    { length: floats },
    (_, i) => new Float64Array(buffer, 8 * capacity * i, capacity)
  );
  const base = 8 * capacity * floats;
  return {
    floats: f,
    ints: Array.from(
      { length: ints },
      (_, i) => new Int32Array(buffer, base + 4 * capacity * i, capacity)
    )
  };
}
function finish(f) {
  const days = f.days.subarray(0, f.n);
  let sorted = true;
  for (let i = 1; i < f.n && sorted; i++) sorted = days[i - 1] <= days[i];
  if (sorted)
    return { days, daily: f.daily.subarray(0, f.n), rows: f.rows.subarray(0, f.n), col: f.col };
  const order = Array.from(days.keys()).sort((a, b) => days[a] - days[b] || a - b);
  return {
    days: Int32Array.from(order, (i) => days[i]),
    daily: Float64Array.from(order, (i) => f.daily[i]),
    rows: Int32Array.from(order, (i) => f.rows[i]),
    col: f.col
  };
}

// src/core/errors.ts
var Refusal = class extends Error {
  /** `title`: the dialog's title, when not the general one. */
  constructor(message, title) {
    super(message);
    __publicField(this, "title", title);
    this.name = "Refusal";
  }
};
var WorkbookError = class extends Refusal {
  constructor(message) {
    super(message);
    this.name = "WorkbookError";
  }
};
var BadRequest = class extends Refusal {
  constructor(message) {
    super(message);
    this.name = "BadRequest";
  }
};

// src/core/settings.ts
var SEND_AFTER_CUTOFF_MIN = 20;
var ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
var EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+[A-Za-z]{2,}$`);
function isEmail(text2) {
  return EMAIL.test(text2);
}
function splitEmails(v) {
  const parts = String(v != null ? v : "").split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
  const seen = /* @__PURE__ */ new Set();
  const valid2 = parts.filter((p) => {
    if (!isEmail(p) || seen.has(p.toLowerCase())) return false;
    seen.add(p.toLowerCase());
    return true;
  });
  return { valid: valid2, invalid: parts.filter((p) => !isEmail(p)) };
}
function splitDates(v) {
  if (isSheetDate(v)) return { valid: [v.date], invalid: [] };
  const valid2 = [];
  const invalid = [];
  for (const part of String(v != null ? v : "").split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const d = readDate(part);
    if (d) valid2.push(d);
    else invalid.push(part);
  }
  return { valid: valid2, invalid };
}
var SettingsSheet = class {
  constructor(rows) {
    __publicField(this, "rows", rows);
    __publicField(this, "findings", []);
    __publicField(this, "index", /* @__PURE__ */ new Map());
    rows.forEach((r, i) => {
      const key = normalizeLabel(r[0]);
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
  }
  lookup(label) {
    const i = this.index.get(normalizeLabel(label));
    return i === void 0 ? { value: void 0 } : { value: this.rows[i][1], cell: a1(1, i + 1) };
  }
  problem(code, cell, message) {
    this.findings.push({
      severity: "error",
      code,
      sheet: SHEETS.settings,
      ...cell ? { cell } : {},
      message
    });
  }
  /** A setting that must be given: a finding when its label or value is missing. */
  required(label) {
    const found = this.lookup(label);
    if (found.cell === void 0)
      this.problem("setting-missing", void 0, FIX.settingMissing(label));
    else if (isBlank(found.value))
      this.problem("setting-missing", found.cell, FIX.settingEmpty(label));
    return { ...found, present: found.cell !== void 0 && !isBlank(found.value) };
  }
  date(label) {
    const { value, cell, present } = this.required(label);
    if (!present) return null;
    const date2 = readDate(value);
    if (!date2) this.problem("setting-invalid", cell, FIX.settingDate(label));
    return date2;
  }
  /** A time of day in minutes; blank means the template's value. */
  time(word) {
    const fallback = readTime(word.template);
    const { value, cell } = this.lookup(word.label);
    if (isBlank(value)) return fallback;
    const t = readTime(value);
    if (t !== null) return t;
    this.problem("setting-invalid", cell, FIX.settingTime(word.label));
    return fallback;
  }
  yesNo(label) {
    const { value, cell } = this.lookup(label);
    if (isBlank(value)) return true;
    if (value === true || value === false) return value;
    if (sameLabel(value, YES_NO.yes)) return true;
    if (sameLabel(value, YES_NO.no)) return false;
    this.problem("setting-invalid", cell, FIX.settingYesNo(label));
    return true;
  }
  mode() {
    const { value, cell } = this.lookup(SETTING.mode.label);
    if (isBlank(value) || sameLabel(value, ENTRY_MODES.daily)) return "daily";
    if (sameLabel(value, ENTRY_MODES.cumulative)) return "cumulative";
    this.problem("setting-invalid", cell, FIX.settingMode);
    return "daily";
  }
  rounding() {
    const { value, cell } = this.lookup(SETTING.rounding.label);
    if (isBlank(value) || sameLabel(value, ROUNDING.up)) return "up";
    if (sameLabel(value, ROUNDING.nearest)) return "nearest";
    this.problem("setting-invalid", cell, FIX.settingRounding);
    return "up";
  }
  /** The monthly report's day: the template's 10 when the label is absent, none when blank. */
  monthlyDay() {
    const { value, cell } = this.lookup(SETTING.monthlyDay.label);
    if (cell === void 0) return SETTING.monthlyDay.template;
    if (isBlank(value)) return null;
    const n = readWhole(value, 1);
    if (n !== null && n <= 28) return n;
    this.problem("setting-invalid", cell, FIX.settingMonthlyDay);
    return SETTING.monthlyDay.template;
  }
  holidays() {
    const { value, cell } = this.lookup(SETTING.holidays.label);
    const { valid: valid2, invalid } = splitDates(value);
    for (const part of invalid) this.problem("setting-invalid", cell, FIX.settingHoliday(part));
    return [...new Set(valid2)].sort();
  }
  paceWindow() {
    const { value, cell } = this.lookup(SETTING.paceWindow.label);
    if (isBlank(value)) return SETTING.paceWindow.template;
    const n = readWhole(value, 1);
    if (n !== null) return n;
    this.problem("setting-invalid", cell, FIX.settingWindow);
    return SETTING.paceWindow.template;
  }
  /** Addresses, each invalid one a finding at the value cell (`code`, with its message). */
  emails(label, code = "email-invalid") {
    const { value, cell } = this.lookup(label);
    const { valid: valid2, invalid } = splitEmails(value);
    const message = code === "admin-invalid" ? FIX.adminInvalid : FIX.emailInvalid;
    for (const bad of invalid)
      this.findings.push({
        severity: "error",
        code,
        sheet: SHEETS.settings,
        cell,
        message: message(bad)
      });
    return valid2;
  }
};
function readSettings(rows) {
  const sheet = new SettingsSheet(rows);
  const campaign = sheet.required(SETTING.campaign.label);
  const before = sheet.findings.length;
  const start = sheet.date(SETTING.start.label);
  let deadline = sheet.date(SETTING.deadline.label);
  if (start && deadline && deadline < start) {
    sheet.problem(
      "setting-invalid",
      sheet.lookup(SETTING.deadline.label).cell,
      FIX.deadlineBeforeStart
    );
    deadline = null;
  }
  const dateFinding = sheet.findings[before];
  const datesProblem2 = (!start || !deadline) && dateFinding ? `${dateFinding.message} (${MSG.at(dateFinding.sheet, dateFinding.cell)})` : void 0;
  const cutoff = sheet.time(SETTING.cutoff);
  const mode = sheet.mode();
  const holidays = sheet.holidays();
  const paceWindow = sheet.paceWindow();
  const digestTo = sheet.emails(SETTING.digestTo.label);
  const digestToCell = sheet.lookup(SETTING.digestTo.label).cell;
  const sendAt = sheet.time(SETTING.sendAt);
  const admins = sheet.emails(SETTING.admins.label, "admin-invalid").map((a) => a.toLowerCase());
  if (sendAt < cutoff + SEND_AFTER_CUTOFF_MIN)
    sheet.problem(
      "setting-invalid",
      sheet.lookup(SETTING.sendAt.label).cell,
      FIX.sendTooEarly(formatTime(cutoff), formatTime(cutoff + SEND_AFTER_CUTOFF_MIN))
    );
  const settings = {
    campaign: show(campaign.value),
    start,
    deadline,
    cutoff,
    mode,
    countSaturday: sheet.yesNo(SETTING.saturday.label),
    countSunday: sheet.yesNo(SETTING.sunday.label),
    holidays,
    paceWindow,
    digestTo,
    ...digestToCell ? { digestToCell } : {},
    sendAt,
    rounding: sheet.rounding(),
    monthlyDay: sheet.monthlyDay(),
    admins,
    ...datesProblem2 ? { datesProblem: datesProblem2 } : {}
  };
  return { settings, findings: sheet.findings };
}

// src/core/targets.ts
function percentFraction(text2) {
  var _a, _b, _c;
  const n = readNumber(text2);
  if (!n.ok || n.value <= 0) return null;
  const decimals = (_c = (_b = (_a = /[.,](\d+)$/.exec(text2)) == null ? void 0 : _a[1]) == null ? void 0 : _b.length) != null ? _c : 0;
  if (decimals > 4) return null;
  const scale = 10 ** decimals;
  return { num: Math.round(n.value * scale), den: 100 * scale };
}
function readTarget(value, shown2) {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (shown2 !== void 0 && shown2.trim().endsWith("%")) {
      const num2 = Math.round(value * 1e6);
      return num2 > 0 ? { kind: "share", num: num2, den: 1e6, strict: false, soft: false } : null;
    }
    return Number.isInteger(value) && value >= 1 ? { kind: "count", count: value, soft: false } : null;
  }
  if (typeof value !== "string") return null;
  let text2 = value.normalize("NFKC").trim();
  let soft = false;
  const softWord = normalizeLabel(TARGET_WORDS.encouraged);
  if (normalizeLabel(text2).startsWith(softWord)) {
    soft = true;
    text2 = text2.slice(text2.length - (normalizeLabel(text2).length - softWord.length)).trim();
  }
  let strict = false;
  const comparison = /^(>=|≥|>|trên|tren)\s*/i.exec(text2);
  if (comparison) {
    strict = comparison[1] === ">" || /^tr[eê]n$/i.test(comparison[1]);
    text2 = text2.slice(comparison[0].length);
  }
  if (text2.endsWith("%")) {
    const fraction = percentFraction(text2.slice(0, -1).trim());
    return fraction ? { kind: "share", ...fraction, strict, soft } : null;
  }
  if (comparison) return null;
  const n = readNumber(text2);
  return n.ok && Number.isInteger(n.value) && n.value >= 1 ? { kind: "count", count: n.value, soft } : null;
}
function targetCount(target, population) {
  if (target.kind === "count") return target.count;
  if (population === null) return null;
  const scaled = target.num * population;
  return target.strict ? Math.floor(scaled / target.den) + 1 : Math.ceil(scaled / target.den);
}
function targetShare(target) {
  return target.kind === "share" ? target.num / target.den : null;
}
function targetLabel(t, count) {
  const soft = t.soft ? `${TARGET_WORDS.encouraged} ` : "";
  if (t.share === null) return `${soft}${count}`;
  const percent = String(Math.round(t.share * 100 * 1e4) / 1e4).replace(".", ",");
  return `${soft}${t.strict ? "> " : ""}${percent}%`;
}

// src/core/units.ts
function canonical(name) {
  var _a;
  return (_a = DEFAULT_INDICATORS.find((d) => sameLabel(d, name))) != null ? _a : name;
}
function readHeader(header) {
  const col = (label) => header.findIndex((h2) => sameLabel(h2, label));
  const name = col(UNIT_COLUMN.name);
  if (name < 0) throw new WorkbookError(MSG.unitsHeaderMissing(SHEETS.units, UNIT_COLUMN.name));
  const indicators2 = [];
  const byPrefix = {
    quota: [],
    opening: [],
    population: []
  };
  header.forEach((h2, c) => {
    var _a;
    const key = normalizeLabel(h2);
    const text2 = cellText(h2);
    for (const kind of ["quota", "opening", "population"]) {
      const prefix = `${normalizeLabel(INDICATOR_PREFIX[kind])} `;
      if (!key.startsWith(prefix) || key.length === prefix.length) continue;
      const raw = text2.slice(text2.length - (key.length - prefix.length)).trim();
      const indicator = (_a = indicators2.find((i) => sameLabel(i, raw))) != null ? _a : canonical(raw);
      if (!indicators2.includes(indicator)) indicators2.push(indicator);
      byPrefix[kind].push({ col: c, indicator, header: text2 });
    }
  });
  return {
    name,
    code: col(UNIT_COLUMN.code),
    parent: col(UNIT_COLUMN.parent),
    tab: col(UNIT_COLUMN.tab),
    email: col(UNIT_COLUMN.email),
    groupSize: col(UNIT_COLUMN.groupSize),
    deadline: col(UNIT_COLUMN.deadline),
    reports: col(UNIT_COLUMN.reports),
    frequency: col(UNIT_COLUMN.frequency),
    quotas: byPrefix.quota,
    openings: byPrefix.opening,
    populations: byPrefix.population,
    indicators: indicators2
  };
}
function readFrequency(v) {
  if (isBlank(v)) return { kind: "daily" };
  const key = normalizeLabel(v);
  if (key === normalizeLabel(FREQUENCY_WORDS.daily)) return { kind: "daily" };
  const weekly = normalizeLabel(FREQUENCY_WORDS.weekly);
  if (key.startsWith(`${weekly} `)) {
    const rest = key.slice(weekly.length + 1);
    const named = FREQUENCY_WORDS.weekdays.findIndex((w) => normalizeLabel(w) === rest);
    if (named >= 0) return { kind: "weekly", weekday: named };
    const numbered = /^(?:thu |t)([2-7])$/.exec(rest);
    if (numbered) return { kind: "weekly", weekday: Number(numbered[1]) - 1 };
    if (rest === "cn") return { kind: "weekly", weekday: 0 };
    return null;
  }
  const monthly = /^hang thang(?: ngay)? (\d{1,2})$/.exec(key);
  if (monthly && Number(monthly[1]) >= 1 && Number(monthly[1]) <= 28)
    return { kind: "monthly", day: Number(monthly[1]) };
  return null;
}
function reportedNames(text2, known) {
  const isKnown = (name) => [...known, ...DEFAULT_INDICATORS].some((k) => sameLabel(k, name));
  return text2.split(/[;\n]/).flatMap((part) => {
    const name = part.trim();
    if (!name) return [];
    const pieces = name.split(",").map((p) => p.trim());
    return !isKnown(name) && pieces.length > 1 && pieces.every(isKnown) ? pieces : [name];
  });
}
function readPath(text2) {
  return text2.split(PATH_SEPARATOR).map((part) => part.trim()).filter(Boolean);
}
function readUnits(rows, start, shown2 = () => []) {
  var _a;
  const findings = [];
  const cols = readHeader((_a = rows[0]) != null ? _a : []);
  const units = [];
  const seenName = /* @__PURE__ */ new Map();
  const seenCode = /* @__PURE__ */ new Map();
  const seenTab = /* @__PURE__ */ new Map();
  const fail = (code, cell, message) => findings.push({ severity: "error", code, sheet: SHEETS.units, cell, message });
  const text2 = (r, col) => col >= 0 ? cellText(r[col]) : "";
  rows.slice(1).forEach((r, i) => {
    var _a2, _b, _c, _d, _e;
    const row = i + 2;
    const name = cellText(r[cols.name]);
    if (!name) {
      if (r.some((v) => !isBlank(v)))
        fail("unit-name-missing", a1(cols.name, row), FIX.unitNameMissing(row));
      return;
    }
    const key = nameKey(name);
    if (seenName.has(key)) {
      fail(
        "unit-duplicate",
        a1(cols.name, row),
        FIX.unitDuplicate(visible(name), seenName.get(key))
      );
      return;
    }
    seenName.set(key, row);
    const code = text2(r, cols.code);
    if (code) {
      const ck = nameKey(code);
      if (seenCode.has(ck))
        fail(
          "unit-duplicate",
          a1(cols.code, row),
          FIX.codeDuplicate(visible(code), seenCode.get(ck))
        );
      else seenCode.set(ck, row);
    }
    const path = readPath(text2(r, cols.parent));
    const tabText = text2(r, cols.tab);
    const tab = tabText || name;
    const typed = String((_a2 = tabText ? r[cols.tab] : r[cols.name]) != null ? _a2 : "");
    const tabCell = tabText ? a1(cols.tab, row) : a1(cols.name, row);
    const tk = nameKey(tab);
    if (seenTab.has(tk))
      fail("unit-duplicate", tabCell, FIX.tabDuplicate(visible(tab), seenTab.get(tk)));
    else seenTab.set(tk, row);
    const emails = cols.email >= 0 ? splitEmails(r[cols.email]) : { valid: [], invalid: [] };
    for (const bad of emails.invalid)
      fail("email-invalid", a1(cols.email, row), FIX.emailInvalid(bad));
    const populations = byName();
    for (const p of cols.populations) {
      if (isBlank(r[p.col])) continue;
      const n = readWhole(r[p.col], 1);
      if (n !== null) populations[p.indicator] = n;
      else fail("quota-invalid", a1(p.col, row), FIX.populationInvalid(p.header));
    }
    const openings = byName();
    let openingsValid = true;
    for (const o of cols.openings) {
      if (isBlank(r[o.col])) continue;
      const n = readWhole(r[o.col], 0);
      if (n !== null) openings[o.indicator] = n;
      else {
        fail("opening-invalid", a1(o.col, row), FIX.openingInvalid(o.header));
        openingsValid = false;
      }
    }
    let groupSize = null;
    if (cols.groupSize >= 0 && !isBlank(r[cols.groupSize])) {
      groupSize = readWhole(r[cols.groupSize], 1);
      if (groupSize === null) fail("quota-invalid", a1(cols.groupSize, row), FIX.groupInvalid);
    }
    const targets = byName();
    for (const q of cols.quotas) {
      if (isBlank(r[q.col])) continue;
      const v = r[q.col];
      const maybeShare = typeof v === "number" && (v <= 1 || !Number.isInteger(v));
      const target = readTarget(v, maybeShare ? (_b = shown2()[i + 1]) == null ? void 0 : _b[q.col] : void 0);
      const cell = a1(q.col, row);
      if (!target) fail("quota-invalid", cell, FIX.quotaInvalid(q.header));
      else if (target.kind === "share" && ((_c = populations[q.indicator]) != null ? _c : groupSize) === null)
        fail("population-missing", cell, FIX.populationMissing(q.header, q.indicator));
      else targets[q.indicator] = target;
    }
    let reports2 = null;
    if (cols.reports >= 0 && !isBlank(r[cols.reports])) {
      reports2 = [];
      for (const name2 of reportedNames(cellText(r[cols.reports]), cols.indicators)) {
        const indicator = (_d = cols.indicators.find((x) => sameLabel(x, name2))) != null ? _d : canonical(name2);
        if (!cols.indicators.includes(indicator)) cols.indicators.push(indicator);
        if (!reports2.includes(indicator)) reports2.push(indicator);
      }
    }
    let frequency = { kind: "daily" };
    if (cols.frequency >= 0) {
      const read = readFrequency(r[cols.frequency]);
      if (read) frequency = read;
      else fail("frequency-invalid", a1(cols.frequency, row), FIX.frequencyInvalid);
    }
    let deadline = null;
    if (cols.deadline >= 0 && !isBlank(r[cols.deadline])) {
      deadline = readDate(r[cols.deadline]);
      if (!deadline || start && deadline < start) {
        fail("date-invalid", a1(cols.deadline, row), FIX.unitDeadlineInvalid);
        deadline = null;
      }
    }
    units.push({
      name,
      code: code || null,
      path,
      parent: (_e = path[path.length - 1]) != null ? _e : null,
      tab,
      ...typed !== tab ? { typedTab: typed } : {},
      emails: emails.valid,
      targets,
      openings,
      openingsValid,
      groupSize,
      populations,
      reports: reports2,
      frequency,
      deadline,
      row,
      tabCell
    });
  });
  return { table: { units, indicators: cols.indicators }, findings };
}
function entryFor(record, indicator) {
  if (indicator in record) return record[indicator];
  const key = Object.keys(record).find((k) => sameLabel(k, indicator));
  return key === void 0 ? void 0 : record[key];
}
function populationOf(unit, indicator) {
  var _a;
  return (_a = entryFor(unit.populations, indicator)) != null ? _a : unit.groupSize;
}
function ownTarget(unit, indicator) {
  var _a;
  return (_a = entryFor(unit.targets, indicator)) != null ? _a : null;
}
function reports(unit, indicator) {
  return unit.reports === null || unit.reports.some((r) => sameLabel(r, indicator));
}

// src/core/tab-layout.ts
var LABEL_MAX = 40;
var DATE_KEY = normalizeLabel(TAB_COLUMN.date);
var NOTE_KEY = normalizeLabel(TAB_COLUMN.note);
var STAMP_KEY = normalizeLabel(TAB_COLUMN.stamp);
var NOT_INDICATORS = /* @__PURE__ */ new Set([DATE_KEY, NOTE_KEY, STAMP_KEY, ""]);
function findLayout(rows) {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
    const hasDate = rows[i].some(
      (v) => typeof v === "string" && v.length <= LABEL_MAX && normalizeLabel(v) === DATE_KEY
    );
    if (!hasDate) continue;
    const keys = rows[i].map((v) => typeof v === "string" ? normalizeLabel(v) : "");
    const indicatorCols = [];
    const duplicates = [];
    const seen = /* @__PURE__ */ new Set();
    keys.forEach((k, col) => {
      if (NOT_INDICATORS.has(k)) return;
      const column2 = { indicator: canonical(cellText(rows[i][col])), col };
      if (seen.has(k)) duplicates.push(column2);
      else indicatorCols.push(column2);
      seen.add(k);
    });
    if (indicatorCols.length === 0) continue;
    const row = rows[i];
    let width = row.length;
    while (width > 0 && (row[width - 1] === "" || row[width - 1] === null)) width--;
    return {
      headerRow: i + 1,
      dateCol: keys.indexOf(DATE_KEY),
      indicatorCols,
      duplicates,
      noteCol: keys.indexOf(NOTE_KEY),
      stampCol: keys.indexOf(STAMP_KEY),
      width
    };
  }
  return null;
}
function stampTarget(layout, edit) {
  if (!layout || layout.stampCol < 0) return null;
  const firstCol = edit.col - 1;
  const lastCol = firstCol + edit.cols - 1;
  if (!layout.indicatorCols.some(({ col }) => col >= firstCol && col <= lastCol)) return null;
  const from = Math.max(edit.row, layout.headerRow + 1);
  const to = edit.row + edit.rows - 1;
  return to < from ? null : { col: layout.stampCol + 1, from, to };
}

// src/core/entries.ts
function slowFigure(v, col, row, limit, fail) {
  if (isBlank(v)) return null;
  const n = readNumber(v);
  if (!n.ok) {
    if (n.reason === "error" && isErrorValue(v))
      fail("error-value", col, row, FIX.errorValue(String(v).trim()));
    else if (n.reason === "ambiguous") fail("not-a-number", col, row, FIX.ambiguousNumber(show(v)));
    else fail("not-a-number", col, row, FIX.notANumber(show(v)));
  } else if (n.value < 0) fail("negative", col, row, FIX.negative(n.value));
  else if (!Number.isInteger(n.value)) fail("not-integer", col, row, FIX.notInteger(show(v)));
  else if (n.value > limit) fail("implausible", col, row, FIX.implausible(n.value, limit));
  else return n.value;
  return null;
}
function readRows(rows, layout, ctx, findings) {
  const fail = (code, col, row, message) => findings.push({ severity: "error", code, sheet: ctx.tab, cell: a1(col, row), message });
  const capacity = Math.max(0, rows.length - layout.headerRow);
  const cols = layout.indicatorCols.map((c) => c.col);
  const limits = layout.indicatorCols.map((c) => ctx.limit(c.indicator));
  const k = cols.length;
  const { floats, ints } = carve(capacity, k + 1, 2 * k + 1);
  const lists = cols.map((col, i) => ({
    days: ints[2 * i],
    daily: floats[i],
    rows: ints[2 * i + 1],
    n: 0,
    col
  }));
  const enteredAt = floats[k];
  const reported = ints[2 * k];
  const { dateCol, stampCol } = layout;
  let latest = -Infinity;
  let seen = null;
  const firstRow = (day, i) => {
    if (!seen) {
      seen = /* @__PURE__ */ new Map();
      for (let j = i - 1; j >= layout.headerRow; j--) {
        const d = cellDay(rows[j][dateCol]);
        if (d !== null) seen.set(d, j + 1);
      }
    }
    const first = seen.get(day);
    if (first === void 0) seen.set(day, i + 1);
    return first != null ? first : 0;
  };
  let reportedCount = 0;
  const start = ctx.start ? dayNumber(ctx.start) : -Infinity;
  const deadline = ctx.deadline ? dayNumber(ctx.deadline) : Infinity;
  const today = dayNumber(ctx.today);
  const dateProblem = (day, row, dateCell, first) => {
    if (day === null)
      fail(
        "date-invalid",
        dateCol,
        row,
        isBlank(dateCell) ? FIX.dateBlank : FIX.dateInvalid(show(dateCell))
      );
    else if (first) fail("date-duplicate", dateCol, row, FIX.dateDuplicate(vnDay(day), first));
    else if (day > today && day >= start && day <= deadline)
      fail("future-entry", dateCol, row, FIX.futureEntry(vnDay(day)));
    else {
      const range2 = [ctx.start, ctx.deadline].map((d) => d ? formatVnDate(d) : "?");
      findings.push({
        severity: "warning",
        code: "date-outside",
        sheet: ctx.tab,
        cell: a1(dateCol, row),
        message: FIX.dateOutside(vnDay(day), range2[0], range2[1])
      });
    }
  };
  for (let i = layout.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const dateCell = r[dateCol];
    let hasFigures = false;
    for (let c = 0; c < k && !hasFigures; c++)
      hasFigures = typeof r[cols[c]] === "number" || !isBlank(r[cols[c]]);
    if (!hasFigures && isBlank(dateCell)) continue;
    const day = typeof dateCell === "object" && dateCell ? dateCell.day : cellDay(dateCell);
    const first = day === null ? 0 : !seen && day > latest ? (latest = day, 0) : firstRow(day, i);
    if (day === null || first || hasFigures && (day < start || day > deadline || day > today)) {
      dateProblem(day, i + 1, dateCell, first);
      continue;
    }
    if (!hasFigures) continue;
    let any = false;
    for (let c = 0; c < k; c++) {
      const v = r[cols[c]];
      const value = typeof v === "number" && v >= 0 && v % 1 === 0 && v <= limits[c] ? v : slowFigure(v, cols[c], i + 1, limits[c], fail);
      if (value === null) continue;
      const list = lists[c];
      list.days[list.n] = day;
      list.daily[list.n] = value;
      list.rows[list.n++] = i + 1;
      any = true;
    }
    if (any) {
      const stamp = stampCol >= 0 ? r[stampCol] : null;
      reported[reportedCount] = day;
      enteredAt[reportedCount++] = cellMinutes(stamp);
    }
  }
  return { lists, reported, enteredAt, reportedCount };
}
function toSeries(layout, lists, ctx, findings) {
  const figures2 = byName();
  layout.indicatorCols.forEach(({ indicator }, i) => {
    var _a;
    const list = finish(lists[i]);
    const opening = (_a = ctx.openings[indicator]) != null ? _a : 0;
    if (ctx.mode === "daily") {
      figures2[indicator] = list;
    } else {
      const daily = runningTotalsToDaily(ctx.tab, list, opening);
      findings.push(...daily.findings);
      figures2[indicator] = daily.series;
    }
    findings.push(...outliers(ctx.tab, figures2[indicator], opening, ctx.mode));
  });
  return figures2;
}
function readTab(rows, ctx) {
  const layout = findLayout(rows);
  if (!layout) {
    const finding = {
      severity: "error",
      code: "header-missing",
      sheet: ctx.tab,
      message: FIX.headerMissing(ctx.tab)
    };
    return { reading: null, findings: [finding] };
  }
  const findings = layout.duplicates.map(({ indicator, col }) => ({
    severity: "error",
    code: "column-duplicate",
    sheet: ctx.tab,
    cell: a1(col, layout.headerRow),
    message: FIX.columnDuplicate(indicator)
  }));
  const read = readRows(rows, layout, ctx, findings);
  const figures2 = toSeries(layout, read.lists, ctx, findings);
  if (ctx.openingsValid) findings.push(...activatedCheck(ctx.tab, layout, figures2, ctx.openings));
  const byDay = finish({
    days: read.reported,
    daily: read.enteredAt,
    rows: read.reported,
    n: read.reportedCount,
    col: 0
  });
  return {
    reading: { layout, figures: figures2, reported: byDay.days, enteredAt: byDay.daily, findings },
    findings
  };
}

// src/core/findings.ts
function sortFindings(findings) {
  const sheetOrder = /* @__PURE__ */ new Map();
  findings.forEach((f) => sheetOrder.has(f.sheet) || sheetOrder.set(f.sheet, sheetOrder.size));
  return findings.map((f, i) => ({ f, i })).sort((a, b) => {
    const sev = (a.f.severity === "error" ? 0 : 1) - (b.f.severity === "error" ? 0 : 1);
    if (sev) return sev;
    const sh = sheetOrder.get(a.f.sheet) - sheetOrder.get(b.f.sheet);
    if (sh) return sh;
    const [ra, ca] = cellPosition(a.f.cell);
    const [rb, cb] = cellPosition(b.f.cell);
    return ra - rb || ca - cb || a.i - b.i;
  }).map(({ f }) => f);
}
function addFindings(sorted, later) {
  if (!later.length) return sorted;
  const more = sortFindings(later);
  const errors = (list) => list.filter((f) => f.severity === "error");
  const warnings = (list) => list.filter((f) => f.severity !== "error");
  return [...errors(sorted), ...errors(more), ...warnings(sorted), ...warnings(more)];
}

// src/core/phases.ts
function readPhases(rows, shown2, campaign, indicators2) {
  const findings = [];
  if (!rows || rows.length === 0) return { phases: [], findings };
  const fail = (cell, message) => findings.push({
    severity: "error",
    code: "phase-invalid",
    sheet: SHEETS.phases,
    cell,
    message
  });
  const header = rows[0];
  const col = (label) => header.findIndex((h2) => sameLabel(h2, label));
  const [nameCol, fromCol, toCol] = [
    col(PHASE_COLUMN.name),
    col(PHASE_COLUMN.from),
    col(PHASE_COLUMN.to)
  ];
  if (nameCol < 0 || fromCol < 0 || toCol < 0) {
    fail("A1", FIX.phaseHeader);
    return { phases: [], findings };
  }
  const prefix = `${normalizeLabel(INDICATOR_PREFIX.quota)} `;
  const targetCols = header.flatMap((h2, c) => {
    var _a;
    const key = normalizeLabel(h2);
    if (!key.startsWith(prefix) || key.length === prefix.length) return [];
    const text2 = cellText(h2);
    const raw = text2.slice(text2.length - (key.length - prefix.length)).trim();
    return [{ col: c, header: text2, indicator: (_a = indicators2.find((i) => sameLabel(i, raw))) != null ? _a : raw }];
  });
  const phases = [];
  rows.slice(1).forEach((r, i) => {
    var _a;
    const row = i + 2;
    if (r.every((v) => isBlank(v))) return;
    const name = cellText(r[nameCol]);
    const from = readDate(r[fromCol]);
    const to = readDate(r[toCol]);
    if (!name) return fail(a1(nameCol, row), FIX.phaseName(row));
    if (!from) return fail(a1(fromCol, row), FIX.phaseDate(name, PHASE_COLUMN.from));
    if (!to) return fail(a1(toCol, row), FIX.phaseDate(name, PHASE_COLUMN.to));
    if (to < from) return fail(a1(toCol, row), FIX.phaseOrder(name));
    const { start, deadline } = campaign;
    if (start && from < start || deadline && to > deadline)
      return fail(
        a1(start && from < start ? fromCol : toCol, row),
        FIX.phaseOutside(
          name,
          start ? formatVnDate(start) : "?",
          deadline ? formatVnDate(deadline) : "?"
        )
      );
    const clash = phases.find((p) => from <= p.to && p.from <= to);
    if (clash) return fail(a1(fromCol, row), FIX.phaseOverlap(name, clash.name, clash.row));
    const targets = byName();
    for (const t of targetCols) {
      if (isBlank(r[t.col])) continue;
      const v = r[t.col];
      const target = readTarget(v, typeof v === "number" ? (_a = shown2()[i + 1]) == null ? void 0 : _a[t.col] : void 0);
      if ((target == null ? void 0 : target.kind) === "share") targets[t.indicator] = target;
      else fail(a1(t.col, row), FIX.phaseTarget(t.header, name));
    }
    phases.push({ name, from, to, targets, row });
  });
  phases.sort((a, b) => a.from < b.from ? -1 : 1);
  return { phases: phases.map(({ row: _row, ...p }) => p), findings };
}
function phaseAt(phases, date2) {
  var _a;
  if (date2 === null) return null;
  return (_a = phases.find((p) => p.from <= date2 && date2 <= p.to)) != null ? _a : null;
}

// src/core/campaign.ts
function requireSheets(sheets) {
  if (!sheets.settings) throw new WorkbookError(MSG.sheetMissing(SHEETS.settings));
  if (!sheets.units) throw new WorkbookError(MSG.sheetMissing(SHEETS.units));
  return { settings: sheets.settings, units: sheets.units };
}
function lastDeadline(campaign) {
  return campaign.units.reduce(
    (d, { unit }) => d && unit.deadline && unit.deadline > d ? unit.deadline : d,
    campaign.settings.deadline
  );
}
var FIGURE_CAP = 1e7;
function figureLimit(unit, settings) {
  return (indicator) => {
    const population = populationOf(unit, indicator);
    const target = ownTarget(unit, indicator);
    const bounds = [FIGURE_CAP, population != null ? population : Infinity];
    if (settings.mode === "daily" && (target == null ? void 0 : target.kind) === "count") bounds.push(target.count);
    return Math.min(...bounds);
  };
}
function mergeFindings(tab, layout, merges) {
  const read = /* @__PURE__ */ new Set([layout.dateCol, ...layout.indicatorCols.map((c) => c.col)]);
  return merges.flatMap((range2) => {
    const m = rangePosition(range2);
    if (!m || m.lastRow <= layout.headerRow) return [];
    let touches = false;
    for (let c = m.col; c <= m.lastCol && !touches; c++) touches = read.has(c - 1);
    if (!touches) return [];
    const first = a1(m.col - 1, m.row);
    return [
      {
        severity: "warning",
        code: "merged-cells",
        sheet: tab,
        cell: first,
        message: FIX.mergedCells(range2, first)
      }
    ];
  });
}
function columnSlot(header, layout) {
  const free = header.findIndex((v) => isBlank(v));
  return a1(free >= 0 ? free : layout.width - 1, layout.headerRow);
}
function exactTitle(titles, unit) {
  for (const spelt of [unit.typedTab, unit.tab]) if (spelt && titles.includes(spelt)) return spelt;
  const kept = titles.filter((t) => cellText(t) === unit.tab);
  return kept.length === 1 ? kept[0] : null;
}
function readUnitTab(sheets, unit, settings, today, expected, findings) {
  var _a, _b, _c, _d, _e;
  const same = (_b = (_a = sheets.matches) == null ? void 0 : _a.call(sheets, unit.tab)) != null ? _b : [];
  const exact = same.length > 1 ? exactTitle(same, unit) : null;
  if (same.length > 1) {
    findings.push({
      severity: exact ? "warning" : "error",
      code: "missing-tab",
      sheet: SHEETS.units,
      cell: unit.tabCell,
      message: FIX.tabAmbiguous(
        visible(unit.tab),
        same.map((t) => `"${visible(t)}"`).join(", "),
        exact !== null
      )
    });
  }
  const title = exact != null ? exact : unit.tab;
  const ambiguous = same.length > 1 && !exact;
  const rows = sheets.tab(title);
  if (!rows) {
    if (same.length <= 1)
      findings.push({
        severity: "error",
        code: "missing-tab",
        sheet: SHEETS.units,
        cell: unit.tabCell,
        message: FIX.missingTab(visible(unit.name), visible(unit.tab))
      });
    return { unit, reading: null, title, ambiguous };
  }
  const { reading, findings: tabFindings } = readTab(rows, {
    tab: title,
    mode: settings.mode,
    start: settings.start,
    deadline: (_c = unit.deadline) != null ? _c : settings.deadline,
    today,
    openings: unit.openings,
    openingsValid: unit.openingsValid,
    limit: figureLimit(unit, settings)
  });
  findings.push(...tabFindings);
  if (!reading) return { unit, reading, title, ambiguous };
  const { layout } = reading;
  findings.push(...mergeFindings(title, layout, (_e = (_d = sheets.merges) == null ? void 0 : _d.call(sheets, title)) != null ? _e : []));
  const slot = columnSlot(rows[layout.headerRow - 1], layout);
  for (const indicator of expected) {
    if (layout.indicatorCols.some((c) => sameLabel(c.indicator, indicator))) continue;
    findings.push({
      severity: "error",
      code: "missing-column",
      sheet: title,
      cell: slot,
      message: FIX.missingColumn(title, indicator, layout.headerRow)
    });
  }
  return { unit, reading, title, ambiguous };
}
function readCampaign(sheets, today) {
  var _a, _b;
  const required = requireSheets(sheets);
  const shownSheets = /* @__PURE__ */ new Map();
  const once = (name) => {
    var _a2, _b2;
    if (!shownSheets.has(name)) shownSheets.set(name, (_b2 = (_a2 = sheets.shown) == null ? void 0 : _a2.call(sheets, name)) != null ? _b2 : []);
    return shownSheets.get(name);
  };
  const { settings, findings: settingFindings } = readSettings(required.settings);
  const { table, findings: unitFindings } = readUnits(
    required.units,
    settings.start,
    () => once(SHEETS.units)
  );
  const findings = [...settingFindings, ...unitFindings];
  const expected = table.indicators.length > 0 ? table.indicators : DEFAULT_INDICATORS;
  const indicators2 = [...expected];
  const { phases, findings: phaseFindings } = readPhases(
    (_a = sheets.phases) != null ? _a : null,
    () => once(SHEETS.phases),
    settings,
    indicators2
  );
  findings.push(...phaseFindings);
  (_b = sheets.prefetch) == null ? void 0 : _b.call(sheets, table.units.map((u) => u.tab));
  const claimed = [];
  const units = table.units.map((unit) => {
    var _a2, _b2;
    const reserved = RESERVED_SHEETS.find((name) => sameName(name, unit.tab));
    if (reserved !== void 0) {
      claimed.push(reserved);
      findings.push({
        severity: "error",
        code: "name-reserved",
        sheet: SHEETS.units,
        cell: unit.tabCell,
        message: FIX.nameReserved(visible(unit.name), visible(unit.tab))
      });
      return { unit, reading: null, title: unit.tab, ambiguous: false };
    }
    const own = expected.filter((i) => reports(unit, i));
    const entries = readUnitTab(sheets, unit, settings, today, own, findings);
    for (const { indicator } of (_b2 = (_a2 = entries.reading) == null ? void 0 : _a2.layout.indicatorCols) != null ? _b2 : [])
      if (!indicators2.some((i) => sameLabel(i, indicator))) indicators2.push(indicator);
    return entries;
  });
  return { settings, indicators: indicators2, units, phases, claimed, findings: sortFindings(findings) };
}

// src/core/calendar.ts
function countingDayNumbers(from, to, rules) {
  const holidays = new Set(rules.holidays.map(dayNumber));
  const days = [];
  for (let d = from; d <= to; d++) {
    const w = ((d + 4) % 7 + 7) % 7;
    if ((w !== 6 || rules.countSaturday) && (w !== 0 || rules.countSunday) && !holidays.has(d))
      days.push(d);
  }
  return days;
}
function countingDays(from, to, rules) {
  return countingDayNumbers(dayNumber(from), dayNumber(to), rules).map(fromDayNumber);
}
function nextCountingDay(date2, rules) {
  var _a, _b;
  const d = dayNumber(date2);
  return fromDayNumber(
    (_b = (_a = countingDayNumbers(d + 1, d + 31, rules)[0]) != null ? _a : countingDayNumbers(d + 32, d + 3660, rules)[0]) != null ? _b : d + 1
  );
}
function isDue(day, now, cutoff, rules) {
  const due = nextCountingDay(day, rules);
  return due < now.date || due === now.date && now.minutes >= cutoff;
}
function dataDateAt(days, now, cutoff, rules) {
  for (let i = days.length - 1; i >= 0; i--) {
    if (days[i] > now.date) continue;
    if (isDue(days[i], now, cutoff, rules)) return days[i];
  }
  return null;
}
function countingDaysAfter(date2, rules) {
  let days = null;
  return (k) => {
    if (date2 === null) return null;
    days != null ? days : days = countingDayNumbers(dayNumber(date2) + 1, dayNumber(date2) + 3660, rules);
    return k <= days.length ? fromDayNumber(days[k - 1]) : null;
  };
}

// src/core/as-of.ts
function asOfProblem(campaign, asOf, now) {
  const s = campaign.settings;
  const last = lastDeadline(campaign);
  if (!s.start || !last) return null;
  const date2 = formatVnDate(asOf);
  if (asOf < s.start || asOf > last)
    return SUMMARY.dateOutside(date2, formatVnDate(s.start), formatVnDate(last));
  if (!countingDays(asOf, asOf, s).length) return SUMMARY.notCountingDay(date2);
  if (!isDue(asOf, now, s.cutoff, s))
    return SUMMARY.notDueYet(date2, formatTime(s.cutoff), formatVnWeekday(nextCountingDay(asOf, s)));
  return null;
}
function campaignOver(campaign, now) {
  const s = campaign.settings;
  const last = lastDeadline(campaign);
  if (!s.start || !last) return null;
  const days = countingDays(s.start, last, s);
  const final = days[days.length - 1];
  if (!final) return null;
  return now.date > nextCountingDay(final, s) ? final : null;
}
function reportsOnly(campaign, now) {
  return !campaign.claimed.includes(SHEETS.mailLog) && campaignOver(campaign, now) !== null;
}
function mailHeld(campaign, now) {
  if (campaign.claimed.includes(SHEETS.mailLog)) return SUMMARY.mailLogClaimed;
  const over = campaignOver(campaign, now);
  return over ? SUMMARY.campaignOver(formatVnDate(over)) : null;
}

// src/core/mail-text.ts
var PERSONAL_NUMBER = /(?<!\p{Nd})(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\p{Nd})|\+?\p{Nd}(?:[^\p{L}\p{N}]{0,3}\p{Nd}){8,}/gu;
var redact = (match, dateSeparator) => dateSeparator ? match : MAIL.redacted;
function clean(text2) {
  return text2.replace(PERSONAL_NUMBER, redact).replace(/</g, "‹").replace(/>/g, "›").replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/\s{2,}/g, " ").trim();
}
function escapeHtml(text2) {
  return text2.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}
function vnNumber(n, decimals = 0) {
  const [int, frac] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 && Number(Math.abs(n).toFixed(decimals)) !== 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}
function vnPercent(p) {
  return `${vnNumber(p * 100, 1)}%`;
}
function utf8Length(text2) {
  let n = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
var FONT = "font-family:Arial,Helvetica,sans-serif;";
function bar(percent, width = 200, colour = "#34a853") {
  const filled = Math.max(0, Math.min(width, Math.round(percent * width)));
  const td = (w, c) => w > 0 ? `<td width="${w}" height="10" bgcolor="${c}" style="background:${c}"></td>` : "";
  const cells = [td(filled, colour), td(width - filled, "#e0e0e0")];
  return `<table role="presentation" cellpadding="0" cellspacing="0" width="${width}" style="border-collapse:collapse"><tr>${cells.join("")}</tr></table>`;
}
var h = (text2) => escapeHtml(clean(text2));
var link = (href, label) => href ? `<a href="${escapeHtml(href)}">${h(label)}</a>` : h(label);
var titleHtml = (title) => `<h3 style="font-size:15px;margin:18px 0 6px">${escapeHtml(title)}</h3>`;

// src/core/messages-digest.ts
var DIGEST = {
  asOf: (date2, daysLeft, deadline) => daysLeft > 0 ? `Số liệu tính đến hết ngày ${date2} — còn ${daysLeft} ngày đến hạn ${deadline}.` : `Số liệu tính đến hết ngày ${date2} — đã đến hạn ${deadline}.`,
  dayFigure: (day, n) => `ngày ${day}: +${n}`,
  noDayFigure: (day) => `ngày ${day}: chưa có số`,
  cumulative: (n) => `lũy kế ${n}`,
  remaining: (n) => `còn lại ${n}`,
  perDay: (n) => `cần ${n}/ngày`,
  backlogLine: (n, perDay2) => `${n} hồ sơ đã thu nhận chưa kích hoạt${perDay2 ? `; cần kích hoạt ${perDay2}/ngày để hết tồn đến hạn` : ""}`,
  // The data-quality section.
  qualityTitle: "Chất lượng số liệu",
  qualityClean: `Trang "${SHEETS.findings}" không có lỗi.`,
  /** `leftOut`: some figures of a unit's tab were left out of the totals. */
  qualityCounts: (errors, warnings, leftOut) => `Trang "${SHEETS.findings}" có ${errors} lỗi` + (warnings ? ` và ${warnings} cảnh báo` : "") + (leftOut ? ": số liệu ở các ô lỗi của trang đơn vị không được tính, nên tiến độ và trạng thái của các đơn vị đó có thể sai." : "."),
  settingsTitle: (n) => `Lỗi ở trang thiết lập (${n})`,
  settingsItem: (sheet, cell, what) => cell ? `${sheet} ô ${cell}: ${what}` : `${sheet}: ${what}`,
  settingsHelp: `cách sửa: xem trang "${SHEETS.findings}"`,
  flaggedTitle: (n) => `Số liệu có cảnh báo nhưng vẫn được tính vào tổng (${n})`,
  flaggedItem: (unit, cell, date2, value, what) => `${unit} ô ${cell}, ngày ${date2}: ${value} (${what})`,
  flaggedHelp: "hãy kiểm tra: nếu số sai, tiến độ, trạng thái và xếp hạng của đơn vị (và tổng) sai theo",
  /** Under a unit's name in the table: its tab has a flagged figure. */
  flaggedNote: "⚠ số liệu cần kiểm tra",
  qualityWarningsOnly: (warnings) => `Trang "${SHEETS.findings}" không có lỗi; có ${warnings} cảnh báo nên xem.`,
  errorsBySheet: "Lỗi theo trang",
  sheetErrors: (sheet, n) => `${sheet}: ${n}`,
  leftOutTitle: (cells) => `Ô số liệu không được tính vào tổng (${cells})`,
  leftOut: (unit, n, cells) => `${unit}: ${n} ô (${cells})`,
  noTabTitle: (n) => `Đơn vị chưa có trang số liệu (${n})`,
  noTabHelp: 'thêm trang bằng "Tạo/cập nhật trang đơn vị", hoặc sửa cột Tab ở trang "Đơn vị"',
  unreadableTitle: (n) => `Không đọc được trang số liệu (${n})`,
  unreadableHelp: `xem trang "${SHEETS.findings}"`,
  andMore: (n) => `và ${n} nữa`,
  openFindings: `Mở trang "${SHEETS.findings}"`,
  // The table of units.
  tableTitle: "Bảng theo đơn vị",
  day: (day) => `Ngày ${day}`,
  percentHead: "%",
  requiredHead: "Cần/ngày",
  backlogCount: "Số",
  missingSection: (n) => `Chưa báo cáo (${n})`,
  /** `listed` of the `n` are missing their report too, and listed above. */
  behindSection: (n, listed) => `Chậm tiến độ hoặc quá hạn (${n}${listed ? `, trong đó ${listed} đơn vị đã nêu ở mục chưa báo cáo` : ""})`,
  restSection: (n) => `Các đơn vị khác (${n})`,
  /** Every unit behind or overdue is missing its report too: no list of its own. */
  behindAllListed: (n) => n === 1 ? "Đơn vị chậm tiến độ hoặc quá hạn (1) cũng chưa báo cáo, đã nêu ở mục trên." : `Cả ${n} đơn vị chậm tiến độ hoặc quá hạn đều chưa báo cáo, đã nêu ở mục trên.`,
  levelsSection: "Theo cấp",
  missingSince: (day) => `chưa báo cáo từ ngày ${day}`,
  noTab: "chưa có trang số liệu",
  unreadable: "không đọc được trang số liệu",
  late: "báo cáo trễ",
  more: (n) => `… và ${n} đơn vị khác: xem trang "${SHEETS.summary}".`,
  moreLevels: (n) => `Hàng cộng theo cấp: thêm ${n} hàng ở trang "${SHEETS.summary}".`,
  compact: (shown2, all) => `Để thư không vượt 200 KB, bảng chỉ gồm ${shown2} đơn vị chưa báo cáo hoặc chậm tiến độ (trong ${all} đơn vị).`,
  fullTable: `Bảng đầy đủ: xem trang "${SHEETS.summary}"`,
  // The trend.
  trendTitle: (indicator, from) => `Diễn biến ${indicator} từ ${from} so với kế hoạch`,
  trendDate: "Ngày",
  trendActual: "Thực hiện",
  trendPlan: "Kế hoạch",
  trendLegend: "Thanh màu: thực hiện (xanh; cam khi dưới kế hoạch); thanh xám: kế hoạch. Thanh dài nhất là số lớn nhất trong bảng.",
  trendLine: (date2, actual, plan, gap) => `${date2}: ${actual} / kế hoạch ${plan} (${gap})`,
  trendNoPlan: (date2, actual) => `${date2}: ${actual}`,
  // The ranking.
  rankTitle: "Xếp hạng đơn vị (làm căn cứ khen thưởng, nhắc nhở)",
  rankShare: "Theo tỷ lệ hoàn thành chỉ tiêu",
  rankPace: (window) => `Theo tốc độ (TB ${window} ngày) so với mức cần đạt`,
  best: "Cao nhất",
  weakest: "Thấp nhất",
  rankFlagged: (window, from, units) => `Không xếp vào nhóm cao nhất vì có số liệu cần kiểm tra trong ${window} ngày gần nhất (từ ${from}): ${units}.`,
  rankNone: "không có đơn vị nào",
  rankShareItem: (unit, percent) => `${unit}: ${percent}`,
  rankPaceItem: (unit, ratio, pace, required) => `${unit}: ${ratio} lần (${pace}/ngày, cần ${required}/ngày)`
};
var REMINDER = {
  /**
   * The days a unit has not reported, after "chưa có số": one day by its date; a few listed
   * (`few` is all of them, the last given whole as `last`); many counted from the first to the
   * last, with the last few (`few`) named.
   */
  missingDays: (n, first, last, few) => n === 1 ? `của ngày ${last}` : few.length === n ? `của ${n} ngày: ${few.slice(0, -1).join(", ")} và ${last}` : `của ${n} ngày, từ ${first} đến ${last} (gần nhất: ${few.join(", ")})`
};

// src/core/digest-order.ts
function leadIndicator(p, u) {
  var _a, _b;
  const withQuota = p.quotaIndicators.filter((i) => {
    var _a2;
    return ((_a2 = u.indicators[i]) == null ? void 0 : _a2.quota) != null;
  });
  return (_b = (_a = withQuota.find((i) => {
    var _a2;
    return !((_a2 = u.indicators[i].target) == null ? void 0 : _a2.soft);
  })) != null ? _a : withQuota[0]) != null ? _b : null;
}
function leadShare(p, u) {
  const i = leadIndicator(p, u);
  return i && u.indicators[i].percent || 0;
}
function unitOrder(p) {
  const share = (u) => leadShare(p, u);
  const missing = p.units.filter((u) => u.reporting === "missing").sort((a, b) => b.missingStreak - a.missingStreak);
  const allBehind = p.units.filter((u) => u.status === "behind" || u.status === "overdue").sort((a, b) => share(a) - share(b));
  const behind = allBehind.filter((u) => u.reporting !== "missing");
  const named = /* @__PURE__ */ new Set([...missing, ...behind]);
  return { missing, behind, rest: p.units.filter((u) => !named.has(u)), allBehind };
}
var RANK_MAX = 3;
function ends(sorted, commendable) {
  if (sorted.every((x) => x.value === 0)) return { best: [], weakest: [] };
  const k = Math.min(RANK_MAX, Math.floor(sorted.length / 2));
  const weakest = sorted.slice(sorted.length - k).reverse();
  const best = sorted.slice(0, sorted.length - k).filter((x) => commendable(x.unit)).slice(0, k);
  return { best, weakest };
}
function ranking(p, doubtful = []) {
  var _a, _b;
  const byShare = [];
  const byPace = [];
  for (const unit of p.units) {
    const indicator = leadIndicator(p, unit);
    if (!unit.tabRead || !indicator || ((_a = unit.indicators[indicator].target) == null ? void 0 : _a.soft)) continue;
    const f = unit.indicators[indicator];
    byShare.push({ unit, indicator, value: (_b = f.percent) != null ? _b : 0 });
    if (f.requiredPerDay !== null && f.requiredPerDay > 0)
      byPace.push({ unit, indicator, value: f.pace / f.requiredPerDay });
  }
  const desc = (a, b) => b.value - a.value;
  const left = new Set(doubtful);
  const commendable = (u) => u.reporting !== "missing" && !left.has(u.name);
  return {
    share: ends(byShare.sort(desc), commendable),
    pace: ends(byPace.sort(desc), commendable)
  };
}

// src/core/finding-names.ts
var FINDING_NAMES = {
  "not-a-number": "Không phải số",
  negative: "Số âm",
  "not-integer": "Không phải số nguyên",
  "error-value": "Ô báo lỗi công thức",
  outlier: "Số bất thường",
  "date-invalid": "Ngày không hợp lệ",
  "date-outside": "Ngày ngoài thời hạn",
  "date-duplicate": "Trùng ngày",
  "future-entry": "Số liệu ngày chưa tới",
  "cumulative-decrease": "Lũy kế bị giảm",
  "activated-exceeds-collected": "Kích hoạt vượt thu nhận",
  "missing-tab": "Thiếu trang",
  "header-missing": "Thiếu hàng tiêu đề",
  "missing-column": "Thiếu cột",
  "unit-duplicate": "Trùng đơn vị",
  "unit-name-missing": "Thiếu tên đơn vị",
  "quota-invalid": "Chỉ tiêu không hợp lệ",
  "opening-invalid": "Số đầu kỳ không hợp lệ",
  "email-invalid": "Email không hợp lệ",
  "setting-missing": "Thiếu thiết lập",
  "setting-invalid": "Thiết lập không hợp lệ",
  implausible: "Số quá lớn",
  "column-duplicate": "Trùng cột",
  "name-reserved": "Trùng tên trang dành riêng",
  "merged-cells": "Ô bị gộp",
  "population-missing": "Thiếu số đối tượng",
  "phase-invalid": "Giai đoạn không hợp lệ",
  "frequency-invalid": "Tần suất không hợp lệ",
  "admin-invalid": "Địa chỉ quản trị không hợp lệ",
  "mail-log-unsigned": "Nhật ký thư không có chữ ký",
  "digest-over-quota": "Vượt hạn mức gửi thư"
};
function findingName(code) {
  var _a;
  return (_a = FINDING_NAMES[code]) != null ? _a : code;
}

// src/core/digest-sections.ts
var NAMES_MAX = 10;
function names(list, max = NAMES_MAX, separator = ", ") {
  const shown2 = list.slice(0, max).map(clean).join(separator);
  return list.length > max ? `${shown2}${separator}${DIGEST.andMore(list.length - max)}` : shown2;
}
var FLAGGED_MAX = 10;
function qualitySection(q, links2) {
  const lines = [];
  const leftOut = q.sheets.filter((s) => s.leftOut.length);
  if (q.errors === 0)
    lines.push(q.warnings ? DIGEST.qualityWarningsOnly(q.warnings) : DIGEST.qualityClean);
  else {
    lines.push(DIGEST.qualityCounts(q.errors, q.warnings, leftOut.length > 0));
    const bySheet = q.sheets.map((s) => DIGEST.sheetErrors(s.sheet, s.errors));
    lines.push(`${DIGEST.errorsBySheet}: ${names(bySheet)}.`);
    if (leftOut.length) {
      const cells = leftOut.reduce((n, s) => n + s.leftOut.length, 0);
      const each = leftOut.map((s) => {
        const shown2 = s.leftOut.slice(0, 5).join(", ");
        return DIGEST.leftOut(
          s.unit,
          s.leftOut.length,
          s.leftOut.length > 5 ? `${shown2}, …` : shown2
        );
      });
      lines.push(`${DIGEST.leftOutTitle(cells)}: ${names(each)}.`);
    }
    if (q.settings.length) {
      const each = q.settings.map((e) => DIGEST.settingsItem(e.sheet, e.cell, findingName(e.code)));
      lines.push(
        `${DIGEST.settingsTitle(each.length)}: ${names(each, FLAGGED_MAX, "; ")} — ${DIGEST.settingsHelp}.`
      );
    }
  }
  const flagged = q.flags.counted;
  if (flagged.length) {
    const each = flagged.map(
      (f) => DIGEST.flaggedItem(
        f.unit,
        f.cell,
        shortDate(f.date),
        vnNumber(f.value),
        findingName(f.code).toLowerCase()
      )
    );
    lines.push(
      `${DIGEST.flaggedTitle(each.length)}: ${names(each, FLAGGED_MAX, "; ")} — ${DIGEST.flaggedHelp}.`
    );
  }
  if (q.noTab.length)
    lines.push(`${DIGEST.noTabTitle(q.noTab.length)}: ${names(q.noTab)} — ${DIGEST.noTabHelp}.`);
  if (q.unreadable.length)
    lines.push(
      `${DIGEST.unreadableTitle(q.unreadable.length)}: ${names(q.unreadable)} — ${DIGEST.unreadableHelp}.`
    );
  const findings = links2.tab(SHEETS.findings);
  const bad = q.errors > 0 || q.noTab.length > 0 || q.unreadable.length > 0;
  return {
    html: [
      titleHtml(DIGEST.qualityTitle),
      ...lines.map(
        (l, k) => `<p style="margin:3px 0${k === 0 && bad ? ";color:#c5221f" : ""}">${h(l)}</p>`
      ),
      ...(bad || flagged.length > 0) && findings ? [`<p style="margin:3px 0">${link(findings, DIGEST.openFindings)}</p>`] : []
    ],
    text: ["", `${DIGEST.qualityTitle}:`, ...lines.map((l) => `- ${clean(l)}`)]
  };
}
var BAR = 150;
function trendBars(actual, plan, top) {
  const w = (v) => Math.max(0, Math.min(BAR, Math.round(v / top * BAR)));
  const line = (width, colour, height) => `<table role="presentation" cellpadding="0" cellspacing="0" width="${BAR}" style="border-collapse:collapse"><tr>` + (width > 0 ? `<td width="${width}" height="${height}" bgcolor="${colour}" style="background:${colour};font-size:0;line-height:0">&nbsp;</td>` : "") + (width < BAR ? `<td width="${BAR - width}" height="${height}" style="font-size:0;line-height:0">&nbsp;</td>` : "") + "</tr></table>";
  const behind = plan !== null && actual < plan;
  return line(w(actual), behind ? "#f29900" : "#34a853", 8) + (plan === null ? "" : line(w(plan), "#9aa0a6", 4));
}
function blocks(v, top) {
  const n = Math.max(0, Math.min(10, Math.round(v / top * 10)));
  return "█".repeat(n) + "░".repeat(10 - n);
}
function trendSection(t) {
  const title = DIGEST.trendTitle(t.indicator, formatVnDate(t.points[0].date));
  const top = Math.max(1, ...t.points.map((pt) => {
    var _a;
    return Math.max(pt.cumulative, (_a = pt.plan) != null ? _a : 0);
  }));
  const gap = (a, plan) => `${a >= plan ? "+" : ""}${vnNumber(a - plan)}`;
  const rows = t.points.map(
    (pt) => `<tr><td>${shortDate(pt.date)}</td><td align="right">${vnNumber(pt.cumulative)}</td><td align="right">${pt.plan === null ? "" : vnNumber(pt.plan)}</td><td>${trendBars(pt.cumulative, pt.plan, top)}</td></tr>`
  );
  return {
    html: [
      titleHtml(clean(title)),
      '<div style="overflow-x:auto">',
      '<table cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:12px">',
      `<tr style="background:#f1f3f4"><th align="left">${escapeHtml(DIGEST.trendDate)}</th><th>${escapeHtml(DIGEST.trendActual)}</th><th>${escapeHtml(DIGEST.trendPlan)}</th><th></th></tr>`,
      ...rows,
      "</table></div>",
      `<p style="margin:3px 0;color:#5f6368;font-size:12px">${escapeHtml(DIGEST.trendLegend)}</p>`
    ],
    text: [
      "",
      `${clean(title)}:`,
      ...t.points.map(
        (pt) => `${blocks(pt.cumulative, top)} ` + (pt.plan === null ? DIGEST.trendNoPlan(shortDate(pt.date), vnNumber(pt.cumulative)) : DIGEST.trendLine(
          shortDate(pt.date),
          vnNumber(pt.cumulative),
          vnNumber(pt.plan),
          gap(pt.cumulative, pt.plan)
        ))
      )
    ]
  };
}
function rankingSection(p, flags) {
  var _a;
  const r = ranking(p, flags == null ? void 0 : flags.recent);
  if (![r.share, r.pace].some((x) => x.best.length || x.weakest.length)) return null;
  const ranked = new Set(p.units.filter((u) => leadIndicator(p, u)).map((u) => u.name));
  const left = ((_a = flags == null ? void 0 : flags.recent) != null ? _a : []).filter((n) => ranked.has(n));
  const note = left.length && (flags == null ? void 0 : flags.windowFrom) ? DIGEST.rankFlagged(p.paceWindow, shortDate(flags.windowFrom), names(left)) : null;
  const shareItem = (x) => DIGEST.rankShareItem(clean(x.unit.name), vnPercent(x.value));
  const paceItem = (x) => {
    const f = x.unit.indicators[x.indicator];
    return DIGEST.rankPaceItem(
      clean(x.unit.name),
      vnNumber(x.value, 2),
      vnNumber(f.pace, 1),
      vnNumber(f.requiredPerDay)
    );
  };
  const parts = [
    { title: DIGEST.rankShare, ends: r.share, item: shareItem },
    { title: DIGEST.rankPace(p.paceWindow), ends: r.pace, item: paceItem }
  ].filter((x) => x.ends.best.length || x.ends.weakest.length);
  const list = (items) => items.length ? `<ol style="margin:0;padding-left:18px">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ol>` : `<p style="margin:0">${escapeHtml(DIGEST.rankNone)}</p>`;
  const line = (x, list2) => list2.length ? list2.map((y, k) => `${k + 1}. ${x.item(y)}`).join("; ") : DIGEST.rankNone;
  return {
    html: [
      titleHtml(DIGEST.rankTitle),
      ...note ? [`<p style="margin:3px 0">${escapeHtml(note)}</p>`] : [],
      ...parts.map(
        (x) => `<p style="margin:6px 0 2px"><b>${escapeHtml(x.title)}</b></p><table cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:13px"><tr><td valign="top" width="50%"><span style="color:#188038">${escapeHtml(DIGEST.best)}</span>${list(x.ends.best.map(x.item))}</td><td valign="top" width="50%"><span style="color:#c5221f">${escapeHtml(DIGEST.weakest)}</span>${list(x.ends.weakest.map(x.item))}</td></tr></table>`
      )
    ],
    text: [
      "",
      `${DIGEST.rankTitle}:`,
      ...note ? [note] : [],
      ...parts.flatMap((x) => [
        `${x.title}:`,
        `  ${DIGEST.best}: ${line(x, x.ends.best)}`,
        `  ${DIGEST.weakest}: ${line(x, x.ends.weakest)}`
      ])
    ]
  };
}

// src/core/progress-figures.ts
function missingSince(u) {
  return u.missingStreak > 0 ? u.missing[u.missing.length - u.missingStreak] : null;
}
function perDay(amount, daysLeft, rounding) {
  if (daysLeft <= 0) return null;
  const exact = amount / daysLeft;
  return rounding === "nearest" ? Math.floor(exact + 0.5) : Math.ceil(exact);
}
function derive(sums, at, extras) {
  var _a;
  const { quota, cumulative, pace, meanSinceStart } = sums;
  if (quota === null) {
    return {
      progress: {
        quota,
        cumulative,
        percent: null,
        remaining: null,
        pace,
        meanSinceStart,
        requiredPerDay: null,
        projected: null,
        ...extras
      },
      status: null
    };
  }
  const remaining = (_a = sums.remaining) != null ? _a : Math.max(0, quota - cumulative);
  const requiredPerDay = sums.requiredPerDay !== void 0 ? sums.requiredPerDay : perDay(remaining, at.daysLeft, at.rounding);
  const projected = remaining > 0 && pace > 0 ? at.dayAfter(Math.ceil(remaining / pace)) : null;
  let status;
  if (remaining === 0) status = "done";
  else if (at.asOf !== null && at.asOf >= at.deadline) status = "overdue";
  else if (requiredPerDay !== null && pace < requiredPerDay) status = "behind";
  else status = "on-track";
  return {
    progress: {
      quota,
      cumulative,
      percent: cumulative / quota,
      remaining,
      pace,
      meanSinceStart,
      requiredPerDay,
      projected,
      ...extras
    },
    status: sums.soft ? null : status
  };
}
var RANK = { overdue: 0, behind: 1, "on-track": 2, done: 3 };
function worst(statuses) {
  const known = statuses.filter((s) => s !== null);
  return known.length ? known.reduce((a, b) => RANK[a] <= RANK[b] ? a : b) : null;
}

// src/core/digest-table.ts
var TABLE_COLUMNS_MAX = 11;
var num = (n) => n == null ? "" : vnNumber(n);
function indicatorBlock(p, i) {
  const day = shortDate(p.asOf);
  const get = (f) => f.indicators[i];
  const today = {
    head: DIGEST.day(day),
    cell: (f) => get(f) ? get(f).today === null ? "—" : vnNumber(get(f).today) : ""
  };
  const cumulative = {
    head: SUMMARY_COLUMN.cumulative,
    cell: (f) => {
      var _a;
      return num((_a = get(f)) == null ? void 0 : _a.cumulative);
    }
  };
  const dayText = (f) => get(f).today === null ? DIGEST.noDayFigure(day) : DIGEST.dayFigure(day, vnNumber(get(f).today));
  if (!p.quotaIndicators.includes(i))
    return {
      title: i,
      columns: [today, cumulative],
      text: (f) => get(f) ? `${clean(i)}: ${dayText(f)}, ${DIGEST.cumulative(num(get(f).cumulative))}` : ""
    };
  const required = (f) => {
    const x = get(f);
    if (!x || x.quota === null) return "";
    return x.requiredPerDay === null ? x.remaining === 0 ? "0" : "—" : vnNumber(x.requiredPerDay);
  };
  return {
    title: i,
    columns: [
      today,
      cumulative,
      {
        head: DIGEST.percentHead,
        cell: (f) => {
          var _a;
          return ((_a = get(f)) == null ? void 0 : _a.percent) == null ? "" : vnPercent(get(f).percent);
        }
      },
      { head: SUMMARY_COLUMN.remaining, cell: (f) => {
        var _a;
        return num((_a = get(f)) == null ? void 0 : _a.remaining);
      } },
      { head: DIGEST.requiredHead, cell: required }
    ],
    text: (f) => {
      const x = get(f);
      if (!x) return "";
      const parts = [dayText(f)];
      if (x.quota === null) parts.push(DIGEST.cumulative(vnNumber(x.cumulative)));
      else {
        parts.push(
          `${DIGEST.cumulative(vnNumber(x.cumulative))}/${vnNumber(x.quota)} (${vnPercent(x.percent)})`,
          DIGEST.remaining(vnNumber(x.remaining))
        );
        if (x.requiredPerDay !== null) parts.push(DIGEST.perDay(vnNumber(x.requiredPerDay)));
      }
      return `${clean(i)}: ${parts.join(", ")}`;
    }
  };
}
var backlogBlock = {
  title: SUMMARY_COLUMN.pending,
  columns: [
    { head: DIGEST.backlogCount, cell: (f) => num(f.pendingActivation) },
    {
      head: DIGEST.requiredHead,
      cell: (f) => f.pendingActivation === null ? "" : num(f.pendingPerDay) || "—"
    }
  ],
  text: (f) => f.pendingActivation === null ? "" : `${SUMMARY_COLUMN.pending}: ${vnNumber(f.pendingActivation)}` + (f.pendingPerDay === null ? "" : `, ${DIGEST.perDay(vnNumber(f.pendingPerDay))}`)
};
function tableBlocks(p) {
  const blocks2 = p.indicators.filter((i) => p.total.indicators[i]).map((i) => indicatorBlock(p, i));
  if (p.total.pendingActivation !== null) blocks2.push(backlogBlock);
  const tables = [];
  let width = Infinity;
  for (const b of blocks2) {
    if (width + b.columns.length > TABLE_COLUMNS_MAX) {
      tables.push([]);
      width = 0;
    }
    tables[tables.length - 1].push(b);
    width += b.columns.length;
  }
  return tables;
}
var sets = /* @__PURE__ */ new WeakMap();
function among(list, name) {
  let set = sets.get(list);
  if (!set) sets.set(list, set = new Set(list));
  return set.has(name);
}
function unitNote(u, context2) {
  const notes = [];
  if (!u.tabRead)
    notes.push(context2 && among(context2.quality.noTab, u.name) ? DIGEST.noTab : DIGEST.unreadable);
  else if (u.reporting === "missing") {
    const since = missingSince(u);
    if (since) notes.push(DIGEST.missingSince(shortDate(since)));
  } else if (u.reporting === "late") notes.push(DIGEST.late);
  if (context2 && among(context2.quality.flags.marked, u.name)) notes.push(DIGEST.flaggedNote);
  return notes.join("; ");
}
var RED = "#c5221f";
var STATUS_COLOUR = { overdue: RED, behind: RED, "on-track": "#202124", done: "#188038" };
function statusCell(f) {
  if (!f.status) return "<td></td>";
  return `<td style="color:${STATUS_COLOUR[f.status]};white-space:nowrap">${escapeHtml(STATUS_LABELS[f.status])}</td>`;
}
function tableHtml(p, blocks2, rows, links2, context2) {
  const columns = blocks2.flatMap((b) => b.columns);
  const span = columns.length + 2;
  const head = [
    '<tr style="background:#f1f3f4">',
    // Wide enough that a name wraps at most once or twice on a phone, where the table scrolls.
    `<th rowspan="2" align="left" style="min-width:120px">${escapeHtml(SUMMARY_COLUMN.unit)}</th>`,
    ...blocks2.map((b) => `<th colspan="${b.columns.length}">${h(b.title)}</th>`),
    `<th rowspan="2">${escapeHtml(SUMMARY_COLUMN.status)}</th></tr>`,
    '<tr style="background:#f1f3f4">',
    ...columns.map((c) => `<th>${escapeHtml(c.head)}</th>`),
    "</tr>"
  ].join("");
  const cells = (f) => columns.map((c) => `<td align="right">${escapeHtml(c.cell(f))}</td>`).join("") + statusCell(f);
  const body = rows.map((r) => {
    switch (r.kind) {
      case "section":
        return `<tr><td colspan="${span}" style="background:#e8eaed;font-weight:bold">${escapeHtml(r.title)}</td></tr>`;
      case "note":
        return `<tr><td colspan="${span}" style="color:#5f6368">${escapeHtml(r.text)}</td></tr>`;
      case "unit": {
        const note = unitNote(r.unit, context2);
        const noteHtml = note ? `<br><span style="color:${RED};font-size:11px">${escapeHtml(note)}</span>` : "";
        return `<tr><td>${link(links2.tab(r.unit.tab), r.unit.name)}${noteHtml}</td>${cells(r.unit)}</tr>`;
      }
      case "group":
        return `<tr style="background:#f8f9fa"><td style="padding-left:${4 + (r.group.level - 1) * 12}px">${h(SUMMARY_COLUMN.subtotal(r.group.name))}</td>${cells(r.group)}</tr>`;
      case "total":
        return `<tr style="background:#f1f3f4;font-weight:bold"><td>${escapeHtml(SUMMARY_COLUMN.total)}</td>${cells(p.total)}</tr>`;
    }
  });
  return [
    '<div style="overflow-x:auto;margin:0 0 10px">',
    '<table border="1" cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse;border-color:#dadce0;font-size:12px">',
    head,
    ...body,
    "</table></div>"
  ].join("\n");
}
function digestTableHtml(p, rows, links2, context2) {
  return tableBlocks(p).map((blocks2) => tableHtml(p, blocks2, rows, links2, context2)).join("\n");
}
function digestTableText(p, rows, context2) {
  const blocks2 = tableBlocks(p).flat();
  const figures2 = (f) => [
    ...blocks2.map((b) => b.text(f)).filter(Boolean),
    ...f.status ? [STATUS_LABELS[f.status]] : []
  ].join("; ");
  return rows.map((r) => {
    switch (r.kind) {
      case "section":
        return `
${r.title}:`;
      case "note":
        return `
${r.text}`;
      case "unit": {
        const note = unitNote(r.unit, context2);
        return `- ${clean(r.unit.name)}${note ? ` [${note}]` : ""} — ${figures2(r.unit)}`;
      }
      case "group":
        return `${"  ".repeat(r.group.level - 1)}- ${clean(SUMMARY_COLUMN.subtotal(r.group.name))} — ${figures2(r.group)}`;
      case "total":
        return `= ${SUMMARY_COLUMN.total} — ${figures2(p.total)}`;
    }
  });
}

// src/core/digest-email.ts
var DIGEST_LIST_MAX = 30;
var DIGEST_BODY_MAX = 19e4;
function overallSection(p) {
  const day = shortDate(p.asOf);
  const lines = p.indicators.filter((i) => p.total.indicators[i]).map((i) => {
    const f = p.total.indicators[i];
    const today = f.today === null ? DIGEST.noDayFigure(day) : DIGEST.dayFigure(day, vnNumber(f.today));
    const parts = f.quota === null ? [
      DIGEST.cumulative(vnNumber(f.cumulative)),
      today,
      MAIL.pace(p.paceWindow, vnNumber(f.pace, 1))
    ] : [
      MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota), vnPercent(f.percent)),
      today,
      f.requiredPerDay === null ? "" : MAIL.required(vnNumber(f.requiredPerDay)),
      MAIL.pace(p.paceWindow, vnNumber(f.pace, 1)),
      f.remaining === 0 ? "" : f.projected ? MAIL.projected(formatVnDate(f.projected)) : MAIL.noProjection
    ];
    return { name: i, percent: f.percent, line: parts.filter(Boolean).join("; ") };
  });
  const backlog = p.total.pendingActivation;
  const backlogLine = backlog === null ? null : DIGEST.backlogLine(
    vnNumber(backlog),
    p.total.pendingPerDay === null ? "" : vnNumber(p.total.pendingPerDay)
  );
  return {
    html: [
      titleHtml(MAIL.overall),
      ...lines.map(
        (o) => `<p style="margin:4px 0"><b>${h(o.name)}</b>: ${escapeHtml(o.line)}</p>` + (o.percent === null ? "" : bar(o.percent))
      ),
      ...backlogLine ? [
        `<p style="margin:4px 0"><b>${escapeHtml(SUMMARY_COLUMN.pending)}</b>: ${escapeHtml(backlogLine)}</p>`
      ] : []
    ],
    text: [
      "",
      `${MAIL.overall}:`,
      ...lines.map((o) => `- ${clean(o.name)}: ${o.line}`),
      ...backlogLine ? [`- ${SUMMARY_COLUMN.pending}: ${backlogLine}`] : []
    ]
  };
}
function unconfirmedSection(unconfirmed) {
  if (!unconfirmed.length) return { html: [], text: [] };
  const lines = unconfirmed.map(
    (m) => MAIL.unconfirmedLine(
      MAIL_LOG_COLUMN.kinds[m.kind],
      clean(m.unit),
      formatVnDate(m.dataDate),
      m.recipients.join(", ")
    )
  );
  const title = MAIL.unconfirmedTitle(lines.length);
  return {
    html: [
      titleHtml(title),
      `<ul style="margin:0;padding-left:20px">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
      `<p style="margin:4px 0">${escapeHtml(MAIL.unconfirmedHelp)}</p>`
    ],
    text: ["", `${title}:`, ...lines.map((l) => `- ${l}`), MAIL.unconfirmedHelp]
  };
}
var CUTS = [
  { rest: true, cap: Infinity },
  { rest: false, cap: Infinity },
  { rest: false, cap: 200 },
  { rest: false, cap: 100 },
  { rest: false, cap: DIGEST_LIST_MAX }
];
function tableSection(p, links2, context2, cut) {
  var _a;
  const { missing, behind, rest, allBehind } = unitOrder(p);
  const cap = (list) => list.slice(0, cut.cap);
  const rows = [];
  const section = (title, list) => {
    if (!list.length) return;
    rows.push({ kind: "section", title });
    for (const unit of cap(list)) rows.push({ kind: "unit", unit });
  };
  section(DIGEST.missingSection(missing.length), missing);
  const listed = allBehind.length - behind.length;
  if (listed && !behind.length) rows.push({ kind: "note", text: DIGEST.behindAllListed(listed) });
  section(DIGEST.behindSection(allBehind.length, listed), behind);
  if (cut.rest) section(DIGEST.restSection(rest.length), rest);
  if (p.groups.length) {
    rows.push({ kind: "section", title: DIGEST.levelsSection });
    for (const group of cap(p.groups)) rows.push({ kind: "group", group });
  }
  rows.push({ kind: "total" });
  const summary = (_a = links2.tab(SHEETS.summary)) != null ? _a : links2.sheet;
  const notes = [];
  if (!cut.rest) {
    const shown2 = cap(missing).length + cap(behind).length;
    notes.push(DIGEST.compact(shown2, p.units.length));
    const left = missing.length + behind.length - shown2;
    if (left > 0) notes.push(DIGEST.more(left));
    if (p.groups.length > cut.cap) notes.push(DIGEST.moreLevels(p.groups.length - cut.cap));
  }
  const lead = [
    ...missing.length ? [] : [MAIL.noneMissing],
    ...allBehind.length ? [] : [MAIL.noneBehind]
  ];
  return {
    html: [
      titleHtml(DIGEST.tableTitle),
      ...lead.map((l) => `<p style="margin:3px 0">${escapeHtml(l)}</p>`),
      ...notes.map((l) => `<p style="margin:3px 0">${escapeHtml(l)}</p>`),
      ...!cut.rest ? [`<p style="margin:3px 0">${link(summary, DIGEST.fullTable)}</p>`] : [],
      digestTableHtml(p, rows, links2, context2)
    ],
    text: [
      "",
      `${DIGEST.tableTitle}:`,
      ...lead,
      ...notes,
      ...!cut.rest ? [`${DIGEST.fullTable}: ${summary}`] : [],
      ...digestTableText(p, rows, context2)
    ]
  };
}
function digestMail(p, to, links2, unconfirmed = [], context2) {
  const asOf = formatVnDate(p.asOf);
  const { missing, allBehind } = unitOrder(p);
  const subject = MAIL.digestSubject(clean(p.campaign), asOf, missing.length, allBehind.length);
  const head = DIGEST.asOf(asOf, p.daysLeft, formatVnDate(p.deadline)) + (p.phase ? MAIL.phase(clean(p.phase.name), formatVnDate(p.phase.from), formatVnDate(p.phase.to)) : "");
  const before = [overallSection(p), ...context2 ? [qualitySection(context2.quality, links2)] : []];
  const after = [
    ...(context2 == null ? void 0 : context2.trend) ? [trendSection(context2.trend)] : [],
    ...[rankingSection(p, context2 == null ? void 0 : context2.quality.flags)].filter((s) => s !== null),
    unconfirmedSection(unconfirmed)
  ];
  const compose = (cut) => {
    const sections = [...before, tableSection(p, links2, context2, cut), ...after];
    const html = [
      `<div style="${FONT}font-size:14px;color:#202124;max-width:760px">`,
      `<h2 style="font-size:18px;margin:0 0 8px">${h(p.campaign)}</h2>`,
      `<p style="margin:0 0 12px">${escapeHtml(head)}</p>`,
      ...sections.flatMap((s) => s.html),
      `<p style="margin:16px 0 4px"><a href="${escapeHtml(links2.sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
      `<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
      "</div>"
    ].join("\n");
    const text2 = [
      clean(p.campaign),
      head,
      ...sections.flatMap((s) => s.text),
      "",
      `${MAIL.openSheet}: ${links2.sheet}`,
      "",
      MAIL.footer
    ].join("\n");
    return { html, text: text2 };
  };
  let body = compose(CUTS[0]);
  for (const cut of CUTS.slice(1)) {
    if (Math.max(utf8Length(body.html), utf8Length(body.text)) <= DIGEST_BODY_MAX) break;
    body = compose(cut);
  }
  const named = /* @__PURE__ */ new Set([...missing, ...allBehind]);
  return {
    kind: "digest",
    unit: "",
    to,
    subject,
    html: body.html,
    text: body.text,
    dataDate: p.asOf,
    // In the order of `Đơn vị`.
    units: p.units.filter((u) => named.has(u)).map((u) => u.name)
  };
}

// src/core/email.ts
var REMINDER_DATES_MAX = 3;
function missingDays(dates) {
  const last = dates[dates.length - 1];
  const day = (d) => d.slice(0, 4) === last.slice(0, 4) ? shortDate(d) : formatVnDate(d);
  const few = dates.length <= REMINDER_DATES_MAX + 2 ? dates : dates.slice(-REMINDER_DATES_MAX);
  return REMINDER.missingDays(dates.length, day(dates[0]), formatVnDate(last), few.map(day));
}
function reminderMail(p, u, to, schedule, links2) {
  const dates = missingDays(u.missing.slice(-u.missingStreak));
  const nextDay = p.asOf ? nextCountingDay(p.asOf, schedule.rules) : null;
  const next = nextDay && nextDay <= u.deadline ? {
    day: formatVnDate(nextDay),
    cutoff: formatTime(schedule.cutoff),
    dueDay: formatVnWeekday(nextCountingDay(nextDay, schedule.rules))
  } : null;
  const tab = links2.tab(u.tab);
  const shown2 = p.quotaIndicators.filter((i) => {
    var _a;
    return ((_a = u.indicators[i]) == null ? void 0 : _a.quota) != null;
  });
  const progressLines = shown2.map((i) => {
    const f = u.indicators[i];
    return MAIL.reminderProgress(
      clean(i),
      MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota), vnPercent(f.percent)),
      f.requiredPerDay === null ? "" : MAIL.required(vnNumber(f.requiredPerDay))
    );
  });
  const subject = MAIL.reminderSubject(
    clean(u.name),
    formatVnDate(u.missing[u.missing.length - 1])
  );
  const body = MAIL.reminderBody(dates, next);
  const html = [
    `<div style="${FONT}font-size:14px;color:#202124;max-width:640px">`,
    `<p>${h(MAIL.reminderGreeting(u.name))}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    ...progressLines.map(
      (line, k) => {
        var _a;
        return `<p style="margin:4px 0">${escapeHtml(line)}</p>${bar((_a = u.indicators[shown2[k]].percent) != null ? _a : 0)}`;
      }
    ),
    tab ? `<p><a href="${escapeHtml(tab)}">${escapeHtml(MAIL.openTab)}</a></p>` : "",
    `<p>${escapeHtml(MAIL.reminderThanks)}</p>`,
    `<p style="color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
    "</div>"
  ].join("\n");
  const text2 = [
    clean(MAIL.reminderGreeting(u.name)),
    "",
    body,
    "",
    ...progressLines,
    ...tab ? ["", `${MAIL.openTab}: ${tab}`] : [],
    "",
    MAIL.reminderThanks,
    "",
    MAIL.footer
  ].join("\n");
  return {
    kind: "reminder",
    unit: u.name,
    to,
    subject,
    html,
    text: text2,
    dataDate: p.asOf,
    units: [u.name]
  };
}

// src/core/access.ts
function distinct(emails) {
  return [...new Set(emails.map((e) => e.toLowerCase()))];
}
function accessPlan(titles, tabs, admins) {
  const byTab = /* @__PURE__ */ new Map();
  for (const { unit, title } of tabs) {
    if (title === null) continue;
    const known = byTab.get(title);
    if (known) known.editors = distinct([...known.editors, ...unit.emails]);
    else
      byTab.set(title, {
        sheet: title,
        editors: distinct([...unit.emails, ...admins]),
        description: SETUP.protection(unit.name),
        unit: true
      });
  }
  const leaders = (sheet) => ({
    sheet,
    editors: distinct(admins),
    description: SETUP.leadersProtection,
    unit: false
  });
  const others = titles.filter((t) => !byTab.has(t)).map(leaders);
  return [...others, ...byTab.values()];
}
function accessChanges(plan, current) {
  var _a;
  const changes = [];
  for (const { sheet, editors } of plan) {
    const had = distinct((_a = current.get(sheet)) != null ? _a : []);
    const added = editors.filter((e) => !had.includes(e));
    const removed = had.filter((e) => !editors.includes(e));
    if (added.length || removed.length) changes.push({ sheet, added, removed });
  }
  return changes;
}
var CONFIRM_LINES = 10;
var SHEETS_A_LINE = 3;
var PEOPLE_A_LINE = 5;
function some(items, max, more) {
  const shown2 = items.slice(0, max).join(", ");
  return items.length > max ? `${shown2} ${more(items.length - max)}` : shown2;
}
function confirmText(changes, newlyLocked) {
  const groups = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const key = JSON.stringify([change.added, change.removed]);
    const group = groups.get(key);
    if (group) group.sheets.push(change.sheet);
    else groups.set(key, { sheets: [change.sheet], change });
  }
  const all = [...groups.values()];
  const lines = all.slice(0, CONFIRM_LINES).map(
    ({ sheets, change }) => SETUP.confirmLine(
      some(
        sheets.map((s) => `"${s}"`),
        SHEETS_A_LINE,
        (n) => SETUP.confirmMoreSheets(vnNumber(n))
      ),
      some(change.added, PEOPLE_A_LINE, (n) => SETUP.confirmMorePeople(vnNumber(n))),
      some(change.removed, PEOPLE_A_LINE, (n) => SETUP.confirmMorePeople(vnNumber(n)))
    )
  );
  const rest = all.slice(CONFIRM_LINES);
  if (rest.length) {
    const count = (f) => rest.reduce((n, g) => n + g.sheets.length * f(g.change), 0);
    lines.push(
      SETUP.confirmRest(
        vnNumber(rest.reduce((n, g) => n + g.sheets.length, 0)),
        vnNumber(count((c) => c.added.length)),
        vnNumber(count((c) => c.removed.length))
      )
    );
  }
  const parts = [SETUP.confirmIntro, lines.join("\n")];
  if (newlyLocked) parts.push(SETUP.confirmLocked(vnNumber(newlyLocked)));
  parts.push(SETUP.confirmQuestion);
  return parts.join("\n\n");
}

// src/core/mail-preview.ts
function previewHtml(mails, asOf, labels) {
  const recipients = mails.reduce((n, m) => n + m.to.length, 0);
  const parts = [
    `<div style="${FONT}font-size:13px">`,
    `<p><b>${escapeHtml(labels.quota)}</b></p>`,
    `<p>${escapeHtml(asOf === null || mails.length === 0 ? labels.none : labels.count(mails.length, recipients))}</p>`
  ];
  for (const m of mails) {
    parts.push(
      '<div style="border:1px solid #dadce0;border-radius:6px;margin:10px 0;padding:8px">',
      `<p style="margin:2px 0"><b>${escapeHtml(labels.to)}:</b> ${escapeHtml(m.to.join(", "))}</p>`,
      `<p style="margin:2px 0"><b>${escapeHtml(labels.subject)}:</b> ${escapeHtml(m.subject)}</p>`,
      // The digest's table fits the dialog (860 px); should a body be wider, it scrolls alone.
      `<div style="border-top:1px solid #eee;margin-top:6px;padding-top:6px;overflow-x:auto">${m.html}</div>`,
      "</div>"
    );
  }
  parts.push("</div>");
  return parts.join("\n");
}

// src/core/messages-print.ts
var PRINT = {
  menu: "Xuất PDF",
  title: "Xuất PDF để in",
  intro: "Bấm vào tên trang để tải bản PDF khổ A4 nằm ngang, vừa một trang theo chiều ngang, lặp lại hàng tiêu đề ở mỗi trang. Bản PDF mở trong thẻ mới của trình duyệt; hãy đăng nhập đúng tài khoản có quyền xem bảng tính này.",
  link: (sheet) => `Tải PDF trang "${sheet}"`,
  missing: (sheet) => `Chưa có trang "${sheet}": hãy chạy "Tổng hợp tiến độ" trước rồi mở lại mục này.`,
  close: "Đóng"
};

// src/core/pdf-export.ts
function pdfExportUrl(spreadsheetId, sheetId) {
  const query = [
    "format=pdf",
    `gid=${sheetId}`,
    "size=A4",
    "portrait=false",
    "fitw=true",
    "gridlines=false",
    "printtitle=false",
    "sheetnames=false",
    "pagenum=CENTER",
    "fzr=true"
  ].join("&");
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}
function pdfExportHtml(spreadsheetId, sheets) {
  const items = sheets.flatMap(
    (s) => s.sheetId === null ? [] : [
      `<li><a href="${escapeHtml(pdfExportUrl(spreadsheetId, s.sheetId))}" target="_blank" rel="noopener">${escapeHtml(PRINT.link(s.name))}</a></li>`
    ]
  );
  const missing = sheets.filter((s) => s.sheetId === null && s.required).map((s) => `<p>${escapeHtml(PRINT.missing(s.name))}</p>`);
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">',
    "<style>body{font-family:Arial,sans-serif;font-size:14px;line-height:1.5;margin:0 4px}",
    "li{margin:8px 0}a{color:#1155cc;font-weight:bold}</style></head><body>",
    `<p>${escapeHtml(PRINT.intro)}</p>`,
    items.length ? `<ul>${items.join("")}</ul>` : "",
    ...missing,
    `<p><button onclick="google.script.host.close()">${escapeHtml(PRINT.close)}</button></p>`,
    "</body></html>"
  ].join("");
}

// src/addon/access.ts
function currentUser() {
  return Session.getEffectiveUser().getEmail().toLowerCase();
}
function leads(port, admins, email) {
  return email !== "" && (email === port.owner() || admins.includes(email));
}
function leadersOnly(port, action) {
  return {
    admit(settings) {
      const me = currentUser();
      if (!leads(port, settings.admins, me))
        throw new Refusal(MSG.leadersOnly(action, port.owner(), me), MSG.leadersOnlyTitle);
    }
  };
}
function requireLeader(port, action) {
  var _a;
  leadersOnly(port, action).admit(readSettings((_a = port.readValues(SHEETS.settings)) != null ? _a : []).settings);
}

// src/addon/load.ts
function loadCampaign(port, today, options = {}) {
  var _a;
  const settings = port.readValues(SHEETS.settings);
  if (settings && options.admit) options.admit(readSettings(settings).settings);
  const campaign = readCampaign(
    {
      settings,
      units: port.readValues(SHEETS.units),
      tab: (_a = options.readTab) != null ? _a : ((name) => port.readValues(name)),
      prefetch: (names2) => port.prefetch(names2),
      matches: (name) => port.matches(name),
      phases: port.readValues(SHEETS.phases),
      shown: (name) => port.readDisplay(name),
      ...options.merges || port.mergesKnown ? { merges: (name) => port.mergedRanges(name) } : {}
    },
    today
  );
  port.leaveAlone(campaign.claimed);
  port.guardNewSheets({
    description: SETUP.leadersProtection,
    editors: campaign.settings.admins
  });
  return campaign;
}

// src/addon/errors.ts
function errorMessage(error) {
  if (typeof error === "object" && error !== null && typeof error.message === "string") {
    return error.message;
  }
  return String(error);
}

// src/core/digest-flags.ts
function indexTab(e) {
  const dayOfRow = /* @__PURE__ */ new Map();
  const figure = /* @__PURE__ */ new Map();
  for (const s of Object.values(e.reading.figures))
    for (let i = 0; i < s.days.length; i++) {
      dayOfRow.set(s.rows[i], s.days[i]);
      figure.set(`${s.rows[i]}:${s.col + 1}`, { value: s.daily[i], day: s.days[i] });
    }
  return { dayOfRow, rows: [...dayOfRow.keys()].sort((a, b) => a - b), figure };
}
function rowDays(t, row) {
  const own = t.dayOfRow.get(row);
  if (own !== void 0) return [own, own];
  let lo = -Infinity;
  let hi = Infinity;
  for (const r of t.rows) {
    if (r < row) lo = t.dayOfRow.get(r);
    else {
      hi = t.dayOfRow.get(r);
      break;
    }
  }
  return [lo, hi];
}
function digestFlags(campaign, p) {
  var _a;
  const bySheet = new Map(campaign.units.filter((e) => e.reading).map((e) => [e.title, e]));
  const rules = campaign.settings;
  const window = p.asOf ? countingDays(p.start, p.asOf, rules).slice(-p.paceWindow) : [];
  const [from, to] = window.length ? [dayNumber(window[0]), dayNumber(window[window.length - 1])] : [Infinity, -Infinity];
  const indexes = /* @__PURE__ */ new Map();
  const counted = [];
  const marked = /* @__PURE__ */ new Set();
  const recent = /* @__PURE__ */ new Set();
  for (const f of campaign.findings) {
    const e = bySheet.get(f.sheet);
    const [row, col] = cellPosition(f.cell);
    if (!e || row <= e.reading.layout.headerRow) continue;
    let t = indexes.get(e);
    if (!t) indexes.set(e, t = indexTab(e));
    const name = e.unit.name;
    marked.add(name);
    const [lo, hi] = rowDays(t, row);
    if (lo <= to && hi >= from) recent.add(name);
    const x = t.figure.get(`${row}:${col}`);
    if (x)
      counted.push({
        unit: name,
        cell: f.cell,
        code: f.code,
        value: x.value,
        date: fromDayNumber(x.day)
      });
  }
  const inOrder = (set) => campaign.units.map((e) => e.unit.name).filter((n) => set.has(n));
  return {
    counted,
    marked: inOrder(marked),
    recent: inOrder(recent),
    windowFrom: (_a = window[0]) != null ? _a : null
  };
}

// src/core/unit-progress.ts
function cumulativeAt(figures2, opening, day, base) {
  let atDay = opening;
  let atBase = opening;
  if (figures2 && day !== null) {
    const { days, daily } = figures2;
    for (let i = 0; i < days.length && days[i] <= day; i++) {
      atDay += daily[i];
      if (base !== null && days[i] <= base) atBase += daily[i];
    }
  }
  return [atDay, atBase];
}
function seriesOf(reading, indicator) {
  var _a, _b, _c;
  const all = (_a = reading == null ? void 0 : reading.figures) != null ? _a : byName();
  return (_c = all[indicator]) != null ? _c : all[(_b = Object.keys(all).find((k) => sameLabel(k, indicator))) != null ? _b : ""];
}
function reportingOf(reading, t, deadline, frequency) {
  var _a;
  const { days: due, lateAfter } = t.dueDays(deadline, frequency);
  const reported = (_a = reading == null ? void 0 : reading.reported) != null ? _a : new Int32Array(0);
  const n = due.length;
  const at = n ? reported.lastIndexOf(due[n - 1]) : -1;
  const missing = [];
  let streak = 0;
  if (!(at >= 0 && due[n - 1] - due[0] === n - 1 && reported[at - n + 1] === due[0])) {
    for (let i = 0, j = 0; i < n; i++) {
      while (j < reported.length && reported[j] < due[i]) j++;
      if (j < reported.length && reported[j] === due[i]) streak = 0;
      else {
        missing.push(fromDayNumber(due[i]));
        streak++;
      }
    }
  }
  let last = reported.length - 1;
  if (t.asOfDay !== null) while (last >= 0 && reported[last] > t.asOfDay) last--;
  let reporting = "reported";
  if (n > 0 && at < 0) reporting = "missing";
  else if (at >= 0 && reading.enteredAt[at] > lateAfter) reporting = "late";
  return {
    lastReported: last >= 0 ? fromDayNumber(reported[last]) : null,
    missing,
    missingStreak: streak,
    reporting
  };
}
function figureOn(figures2, day) {
  if (!figures2 || day === null) return null;
  const i = figures2.days.lastIndexOf(day);
  return i < 0 ? null : figures2.daily[i];
}
function targetInfo(target) {
  if (!target) return null;
  return {
    kind: target.kind,
    share: targetShare(target),
    strict: target.kind === "share" && target.strict,
    soft: target.soft
  };
}
function deadlineInForce(unit, campaignDeadline, phase) {
  var _a;
  const own = (_a = unit.deadline) != null ? _a : campaignDeadline;
  return phase && phase.to < own ? phase.to : own;
}
function targetInForce(unit, indicator, phase) {
  const key = phase && Object.keys(phase.targets).find((k) => sameLabel(k, indicator));
  return key && populationOf(unit, indicator) !== null ? phase.targets[key] : ownTarget(unit, indicator);
}
function unitProgress({ unit, reading }, ctx) {
  var _a, _b;
  const t = ctx.timeline;
  const deadline = deadlineInForce(unit, ctx.campaignDeadline, ctx.phase);
  const schedule = {
    asOf: t.asOf,
    deadline,
    daysLeft: t.daysLeftTo(deadline),
    rounding: t.rounding,
    dayAfter: t.dayAfter
  };
  const { baseDay, window } = t.paceWindow(unit.frequency);
  const indicators2 = byName();
  const statuses = [];
  for (const indicator of ctx.indicators) {
    if (!reports(unit, indicator)) continue;
    const opening = (_a = unit.openings[indicator]) != null ? _a : 0;
    const series = seriesOf(reading, indicator);
    const [cumulative, atBase] = cumulativeAt(series, opening, t.asOfDay, baseDay);
    const target = targetInForce(unit, indicator, ctx.phase);
    const population = populationOf(unit, indicator);
    const { progress, status } = derive(
      {
        quota: target ? targetCount(target, population) : null,
        cumulative,
        remaining: null,
        pace: window > 0 ? (cumulative - atBase) / window : 0,
        meanSinceStart: t.elapsed > 0 ? (cumulative - opening) / t.elapsed : 0,
        soft: (_b = target == null ? void 0 : target.soft) != null ? _b : false
      },
      schedule,
      {
        population,
        coverage: population ? cumulative / population : null,
        target: targetInfo(target),
        today: figureOn(series, t.asOfDay)
      }
    );
    indicators2[indicator] = progress;
    statuses.push(status);
  }
  const pair = ctx.backlogPair;
  const pending = pair && indicators2[pair[0]] && indicators2[pair[1]] ? indicators2[pair[0]].cumulative - indicators2[pair[1]].cumulative : null;
  return {
    name: unit.name,
    parent: unit.parent,
    path: unit.path,
    frequency: unit.frequency.kind,
    tab: unit.tab,
    deadline,
    daysLeft: schedule.daysLeft,
    indicators: indicators2,
    pendingActivation: pending,
    pendingPerDay: pending === null ? null : perDay(Math.max(0, pending), schedule.daysLeft, t.rounding),
    ...reportingOf(reading, t, deadline, unit.frequency),
    tabRead: reading !== null,
    status: worst(statuses)
  };
}

// src/core/plan-line.ts
function phaseTotal(campaign, phase, indicator) {
  var _a;
  let total = 0;
  for (const { unit } of campaign.units) {
    if (!reports(unit, indicator)) continue;
    const target = targetInForce(unit, indicator, phase);
    if (target && !target.soft) total += (_a = targetCount(target, populationOf(unit, indicator))) != null ? _a : 0;
  }
  return total;
}
function openingOf(unit, indicator) {
  if (indicator in unit.openings) return unit.openings[indicator];
  const key = Object.keys(unit.openings).find((k) => sameLabel(k, indicator));
  return key === void 0 ? 0 : unit.openings[key];
}
function openingTotal(campaign, indicator) {
  let total = 0;
  for (const { unit } of campaign.units)
    if (reports(unit, indicator)) total += openingOf(unit, indicator);
  return total;
}
function planLine(campaign, p, indicator) {
  var _a, _b, _c;
  const quota = (_b = (_a = p.total.indicators[indicator]) == null ? void 0 : _a.quota) != null ? _b : null;
  if (quota === null || !p.asOf) return null;
  const rules = campaign.settings;
  const phase = (_c = campaign.phases.find((ph) => p.phase && ph.name === p.phase.name)) != null ? _c : null;
  const before = phase ? campaign.phases.filter((ph) => ph.to < phase.from).pop() : void 0;
  const from = before ? nextCountingDay(before.to, rules) : p.start;
  const all = countingDays(from, p.deadline, rules).length;
  if (all === 0) return null;
  const start = before ? phaseTotal(campaign, before, indicator) : openingTotal(campaign, indicator);
  return {
    from,
    at: (date2) => {
      const elapsed = Math.min(countingDays(from, date2, rules).length, all);
      return Math.round(start + (quota - start) * elapsed / all);
    }
  };
}

// src/core/digest-context.ts
var LEFT_OUT_CODES = [
  "not-a-number",
  "negative",
  "not-integer",
  "error-value",
  "implausible",
  "date-invalid",
  "date-duplicate",
  "future-entry",
  "cumulative-decrease"
];
var TREND_POINTS_MAX = 12;
function quality(campaign, p) {
  var _a, _b;
  const unitOf = new Map(campaign.units.map((e) => [e.title, e.unit.name]));
  const sheets = /* @__PURE__ */ new Map();
  let errors = 0;
  let warnings = 0;
  const noTab = /* @__PURE__ */ new Set();
  const settings = [];
  for (const f of campaign.findings) {
    if (f.severity !== "error") {
      warnings++;
      continue;
    }
    errors++;
    if (f.code === "missing-tab" && f.sheet === SHEETS.units) {
      const e = campaign.units.find((u) => u.unit.tabCell === f.cell && !u.reading);
      if (e && !e.ambiguous) noTab.add(e.unit.name);
    }
    let s = sheets.get(f.sheet);
    if (!s)
      sheets.set(
        f.sheet,
        s = { sheet: f.sheet, unit: (_a = unitOf.get(f.sheet)) != null ? _a : null, errors: 0, leftOut: [] }
      );
    s.errors++;
    if (f.cell && s.unit !== null && LEFT_OUT_CODES.includes(f.code)) s.leftOut.push(f.cell);
    if (s.unit === null && f.code !== "missing-tab")
      settings.push({ sheet: f.sheet, cell: (_b = f.cell) != null ? _b : null, code: f.code });
  }
  const unread = campaign.units.filter((e) => !e.reading).map((e) => e.unit.name);
  return {
    errors,
    warnings,
    sheets: [...sheets.values()],
    noTab: unread.filter((n) => noTab.has(n)),
    unreadable: unread.filter((n) => !noTab.has(n)),
    settings,
    flags: digestFlags(campaign, p)
  };
}
function trendDays(days) {
  const weeks = Math.ceil(days.length / 7);
  const step = 7 * Math.max(1, Math.ceil(weeks / (TREND_POINTS_MAX - 1)));
  const picked = [];
  for (let k = days.length - 1; k >= 0; k -= step) picked.unshift(days[k]);
  if (picked[0] !== days[0]) picked.unshift(days[0]);
  return picked;
}
function trend(campaign, p) {
  var _a;
  const indicator = p.quotaIndicators.find((i) => {
    var _a2;
    return ((_a2 = p.total.indicators[i]) == null ? void 0 : _a2.quota) != null;
  });
  if (!indicator || !p.asOf) return null;
  const quota = p.total.indicators[indicator].quota;
  const plan = planLine(campaign, p, indicator);
  const from = (_a = plan == null ? void 0 : plan.from) != null ? _a : p.start;
  const days = countingDays(from, p.asOf, campaign.settings);
  if (!days.length) return null;
  const picked = trendDays(days);
  const totals = picked.map(() => 0);
  for (const { unit, reading } of campaign.units) {
    if (!reports(unit, indicator)) continue;
    const series = seriesOf(reading, indicator);
    const opening = openingOf(unit, indicator);
    picked.forEach((date2, k) => {
      totals[k] += cumulativeAt(series, opening, dayNumber(date2), null)[0];
    });
  }
  return {
    indicator,
    quota,
    points: picked.map((date2, k) => ({
      date: date2,
      cumulative: totals[k],
      plan: plan ? plan.at(date2) : null
    }))
  };
}
function digestContext(campaign, p) {
  return { quality: quality(campaign, p), trend: trend(campaign, p) };
}

// src/core/layout.ts
var REGULAR = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556,
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778,
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556,
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556,
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584
];
var BOLD = [
  278,
  333,
  474,
  556,
  556,
  889,
  722,
  238,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  333,
  333,
  584,
  584,
  584,
  611,
  975,
  722,
  722,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  556,
  722,
  611,
  833,
  722,
  778,
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  333,
  278,
  333,
  584,
  556,
  333,
  556,
  611,
  556,
  611,
  556,
  333,
  611,
  611,
  278,
  278,
  556,
  278,
  889,
  611,
  611,
  611,
  611,
  389,
  556,
  333,
  611,
  556,
  778,
  556,
  556,
  500,
  389,
  280,
  389,
  584
];
var EM = 40 / 3;
var BLOCK = /[\u2580-\u259f]/;
var OTHER = 833;
var PADDING = 10;
var MIN_WIDTH = 36;
var MAX_WIDTH = 420;
var STEP = 10;
function textWidth(text2, bold = false) {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  let blocks2 = 0;
  for (const ch of text2.normalize("NFC")) {
    if (BLOCK.test(ch)) {
      blocks2++;
      continue;
    }
    const base = ch === "đ" ? "d" : ch === "Đ" ? "D" : ch.normalize("NFD")[0];
    const code = base.charCodeAt(0);
    if (/\p{M}/u.test(base)) continue;
    units += code >= 32 && code < 127 ? table[code - 32] : OTHER;
  }
  return Math.ceil(units * EM / 1e3 * 1.05 + blocks2 * 8);
}
function shownNumber(n, format) {
  var _a, _b, _c;
  const decimals = (_b = (_a = /\.(0+)/.exec(format != null ? format : "")) == null ? void 0 : _a[1].length) != null ? _b : 0;
  const percent = (_c = format == null ? void 0 : format.includes("%")) != null ? _c : false;
  const value = percent ? n * 100 : n;
  if (!format) return String(n);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = format.includes(",") ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return `${value < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}${percent ? "%" : ""}`;
}
function shownText(cell, format) {
  if (cell === null || cell === "") return "";
  if (typeof cell === "number") return shownNumber(cell, format);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string") return cell;
  if ("date" in cell) return "00/00/0000";
  const label = /^HYPERLINK\("[^"]*","((?:[^"]|"")*)"\)$/.exec(cell.formula);
  return label ? label[1].replace(/""/g, '"') : "";
}
function wrappedWidth(text2, bold) {
  const words = text2.split(/\s+/).map((w) => textWidth(w, bold));
  return Math.max(...words, Math.ceil(textWidth(text2, bold) / 2));
}
function columnWidths(rows, options) {
  var _a, _b;
  const wrap = new Set((_a = options.wrapRows) != null ? _a : []);
  const bold = new Set((_b = options.boldRows) != null ? _b : []);
  const formatOf2 = (row, col) => {
    var _a2, _b2;
    return (_b2 = (_a2 = options.formats) == null ? void 0 : _a2.find((f) => f.col === col && row >= f.fromRow && row <= f.toRow)) == null ? void 0 : _b2.format;
  };
  const spanned = (row, col) => {
    var _a2;
    return ((_a2 = options.merges) != null ? _a2 : []).some(
      (m) => m.cols > 1 && row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols
    );
  };
  const width = Math.max(0, ...rows.map((r) => r.length));
  const widths = new Array(width).fill(0);
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (row < options.fromRow) return;
    cells.forEach((cell, j) => {
      const col = j + 1;
      if (spanned(row, col)) return;
      const text2 = shownText(cell, formatOf2(row, col));
      if (!text2) return;
      const w = wrap.has(row) ? wrappedWidth(text2, bold.has(row)) : textWidth(text2, bold.has(row));
      widths[j] = Math.max(widths[j], w);
    });
  });
  return widths.map((w, j) => {
    var _a2;
    const fixed = (_a2 = options.fixed) == null ? void 0 : _a2[j + 1];
    if (fixed) return fixed;
    const padded = Math.ceil((w + PADDING) / STEP) * STEP;
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, padded));
  });
}
function sheetLayout(rows, parts, options) {
  var _a, _b, _c;
  const merges = (_a = parts.merges) != null ? _a : [];
  const wrapRows = (_b = parts.wrapRows) != null ? _b : [];
  return {
    widths: columnWidths(rows, { ...options, merges, wrapRows }),
    merges,
    borders: (_c = parts.borders) != null ? _c : [],
    wrapRows
  };
}
function tableArea(from, to, cols) {
  return { row: from, col: 1, rows: Math.max(1, to - from + 1), cols };
}
function progressBar(share) {
  const full = Math.max(0, Math.min(10, Math.floor(share * 10 + 1e-9)));
  return "█".repeat(full) + "░".repeat(10 - full);
}
var MAIL_LOG_WRAPPED = { 6: 300, 7: 200 };
var MAIL_LOG_SIGNATURE_WIDTH = 70;
function mailLogLayout(rows, kinds) {
  const later = kinds.map((kind) => ["00/00/0000 00:00:00", kind, "00/00/0000"]);
  const fixed = { ...MAIL_LOG_WRAPPED, 8: MAIL_LOG_SIGNATURE_WIDTH };
  const widths = columnWidths([...rows, ...later], { fromRow: 1, boldRows: [1], fixed });
  const least = [0, 0, 0, 120, 160];
  const most = [0, 0, 0, 160, 240];
  const cols = Math.max(...rows.map((r) => r.length));
  return {
    widths: widths.map((w, i) => most[i] ? Math.min(Math.max(w, least[i]), most[i]) : w),
    merges: [],
    borders: [tableArea(1, rows.length, cols)],
    wrapRows: [1],
    wrapCols: Object.keys(MAIL_LOG_WRAPPED).map(Number)
  };
}
var STATUS_COLOURS = [
  { text: STATUS_LABELS.done, background: "#b7e1cd" },
  { text: STATUS_LABELS["on-track"], background: "#d9ead3" },
  { text: STATUS_LABELS.behind, background: "#fce8b2" },
  { text: STATUS_LABELS.overdue, background: "#f4c7c3" }
];

// src/core/mail-log.ts
var OUTCOME_COLUMN = 7;
var SIGNATURE_COLUMN = 8;
function sealText(spreadsheet, f) {
  return JSON.stringify([
    "tienDo.mailLog.1",
    spreadsheet,
    f.kind,
    f.dataDate,
    f.unit,
    f.recipients,
    f.subject,
    f.outcomeText,
    f.time
  ]);
}
function outcomeOf(text2) {
  const words = MAIL_LOG_COLUMN.outcomes;
  const known = Object.keys(words).find((o) => text2.startsWith(words[o]));
  return known != null ? known : "skipped";
}
function logDate(v) {
  const day = cellDay(v);
  return day === null ? null : fromDayNumber(day);
}
function logTime(v) {
  const m = /^(\d{1,2}\/\d{1,2}\/\d{4}) (\d{1,2}):(\d{2})(?::\d{2})?$/.exec(cellText(v));
  const date2 = m && readDate(m[1]);
  if (m && date2) return `${date2} ${formatTime(+m[2] * 60 + +m[3])}`;
  const minutes = isSheetDate(v) || typeof v === "number" ? cellMinutes(v) : NaN;
  if (Number.isNaN(minutes)) return cellText(v);
  const day = Math.floor(minutes / 1440);
  return `${fromDayNumber(day)} ${formatTime(minutes - day * 1440)}`;
}
function fieldsOf(r) {
  const kindText = cellText(r[1]);
  const kind = Object.keys(MAIL_LOG_COLUMN.kinds).find(
    (k) => MAIL_LOG_COLUMN.kinds[k] === kindText
  );
  const dataDate2 = logDate(r[2]);
  if (!kind || !dataDate2) return null;
  return {
    time: logTime(r[0]),
    kind,
    dataDate: dataDate2,
    unit: cellText(r[3]),
    recipients: splitRecipients(cellText(r[4])),
    subject: cellText(r[5]),
    outcomeText: cellText(r[6])
  };
}
function readLog(rows, seal, adopt = false) {
  const read = { entries: [], unsigned: [], adopted: [], signedHeader: false };
  if (!(rows == null ? void 0 : rows.length)) return read;
  read.signedHeader = sameLabel(rows[0][SIGNATURE_COLUMN - 1], MAIL_LOG_COLUMN.header[7]);
  const legacy = [];
  rows.forEach((r, i) => {
    if (i === 0) return;
    const fields = fieldsOf(r);
    const signature = cellText(r[SIGNATURE_COLUMN - 1]);
    const entry = fields && { ...fields, row: i + 1, outcome: outcomeOf(fields.outcomeText) };
    if (entry && signature && signature === seal(fields)) read.entries.push(entry);
    else if (entry && !signature) legacy.push(entry);
    else if (r.slice(0, SIGNATURE_COLUMN).some((v) => !isBlank(v))) read.unsigned.push(i + 1);
  });
  if (adopt && !read.signedHeader && read.entries.length === 0) {
    read.entries = legacy;
    read.adopted = legacy.map((e) => ({ row: e.row, signature: seal(e) }));
  } else {
    read.unsigned = [...read.unsigned, ...legacy.map((e) => e.row)].sort((a, b) => a - b);
  }
  return read;
}
function unsignedFindings(rows) {
  const findings = [];
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j] === rows[j - 1] + 1) j++;
    findings.push({
      severity: "warning",
      code: "mail-log-unsigned",
      sheet: SHEETS.mailLog,
      // The first cell of the row: a log narrower than its columns has no signature cell.
      cell: a1(0, rows[i]),
      message: FIX.mailLogUnsigned(rows[i], rows[j - 1])
    });
    i = j;
  }
  return findings;
}
function splitRecipients(text2) {
  return text2.split(/[,;]/).map((s) => s.trim().toLowerCase()).filter(Boolean);
}
function rowCells(m, time, outcome) {
  return [
    time,
    MAIL_LOG_COLUMN.kinds[m.kind],
    formatVnDate(m.dataDate),
    m.unit,
    m.to.join(", "),
    m.subject,
    outcome
  ];
}
function logRow(m, time, outcome, seal) {
  const cells = rowCells(m, time, outcome);
  return [...cells, seal(fieldsOf(cells))];
}
function loggedFields(m, time) {
  return fieldsOf(rowCells(m, time, ""));
}
function outcomeCells(fields, text2, seal) {
  return [text2, seal({ ...fields, outcomeText: cellText(text2) })];
}
function newLog(rows) {
  return {
    name: SHEETS.mailLog,
    rows: [[...MAIL_LOG_COLUMN.header], ...rows],
    boldRows: [1],
    frozenRows: 1,
    layout: mailLogLayout([[...MAIL_LOG_COLUMN.header], ...rows], Object.values(MAIL_LOG_COLUMN.kinds))
  };
}
function messageMark(m) {
  const text2 = `${m.kind}|${m.dataDate}|${m.unit.toLowerCase()}|${m.recipients.join(",")}`;
  let h2 = 2166136261;
  for (let i = 0; i < text2.length; i++) h2 = Math.imul(h2 ^ text2.charCodeAt(i), 16777619) >>> 0;
  return h2.toString(36);
}
function entryOf(log, named) {
  const [row, mark] = typeof named === "number" ? [named, null] : [Number(named.split(":")[0]), named.split(":")[1]];
  const at = log.find((e) => e.row === row);
  if (mark === null || at && messageMark(at) === mark) return at;
  const marked = log.filter((e) => messageMark(e) === mark);
  return marked.length === 1 ? marked[0] : void 0;
}
function settleInflight(log, inflight) {
  const texts = /* @__PURE__ */ new Map();
  const mark = (named, text2) => {
    const e = entryOf(log, named);
    if (e) texts.set(e, text2);
  };
  for (const named of inflight.sent) mark(named, MAIL_LOG_COLUMN.sent);
  for (const named of inflight.resent) mark(named, MAIL_LOG_COLUMN.resent);
  if (inflight.current !== null) mark(inflight.current, MAIL_LOG_COLUMN.sending);
  const settled = [];
  for (const [e, text2] of texts) {
    e.outcome = text2 === MAIL_LOG_COLUMN.sending ? "sending" : "sent";
    e.outcomeText = text2;
    settled.push({ row: e.row, text: text2 });
  }
  return settled.sort((a, b) => a.row - b.row);
}

// src/core/mail-plan.ts
var MAX_RECIPIENTS = 50;
var DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 };
function dailyRecipients(mostSeen) {
  return mostSeen > DAILY_RECIPIENTS.consumer ? DAILY_RECIPIENTS.workspace : DAILY_RECIPIENTS.consumer;
}
function digestOverQuota(settings, daily) {
  if (settings.digestTo.length <= daily) return [];
  return [
    {
      severity: "error",
      code: "digest-over-quota",
      sheet: SHEETS.settings,
      ...settings.digestToCell ? { cell: settings.digestToCell } : {},
      message: FIX.digestOverQuota(settings.digestTo.length, daily)
    }
  ];
}
var lasting = (kind) => kind === "monthly" || kind === "final";
var toLeaders = (kind) => kind === "digest" || lasting(kind);
var keyOf = (m) => `${m.kind}|${m.dataDate}|${m.unit.toLowerCase()}`;
function chunks(to) {
  const out = [];
  for (let i = 0; i < to.length; i += MAX_RECIPIENTS) out.push(to.slice(i, i + MAX_RECIPIENTS));
  return out;
}
function recentUnconfirmed(log, dataDate2) {
  let previous = "";
  for (const e of log) if (e.dataDate < dataDate2 && e.dataDate > previous) previous = e.dataDate;
  return log.filter((e) => e.outcome === "sending" && e.dataDate >= previous);
}
function owedSince(log, dataDate2) {
  const owed = /* @__PURE__ */ new Map();
  const reminders = log.filter((e) => e.kind === "reminder" && e.dataDate <= dataDate2).sort((a, b) => a.dataDate.localeCompare(b.dataDate) || a.row - b.row);
  for (const e of reminders) {
    const unit = e.unit.toLowerCase();
    const served = e.outcome === "sent" || e.outcome === "sending";
    if (served || e.outcomeText === MAIL_LOG_COLUMN.notDue) owed.delete(unit);
    else if (!owed.has(unit)) owed.set(unit, e.dataDate);
  }
  return owed;
}
function planSend(dueMails2, log, dataDate2, options = {}) {
  var _a, _b, _c, _d, _e, _f;
  const resend = (_a = options.resend) != null ? _a : "none";
  const daily = (_b = options.dailyRecipients) != null ? _b : Infinity;
  const beyond = /* @__PURE__ */ new Set();
  const due = dueMails2.map((m) => {
    if (!toLeaders(m.kind) || m.to.length <= daily) return m;
    for (const r of m.to.slice(daily)) beyond.add(r.toLowerCase());
    return { ...m, to: m.to.slice(0, daily) };
  });
  const dueByKey = new Map(due.map((m) => [keyOf(m), m]));
  const covered = /* @__PURE__ */ new Map();
  const cover = (key, recipients) => {
    var _a2;
    const set = (_a2 = covered.get(key)) != null ? _a2 : /* @__PURE__ */ new Set();
    for (const r of recipients) set.add(r.toLowerCase());
    covered.set(key, set);
  };
  const close = [];
  const logged = [];
  const unconfirmed = recentUnconfirmed(log, dataDate2);
  const lastReminded = /* @__PURE__ */ new Map();
  const waiting = /* @__PURE__ */ new Map();
  for (const e of log) {
    const key = keyOf(e);
    const mail = e.dataDate === dataDate2 || lasting(e.kind) ? dueByKey.get(key) : void 0;
    const message = { kind: e.kind, dataDate: e.dataDate, unit: e.unit, to: e.recipients };
    switch (e.outcome) {
      case "sent":
        if (e.kind === "reminder" && ((_d = (_c = lastReminded.get(e.unit.toLowerCase())) == null ? void 0 : _c.date) != null ? _d : "") < e.dataDate)
          lastReminded.set(e.unit.toLowerCase(), { date: e.dataDate, row: e.row });
        cover(key, e.recipients);
        break;
      case "sending":
        cover(key, e.recipients);
        if (mail && resend !== "none")
          logged.push({
            mail,
            message: { ...message, subject: mail.subject },
            row: e.row,
            resend: true
          });
        break;
      case "pending":
        if (e.dataDate < dataDate2 && !lasting(e.kind))
          close.push({ row: e.row, text: MAIL_LOG_COLUMN.skipped(formatVnDate(dataDate2)) });
        else if (!mail) close.push({ row: e.row, text: MAIL_LOG_COLUMN.notDue });
        else if (e.recipients.some((r) => beyond.has(r)))
          close.push({ row: e.row, text: MAIL_LOG_COLUMN.overQuota });
        else if (e.recipients.every((r) => {
          var _a2;
          return (_a2 = waiting.get(key)) == null ? void 0 : _a2.has(r);
        }))
          close.push({ row: e.row, text: MAIL_LOG_COLUMN.notDue });
        else {
          const set = (_e = waiting.get(key)) != null ? _e : /* @__PURE__ */ new Set();
          for (const r of e.recipients) set.add(r);
          waiting.set(key, set);
          logged.push({
            mail,
            message: { ...message, subject: mail.subject },
            row: e.row,
            resend: false
          });
          cover(key, e.recipients);
        }
        break;
    }
  }
  const viaRows = /* @__PURE__ */ new Map();
  for (const o of logged) {
    const set = (_f = viaRows.get(keyOf(o.message))) != null ? _f : /* @__PURE__ */ new Set();
    for (const r of o.message.to) set.add(r.toLowerCase());
    viaRows.set(keyOf(o.message), set);
  }
  const added = [];
  for (const mail of due) {
    const done = (resend === "all" ? viaRows : covered).get(keyOf(mail));
    const to = mail.to.filter((r) => !(done == null ? void 0 : done.has(r.toLowerCase())));
    for (const part of chunks(to)) {
      const message = { kind: mail.kind, dataDate: mail.dataDate, unit: mail.unit, to: part };
      added.push({
        mail,
        message: { ...message, subject: mail.subject },
        row: null,
        resend: resend === "all"
      });
    }
  }
  const owed = owedSince(log, dataDate2);
  const rank = (o) => {
    var _a2, _b2, _c2;
    const unit = o.mail.unit.toLowerCase();
    if (o.mail.kind === "digest") return ["0"];
    if (lasting(o.mail.kind)) return ["1"];
    const last = lastReminded.get(unit);
    return ["2", (_a2 = owed.get(unit)) != null ? _a2 : dataDate2, (_b2 = last == null ? void 0 : last.date) != null ? _b2 : "", (_c2 = last == null ? void 0 : last.row) != null ? _c2 : 0];
  };
  const byRank = (a, b) => a.reduce((c, x, i) => c || (x < b[i] ? -1 : x > b[i] ? 1 : 0), 0);
  const position = new Map(due.map((m, i) => [m, i]));
  const send2 = [...logged, ...added].sort(
    (a, b) => byRank(rank(a), rank(b)) || position.get(a.mail) - position.get(b.mail)
  );
  return { close, send: send2, unconfirmed };
}

// src/core/moment.ts
var MOMENT_PATTERN = "yyyy-MM-dd HH:mm:ss XXX";
function parseMoment(text2) {
  const [date2, time, offset] = text2.split(" ");
  const [h2, m, s] = time.split(":").map(Number);
  return { date: date2, minutes: h2 * 60 + m, seconds: s, offset };
}
function stampText(m, withSeconds = false) {
  const seconds = withSeconds ? `:${String(m.seconds).padStart(2, "0")}` : "";
  return `${formatVnDate(m.date)} ${formatTime(m.minutes)}${seconds}`;
}
function isoText(m) {
  return `${m.date}T${formatTime(m.minutes)}:${String(m.seconds).padStart(2, "0")}${m.offset}`;
}

// src/addon/inflight.ts
var KEY = "tienDo.sending";
var properties = () => PropertiesService.getDocumentProperties();
function readInflight() {
  const text2 = properties().getProperty(KEY);
  if (!text2) return null;
  try {
    const value = JSON.parse(text2);
    const current = value.current;
    return {
      sent: Array.isArray(value.sent) ? value.sent : [],
      resent: Array.isArray(value.resent) ? value.resent : [],
      current: typeof current === "number" || typeof current === "string" ? current : null
    };
  } catch {
    return null;
  }
}
function saveInflight(inflight) {
  properties().setProperty(KEY, JSON.stringify(inflight));
}
function clearInflight() {
  properties().deleteProperty(KEY);
}

// src/addon/mail-log-sheet.ts
function openLog(port, seal, adopt) {
  const values = port.readValues(SHEETS.mailLog);
  const read = readLog(values, seal, adopt);
  return { values, read, seal, fields: new Map(read.entries.map((e) => [e.row, e])) };
}
function writeRuns(port, col, rows) {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].row === sorted[j - 1].row + 1) j++;
    const block = sorted.slice(i, j).map((r) => r.cells);
    port.writeBlock(SHEETS.mailLog, sorted[i].row, col, block);
    i = j;
  }
}
function writeAdoption(port, log) {
  if (!log.values) return;
  const cells = log.read.adopted.map(({ row, signature }) => ({ row, cells: [signature] }));
  if (!log.read.signedHeader) cells.push({ row: 1, cells: [MAIL_LOG_COLUMN.header[7]] });
  writeRuns(port, SIGNATURE_COLUMN, cells);
}
function appendRows(port, log, rows) {
  if (!log.values) {
    port.writeSheet(newLog(rows));
    log.values = [[...MAIL_LOG_COLUMN.header]];
    return 2;
  }
  const first = log.values.length + 1;
  port.writeBlock(SHEETS.mailLog, first, 1, rows);
  return first;
}
function writeOutcomes(port, log, outcomes) {
  const cells = outcomes.flatMap(({ row, text: text2 }) => {
    const fields = log.fields.get(row);
    return fields ? [{ row, cells: outcomeCells(fields, text2, log.seal) }] : [];
  });
  writeRuns(port, OUTCOME_COLUMN, cells);
}

// src/addon/mail-quota.ts
var SEEN = "tienDo.mailQuotaSeen";
function mailQuota() {
  const remaining = MailApp.getRemainingDailyQuota();
  const store = PropertiesService.getUserProperties();
  const seen = Number(store.getProperty(SEEN)) || 0;
  if (remaining > seen) store.setProperty(SEEN, String(remaining));
  return { remaining, daily: dailyRecipients(Math.max(seen, remaining)) };
}

// src/addon/mail-seal.ts
var KEY2 = "tienDo.mailLogKey";
var SIGNED = "tienDo.mailLogSigned";
function signingKey() {
  const store = PropertiesService.getScriptProperties();
  const key = store.getProperty(KEY2);
  if (key) return key;
  const lock = LockService.getScriptLock();
  const held = lock.tryLock(3e4);
  try {
    const again2 = store.getProperty(KEY2);
    if (again2) return again2;
    const created = Utilities.getUuid() + Utilities.getUuid();
    store.setProperty(KEY2, created);
    return created;
  } finally {
    if (held) lock.releaseLock();
  }
}
function hex(bytes) {
  return bytes.map((b) => (b & 255).toString(16).padStart(2, "0")).join("");
}
function logSeal(spreadsheetId) {
  const key = signingKey();
  return (fields) => hex(
    Utilities.computeHmacSha256Signature(
      sealText(spreadsheetId, fields),
      key,
      Utilities.Charset.UTF_8
    )
  );
}
var documentStore = () => PropertiesService.getDocumentProperties();
function mayAdopt() {
  var _a;
  return ((_a = documentStore()) == null ? void 0 : _a.getProperty(SIGNED)) !== "yes";
}
function markSigned() {
  var _a;
  (_a = documentStore()) == null ? void 0 : _a.setProperty(SIGNED, "yes");
}

// src/core/unit-tree.ts
var INDENT = "    ";
var pathKey = (path) => path.map(nameKey).join("");
function tree(p) {
  const root = { group: null, items: [] };
  const nodes = /* @__PURE__ */ new Map([["", root]]);
  const groups = new Map(p.groups.map((g) => [pathKey(g.path), g]));
  const nodeFor = (path) => {
    var _a;
    const key = pathKey(path);
    let node = nodes.get(key);
    if (!node) {
      node = { group: (_a = groups.get(key)) != null ? _a : null, items: [] };
      nodes.set(key, node);
      nodeFor(path.slice(0, -1)).items.push(node);
    }
    return node;
  };
  for (const u of p.units) {
    const own = [...u.path, u.name];
    if (groups.has(pathKey(own))) nodeFor(own).items.unshift(u);
    else nodeFor(u.path).items.push(u);
  }
  return root;
}
function walk(root, visit) {
  const emit = (node, depth) => {
    for (const item of node.items) {
      if ("items" in item) {
        emit(item, node.group ? depth + 1 : depth);
        if (item.group) visit.group(item.group, depth);
      } else visit.unit(item, depth);
    }
  };
  emit(root, 0);
}

// src/core/messages-report.ts
var REPORT = {
  /** "Báo cáo tháng 8/2023 (từ 10/07/2023 đến 09/08/2023)" */
  monthlyTitle: (month, year, from, to) => `Báo cáo tháng ${month}/${year} (từ ${from} đến ${to})`,
  /** "Báo cáo kết thúc chiến dịch (từ 26/06/2023 đến 05/11/2023)" */
  finalTitle: (from, to) => `Báo cáo kết thúc chiến dịch (từ ${from} đến ${to})`,
  /** Second line of a block: the campaign, and where it stands at the end of the period. */
  standing: (campaign, to, daysLeft, deadline) => daysLeft > 0 ? `${campaign}. Số liệu đến hết ngày ${to}; còn ${daysLeft} ngày tính đến hạn ${deadline}.` : `${campaign}. Số liệu đến hết ngày ${to}; hạn ${deadline}.`,
  made: (when) => `Lập lúc ${when}.`,
  period: "Trong kỳ",
  /** The column of a unit's reporting in the period: "18/20" days. */
  days: "Số ngày báo cáo",
  /** `range`: "10/07–09/08/2023", or "10/12/2023–09/01/2024" across the new year. */
  subject: {
    monthly: (month, year, campaign, range2) => `[Tiến Độ] Báo cáo tháng ${month}/${year} (${range2}) — ${campaign}`,
    final: (campaign, range2) => `[Tiến Độ] Báo cáo kết thúc chiến dịch (${range2}) — ${campaign}`
  },
  /** A unit's reporting in the plain text: "báo cáo 18/20 ngày". */
  daysText: (days) => `báo cáo ${days} ngày`,
  /** Under the standing line: how many units sent every report due in the period. */
  fullReporting: (full, units) => `${full}/${units} đơn vị báo cáo đủ trong kỳ (cột "Số ngày báo cáo": số ngày có báo cáo/số ngày phải báo cáo).`,
  mailIntro: {
    monthly: (from, to) => `Báo cáo tháng: số liệu trong kỳ từ ${from} đến ${to}, lũy kế từ đầu chiến dịch, tỷ lệ so với chỉ tiêu, số còn lại và số cần đạt mỗi ngày đến hạn.`,
    final: (from, to) => `Báo cáo kết thúc chiến dịch: kết quả cả chiến dịch từ ${from} đến ${to} của từng đơn vị so với chỉ tiêu.`
  },
  /** A report due but not written: `Báo cáo tháng` is a unit's tab (`name-reserved`). */
  claimed: (unit) => `Không lập được báo cáo tháng/báo cáo kết thúc: trang "Báo cáo tháng" đang là trang số liệu của đơn vị "${unit}" (xem trang "Kiểm tra"). Hãy đổi tên trang của đơn vị đó; lần chạy sau trong hạn sẽ lập báo cáo.`,
  /** Where the same table stands in the workbook. */
  inSheet: (sheet) => `Bảng này cũng được ghi lên đầu trang "${sheet}" của bảng tính.`,
  /** Rows left out of the e-mail to keep it within the size a message may have. */
  moreRows: (n, sheet) => `… và ${n} dòng nữa: xem đầy đủ ở trang "${sheet}" của bảng tính.`
};
var STANDING_PATTERN = /^(.*)\. Số liệu đến hết ngày (\d{2}\/\d{2}\/\d{4}); (?:còn (\d+) ngày tính đến hạn|hạn) (\d{2}\/\d{2}\/\d{4})\.(?: Lập lúc .*)?$/;

// src/core/monthly-report.ts
function reportTable(period, at, before, days = []) {
  const columns = [];
  const pick = [];
  const add = (column2, cell) => {
    columns.push(column2);
    pick.push(cell);
  };
  for (const indicator of at.indicators) {
    const col = (header, format) => ({ indicator, header, format });
    add(col(REPORT.period, "#,##0"), (row, prior) => {
      var _a, _b;
      const f = row.indicators[indicator];
      if (!f) return null;
      return f.cumulative - ((_b = (_a = prior == null ? void 0 : prior.indicators[indicator]) == null ? void 0 : _a.cumulative) != null ? _b : 0);
    });
    add(col(SUMMARY_COLUMN.cumulative, "#,##0"), (row) => {
      var _a;
      return (_a = row.indicators[indicator]) == null ? void 0 : _a.cumulative;
    });
    if (!at.quotaIndicators.includes(indicator)) continue;
    add(col(SUMMARY_COLUMN.percent, "0.0%"), (row) => {
      var _a;
      return (_a = row.indicators[indicator]) == null ? void 0 : _a.percent;
    });
    add(col(SUMMARY_COLUMN.remaining, "#,##0"), (row) => {
      var _a;
      return (_a = row.indicators[indicator]) == null ? void 0 : _a.remaining;
    });
    add(col(SUMMARY_COLUMN.required, "#,##0"), (row) => {
      var _a;
      return (_a = row.indicators[indicator]) == null ? void 0 : _a.requiredPerDay;
    });
  }
  if (at.total.pendingActivation !== null)
    add(
      { indicator: null, header: SUMMARY_COLUMN.pending, format: "#,##0" },
      (row) => row.pendingActivation
    );
  add(
    { indicator: null, header: SUMMARY_COLUMN.status, format: null },
    (row) => row.status ? STATUS_LABELS[row.status] : null
  );
  const cells = (row, prior) => pick.map((p) => {
    var _a;
    return (_a = p(row, prior)) != null ? _a : null;
  });
  const unitsBefore = new Map(at.units.map((u, i) => [u, before.units[i]]));
  const unitDays = new Map(at.units.map((u, i) => {
    var _a;
    return [u, (_a = days[i]) != null ? _a : null];
  }));
  const groupsBefore = new Map(before.groups.map((g) => [pathKey(g.path), g]));
  const rows = [];
  let stt = 0;
  walk(tree(at), {
    unit: (u, depth) => {
      var _a;
      return rows.push({
        kind: "unit",
        stt: ++stt,
        name: u.name,
        depth,
        days: (_a = unitDays.get(u)) != null ? _a : null,
        cells: cells(u, unitsBefore.get(u))
      });
    },
    group: (g, depth) => rows.push({
      kind: "subtotal",
      stt: null,
      name: SUMMARY_COLUMN.subtotal(g.name),
      depth,
      days: null,
      cells: cells(g, groupsBefore.get(pathKey(g.path)))
    })
  });
  rows.push({
    kind: "total",
    stt: null,
    name: SUMMARY_COLUMN.total,
    depth: 0,
    days: null,
    cells: cells(at.total, before.total)
  });
  return {
    period,
    campaign: at.campaign,
    deadline: at.deadline,
    daysLeft: at.daysLeft,
    hasDays: days.length > 0,
    columns,
    rows
  };
}

// src/core/group-progress.ts
var sum = (values) => values.reduce((a, v) => a + v, 0);
function sumOf(members, indicators2, t) {
  var _a;
  const deadlines = [...new Set(members.map((m) => m.deadline))].sort();
  const shared = deadlines.length <= 1;
  const deadline = (_a = deadlines[deadlines.length - 1]) != null ? _a : "";
  const schedule = {
    asOf: t.asOf,
    deadline,
    daysLeft: deadline ? t.daysLeftTo(deadline) : 0,
    rounding: t.rounding,
    dayAfter: t.dayAfter
  };
  const figures2 = byName();
  const statuses = [];
  for (const indicator of indicators2) {
    const parts = members.flatMap((m) => {
      var _a2;
      return (_a2 = m.indicators[indicator]) != null ? _a2 : [];
    });
    if (parts.length === 0) continue;
    const hard = parts.filter((p) => {
      var _a2;
      return p.quota !== null && !((_a2 = p.target) == null ? void 0 : _a2.soft);
    });
    const quota = hard.length ? sum(hard.map((p) => p.quota)) : null;
    const cumulative = sum(parts.map((p) => p.cumulative));
    const populations = parts.map((p) => p.population);
    const population = populations.every((p) => p !== null) ? sum(populations) : null;
    const todays = parts.map((p) => p.today).filter((v) => v !== null);
    const { progress, status } = derive(
      {
        quota,
        cumulative,
        // A unit over its target does not hide another's shortfall.
        remaining: quota === null ? null : sum(hard.map((p) => p.remaining)),
        pace: sum(parts.map((p) => p.pace)),
        meanSinceStart: sum(parts.map((p) => p.meanSinceStart)),
        ...shared ? {} : { requiredPerDay: sum(hard.map((p) => {
          var _a2;
          return (_a2 = p.requiredPerDay) != null ? _a2 : 0;
        })) }
      },
      schedule,
      {
        population,
        coverage: population ? cumulative / population : null,
        target: null,
        today: todays.length ? sum(todays) : null
      }
    );
    figures2[indicator] = progress;
    statuses.push(status);
  }
  const withBacklog = members.filter((m) => m.pendingActivation !== null);
  const pending = withBacklog.length ? sum(withBacklog.map((m) => m.pendingActivation)) : null;
  return {
    deadline,
    daysLeft: schedule.daysLeft,
    indicators: figures2,
    pendingActivation: pending,
    pendingPerDay: pending === null ? null : shared ? perDay(Math.max(0, pending), schedule.daysLeft, t.rounding) : sum(withBacklog.map((m) => {
      var _a2;
      return (_a2 = m.pendingPerDay) != null ? _a2 : 0;
    })),
    status: worst(statuses)
  };
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((p, i) => sameName(p, path[i]));
}
function groupsOf(units, indicators2, t) {
  const paths = [];
  for (const u of units)
    for (let k = 1; k <= u.path.length; k++) {
      const path = u.path.slice(0, k);
      if (!paths.some((p) => p.length === k && startsWith(p, path))) paths.push(path);
    }
  const ordered = [];
  const visit = (parent) => {
    for (const p of paths)
      if (p.length === parent.length + 1 && startsWith(p, parent)) {
        ordered.push(p);
        visit(p);
      }
  };
  visit([]);
  return ordered.map((path) => {
    const members = units.filter((u) => startsWith([...u.path, u.name], path));
    return {
      name: path[path.length - 1],
      path,
      level: path.length,
      units: members.map((m) => m.name),
      ...sumOf(members, indicators2, t)
    };
  });
}

// src/core/timeline.ts
var weekdayOf = (day) => ((day + 4) % 7 + 7) % 7;
function anchorOf(day, f) {
  if (f.kind === "weekly") return day - (weekdayOf(day) - f.weekday + 7) % 7;
  const [y, m, d] = fromDayNumber(day).split("-").map(Number);
  const [year, month] = d >= f.day ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  return dayNumber(`${year}-${String(month).padStart(2, "0")}-${String(f.day).padStart(2, "0")}`);
}
function reportingDays(days, f, from) {
  if (f.kind === "daily" || days.length === 0) return days;
  const start = dayNumber(from);
  const out = [];
  let last = null;
  for (const d of days) {
    const anchor = anchorOf(dayNumber(d), f);
    if (anchor < start || anchor === last) continue;
    last = anchor;
    out.push(d);
  }
  return out;
}
var keyOf2 = (f) => f.kind === "daily" ? "d" : f.kind === "weekly" ? `w${f.weekday}` : `m${f.day}`;
function timeline(campaign, asOf, now) {
  const s = campaign.settings;
  const days = countingDays(s.start, lastDeadline(campaign), s);
  const elapsedDays = asOf === null ? [] : days.filter((d) => d <= asOf);
  const position = new Map(days.map((d, i) => [d, i]));
  const left = /* @__PURE__ */ new Map();
  const daysLeftTo = (deadline) => {
    let n = left.get(deadline);
    if (n === void 0)
      left.set(
        deadline,
        n = days.filter((d) => (asOf === null || d > asOf) && d <= deadline).length
      );
    return n;
  };
  const byRhythm = /* @__PURE__ */ new Map();
  const rhythm = (f) => {
    let list = byRhythm.get(keyOf2(f));
    if (!list) byRhythm.set(keyOf2(f), list = reportingDays(days, f, s.start));
    return list;
  };
  const dueNow = new Set(days.filter((d) => d <= now.date && isDue(d, now, s.cutoff, s)));
  const dueCache = /* @__PURE__ */ new Map();
  const dueDays = (deadline, f) => {
    const key = `${deadline}|${keyOf2(f)}`;
    let due = dueCache.get(key);
    if (!due) {
      const lastDue = asOf === null ? null : asOf < deadline ? asOf : deadline;
      const list = lastDue === null ? [] : rhythm(f).filter((d) => d <= lastDue && dueNow.has(d));
      const last = list[list.length - 1];
      const lateAfter = last === void 0 ? Infinity : dayNumber(nextCountingDay(last, s)) * MINUTES_PER_DAY + s.cutoff;
      dueCache.set(key, due = { days: Int32Array.from(list, dayNumber), lateAfter });
    }
    return due;
  };
  const paceWindow = (f) => {
    const own = asOf === null ? [] : rhythm(f).filter((d) => d <= asOf);
    if (own.length <= s.paceWindow) return { baseDay: null, window: elapsedDays.length };
    const base = own[own.length - 1 - s.paceWindow];
    return {
      baseDay: dayNumber(base),
      window: elapsedDays.length - 1 - position.get(base)
    };
  };
  return {
    asOf,
    asOfDay: asOf === null ? null : dayNumber(asOf),
    elapsed: elapsedDays.length,
    rounding: s.rounding,
    daysLeftTo,
    dueDays,
    paceWindow,
    dayAfter: countingDaysAfter(asOf, s)
  };
}

// src/core/progress.ts
function backlogPair(indicators2) {
  const collected = indicators2.find((i) => sameLabel(i, BACKLOG_PAIR.collected));
  const activated = indicators2.find((i) => sameLabel(i, BACKLOG_PAIR.activated));
  return collected && activated ? [collected, activated] : null;
}
function computeProgress(campaign, asOf, now) {
  const s = campaign.settings;
  if (!s.start || !s.deadline) throw new Error("computeProgress needs valid start and deadline");
  const t = timeline(campaign, asOf, now);
  const phase = phaseAt(campaign.phases, asOf);
  const deadline = phase && phase.to < s.deadline ? phase.to : s.deadline;
  const { indicators: indicators2 } = campaign;
  const context2 = {
    indicators: indicators2,
    timeline: t,
    campaignDeadline: s.deadline,
    phase,
    backlogPair: backlogPair(indicators2)
  };
  const units = campaign.units.map((entries) => unitProgress(entries, context2));
  return {
    campaign: s.campaign,
    start: s.start,
    asOf,
    deadline,
    daysLeft: t.daysLeftTo(deadline),
    paceWindow: s.paceWindow,
    rounding: s.rounding,
    phase: phase && { name: phase.name, from: phase.from, to: phase.to },
    indicators: indicators2,
    quotaIndicators: indicators2.filter(
      (i) => campaign.units.some(({ unit }) => targetInForce(unit, i, phase) !== null)
    ),
    units,
    groups: groupsOf(units, indicators2, t),
    total: sumOf(units, indicators2, t)
  };
}

// src/core/report-period.ts
var GRACE_DAYS = 2;
var pad = (n) => String(n).padStart(2, "0");
function dateOf(year, month, day) {
  return `${year}-${pad(month)}-${pad(day)}`;
}
function monthBefore(year, month) {
  return month === 1 ? [year - 1, 12] : [year, month - 1];
}
function monthlyPeriod(s, days, year, month, made = []) {
  if (s.monthlyDay === null) return null;
  const at = (y, m) => dataDateAt(days, { date: dateOf(y, m, s.monthlyDay), minutes: s.cutoff }, s.cutoff, s);
  const to = at(year, month);
  if (to === null) return null;
  const monthly = made.filter((r) => r.kind === "monthly");
  const written = monthly.find((r) => r.to === to);
  if (written) return { kind: "monthly", from: written.from, to, month, year };
  const before = monthly.map((r) => r.to).filter((d) => d < to);
  const previous = before.length ? before.sort()[before.length - 1] : at(...monthBefore(year, month));
  const from = previous === null ? days[0] : days.find((d) => d > previous);
  if (from === void 0 || from > to) return null;
  return { kind: "monthly", from, to, month, year };
}
function reportsDue(s, now, made = []) {
  const days = countingDays(s.start, s.end, s);
  if (!days.length) return [];
  const due = [];
  const inGrace = (day) => dayNumber(now.date) - dayNumber(day) <= GRACE_DAYS;
  if (s.monthlyDay !== null) {
    let [year, month] = now.date.split("-").map(Number);
    const today = dateOf(year, month, s.monthlyDay);
    if (now.date < today || now.date === today && now.minutes < s.cutoff)
      [year, month] = monthBefore(year, month);
    const day = dateOf(year, month, s.monthlyDay);
    if (day <= s.end && inGrace(day)) {
      const period = monthlyPeriod(s, days, year, month, made);
      if (period) due.push(period);
    }
  }
  const last = days[days.length - 1];
  if (dataDateAt(days, now, s.cutoff, s) === last && inGrace(nextCountingDay(last, s))) {
    const [year, month] = last.split("-").map(Number);
    due.push({ kind: "final", from: days[0], to: last, month, year });
  }
  return due;
}

// src/core/report-sheet.ts
var BLOCK_HEAD = 4;
var TITLE_PATTERN = /^(Báo cáo tháng \d{1,2}\/\d{4}|Báo cáo kết thúc chiến dịch) \(từ (\d{2}\/\d{2}\/\d{4}) đến (\d{2}\/\d{2}\/\d{4})\)$/;
function writtenReports(rows) {
  const found = [];
  (rows != null ? rows : []).forEach((r, i) => {
    const m = TITLE_PATTERN.exec(cellText(r[0]).trim());
    const from = m && readDate(m[2]);
    const to = m && readDate(m[3]);
    if (m && from && to)
      found.push({
        kind: m[1].startsWith("Báo cáo tháng") ? "monthly" : "final",
        from,
        to,
        row: i + 1
      });
  });
  return found;
}
function hasReport(written, p) {
  return written.some((w) => w.kind === p.kind && w.to === p.to);
}
function reportTitle(p) {
  const from = formatVnDate(p.from);
  const to = formatVnDate(p.to);
  return p.kind === "monthly" ? REPORT.monthlyTitle(p.month, p.year, from, to) : REPORT.finalTitle(from, to);
}
function reportBlock(t, when) {
  const header1 = [SUMMARY_COLUMN.stt, SUMMARY_COLUMN.unit];
  const header2 = ["", ""];
  if (t.hasDays) {
    header1.push(REPORT.days);
    header2.push("");
  }
  t.columns.forEach((c, i) => {
    const first = i === 0 || t.columns[i - 1].indicator !== c.indicator;
    if (c.indicator === null) {
      header1.push(c.header);
      header2.push("");
    } else {
      header1.push(first ? c.indicator : "");
      header2.push(c.header);
    }
  });
  return [
    [reportTitle(t.period)],
    [
      `${REPORT.standing(t.campaign, formatVnDate(t.period.to), t.daysLeft, formatVnDate(t.deadline))} ${REPORT.made(when)}`
    ],
    header1,
    header2,
    ...t.rows.map((r) => {
      var _a;
      return [
        (_a = r.stt) != null ? _a : "",
        INDENT.repeat(r.depth) + r.name,
        ...t.hasDays ? [r.days ? daysText(r.days) : ""] : [],
        ...r.cells
      ];
    }),
    []
  ];
}
function daysText(d) {
  return `${d.reported}/${d.due}`;
}
function formatOf(header) {
  if (sameLabel(header, SUMMARY_COLUMN.percent)) return "0.0%";
  if (sameLabel(header, SUMMARY_COLUMN.status) || sameLabel(header, REPORT.days)) return null;
  if (header === "") return null;
  return "#,##0";
}
function styleOf(rows, titles) {
  const text2 = (r, c) => {
    var _a;
    const v = (_a = rows[r - 1]) == null ? void 0 : _a[c - 1];
    return typeof v === "string" ? v : v === null || v === void 0 ? "" : String(v);
  };
  const boldRows = [];
  const blocks2 = [];
  const layout = { widths: [], merges: [], borders: [], wrapRows: [] };
  let widest = 2;
  titles.forEach((title, k) => {
    var _a, _b, _c, _d, _e;
    const end = ((_a = titles[k + 1]) != null ? _a : rows.length + 1) - 1;
    boldRows.push(title, title + 2, title + 3);
    const first = title + BLOCK_HEAD;
    let last = first - 1;
    while (last < end && text2(last + 1, 2).trim() !== "") last++;
    for (let r = first; r <= last; r++) if (text2(r, 1) === "") boldRows.push(r);
    if (last < first) return;
    const width = Math.max((_c = (_b = rows[title + 1]) == null ? void 0 : _b.length) != null ? _c : 0, (_e = (_d = rows[title + 2]) == null ? void 0 : _d.length) != null ? _e : 0);
    const formats = [];
    const colours = [];
    widest = Math.max(widest, width);
    const head = title + 2;
    layout.borders.push({ row: head, col: 1, rows: last - head + 1, cols: width });
    layout.wrapRows.push(head, head + 1);
    for (let c = 1; c <= width; c++) {
      if (text2(head + 1, c) === "") {
        layout.merges.push({ row: head, col: c, rows: 2, cols: 1 });
        continue;
      }
      if (text2(head, c) === "") continue;
      let span = 1;
      while (c + span <= width && text2(head, c + span) === "" && text2(head + 1, c + span) !== "")
        span++;
      if (span > 1) layout.merges.push({ row: head, col: c, rows: 1, cols: span });
    }
    for (let c = 3; c <= width; c++) {
      const header = text2(title + 3, c) || text2(title + 2, c);
      const format = formatOf(header);
      if (format) formats.push({ col: c, fromRow: first, toRow: last, format });
      if (sameLabel(header, SUMMARY_COLUMN.status))
        colours.push({ col: c, fromRow: first, toRow: last, rules: STATUS_COLOURS });
    }
    blocks2.push({ formats, colours });
  });
  const ordered = [...blocks2].reverse();
  return {
    boldRows,
    frozenRows: 0,
    frozenColumns: 2,
    wide: { col: 2, width: 200 },
    formats: ordered.flatMap((b) => b.formats),
    colours: ordered.flatMap((b) => b.colours),
    layout: {
      ...layout,
      widths: [44, 200, ...new Array(widest - 2).fill(92)]
    }
  };
}
function again(v) {
  if (v === void 0 || isBlank(v)) return null;
  return isSheetDate(v) ? { date: v.date } : v;
}
function reportSheet(existing, tables, when) {
  const fresh = [...tables].reverse().flatMap((t) => reportBlock(t, when));
  const old = (existing != null ? existing : []).map((r) => r.map(again));
  while (old.length && old[old.length - 1].every((v) => v === null)) old.pop();
  const rows = [...fresh, ...old];
  const titles = [];
  rows.forEach((r, i) => {
    if (typeof r[0] === "string" && TITLE_PATTERN.test(r[0].trim())) titles.push(i + 1);
  });
  return { name: SHEETS.monthly, rows, ...styleOf(rows, titles) };
}

// src/core/report-mail.ts
var REPORT_MAIL_BYTES = 15e4;
function shown(c, v) {
  if (v === null) return "";
  if (typeof v === "string") return v;
  return c.format === "0.0%" ? vnPercent(v) : vnNumber(v);
}
function rowsShown(rows, bytes) {
  const shown2 = rows.map(() => false);
  let room = REPORT_MAIL_BYTES;
  for (const kind of ["total", "subtotal", "unit"]) {
    let full = false;
    rows.forEach((r, i) => {
      if (r.kind !== kind || full) return;
      if (bytes[i] > room) {
        full = kind === "unit";
        return;
      }
      shown2[i] = true;
      room -= bytes[i];
    });
  }
  return { shown: shown2, left: shown2.filter((x) => !x).length };
}
var REPORT_COLUMNS_MAX = 11;
function periodRange(from, to) {
  const start = formatVnDate(from);
  return `${from.slice(0, 4) === to.slice(0, 4) ? start.slice(0, 5) : start}–${formatVnDate(to)}`;
}
var COLOUR_OF_LABEL = new Map(
  Object.keys(STATUS_COLOUR).map((k) => [
    STATUS_LABELS[k],
    STATUS_COLOUR[k]
  ])
);
function tablesOf(t) {
  const groups = t.hasDays ? [{ title: REPORT.days, columns: [-1], spanning: false }] : [];
  let status = null;
  t.columns.forEach((c, i) => {
    if (c.indicator === null) {
      if (sameLabel(c.header, SUMMARY_COLUMN.status)) status = i;
      else groups.push({ title: c.header, columns: [i], spanning: false });
      return;
    }
    const last = groups[groups.length - 1];
    if ((last == null ? void 0 : last.spanning) && last.title === c.indicator) last.columns.push(i);
    else groups.push({ title: c.indicator, columns: [i], spanning: true });
  });
  const tables = [];
  let width = Infinity;
  for (const g of groups) {
    if (width + g.columns.length > REPORT_COLUMNS_MAX) {
      tables.push([]);
      width = 0;
    }
    tables[tables.length - 1].push(g);
    width += g.columns.length;
  }
  if (!tables.length) tables.push([]);
  return tables.map((groups2) => ({ groups: groups2, status }));
}
function fullLine(t) {
  if (!t.hasDays) return null;
  const units = t.rows.filter((r) => r.kind === "unit" && r.days);
  const full = units.filter((r) => r.days.reported >= r.days.due).length;
  return REPORT.fullReporting(full, units.length);
}
function reportMail(t, to, links2) {
  var _a;
  const from = formatVnDate(t.period.from);
  const until = formatVnDate(t.period.to);
  const range2 = periodRange(t.period.from, t.period.to);
  const campaign = clean(t.campaign);
  const subject = t.period.kind === "monthly" ? REPORT.subject.monthly(t.period.month, t.period.year, campaign, range2) : REPORT.subject.final(campaign, range2);
  const intro = REPORT.mailIntro[t.period.kind](from, until);
  const standing = REPORT.standing(campaign, until, t.daysLeft, formatVnDate(t.deadline));
  const full = fullLine(t);
  const sheet = (_a = links2.tab(SHEETS.monthly)) != null ? _a : links2.sheet;
  const th = (text3, extra = "") => `<th${extra} bgcolor="#f1f3f4">${escapeHtml(text3)}</th>`;
  const tables = tablesOf(t);
  const heads = tables.map(({ groups, status }) => {
    const head1 = [
      th(SUMMARY_COLUMN.stt, ' rowspan="2"'),
      // Names stay readable on a phone: the table scrolls sideways inside its box instead.
      th(SUMMARY_COLUMN.unit, ' rowspan="2" align="left" style="min-width:120px"'),
      ...groups.map(
        (g) => g.spanning ? th(clean(g.title), ` colspan="${g.columns.length}"`) : th(g.title, ' rowspan="2"')
      ),
      ...status === null ? [] : [th(t.columns[status].header, ' rowspan="2"')]
    ];
    const head2 = groups.filter((g) => g.spanning).flatMap((g) => g.columns.map((i) => th(t.columns[i].header)));
    return `<tr>${head1.join("")}</tr>
<tr>${head2.join("")}</tr>`;
  });
  const htmlRows = (r) => {
    const b = (text3) => r.kind === "unit" || !text3 ? text3 : `<b>${text3}</b>`;
    const cell = (i) => {
      if (i < 0) return `<td nowrap align="center">${r.days ? daysText(r.days) : ""}</td>`;
      const c = t.columns[i];
      return `<td nowrap${c.format ? ' align="right"' : ""}>${b(escapeHtml(shown(c, r.cells[i])))}</td>`;
    };
    const name = `${"&nbsp;".repeat(r.depth * 3)}${b(h(r.name))}`;
    return tables.map(({ groups, status }) => {
      var _a2;
      const label = status === null ? "" : shown(t.columns[status], r.cells[status]);
      const colour = COLOUR_OF_LABEL.get(label);
      const statusCell2 = status === null ? "" : `<td nowrap${colour ? ` style="color:${colour}"` : ""}>${b(escapeHtml(label))}</td>`;
      const cells = groups.flatMap((g) => g.columns.map(cell)).join("");
      return `<tr><td>${(_a2 = r.stt) != null ? _a2 : ""}</td><td>${name}</td>${cells}${statusCell2}</tr>`;
    });
  };
  const textRow = (r) => {
    const parts = [];
    let current = null;
    t.columns.forEach((c, i) => {
      const v = shown(c, r.cells[i]);
      if (v === "") return;
      const figure = c.format ? `${c.header.toLowerCase()} ${v}` : v;
      if (c.indicator === null) parts.push(figure);
      else if (c.indicator === current) parts[parts.length - 1] += `, ${figure}`;
      else parts.push(`${clean(c.indicator)}: ${figure}`);
      current = c.indicator;
    });
    const days = r.days ? ` (${REPORT.daysText(daysText(r.days))})` : "";
    return `${"  ".repeat(r.depth)}${r.stt === null ? "" : `${r.stt}. `}${clean(r.name)}${days} — ${parts.join("; ")}`;
  };
  const rowsHtml = t.rows.map(htmlRows);
  const textRows = t.rows.map(textRow);
  const { shown: kept, left } = rowsShown(
    t.rows,
    t.rows.map((_, i) => utf8Length(rowsHtml[i].join("")) + utf8Length(textRows[i]))
  );
  const more = left ? [REPORT.moreRows(left, SHEETS.monthly)] : [];
  const lines = [standing, ...full ? [full] : []];
  const html = [
    `<div style="${FONT}font-size:14px;color:#202124;max-width:960px">`,
    `<h2 style="font-size:18px;margin:0 0 8px">${escapeHtml(reportTitle(t.period))}</h2>`,
    ...lines.map((l) => `<p style="margin:0 0 8px">${escapeHtml(l)}</p>`),
    `<p style="margin:0 0 12px">${escapeHtml(intro)}</p>`,
    ...heads.flatMap((head, k) => [
      `<div style="overflow-x:auto;margin:0 0 10px"><table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse;border-color:#dadce0;font-size:12px">`,
      head,
      ...rowsHtml.filter((_, i) => kept[i]).map((r) => r[k]),
      "</table></div>"
    ]),
    ...more.map((m) => `<p style="margin:4px 0">${escapeHtml(m)}</p>`),
    `<p style="margin:12px 0 4px">${escapeHtml(REPORT.inSheet(SHEETS.monthly))} <a href="${escapeHtml(sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
    `<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
    "</div>"
  ].join("\n");
  const text2 = [
    reportTitle(t.period),
    ...lines,
    "",
    intro,
    "",
    ...textRows.filter((_, i) => kept[i]),
    ...more,
    "",
    `${REPORT.inSheet(SHEETS.monthly)} ${MAIL.openSheet}: ${sheet}`,
    "",
    MAIL.footer
  ].join("\n");
  return {
    kind: t.period.kind,
    unit: "",
    to,
    subject,
    html,
    text: text2,
    dataDate: t.period.to,
    units: []
  };
}

// src/core/report-read.ts
var text = (v) => v === void 0 || isBlank(v) ? "" : cellText(v);
function cellOf(v) {
  if (typeof v === "number") return v;
  const t = text(v).trim();
  return t === "" ? null : t;
}
function daysOf(v) {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text(v).trim());
  return m ? { reported: Number(m[1]), due: Number(m[2]) } : null;
}
function readReportTable(rows, block, fallback) {
  var _a, _b, _c;
  const title = rows[block.row - 1];
  const m = title && TITLE_PATTERN.exec(text(title[0]).trim());
  if (!m) return null;
  const monthOf = /(\d{1,2})\/(\d{4})$/.exec(m[1]);
  const [month, year] = monthOf ? [Number(monthOf[1]), Number(monthOf[2])] : block.to.split("-").slice(0, 2).map(Number).reverse();
  const period = { kind: block.kind, from: block.from, to: block.to, month, year };
  const standing = STANDING_PATTERN.exec(text((_a = rows[block.row]) == null ? void 0 : _a[0]).trim());
  const deadline = standing && readDate(standing[4]);
  const head1 = (_b = rows[block.row + 1]) != null ? _b : [];
  const head2 = (_c = rows[block.row + 2]) != null ? _c : [];
  const width = Math.max(head1.length, head2.length);
  const hasDays = sameLabel(text(head1[2]), REPORT.days);
  const first = hasDays ? 3 : 2;
  const columns = [];
  let indicator = null;
  for (let c = first; c < width; c++) {
    const top = text(head1[c]).trim();
    const below = text(head2[c]).trim();
    if (!top && !below) break;
    if (below === "" || below === top)
      columns.push({ indicator: null, header: top, format: formatOf(top) });
    else {
      indicator = top || indicator;
      columns.push({ indicator, header: below, format: formatOf(below) });
    }
  }
  const out = [];
  for (let r = block.row + 3; r < rows.length; r++) {
    const row = rows[r];
    let name = typeof row[1] === "string" ? row[1] : text(row[1]);
    if (name.trim() === "") break;
    let depth = 0;
    while (name.startsWith(INDENT)) {
      name = name.slice(INDENT.length);
      depth++;
    }
    const number = text(row[0]).trim();
    const stt = typeof row[0] === "number" ? row[0] : /^\d+$/.test(number) ? Number(number) : null;
    out.push({
      kind: stt !== null ? "unit" : "subtotal",
      stt,
      name,
      depth,
      days: hasDays && stt !== null ? daysOf(row[2]) : null,
      cells: columns.map((_, i) => cellOf(row[first + i]))
    });
  }
  if (!out.length) return null;
  const last = out[out.length - 1];
  if (last.stt === null) last.kind = "total";
  return {
    period,
    campaign: standing ? standing[1] : fallback.campaign,
    deadline: deadline != null ? deadline : fallback.deadline,
    daysLeft: (standing == null ? void 0 : standing[3]) ? Number(standing[3]) : 0,
    hasDays,
    columns,
    rows: out
  };
}

// src/addon/reports.ts
function duePeriods(campaign, now, made = []) {
  const s = campaign.settings;
  const end = lastDeadline(campaign);
  if (!s.start || !s.deadline || !end) return [];
  return reportsDue({ ...s, start: s.start, end }, now, made);
}
function tableOf(campaign, period, now, summary) {
  const s = campaign.settings;
  const days = countingDays(s.start, period.from, s);
  const before = days.length >= 2 ? days[days.length - 2] : null;
  const at = (summary == null ? void 0 : summary.asOf) === period.to ? summary : computeProgress(campaign, period.to, now);
  const t = timeline(campaign, period.to, now);
  const first = dayNumber(period.from);
  const reporting = at.units.map((u, i) => {
    const due = t.dueDays(u.deadline, campaign.units[i].unit.frequency).days;
    const inPeriod = due.filter((d) => d >= first).length;
    const missed = u.missing.filter((d) => d >= period.from).length;
    return { reported: inPeriod - missed, due: inPeriod };
  });
  return reportTable(period, at, computeProgress(campaign, before, now), reporting);
}
function asRead(rows) {
  return rows.map((r) => r.map((v) => typeof v === "string" || typeof v === "number" ? v : null));
}
function writeReports(port, campaign, now, summary) {
  var _a;
  if (!duePeriods(campaign, now).length) return { records: [], tables: [] };
  if (campaign.claimed.includes(SHEETS.monthly)) {
    const unit = campaign.units.find(({ unit: unit2 }) => sameName(unit2.tab, SHEETS.monthly));
    return { records: [], tables: [], sheet: null, notice: REPORT.claimed((_a = unit == null ? void 0 : unit.unit.name) != null ? _a : "") };
  }
  const existing = port.readValues(SHEETS.monthly);
  const written = writtenReports(existing);
  const tables = duePeriods(campaign, now, written).filter((p) => !hasReport(written, p)).map((p) => tableOf(campaign, p, now, summary));
  if (!tables.length) return { records: [], tables: [], sheet: existing };
  const sheet = reportSheet(existing, tables, stampText(now));
  port.writeReport(sheet);
  return {
    records: tables.map(({ period: { kind, from, to } }) => ({ kind, from, to })),
    tables,
    sheet: asRead(sheet.rows)
  };
}
var REPORT_KINDS = ["monthly", "final"];
var reportKind = (kind) => REPORT_KINDS.includes(kind);
function reportMails(port, campaign, now, log, links2, made = { records: [], tables: [] }) {
  var _a, _b;
  const to = campaign.settings.digestTo;
  if (!to.length) return [];
  const isReport = (e) => reportKind(e.kind) && e.unit === "";
  const newest = /* @__PURE__ */ new Map();
  for (const e of log)
    if (isReport(e) && e.dataDate > ((_a = newest.get(e.kind)) != null ? _a : "")) newest.set(e.kind, e.dataDate);
  const sentTo = new Set(
    log.filter((e) => isReport(e) && e.outcome === "sent").flatMap((e) => e.recipients.map((r) => `${e.kind}|${e.dataDate}|${r}`))
  );
  const waiting = log.filter(
    (e) => isReport(e) && (e.outcome === "pending" || e.outcome === "failed") && e.dataDate === newest.get(e.kind) && e.recipients.some((r) => !sentTo.has(`${e.kind}|${e.dataDate}|${r}`))
  );
  if (!duePeriods(campaign, now).length && !waiting.length) return [];
  const rows = made.sheet !== void 0 ? made.sheet : campaign.claimed.includes(SHEETS.monthly) ? null : port.readValues(SHEETS.monthly);
  const written = writtenReports(rows);
  const due = duePeriods(campaign, now, written);
  const fallback = {
    campaign: campaign.settings.campaign,
    deadline: (_b = lastDeadline(campaign)) != null ? _b : ""
  };
  return REPORT_KINDS.flatMap((kind) => {
    var _a2;
    const newest2 = written.filter((w) => w.kind === kind).sort((a, b) => b.to.localeCompare(a.to))[0];
    if (!newest2 || !rows) return [];
    const owed = due.some((p) => p.kind === kind && p.to === newest2.to) || waiting.some((e) => e.kind === kind && e.dataDate === newest2.to);
    if (!owed) return [];
    const reached = new Set(
      log.filter((e) => isReport(e) && e.kind === kind && e.dataDate === newest2.to).filter((e) => e.outcome === "sent").flatMap((e) => e.recipients)
    );
    if (to.every((r) => reached.has(r.toLowerCase()))) return [];
    const table = (_a2 = made.tables.find((t) => t.period.kind === kind && t.period.to === newest2.to)) != null ? _a2 : readReportTable(rows, newest2, fallback);
    return table ? [reportMail(table, to, links2)] : [];
  });
}

// src/addon/notify.ts
function links(port) {
  return {
    sheet: port.url,
    tab: (tab) => {
      const id = port.sheetId(tab);
      return id === null ? null : `${port.url}#gid=${id}`;
    }
  };
}
function dueMails(port, campaign, progress, log, now, made, reportsOnly2 = false) {
  if (!progress.asOf) return [];
  const l = links(port);
  if (reportsOnly2) return now ? reportMails(port, campaign, now, log, l, made) : [];
  const mails = [];
  const unconfirmed = recentUnconfirmed(log, progress.asOf);
  if (campaign.settings.digestTo.length)
    mails.push(
      digestMail(
        progress,
        campaign.settings.digestTo,
        l,
        unconfirmed,
        digestContext(campaign, progress)
      )
    );
  if (now) mails.push(...reportMails(port, campaign, now, log, l, made));
  progress.units.forEach((u, i) => {
    const emails = campaign.units[i].unit.emails;
    const fellDue = u.missing[u.missing.length - 1] === progress.asOf;
    if (u.reporting === "missing" && u.tabRead && fellDue && emails.length)
      mails.push(
        reminderMail(
          progress,
          u,
          emails,
          { cutoff: campaign.settings.cutoff, rules: campaign.settings },
          l
        )
      );
  });
  return mails;
}
function onlyReports(entries, reportsOnly2 = false) {
  return reportsOnly2 ? entries.filter((e) => reportKind(e.kind)) : entries;
}
function logFindings(log, campaign, quota) {
  return [
    ...digestOverQuota(campaign.settings, quota.daily),
    ...unsignedFindings(log.read.unsigned)
  ];
}
function mailsToSend(port, campaign, progress, resend = "none", now, reportsOnly2 = false) {
  const log = openLog(port, logSeal(port.id), mayAdopt());
  const quota = mailQuota();
  const findings = logFindings(log, campaign, quota);
  if (!progress.asOf) return { send: [], unconfirmed: [], findings, quota };
  const entries = onlyReports(log.read.entries, reportsOnly2);
  const plan = planSend(
    dueMails(port, campaign, progress, entries, now, void 0, reportsOnly2),
    entries,
    progress.asOf,
    { resend, dailyRecipients: quota.daily }
  );
  return { ...plan, findings, quota };
}
function mailFindings(port, campaign) {
  if (campaign.claimed.includes(SHEETS.mailLog))
    return digestOverQuota(campaign.settings, mailQuota().daily);
  return logFindings(openLog(port, logSeal(port.id), mayAdopt()), campaign, mailQuota());
}
function send(mail, to) {
  MailApp.sendEmail({
    to: to.join(","),
    subject: mail.subject,
    body: mail.text,
    htmlBody: mail.html,
    name: MAIL.sender
  });
}
function sendDue(port, campaign, progress, now, options = {}) {
  var _a;
  const report = {
    busy: false,
    sent: [],
    pending: [],
    failed: [],
    unconfirmed: [],
    findings: []
  };
  if (!progress.asOf) return { ...report, findings: mailFindings(port, campaign) };
  const seal = logSeal(port.id);
  const lock = (_a = LockService.getDocumentLock()) != null ? _a : LockService.getScriptLock();
  if (!lock.tryLock(3e4)) {
    const waiting = mailsToSend(port, campaign, progress, options.resend, now, options.reportsOnly);
    report.pending = waiting.send.map((outgoing) => ({ outgoing, reason: "later" }));
    return { ...report, findings: waiting.findings, busy: true };
  }
  try {
    port.lookAgain(SHEETS.mailLog);
    const adopt = mayAdopt();
    const log = openLog(port, seal, adopt);
    const quota = mailQuota();
    report.findings = logFindings(log, campaign, quota);
    const entries = onlyReports(log.read.entries, options.reportsOnly);
    const left = readInflight();
    const settled = left ? settleInflight(log.read.entries, left) : [];
    const plan = planSend(
      dueMails(port, campaign, progress, entries, now, options.reports, options.reportsOnly),
      entries,
      progress.asOf,
      { resend: options.resend, dailyRecipients: quota.daily }
    );
    report.unconfirmed = plan.unconfirmed.filter((e) => plan.send.every((o) => o.row !== e.row));
    writeAdoption(port, log);
    const fresh = plan.send.filter((o) => o.row === null);
    if (fresh.length) {
      const time = stampText(now, true);
      const rows = fresh.map((o) => logRow(o.message, time, MAIL_LOG_COLUMN.pending, seal));
      const first = appendRows(port, log, rows);
      fresh.forEach((o, i) => {
        o.row = first + i;
        log.fields.set(o.row, loggedFields(o.message, time));
      });
    }
    writeOutcomes(port, log, [...settled, ...plan.close]);
    port.flush();
    if (adopt && log.values) markSigned();
    if (left) clearInflight();
    let remaining = quota.remaining;
    const inflight = { sent: [], resent: [], current: null };
    let marked = false;
    for (const o of plan.send) {
      if (options.until !== void 0 && Date.now() >= options.until) {
        report.pending.push({ outgoing: o, reason: "later" });
        continue;
      }
      if (o.message.to.length > remaining) {
        report.pending.push({ outgoing: o, reason: "quota" });
        continue;
      }
      const named = `${o.row}:${messageMark({ ...o.message, recipients: o.message.to.map((r) => r.toLowerCase()) })}`;
      saveInflight({ ...inflight, current: named });
      marked = true;
      try {
        send(o.mail, o.message.to);
        remaining -= o.message.to.length;
        report.sent.push(o);
        (o.resend ? inflight.resent : inflight.sent).push(named);
      } catch (error) {
        report.failed.push({ outgoing: o, error: errorMessage(error) });
      }
    }
    if (marked) saveInflight(inflight);
    writeOutcomes(port, log, [
      ...report.sent.map((o) => ({
        row: o.row,
        text: o.resend ? MAIL_LOG_COLUMN.resent : MAIL_LOG_COLUMN.sent
      })),
      ...report.failed.map(({ outgoing, error }) => ({
        row: outgoing.row,
        text: MAIL_LOG_COLUMN.failed(error)
      })),
      ...report.pending.map(({ outgoing, reason }) => ({
        row: outgoing.row,
        text: reason === "quota" ? MAIL_LOG_COLUMN.pendingQuota : MAIL_LOG_COLUMN.pendingLater
      }))
    ]);
    port.flush();
    if (marked) clearInflight();
  } finally {
    port.flush();
    lock.releaseLock();
  }
  return report;
}

// src/core/result.ts
var round = (v, digits) => Math.round(v * 10 ** digits) / 10 ** digits;
function indicators(figures2) {
  const out = byName();
  for (const [name, p] of Object.entries(figures2)) {
    out[name] = {
      quota: p.quota,
      cumulative: p.cumulative,
      percent: p.percent === null ? null : round(p.percent, 4),
      remaining: p.remaining,
      pace: round(p.pace, 1),
      meanSinceStart: round(p.meanSinceStart, 1),
      requiredPerDay: p.requiredPerDay,
      projected: p.projected,
      population: p.population,
      coverage: p.coverage === null ? null : round(p.coverage, 4),
      target: p.target,
      today: p.today
    };
  }
  return out;
}
function figures(f) {
  return {
    indicators: indicators(f.indicators),
    pendingActivation: f.pendingActivation,
    pendingPerDay: f.pendingPerDay,
    status: f.status
  };
}
function progressResult(p) {
  return {
    asOf: p.asOf,
    deadline: p.deadline,
    daysLeft: p.daysLeft,
    rounding: p.rounding,
    phase: p.phase,
    reports: [],
    units: p.units.map((u) => ({
      name: u.name,
      parent: u.parent,
      path: u.path,
      frequency: u.frequency,
      deadline: u.deadline,
      daysLeft: u.daysLeft,
      ...figures(u),
      lastReported: u.lastReported,
      missing: u.missing,
      missingStreak: u.missingStreak,
      reporting: u.reporting,
      tabRead: u.tabRead
    })),
    groups: p.groups.map((g) => ({
      name: g.name,
      path: g.path,
      level: g.level,
      deadline: g.deadline,
      daysLeft: g.daysLeft,
      units: g.units,
      ...figures(g)
    })),
    total: figures(p.total)
  };
}

// src/addon/sheet-directory.ts
function gridRangeA1(g) {
  var _a, _b, _c, _d;
  const first = a1((_a = g.startColumnIndex) != null ? _a : 0, ((_b = g.startRowIndex) != null ? _b : 0) + 1);
  const last = a1(((_c = g.endColumnIndex) != null ? _c : 1) - 1, (_d = g.endRowIndex) != null ? _d : 1);
  return first === last ? first : `${first}:${last}`;
}
var SheetDirectory = class {
  constructor(ss, api, spreadsheetId) {
    __publicField(this, "ss", ss);
    __publicField(this, "api", api);
    __publicField(this, "spreadsheetId", spreadsheetId);
    __publicField(this, "byTitle", null);
    __publicField(this, "byKey", /* @__PURE__ */ new Map());
    __publicField(this, "ids", /* @__PURE__ */ new Map());
    /** Cells of each sheet's grid, when the Sheets API gave them. */
    __publicField(this, "gridCells", /* @__PURE__ */ new Map());
    /** Each sheet's merged ranges in A1, when the Sheets API gave them (null: ask the sheet). */
    __publicField(this, "merges", null);
  }
  load() {
    var _a;
    if (this.byTitle) return this.byTitle;
    const list = this.ss.getSheets();
    this.byTitle = /* @__PURE__ */ new Map();
    if (this.api) {
      const fields = "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),merges)";
      const meta = (_a = this.api.Spreadsheets.get(this.spreadsheetId(), { fields }).sheets) != null ? _a : [];
      this.merges = /* @__PURE__ */ new Map();
      meta.forEach((m, i) => {
        var _a2, _b, _c;
        const title = m.properties.title;
        const grid = m.properties.gridProperties;
        this.add(title, list[i]);
        this.ids.set(title, m.properties.sheetId);
        this.gridCells.set(title, ((_a2 = grid == null ? void 0 : grid.rowCount) != null ? _a2 : 0) * ((_b = grid == null ? void 0 : grid.columnCount) != null ? _b : 0));
        this.merges.set(title, ((_c = m.merges) != null ? _c : []).map(gridRangeA1));
      });
    } else {
      for (const sheet of list) this.add(sheet.getName(), sheet);
    }
    return this.byTitle;
  }
  /** Looks once more for a sheet of this exact title, unknown so far: another run may have added it. */
  lookAgain(title) {
    if (this.title(title) !== null) return;
    const sheet = this.ss.getSheetByName(title);
    if (sheet) this.add(title, sheet);
  }
  add(title, sheet) {
    var _a;
    this.load().set(title, sheet);
    const key = nameKey(title);
    this.byKey.set(key, [...(_a = this.byKey.get(key)) != null ? _a : [], title]);
  }
  /** Every title, in the spreadsheet's order (sheets added by this run last). */
  titles() {
    return [...this.load().keys()];
  }
  /** Every title that is the same name as `name`, in the spreadsheet's order. */
  matches(name) {
    var _a;
    this.load();
    return (_a = this.byKey.get(nameKey(name))) != null ? _a : [];
  }
  /** The title `name` refers to: itself, else the one title of the same name; null if none. */
  title(name) {
    const all = this.load();
    if (all.has(name)) return name;
    const same = this.matches(name);
    return same.length === 1 ? same[0] : null;
  }
  find(name) {
    const title = this.title(name);
    return title === null ? null : this.load().get(title);
  }
  /** The merged ranges of a sheet in A1: from the Sheets API's answer, else one call. */
  mergedRanges(name) {
    var _a;
    const title = this.title(name);
    if (title === null) return [];
    const known = (_a = this.merges) == null ? void 0 : _a.get(title);
    if (known) return known;
    return this.load().get(title).getDataRange().getMergedRanges().map((r) => r.getA1Notation());
  }
  id(name) {
    const title = this.title(name);
    if (title === null) return null;
    if (!this.ids.has(title)) this.ids.set(title, this.load().get(title).getSheetId());
    return this.ids.get(title);
  }
};

// src/addon/sheet-edits.ts
var range = (sheet, a) => sheet.getRange(a.row, a.col, a.rows, a.cols);
function ensureSize(sheet, rows, cols) {
  const have = { rows: 0, cols: 0 };
  if (rows !== void 0) {
    const max = sheet.getMaxRows();
    if (rows > max) sheet.insertRowsAfter(max, rows - max);
    have.rows = Math.max(max, rows);
  }
  if (cols !== void 0) {
    const max = sheet.getMaxColumns();
    if (cols > max) sheet.insertColumnsAfter(max, cols - max);
    have.cols = Math.max(max, cols);
  }
  return have;
}
function fitSize(sheet, rows, cols) {
  const haveRows = sheet.getMaxRows();
  if (rows > haveRows) sheet.insertRowsAfter(haveRows, rows - haveRows);
  else if (rows < haveRows) sheet.deleteRows(rows + 1, haveRows - rows);
  const haveCols = sheet.getMaxColumns();
  if (cols > haveCols) sheet.insertColumnsAfter(haveCols, cols - haveCols);
  else if (cols < haveCols) sheet.deleteColumns(cols + 1, haveCols - cols);
}
function validation(rule, topLeft) {
  const builder = SpreadsheetApp.newDataValidation();
  if (rule.kind === "list") builder.requireValueInList(rule.values, true);
  else
    builder.requireFormulaSatisfied(
      `=AND(ISNUMBER(${topLeft}),${topLeft}>=0,INT(${topLeft})=${topLeft})`
    ).setHelpText(rule.help);
  return builder.setAllowInvalid(false).build();
}
var lower = (users) => users.map((u) => u.getEmail().toLowerCase());
function readProtection(sheet) {
  const protection2 = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).find((p) => p.getDescription().startsWith(PROTECTION_MARK));
  if (!protection2) return null;
  return {
    protection: protection2,
    description: protection2.getDescription(),
    editors: lower(protection2.getEditors())
  };
}
function syncEditors(known, editors, owner) {
  const wanted = [...new Set(editors.map((e) => e.toLowerCase()))];
  const extra = known.editors.filter((e) => !wanted.includes(e) && e !== owner);
  const missing = wanted.filter((e) => !known.editors.includes(e));
  if (extra.length) known.protection.removeEditors(extra);
  if (missing.length) known.protection.addEditors(missing);
  known.editors = [...known.editors.filter((e) => !extra.includes(e)), ...missing];
}
function protectSheet(sheet, title, step, context2) {
  let known = context2.known.has(title) ? context2.known.get(title) : readProtection(sheet);
  if (!known) {
    const protection2 = sheet.protect().setDescription(step.description);
    protection2.addEditor(context2.me());
    known = { protection: protection2, description: step.description, editors: lower(protection2.getEditors()) };
  } else if (known.description !== step.description) {
    known.protection.setDescription(step.description);
    known.description = step.description;
  }
  syncEditors(known, step.editors, context2.owner);
  if (known.protection.canDomainEdit()) known.protection.setDomainEdit(false);
  context2.known.set(title, known);
}
function protectColumn(sheet, step, context2) {
  const rows = sheet.getMaxRows();
  const column2 = () => sheet.getRange(1, step.col, rows, 1);
  const done = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((p) => p.getDescription() === step.description);
  const protection2 = done != null ? done : column2().protect().setDescription(step.description);
  if (!done) protection2.addEditor(context2.me());
  if (done && done.getRange().getNumRows() < rows) done.setRange(column2());
  const known = {
    protection: protection2,
    description: step.description,
    editors: lower(protection2.getEditors())
  };
  syncEditors(known, step.editors, context2.owner);
  if (!done && protection2.canDomainEdit()) protection2.setDomainEdit(false);
}
function applyStep(sheet, title, step, write, protections) {
  switch (step.op) {
    case "size":
      ensureSize(sheet, step.rows, step.cols);
      return;
    case "fit":
      return fitSize(sheet, step.rows, step.cols);
    case "values":
      return write(sheet, step.row, step.col, step.cells);
    case "bold":
      range(sheet, step.area).setFontWeight("bold");
      return;
    case "rules": {
      const cells = range(sheet, step.area);
      if (step.format) cells.setNumberFormat(step.format);
      if (step.validation)
        cells.setDataValidation(validation(step.validation, a1(step.area.col - 1, step.area.row)));
      return;
    }
    case "notes":
      if (typeof step.notes === "string") range(sheet, step.area).setNote(step.notes);
      else range(sheet, step.area).setNotes(step.notes);
      return;
    case "frozenRows":
      sheet.setFrozenRows(step.rows);
      return;
    case "width":
      sheet.setColumnWidth(step.col, step.width);
      return;
    case "protectSheet":
      return protectSheet(sheet, title, step, protections);
    case "protectColumn":
      return protectColumn(sheet, step, protections);
  }
}
function addChart(sheet, plan) {
  if (sheet.getCharts().length > 0) return;
  const rows = sheet.getMaxRows();
  const builder = sheet.newChart().asLineChart();
  for (const { col, cols } of plan.columns) builder.addRange(sheet.getRange(1, col, rows, cols));
  sheet.insertChart(
    builder.setOption("title", plan.title).setPosition(plan.row, plan.col, 0, 0).build()
  );
}

// src/addon/sheet-layout.ts
var a1Of = (a) => `${columnLetter(a.col)}${a.row}:${columnLetter(a.col + a.cols - 1)}${a.row + a.rows - 1}`;
function clearBlock(sheet, rows, cols) {
  const block = sheet.getRange(1, 1, rows, cols);
  block.breakApart();
  block.clearFormat();
}
function mergeCalls(merges) {
  const calls = [];
  for (const m of [...merges].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const last = calls.at(-1);
    if (m.cols === 1 && (last == null ? void 0 : last.vertical) && last.area.row === m.row && last.area.rows === m.rows && last.area.col + last.area.cols === m.col)
      last.area = { ...last.area, cols: last.area.cols + 1 };
    else calls.push({ area: { ...m }, vertical: m.cols === 1 });
  }
  return calls;
}
function rowRuns(rows, width) {
  const runs = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.row + last.rows === r) last.rows++;
    else runs.push({ row: r, col: 1, rows: 1, cols: width });
  }
  return runs;
}
var WIDTHS_KEY = "tienDo.columnWidths";
var MEMO_LIMIT = 8e3;
var sameWidths = (a, b) => a !== void 0 && a.length === b.length && a.every((w, i) => w === b[i]);
function documentWidthMemo() {
  const store = () => PropertiesService.getDocumentProperties();
  let memo = null;
  const load = () => {
    var _a, _b;
    if (memo) return memo;
    memo = {};
    try {
      const parsed2 = JSON.parse((_b = (_a = store()) == null ? void 0 : _a.getProperty(WIDTHS_KEY)) != null ? _b : "{}");
      if (parsed2 && typeof parsed2 === "object" && !Array.isArray(parsed2)) {
        for (const [sheet, widths] of Object.entries(parsed2))
          if (Array.isArray(widths) && widths.every((w) => typeof w === "number"))
            memo[sheet] = widths;
      }
    } catch {
    }
    return memo;
  };
  return {
    get: (sheet) => load()[sheet],
    set(sheet, widths) {
      var _a;
      const all = load();
      if (sameWidths(all[sheet], widths)) return;
      all[sheet] = [...widths];
      let text2 = JSON.stringify(all);
      if (text2.length > MEMO_LIMIT) {
        memo = { [sheet]: [...widths] };
        text2 = JSON.stringify(memo);
      }
      (_a = store()) == null ? void 0 : _a.setProperty(WIDTHS_KEY, text2);
    }
  };
}
function applyLayout(sheet, name, layout, size, memo) {
  var _a, _b;
  const { width, rows } = size;
  const widths = layout.widths.slice(0, width);
  const known = size.isNew ? void 0 : memo.get(name);
  const wanted = widths.map((w, c) => (known == null ? void 0 : known[c]) !== w);
  for (let c = 0; c < widths.length; ) {
    if (!wanted[c]) {
      c++;
      continue;
    }
    let n = 1;
    while (c + n < widths.length && wanted[c + n] && widths[c + n] === widths[c]) n++;
    if (n === 1) sheet.setColumnWidth(c + 1, widths[c]);
    else sheet.setColumnWidths(c + 1, n, widths[c]);
    c += n;
  }
  memo.set(name, widths);
  for (const { area, vertical } of mergeCalls(layout.merges)) {
    const range2 = sheet.getRange(area.row, area.col, area.rows, area.cols);
    if (vertical && area.cols > 1) range2.mergeVertically();
    else range2.merge();
  }
  const centred = [...layout.merges, ...rowRuns((_a = layout.centerRows) != null ? _a : layout.wrapRows, width)];
  if (centred.length)
    sheet.getRangeList(centred.map(a1Of)).setHorizontalAlignment("center").setVerticalAlignment("middle");
  if (layout.borders.length)
    sheet.getRangeList(layout.borders.map(a1Of)).setBorder(true, true, true, true, true, true);
  const wrapped = [
    ...rowRuns(layout.wrapRows, width),
    ...((_b = layout.wrapCols) != null ? _b : []).map((col) => ({ row: 1, col, rows, cols: 1 }))
  ];
  if (wrapped.length) sheet.getRangeList(wrapped.map(a1Of)).setWrap(true);
}

// src/addon/zone-dates.ts
function zoneDates(timeZone) {
  const offsets = /* @__PURE__ */ new Map();
  const zoneOffset = (ms) => {
    const wall = Utilities.formatDate(new Date(ms), timeZone, "yyyy-MM-dd HH:mm:ss");
    const [y, mo, d, h2, mi, s] = wall.split(/[- :]/).map(Number);
    return Date.UTC(y, mo - 1, d, h2, mi, s) - Math.floor(ms / 1e3) * 1e3;
  };
  const offsetAt = (ms) => {
    const day = Math.floor(ms / DAY_MS);
    if (!offsets.has(day)) {
      const start = zoneOffset(day * DAY_MS);
      if (zoneOffset((day + 30) * DAY_MS) === start)
        for (let i = 0; i < 30; i++) offsets.set(day + i, start);
      else offsets.set(day, zoneOffset((day + 1) * DAY_MS - 1) === start ? start : NaN);
    }
    const offset = offsets.get(day);
    return offset === offset ? offset : zoneOffset(ms);
  };
  const slotMs = new Float64Array(1 << 14).fill(NaN);
  const slotDate = [];
  return {
    read(d) {
      const ms = d.getTime();
      const slot = Math.imul(ms / 1e3, 2654435761) >>> 18;
      if (slotMs[slot] === ms) return slotDate[slot];
      const wall = ms + offsetAt(ms);
      const day = Math.floor(wall / DAY_MS);
      slotMs[slot] = ms;
      return slotDate[slot] = {
        kind: "date",
        date: fromDayNumber(day),
        day,
        minutes: Math.floor((wall - day * DAY_MS) / 6e4)
      };
    },
    midnight(date2) {
      const wall = dayNumber(date2) * DAY_MS;
      return new Date(wall - offsetAt(wall - offsetAt(wall)));
    }
  };
}

// src/addon/spreadsheet-port.ts
var BATCH_RANGES = 100;
var BATCH_CELLS = 1e5;
var DEFAULT_FORMAT = "0.###############";
function sheetValue(v, midnight) {
  if (typeof v === "string") return v === "" ? "" : `'${v}`;
  if (v === null) return "";
  if (typeof v === "object") return "formula" in v ? `=${v.formula}` : midnight(v.date);
  return v;
}
function dataValues(sheet) {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    if (/number of (rows|columns)/i.test(errorMessage(error))) return [[""]];
    throw error;
  }
}
function spreadsheetPort(ss) {
  const timeZone = ss.getSpreadsheetTimeZone();
  const dates = zoneDates(timeZone);
  const toSheet = (cells, width) => cells.map(
    (r) => [...r, ...new Array(width - r.length).fill(null)].map(
      (v) => sheetValue(v, dates.midnight)
    )
  );
  const writeBlock = (sheet, row, col, cells) => {
    const width = Math.max(...cells.map((r) => r.length));
    sheet.getRange(row, col, cells.length, width).setValues(toSheet(cells, width));
  };
  const api = typeof Sheets !== "undefined" && Sheets ? Sheets : null;
  let spreadsheetId = null;
  const idOf = () => spreadsheetId != null ? spreadsheetId : spreadsheetId = ss.getId();
  const directory = new SheetDirectory(ss, api, idOf);
  const find = (name) => directory.find(name);
  const insertSheet = (name) => {
    const sheet = ss.insertSheet(name, ss.getNumSheets());
    directory.add(name, sheet);
    return sheet;
  };
  let owner;
  const ownerOf = () => {
    var _a;
    if (owner === void 0) owner = ((_a = ss.getOwner()) == null ? void 0 : _a.getEmail().toLowerCase()) || null;
    return owner;
  };
  const known = /* @__PURE__ */ new Map();
  let me;
  const protections = () => ({
    owner: ownerOf(),
    known,
    me: () => me != null ? me : me = Session.getEffectiveUser().getEmail()
  });
  let guard = null;
  const sizeKnown = /* @__PURE__ */ new Map();
  let memo = null;
  const widthMemo = () => memo != null ? memo : memo = documentWidthMemo();
  const prefetched = /* @__PURE__ */ new Map();
  let pending = [];
  const fetchBatch = (at) => {
    var _a, _b;
    let cells = 0;
    let n = 0;
    while (at + n < pending.length && n < BATCH_RANGES) {
      const size = (_a = directory.gridCells.get(pending[at + n])) != null ? _a : 0;
      if (n > 0 && cells + size > BATCH_CELLS) break;
      cells += size;
      n++;
    }
    const chunk = pending.splice(at, n);
    const response = api.Spreadsheets.Values.batchGet(idOf(), {
      ranges: chunk.map((title) => `'${title.replace(/'/g, "''")}'`),
      valueRenderOption: "UNFORMATTED_VALUE",
      dateTimeRenderOption: "SERIAL_NUMBER"
    });
    ((_b = response.valueRanges) != null ? _b : []).forEach(
      (vr, j) => {
        var _a2;
        return prefetched.set(chunk[j], (_a2 = vr.values) != null ? _a2 : []);
      }
    );
  };
  let leftAlone = [];
  const kept = (sheetName) => !leftAlone.some((name) => sameName(name, sheetName));
  const writeOutput = (output) => {
    var _a;
    const existing = find(output.name);
    const sheet = existing != null ? existing : insertSheet(output.name);
    if (!existing && guard) protectSheet(sheet, output.name, guard, protections());
    const width = Math.max(...output.rows.map((r) => r.length));
    const rows = [...output.rows];
    while (rows.length < ((_a = output.minRows) != null ? _a : 0)) rows.push([]);
    const block = toSheet(rows, width);
    fitSize(sheet, block.length, width);
    if (existing) clearBlock(sheet, block.length, width);
    sheet.getRange(1, 1, block.length, width).setValues(block);
    const last = columnLetter(width);
    if (output.boldRows.length)
      sheet.getRangeList(output.boldRows.map((r) => `A${r}:${last}${r}`)).setFontWeight("bold");
    if (!existing) {
      if (output.frozenRows) sheet.setFrozenRows(output.frozenRows);
      if (output.frozenColumns) sheet.setFrozenColumns(output.frozenColumns);
      if (output.wide && !output.layout) sheet.setColumnWidth(output.wide.col, output.wide.width);
    }
    if (output.layout)
      applyLayout(
        sheet,
        output.name,
        output.layout,
        { width, rows: block.length, isNew: !existing },
        widthMemo()
      );
    return { sheet, width };
  };
  return {
    timeZone,
    get id() {
      return idOf();
    },
    url: ss.getUrl(),
    moment: (at) => parseMoment(Utilities.formatDate(at, timeZone, MOMENT_PATTERN)),
    prefetch(sheetNames) {
      if (!api) return;
      const titles = sheetNames.map((name) => directory.title(name));
      pending = [...new Set(titles)].filter((t) => t !== null && !prefetched.has(t));
    },
    readValues(sheetName) {
      const title = directory.title(sheetName);
      if (title === null) return null;
      const at = pending.indexOf(title);
      if (at >= 0) fetchBatch(at);
      const cached = prefetched.get(title);
      if (cached) {
        prefetched.delete(title);
        return cached;
      }
      const sheet = find(title);
      const values = dataValues(sheet);
      for (const row of values) {
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (typeof v === "object" && v !== null) row[c] = dates.read(v);
        }
      }
      return values;
    },
    hasSheet: (sheetName) => find(sheetName) !== null,
    lookAgain: (sheetName) => directory.lookAgain(sheetName),
    titles: () => directory.titles(),
    title: (name) => directory.title(name),
    owner: () => ownerOf(),
    sheetEditors() {
      const editors = /* @__PURE__ */ new Map();
      for (const title of directory.titles()) {
        if (!known.has(title)) known.set(title, readProtection(find(title)));
        const found = known.get(title);
        if (found)
          editors.set(
            title,
            found.editors.filter((e) => e !== ownerOf())
          );
      }
      return editors;
    },
    guardNewSheets(access) {
      guard = access;
    },
    cellCount() {
      var _a;
      if (api) {
        const meta = (_a = api.Spreadsheets.get(idOf(), { fields: "sheets.properties.gridProperties" }).sheets) != null ? _a : [];
        return meta.reduce((n, m) => {
          var _a2, _b, _c;
          const grid = (_a2 = m.properties) == null ? void 0 : _a2.gridProperties;
          return n + ((_b = grid == null ? void 0 : grid.rowCount) != null ? _b : 0) * ((_c = grid == null ? void 0 : grid.columnCount) != null ? _c : 0);
        }, 0);
      }
      return ss.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    },
    sheetId: (sheetName) => directory.id(sheetName),
    mergedRanges: (sheetName) => directory.mergedRanges(sheetName),
    mergesKnown: api !== null,
    matches: (name) => directory.matches(name),
    readDisplay(sheetName) {
      const sheet = find(sheetName);
      return sheet ? sheet.getDataRange().getDisplayValues() : [];
    },
    leaveAlone(sheetNames) {
      leftAlone = [...sheetNames];
    },
    writeSheet(output) {
      if (kept(output.name)) writeOutput(output);
    },
    writeReport(report) {
      if (!kept(report.name)) return;
      const { sheet, width } = writeOutput(report);
      if (report.formats.length) {
        const top = Math.min(...report.formats.map((f) => f.fromRow));
        const bottom = Math.max(...report.formats.map((f) => f.toRow));
        const byCol = new Map(report.formats.map((f) => [f.col, f.format]));
        const grid = Array.from(
          { length: bottom - top + 1 },
          () => Array.from({ length: width }, (_, c) => {
            var _a;
            return (_a = byCol.get(c + 1)) != null ? _a : DEFAULT_FORMAT;
          })
        );
        sheet.getRange(top, 1, grid.length, width).setNumberFormats(grid);
      }
      if (report.colours.length) {
        const rules = report.colours.flatMap(
          ({ col, fromRow, toRow, rules: colours }) => colours.map((c) => {
            const builder = SpreadsheetApp.newConditionalFormatRule();
            if (c.contains) builder.whenTextContains(c.text);
            else builder.whenTextEqualTo(c.text);
            if (c.background) builder.setBackground(c.background);
            if (c.fontColor) builder.setFontColor(c.fontColor);
            return builder.setRanges([sheet.getRange(fromRow, col, Math.max(1, toRow - fromRow + 1), 1)]).build();
          })
        );
        sheet.setConditionalFormatRules(rules);
      }
    },
    applyEdit(edit) {
      if (!kept(edit.sheet)) return;
      const sheet = edit.create ? insertSheet(edit.sheet) : find(edit.sheet);
      const title = edit.create ? edit.sheet : directory.title(edit.sheet);
      if (edit.create) known.set(title, null);
      for (const step of edit.steps) applyStep(sheet, title, step, writeBlock, protections());
    },
    writeBlock(sheetName, row, col, cells) {
      if (!kept(sheetName)) return;
      const sheet = find(sheetName);
      const last = row + cells.length - 1;
      const right = col + Math.max(...cells.map((r) => r.length)) - 1;
      const known2 = sizeKnown.get(sheet);
      if (!known2 || last > known2.rows || right > known2.cols)
        sizeKnown.set(sheet, ensureSize(sheet, last, right));
      writeBlock(sheet, row, col, cells);
    },
    flush() {
      SpreadsheetApp.flush();
    },
    addChart(plan) {
      if (kept(plan.sheet)) addChart(find(plan.sheet), plan);
    }
  };
}
function editedTab(range2) {
  const sheet = range2.getSheet();
  return {
    area: {
      row: range2.getRow(),
      col: range2.getColumn(),
      rows: range2.getNumRows(),
      cols: range2.getNumColumns()
    },
    top(rows) {
      const lastCol = sheet.getLastColumn();
      if (lastCol === 0) return [];
      return sheet.getRange(1, 1, Math.min(rows, sheet.getMaxRows()), lastCol).getValues();
    },
    stamp({ col, from, to }, at) {
      const n = to - from + 1;
      sheet.getRange(from, col, n, 1).setValues(Array.from({ length: n }, () => [at]));
    }
  };
}

// src/core/messages-appendix.ts
var APPENDIX = {
  title: (campaign) => `Phụ lục thống kê — ${campaign}`,
  rounding: (rounding) => rounding === "nearest" ? "Số cần đạt mỗi ngày = số còn lại ÷ số ngày còn lại, làm tròn đến số gần nhất (Làm tròn số cần đạt: Gần nhất)." : "Số cần đạt mỗi ngày = số còn lại ÷ số ngày còn lại, làm tròn lên để kịp hạn (Làm tròn số cần đạt: Lên).",
  header: {
    stt: "STT",
    unit: "Đơn vị",
    quota: "Tổng chỉ tiêu được giao",
    collected: "Tổng số đã thu nhận",
    activated: "Đã kích hoạt",
    pending: "Chưa kích hoạt",
    pendingPerDay: "Chỉ tiêu trung bình/ngày (kích hoạt)",
    finish: "Thời gian hoàn thành",
    remaining: "Còn lại phải thực hiện",
    perDay: "Chỉ tiêu trung bình/ngày",
    done: "Đã thực hiện"
  }
};

// src/core/appendix-sheet.ts
var TITLE_ROWS = 3;
var COUNT = "#,##0";
var DATE = "dd/MM/yyyy";
var date = (d) => d ? { date: d } : null;
function pairColumns() {
  const { collected, activated } = BACKLOG_PAIR;
  const c = (f) => f.indicators[collected];
  const a = (f) => f.indicators[activated];
  const h2 = APPENDIX.header;
  return [
    { header: h2.quota, format: COUNT, cell: (f) => {
      var _a, _b;
      return (_b = (_a = c(f)) == null ? void 0 : _a.quota) != null ? _b : null;
    } },
    { header: h2.collected, format: COUNT, cell: (f) => {
      var _a, _b;
      return (_b = (_a = c(f)) == null ? void 0 : _a.cumulative) != null ? _b : null;
    } },
    { header: h2.activated, format: COUNT, cell: (f) => {
      var _a, _b;
      return (_b = (_a = a(f)) == null ? void 0 : _a.cumulative) != null ? _b : null;
    } },
    { header: h2.pending, format: COUNT, cell: (f) => f.pendingActivation },
    { header: h2.pendingPerDay, format: COUNT, cell: (f) => f.pendingPerDay },
    {
      header: h2.finish,
      format: DATE,
      cell: (f) => f.pendingActivation === null ? null : date(f.deadline)
    },
    { header: h2.remaining, format: COUNT, cell: (f) => {
      var _a, _b;
      return (_b = (_a = c(f)) == null ? void 0 : _a.remaining) != null ? _b : null;
    } },
    {
      header: h2.perDay,
      format: COUNT,
      cell: (f) => {
        var _a, _b;
        return (_b = (_a = c(f)) == null ? void 0 : _a.requiredPerDay) != null ? _b : null;
      }
    },
    {
      header: h2.finish,
      format: DATE,
      cell: (f) => {
        var _a;
        return ((_a = c(f)) == null ? void 0 : _a.quota) != null ? date(f.deadline) : null;
      }
    }
  ];
}
function indicatorColumns(indicators2) {
  const h2 = APPENDIX.header;
  const columns = indicators2.flatMap((x) => {
    const of = (f) => f.indicators[x];
    return [
      { header: h2.quota, format: COUNT, cell: (f) => {
        var _a, _b;
        return (_b = (_a = of(f)) == null ? void 0 : _a.quota) != null ? _b : null;
      } },
      { header: h2.done, format: COUNT, cell: (f) => {
        var _a, _b;
        return (_b = (_a = of(f)) == null ? void 0 : _a.cumulative) != null ? _b : null;
      } },
      { header: h2.remaining, format: COUNT, cell: (f) => {
        var _a, _b;
        return (_b = (_a = of(f)) == null ? void 0 : _a.remaining) != null ? _b : null;
      } },
      {
        header: h2.perDay,
        format: COUNT,
        cell: (f) => {
          var _a, _b;
          return (_b = (_a = of(f)) == null ? void 0 : _a.requiredPerDay) != null ? _b : null;
        }
      }
    ];
  });
  const quota = (f) => indicators2.some((x) => {
    var _a;
    return ((_a = f.indicators[x]) == null ? void 0 : _a.quota) != null;
  });
  return [
    ...columns,
    {
      header: h2.finish,
      format: DATE,
      cell: (f) => quota(f) ? date(f.deadline) : null
    }
  ];
}
function appendixSheet(p) {
  const pair = p.indicators.includes(BACKLOG_PAIR.collected) && p.indicators.includes(BACKLOG_PAIR.activated);
  const indicators2 = pair ? [] : p.quotaIndicators;
  const columns = pair ? pairColumns() : indicatorColumns(indicators2);
  const header = [APPENDIX.header.stt, APPENDIX.header.unit, ...columns.map((c) => c.header)];
  const width = header.length;
  const merges = [];
  const headers = [header];
  if (indicators2.length) {
    const above = [header[0], header[1]];
    indicators2.forEach((x, i) => {
      above.push(x, "", "", "");
      merges.push({ row: TITLE_ROWS + 1, col: 3 + 4 * i, rows: 1, cols: 4 });
    });
    above.push(header[width - 1]);
    header[0] = header[1] = header[width - 1] = "";
    for (const col of [1, 2, width]) merges.push({ row: TITLE_ROWS + 1, col, rows: 2, cols: 1 });
    headers.unshift(above);
  }
  const top = TITLE_ROWS + headers.length;
  const rows = [
    [APPENDIX.title(p.campaign)],
    [
      p.asOf ? SUMMARY.asOf(formatVnDate(p.asOf), p.daysLeft, formatVnDate(p.deadline)) : SUMMARY.notStarted(formatVnDate(p.deadline))
    ],
    [APPENDIX.rounding(p.rounding)],
    ...headers
  ];
  const bold = [1, ...headers.map((_, i) => TITLE_ROWS + 1 + i)];
  const line = (stt2, name, f) => [
    stt2,
    name,
    ...columns.map((c) => c.cell(f))
  ];
  const root = tree(p);
  const only = root.items.length === 1 && "items" in root.items[0] ? root.items[0] : null;
  let stt = 0;
  walk(root, {
    unit: (u, depth) => rows.push(line(++stt, INDENT.repeat(depth) + u.name, u)),
    group: (g, depth) => {
      if ((only == null ? void 0 : only.group) === g) return;
      bold.push(rows.length + 1);
      rows.push(line("", INDENT.repeat(depth) + SUMMARY_COLUMN.subtotal(g.name), g));
    }
  });
  bold.push(rows.length + 1);
  rows.push(line("", SUMMARY_COLUMN.total, p.total));
  const last = rows.length;
  const formats = columns.flatMap(
    (c, i) => c.format ? [{ col: i + 3, fromRow: top + 1, toRow: last, format: c.format }] : []
  );
  return {
    name: SHEETS.appendix,
    rows,
    boldRows: bold,
    frozenRows: top,
    frozenColumns: 2,
    formats,
    colours: [],
    // The title rows overflow to the right rather than widen columns A and B.
    layout: sheetLayout(
      rows,
      {
        merges,
        borders: [tableArea(TITLE_ROWS + 1, last, width)],
        wrapRows: headers.map((_, i) => TITLE_ROWS + 1 + i)
      },
      { fromRow: TITLE_ROWS + 1, boldRows: bold, formats }
    )
  };
}

// src/core/history-sheet.ts
function historySheet(existing, p, campaign, when) {
  var _a, _b, _c;
  const rules = campaign.settings;
  const header = [SUMMARY_COLUMN.historyDate];
  for (const i of p.indicators) {
    header.push(SUMMARY_COLUMN.historyCumulative(i));
    if (p.quotaIndicators.includes(i)) header.push(SUMMARY_COLUMN.historyPlan(i));
  }
  const oldHeader = ((_a = existing == null ? void 0 : existing[0]) != null ? _a : []).map((v) => cellText(v));
  for (const label of oldHeader.slice(1))
    if (label && !header.some((h2) => sameLabel(String(h2), label)) && !sameLabel(label, SUMMARY_COLUMN.historyStamp))
      header.push(label);
  header.push(SUMMARY_COLUMN.historyStamp);
  const from = header.map((h2) => oldHeader.findIndex((o, k) => k > 0 && sameLabel(o, String(h2))));
  const rowsByDate = /* @__PURE__ */ new Map();
  for (const r of (existing != null ? existing : []).slice(1)) {
    const date2 = isSheetDate(r[0]) ? r[0].date : readDate(r[0]);
    if (!date2) continue;
    rowsByDate.set(date2, [
      { date: date2 },
      ...from.slice(1).map((k) => {
        const v = k < 0 ? null : r[k];
        return isSheetDate(v) ? { date: v.date } : v != null ? v : null;
      })
    ]);
  }
  if (p.asOf) {
    const row = [{ date: p.asOf }];
    for (const i of p.indicators) {
      const t = p.total.indicators[i];
      row.push(t ? t.cumulative : null);
      if (p.quotaIndicators.includes(i)) row.push((_c = (_b = planLine(campaign, p, i)) == null ? void 0 : _b.at(p.asOf)) != null ? _c : null);
    }
    while (row.length < header.length - 1) row.push(null);
    row.push(when);
    rowsByDate.set(p.asOf, row);
  }
  const dates = [...rowsByDate.keys()].sort();
  const rows = [header, ...dates.map((d) => rowsByDate.get(d))];
  const formats = [
    { col: 1, fromRow: 2, toRow: Math.max(2, rows.length), format: "dd/MM/yyyy" },
    ...header.slice(1, -1).map((_, i) => ({
      col: i + 2,
      fromRow: 2,
      toRow: Math.max(2, rows.length),
      format: "#,##0"
    }))
  ];
  return {
    name: SHEETS.history,
    rows,
    boldRows: [1],
    frozenRows: 1,
    wide: { col: 1, width: 110 },
    layout: sheetLayout(
      rows,
      { borders: [tableArea(1, rows.length, header.length)], wrapRows: [1] },
      { fromRow: 1, boldRows: [1], formats }
    ),
    // A row for every counting day to come, which the chart made with the sheet then covers.
    minRows: 1 + countingDays(p.start, p.deadline, rules).length,
    formats,
    colours: []
  };
}
function historyChart(history, p) {
  const first = p.quotaIndicators[0];
  if (!first) return null;
  const header = history.rows[0];
  const cumulative = header.indexOf(SUMMARY_COLUMN.historyCumulative(first)) + 1;
  return {
    sheet: history.name,
    // The dates, then the cumulative and the plan beside it.
    columns: [
      { col: 1, cols: 1 },
      { col: cumulative, cols: 2 }
    ],
    title: SUMMARY.chartTitle(first),
    row: 2,
    col: header.length + 2
  };
}

// src/core/output.ts
function sheetLink(gid, label, cell) {
  if (gid === null) return label;
  const target = `#gid=${gid}${cell ? `&range=${cell}` : ""}`;
  return { formula: `HYPERLINK("${target}","${label.replace(/"/g, '""')}")` };
}

// src/core/summary-sheet.ts
var HEADER_ROWS = 5;
function indicatorColumns2(indicator, shape, window) {
  const of = (pick) => (row) => {
    const f = row.indicators[indicator];
    return f ? pick(f) : null;
  };
  const cumulative = {
    header: SUMMARY_COLUMN.cumulative,
    format: "#,##0",
    cell: of((f) => f.cumulative)
  };
  const coverage = shape.withCoverage ? [
    { header: SUMMARY_COLUMN.population, format: "#,##0", cell: of((f) => f.population) },
    { header: SUMMARY_COLUMN.coverage, format: "0.0%", cell: of((f) => f.coverage) }
  ] : [];
  const pace = {
    header: SUMMARY_COLUMN.pace(window),
    format: "#,##0.0",
    cell: of((f) => f.pace)
  };
  const mean = {
    header: SUMMARY_COLUMN.mean,
    format: "#,##0.0",
    cell: of((f) => f.meanSinceStart)
  };
  if (!shape.withQuota) return [cumulative, ...coverage, pace, mean];
  return [
    ...shape.withTarget ? [
      {
        header: SUMMARY_COLUMN.target,
        cell: of((f) => f.target ? targetLabel(f.target, SUMMARY_COLUMN.countTarget) : null)
      }
    ] : [],
    { header: SUMMARY_COLUMN.quota, format: "#,##0", cell: of((f) => f.quota) },
    cumulative,
    ...coverage,
    { header: SUMMARY_COLUMN.percent, format: "0.0%", cell: of((f) => f.percent) },
    // Text, not a SPARKLINE: it prints the same in Sheets, Excel and LibreOffice.
    {
      header: SUMMARY_COLUMN.bar,
      cell: of((f) => f.percent === null ? null : progressBar(f.percent))
    },
    { header: SUMMARY_COLUMN.remaining, format: "#,##0", cell: of((f) => f.remaining) },
    { header: SUMMARY_COLUMN.required, format: "#,##0", cell: of((f) => f.requiredPerDay) },
    pace,
    mean,
    {
      header: SUMMARY_COLUMN.projected,
      format: "dd/MM/yyyy",
      cell: of((f) => f.projected ? { date: f.projected } : null)
    }
  ];
}
function reportingText(u) {
  if (!u.tabRead) return SUMMARY_COLUMN.unread;
  if (u.reporting === "missing") return SUMMARY_COLUMN.missing(missingSince(u));
  return u.reporting === "late" ? SUMMARY_COLUMN.late : SUMMARY_COLUMN.reported;
}
function summarySheet(p, gid, when) {
  const groups = p.indicators.map((indicator) => {
    const parts = p.units.flatMap((u) => {
      var _a;
      return (_a = u.indicators[indicator]) != null ? _a : [];
    });
    return {
      title: indicator,
      cols: indicatorColumns2(
        indicator,
        {
          withQuota: p.quotaIndicators.includes(indicator),
          withTarget: parts.some((f) => f.target && (f.target.share !== null || f.target.soft)),
          withCoverage: parts.some((f) => f.population !== null)
        },
        p.paceWindow
      )
    };
  });
  const hasPending = p.total.pendingActivation !== null;
  const tail = [
    ...hasPending ? [
      {
        header: SUMMARY_COLUMN.pending,
        format: "#,##0",
        cell: (r) => r.pendingActivation
      },
      {
        header: SUMMARY_COLUMN.pendingPerDay,
        format: "#,##0",
        cell: (r) => r.pendingPerDay
      }
    ] : [],
    {
      header: SUMMARY_COLUMN.status,
      cell: (r) => r.status ? STATUS_LABELS[r.status] : null
    }
  ];
  const asOfText = p.asOf ? formatVnDate(p.asOf) : "";
  const width = 2 + groups.reduce((n, g) => n + g.cols.length, 0) + tail.length + 1;
  const reportingCol = width;
  const header1 = [SUMMARY_COLUMN.stt, SUMMARY_COLUMN.unit];
  const header2 = ["", ""];
  const merges = [
    { row: 4, col: 1, rows: 2, cols: 1 },
    { row: 4, col: 2, rows: 2, cols: 1 }
  ];
  let col = 3;
  for (const g of groups) {
    header1.push(g.title, ...new Array(g.cols.length - 1).fill(""));
    header2.push(...g.cols.map((c) => c.header));
    if (g.cols.length > 1) merges.push({ row: 4, col, rows: 1, cols: g.cols.length });
    col += g.cols.length;
  }
  for (const t of [...tail, null]) {
    header1.push(t ? t.header : SUMMARY_COLUMN.reporting(p.asOf ? asOfText : "—"));
    header2.push("");
    merges.push({ row: 4, col, rows: 2, cols: 1 });
    col++;
  }
  const rows = [
    [p.campaign],
    [
      (p.asOf ? SUMMARY.asOf(asOfText, p.daysLeft, formatVnDate(p.deadline)) : SUMMARY.notStarted(formatVnDate(p.deadline))) + (p.phase ? SUMMARY.phase(p.phase.name, formatVnDate(p.phase.from), formatVnDate(p.phase.to)) : "")
    ],
    [SUMMARY.convention(p.paceWindow, when, p.rounding)],
    header1,
    header2
  ];
  const bold = [1, 4, 5];
  const figuresRow = (first, r, last2) => {
    const cells = [...first];
    for (const g of groups) cells.push(...g.cols.map((c) => c.cell(r)));
    cells.push(...tail.map((c) => c.cell(r)), last2);
    return cells;
  };
  let stt = 0;
  walk(tree(p), {
    unit: (u, depth) => rows.push(
      figuresRow(
        [++stt, sheetLink(gid(u.tab), INDENT.repeat(depth) + u.name)],
        u,
        reportingText(u)
      )
    ),
    group: (g, depth) => {
      bold.push(rows.length + 1);
      rows.push(figuresRow(["", INDENT.repeat(depth) + SUMMARY_COLUMN.subtotal(g.name)], g, ""));
    }
  });
  bold.push(rows.length + 1);
  rows.push(figuresRow(["", SUMMARY_COLUMN.total], p.total, ""));
  const last = rows.length;
  const formats = [];
  col = 3;
  for (const c of [...groups.flatMap((g) => g.cols), ...tail]) {
    if (c.format) formats.push({ col, fromRow: HEADER_ROWS + 1, toRow: last, format: c.format });
    col++;
  }
  const statusCol = width - 1;
  return {
    name: SHEETS.summary,
    rows,
    boldRows: bold,
    frozenRows: HEADER_ROWS,
    frozenColumns: 2,
    wide: { col: 2, width: 180 },
    // The title rows (1–3) overflow to the right rather than widen columns A and B.
    layout: sheetLayout(
      rows,
      { merges, borders: [tableArea(4, last, width)], wrapRows: [4, 5] },
      { fromRow: 4, boldRows: bold, formats }
    ),
    formats,
    colours: [
      { col: statusCol, fromRow: HEADER_ROWS + 1, toRow: last, rules: STATUS_COLOURS },
      {
        col: reportingCol,
        fromRow: HEADER_ROWS + 1,
        toRow: last,
        rules: [
          { text: SUMMARY_COLUMN.missingPrefix, contains: true, fontColor: "#cc0000" },
          { text: SUMMARY_COLUMN.late, fontColor: "#b45f06" }
        ]
      }
    ]
  };
}

// src/addon/summarize.ts
function dataDate(campaign, now) {
  const s = campaign.settings;
  const last = lastDeadline(campaign);
  if (!s.start || !last) return null;
  return dataDateAt(countingDays(s.start, last, s), now, s.cutoff, s);
}
function progressAt(campaign, now, asOf) {
  const s = campaign.settings;
  if (!s.start || !s.deadline) throw new Refusal(SUMMARY.needDates(s.datesProblem));
  return computeProgress(campaign, asOf != null ? asOf : dataDate(campaign, now), now);
}
function summarize(port, campaign, now, asOf) {
  const progress = progressAt(campaign, now, asOf);
  const when = stampText(now);
  port.writeReport(summarySheet(progress, (tab) => port.sheetId(tab), when));
  port.writeReport(appendixSheet(progress));
  const history = historySheet(port.readValues(SHEETS.history), progress, campaign, when);
  port.writeReport(history);
  const chart = historyChart(history, progress);
  if (chart) port.addChart(chart);
  return progress;
}

// src/core/findings-sheet.ts
var MESSAGE_WIDTH = 480;
function findingsSheet(findings, gid, when) {
  var _a;
  const errors = findings.filter((f) => f.severity === "error").length;
  const rows = [
    [FINDINGS_SHEET.title(when)],
    [FINDINGS_SHEET.counts(errors, findings.length - errors)],
    [...FINDINGS_COLUMN.header]
  ];
  for (const f of findings) {
    rows.push([
      f.severity === "error" ? FINDINGS_COLUMN.error : FINDINGS_COLUMN.warning,
      f.sheet,
      sheetLink(gid(f.sheet), (_a = f.cell) != null ? _a : f.sheet, f.cell),
      f.code,
      findingName(f.code),
      f.message
    ]);
  }
  if (findings.length === 0) rows.push([FINDINGS_SHEET.none]);
  const cols = FINDINGS_COLUMN.header.length;
  return {
    name: SHEETS.findings,
    rows,
    boldRows: [1, 3],
    frozenRows: 3,
    wide: { col: cols, width: MESSAGE_WIDTH },
    // Every column as wide as its longest entry but the messages, which wrap within theirs; the
    // title rows overflow to the right.
    layout: {
      widths: columnWidths(findings.length ? rows : rows.slice(0, 3), {
        fromRow: 3,
        boldRows: [3],
        fixed: { [cols]: MESSAGE_WIDTH }
      }),
      merges: [],
      // The header and the findings; "Không phát hiện lỗi nào." below the header unbordered, so
      // it runs across the row with no border crossing it (and the sheet takes the same calls
      // whatever it holds, which a merge would not).
      borders: [tableArea(3, findings.length ? rows.length : 3, cols)],
      // The header too, so the sheet takes the same calls with findings as without.
      wrapRows: [3, ...findings.map((_, i) => i + 4)],
      // The header centred; the findings read from the left.
      centerRows: [3]
    }
  };
}

// src/addon/validate.ts
function writeFindings(port, findings, at) {
  port.writeSheet(findingsSheet(findings, (sheet) => port.sheetId(sheet), stampText(at)));
}

// src/addon/commands.ts
function mailRecords(report) {
  const rec = ({ mail, message }) => ({
    kind: mail.kind,
    to: message.to,
    subject: mail.subject,
    units: mail.units,
    dataDate: mail.dataDate
  });
  const unconfirmed = report.unconfirmed.map((e) => ({
    kind: e.kind,
    to: e.recipients,
    subject: e.subject,
    units: e.unit ? [e.unit] : [],
    dataDate: e.dataDate,
    reason: "unconfirmed"
  }));
  return {
    emails: report.sent.map(rec),
    emailsNotSent: [
      ...report.pending.map(({ outgoing, reason }) => ({
        ...rec(outgoing),
        reason: report.busy ? "busy" : reason === "quota" ? "pending" : "later"
      })),
      ...report.failed.map(({ outgoing, error }) => ({
        ...rec(outgoing),
        reason: "failed",
        detail: error
      })),
      ...unconfirmed
    ]
  };
}
function runCommand(port, command, at, options = {}, load = {}) {
  var _a;
  const now = port.moment(at);
  const validating = command === "validate" || command === "run";
  const campaign = loadCampaign(port, now.date, {
    merges: validating && options.merges !== false,
    ...load
  });
  const head = {
    campaign: campaign.settings.campaign,
    timeZone: port.timeZone,
    now: isoText(now),
    units: campaign.units.map(({ unit }) => ({ name: unit.name, parent: unit.parent }))
  };
  const asOfWrong = options.asOf === void 0 ? null : asOfProblem(campaign, options.asOf, now);
  if (asOfWrong) throw new BadRequest(asOfWrong);
  let progress;
  let mail;
  let summaryError;
  let mailNotice;
  let mailIssues = [];
  const issues = () => addFindings(campaign.findings, mailIssues);
  try {
    if (command === "validate") mailIssues = mailFindings(port, campaign);
    else {
      try {
        const p = command === "notify" ? progressAt(campaign, now, options.asOf) : summarize(port, campaign, now, options.asOf);
        const made = command === "run" ? writeReports(port, campaign, now, p) : { records: [], tables: [] };
        progress = { ...progressResult(p), reports: made.records };
        const held = command === "summarize" ? null : mailHeld(campaign, now);
        const only = held !== null && reportsOnly(campaign, now);
        const notices = [made.notice, held].filter((n) => !!n);
        if (notices.length) mailNotice = notices.join("\n");
        if (command !== "summarize" && (!held || only)) {
          const report = sendDue(port, campaign, p, now, {
            until: options.until,
            reports: made,
            reportsOnly: only
          });
          mailIssues = report.findings;
          mail = mailRecords(report);
        }
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        summaryError = error.message;
      }
    }
  } finally {
    if (validating) writeFindings(port, issues(), now);
  }
  return {
    ...head,
    ...progress,
    ...summaryError === void 0 ? {} : { summaryError },
    ...mailNotice === void 0 ? {} : { mailNotice },
    ...mail,
    issues: issues(),
    // Only what this command sent: nothing, for validate and summarize.
    emails: (_a = mail == null ? void 0 : mail.emails) != null ? _a : []
  };
}
function runCommand_(command, options = {}) {
  const at = /* @__PURE__ */ new Date();
  try {
    const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
    return { result: runCommand(port, command, at, options) };
  } catch (error) {
    if (error instanceof WorkbookError) return { fatal: error.message };
    if (error instanceof BadRequest) return { badRequest: error.message };
    throw error;
  }
}

// src/core/tab-plan.ts
var TITLE_ROWS2 = 2;
var DATE_FORMAT = "dd/MM/yyyy";
var STAMP_FORMAT = "dd/MM/yyyy HH:mm:ss";
var FIGURE_FORMAT = "#,##0";
var DATE_WIDTH = 110;
var STAMP_WIDTH = 150;
var column = (col0, from, to) => ({
  row: from,
  col: col0 + 1,
  rows: to - from + 1,
  cols: 1
});
function formatRows(columns, figureCols, from, to, withDateAndStamp, mode) {
  if (to < from) return [];
  const steps = [];
  if (withDateAndStamp) {
    steps.push({ op: "rules", area: column(columns.dateCol, from, to), format: DATE_FORMAT });
    steps.push({ op: "rules", area: column(columns.stampCol, from, to), format: STAMP_FORMAT });
  }
  const validation2 = { kind: "wholeNumber", help: FIGURE_HELP[mode] };
  for (const col of figureCols)
    steps.push({ op: "rules", area: column(col, from, to), format: FIGURE_FORMAT, validation: validation2 });
  return steps;
}
function protection(o, columns) {
  const steps = [{ op: "protectSheet", ...o.access }];
  if (columns)
    steps.push({
      op: "protectColumn",
      col: columns.stampCol + 1,
      description: SETUP.stampProtection,
      editors: o.stampEditors
    });
  return steps;
}
function createPlan(unit, o) {
  const header = [TAB_COLUMN.date, ...o.indicators, TAB_COLUMN.note, TAB_COLUMN.stamp];
  const headerRow = TITLE_ROWS2 + 1;
  const rows = [
    [SETUP.tabTitle(unit.name, o.cutoff)],
    [SETUP.tabHelp],
    header,
    ...o.days.map((date2) => [{ date: date2 }])
  ];
  const columns = {
    headerRow,
    firstDataRow: headerRow + 1,
    dateCol: 0,
    figureCols: o.indicators.map((_, i) => i + 1),
    stampCol: o.indicators.length + 2
  };
  const lastRow = headerRow + o.days.length;
  const steps = [
    { op: "fit", rows: lastRow, cols: columns.stampCol + 1 },
    { op: "values", row: 1, col: 1, cells: rows },
    { op: "bold", area: { row: 1, col: 1, rows: 1, cols: 1 } },
    { op: "bold", area: { row: headerRow, col: 1, rows: 1, cols: columns.stampCol + 1 } },
    { op: "frozenRows", rows: headerRow },
    { op: "width", col: columns.dateCol + 1, width: DATE_WIDTH },
    { op: "width", col: columns.stampCol + 1, width: STAMP_WIDTH },
    ...formatRows(columns, columns.figureCols, columns.firstDataRow, lastRow, true, o.mode),
    ...protection(o, columns)
  ];
  return {
    kind: "create",
    tab: unit.tab,
    edit: { sheet: unit.tab, create: true, steps },
    cells: lastRow * (columns.stampCol + 1),
    daysAdded: 0,
    columnsAdded: 0
  };
}
function planTab(unit, options, rows) {
  if (!rows) return createPlan(unit, options);
  const layout = findLayout(rows);
  if (!layout)
    return {
      kind: "skip",
      tab: unit.tab,
      edit: { sheet: unit.tab, create: false, steps: protection(options, null) },
      cells: 0,
      daysAdded: 0,
      columnsAdded: 0
    };
  const newHeaders = [];
  const figureCols = layout.indicatorCols.map((c) => c.col);
  for (const indicator of options.indicators) {
    if (layout.indicatorCols.some((c) => sameLabel(c.indicator, indicator))) continue;
    const col = layout.width + newHeaders.length;
    newHeaders.push({ col, text: indicator });
    figureCols.push(col);
  }
  let stampCol = layout.stampCol;
  if (stampCol < 0) {
    stampCol = layout.width + newHeaders.length;
    newHeaders.push({ col: stampCol, text: TAB_COLUMN.stamp });
  }
  const present = /* @__PURE__ */ new Set();
  for (let i = layout.headerRow; i < rows.length; i++) {
    const d = cellDay(rows[i][layout.dateCol]);
    if (d !== null) present.add(fromDayNumber(d));
  }
  const newDates = options.days.filter((d) => !present.has(d));
  const appendAt = rows.length + 1;
  const lastRow = Math.max(rows.length, appendAt + newDates.length - 1);
  const columns = {
    headerRow: layout.headerRow,
    firstDataRow: layout.headerRow + 1,
    dateCol: layout.dateCol,
    figureCols,
    stampCol
  };
  const { mode } = options;
  const width = Math.max(...newHeaders.map((h2) => h2.col + 1), 0);
  const steps = [{ op: "size", rows: lastRow, cols: width }];
  if (newHeaders.length) {
    const cells = [newHeaders.map((h2) => h2.text)];
    steps.push({ op: "values", row: layout.headerRow, col: newHeaders[0].col + 1, cells });
    const added = newHeaders.map((h2) => h2.col).filter((c) => figureCols.includes(c));
    steps.push(...formatRows(columns, added, columns.firstDataRow, appendAt - 1, false, mode));
    if (layout.stampCol < 0) {
      const rowsBelow = Math.max(1, lastRow - layout.headerRow);
      const area = { row: columns.firstDataRow, col: stampCol + 1, rows: rowsBelow, cols: 1 };
      steps.push({ op: "rules", area, format: STAMP_FORMAT });
    }
  }
  if (newDates.length) {
    const cells = newDates.map((date2) => [{ date: date2 }]);
    steps.push({ op: "values", row: appendAt, col: layout.dateCol + 1, cells });
    const to = appendAt + newDates.length - 1;
    steps.push(...formatRows(columns, figureCols, appendAt, to, true, mode));
  }
  steps.push(...protection(options, columns));
  const changed = newHeaders.length > 0 || newDates.length > 0;
  return {
    kind: "update",
    tab: unit.tab,
    edit: { sheet: unit.tab, create: false, steps },
    // At most: the rows it adds across its columns, and the columns it adds down its rows.
    cells: (lastRow - rows.length) * Math.max(width, layout.width) + newHeaders.length * lastRow,
    daysAdded: changed ? newDates.length : 0,
    columnsAdded: changed ? newHeaders.length : 0
  };
}

// src/core/template.ts
var DEADLINE_ROWS = 500;
var SETTING_VALUE_WIDTH = 260;
function settingsSheet() {
  const settings = Object.values(SETTING);
  const row = (label) => settings.findIndex((s) => s.label === label) + 2;
  const rows = [[...SETTINGS_HEADER], ...settings.map((s) => [s.label, s.template, s.help])];
  return {
    output: {
      name: SHEETS.settings,
      rows,
      boldRows: [1],
      frozenRows: 1,
      wide: { col: 3, width: 560 }
    },
    edit: {
      sheet: SHEETS.settings,
      create: false,
      steps: [
        // Labels and values side by side, on screen and on paper.
        { op: "width", col: 1, width: columnWidths(rows, { fromRow: 1, boldRows: [1] })[0] },
        { op: "width", col: 2, width: SETTING_VALUE_WIDTH },
        // The start and the deadline, one below the other.
        {
          op: "rules",
          area: { row: row(SETTING.start.label), col: 2, rows: 2, cols: 1 },
          format: "dd/MM/yyyy"
        },
        {
          op: "rules",
          area: { row: row(SETTING.mode.label), col: 2, rows: 1, cols: 1 },
          validation: { kind: "list", values: [ENTRY_MODES.daily, ENTRY_MODES.cumulative] }
        },
        // Saturday and Sunday, one below the other.
        {
          op: "rules",
          area: { row: row(SETTING.saturday.label), col: 2, rows: 2, cols: 1 },
          validation: { kind: "list", values: [YES_NO.yes, YES_NO.no] }
        },
        {
          op: "rules",
          area: { row: row(SETTING.rounding.label), col: 2, rows: 1, cols: 1 },
          validation: { kind: "list", values: [ROUNDING.up, ROUNDING.nearest] }
        },
        {
          op: "notes",
          area: { row: 2, col: 1, rows: settings.length, cols: 1 },
          notes: settings.map((s) => [s.help])
        }
      ]
    }
  };
}
function unitsSheet() {
  const headers = UNITS_TEMPLATE_COLUMNS.map((c) => c.header);
  return {
    output: {
      name: SHEETS.units,
      rows: [headers, ...UNITS_TEMPLATE_EXAMPLES.map((r) => [...r])],
      boldRows: [1],
      frozenRows: 1,
      wide: { col: 5, width: 240 },
      // Room for the units to come, with their deadline column formatted.
      minRows: 1 + DEADLINE_ROWS
    },
    edit: {
      sheet: SHEETS.units,
      create: false,
      steps: [
        {
          op: "notes",
          area: { row: 1, col: 1, rows: 1, cols: headers.length },
          notes: [UNITS_TEMPLATE_COLUMNS.map((c) => c.note)]
        },
        {
          op: "notes",
          area: { row: 2, col: 1, rows: UNITS_TEMPLATE_EXAMPLES.length, cols: 1 },
          notes: UNITS_TEMPLATE_EXAMPLE_NOTE
        },
        {
          op: "rules",
          area: {
            row: 2,
            col: headers.indexOf(UNIT_COLUMN.deadline) + 1,
            rows: DEADLINE_ROWS,
            cols: 1
          },
          format: "dd/MM/yyyy"
        }
      ]
    }
  };
}
function templateSheets() {
  return [settingsSheet(), unitsSheet()];
}

// src/addon/schedule.ts
var DAILY_JOB = "dailyJob";
var ENTRY_TRIGGER_HANDLER = "onEntryEdit";
var SCHEDULE_PROPERTY = "tienDo.dailySchedule";
var ENTRY_PROPERTY = "tienDo.entryTrigger";
var documentProperties = () => PropertiesService.getDocumentProperties();
function readSchedule() {
  const text2 = documentProperties().getProperty(SCHEDULE_PROPERTY);
  if (!text2) return null;
  try {
    const value = JSON.parse(text2);
    return value.time && value.uid ? { time: value.time, uid: value.uid } : null;
  } catch {
    return null;
  }
}
function removeOwn(handler, except) {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === handler && t.getUniqueId() !== except)
      ScriptApp.deleteTrigger(t);
}
function turnOnSchedule(settings, timeZone) {
  removeOwn(DAILY_JOB);
  const trigger = ScriptApp.newTrigger(DAILY_JOB).timeBased().atHour(Math.floor(settings.sendAt / 60)).nearMinute(settings.sendAt % 60).everyDays(1).inTimezone(timeZone).create();
  const time = formatTime(settings.sendAt);
  documentProperties().setProperty(
    SCHEDULE_PROPERTY,
    JSON.stringify({ time, uid: trigger.getUniqueId() })
  );
  return time;
}
function turnOffSchedule() {
  const had = readSchedule() !== null;
  documentProperties().deleteProperty(SCHEDULE_PROPERTY);
  removeOwn(DAILY_JOB);
  return had;
}
function scheduleShown() {
  var _a, _b;
  try {
    return (_b = (_a = readSchedule()) == null ? void 0 : _a.time) != null ? _b : null;
  } catch {
    return void 0;
  }
}
function isCurrentDailyTrigger(uid) {
  var _a;
  if (uid === void 0) return true;
  if (((_a = readSchedule()) == null ? void 0 : _a.uid) === uid) return true;
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  return false;
}
function readEntryTrigger() {
  var _a;
  const text2 = documentProperties().getProperty(ENTRY_PROPERTY);
  if (!text2) return null;
  try {
    const value = JSON.parse(text2);
    if (value && typeof value.uid === "string") return { uid: value.uid, by: (_a = value.by) != null ? _a : null };
  } catch {
  }
  return { uid: text2, by: null };
}
function entryStamper(entitled) {
  const recorded = readEntryTrigger();
  return (recorded == null ? void 0 : recorded.by) && entitled(recorded.by) ? recorded.by : currentUser();
}
function ensureEntryTrigger(entitled) {
  const stamper = entryStamper(entitled);
  const recorded = readEntryTrigger();
  if (recorded && recorded.by === stamper) return stamper;
  const own = ScriptApp.getProjectTriggers().find(
    (t) => t.getHandlerFunction() === ENTRY_TRIGGER_HANDLER
  );
  const trigger = own != null ? own : ScriptApp.newTrigger(ENTRY_TRIGGER_HANDLER).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
  documentProperties().setProperty(
    ENTRY_PROPERTY,
    JSON.stringify({ uid: trigger.getUniqueId(), by: stamper })
  );
  return stamper;
}
function isCurrentEntryTrigger(uid) {
  const recorded = readEntryTrigger();
  if (uid === void 0 || !recorded || recorded.uid === uid) return true;
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  return false;
}
function armContinuation(handler, delayMs) {
  removeOwn(handler);
  ScriptApp.newTrigger(handler).timeBased().after(delayMs).create();
}
function disarmContinuation(handler) {
  removeOwn(handler);
}

// src/addon/setup.ts
function createTemplate(port) {
  const existing = [SHEETS.settings, SHEETS.units].filter((name) => port.hasSheet(name));
  if (existing.length > 0)
    throw new Refusal(SETUP.templateExists(existing.map((n) => `"${n}"`).join(" và ")));
  for (const { output, edit } of templateSheets()) {
    port.writeSheet(output);
    port.applyEdit(edit);
  }
}
function refuseUnlessItFits(port, plans) {
  const creates = plans.filter((p) => p.kind === "create");
  const growth = plans.reduce((n, p) => n + (p.kind === "create" ? 0 : p.cells), 0);
  const room = SPREADSHEET_CELL_LIMIT - port.cellCount() - growth - NEW_SHEET_CELLS;
  const need = creates.reduce((n, p) => n + p.cells, 0);
  if (need <= room) return;
  const perTab = Math.max(1, ...creates.map((p) => p.cells));
  throw new Refusal(SETUP.tooManyCells(creates.length, Math.max(0, Math.floor(room / perTab))));
}
function unitTitles(port, campaign) {
  return campaign.units.map(({ unit }) => {
    var _a;
    return { unit, title: (_a = port.title(unit.tab)) != null ? _a : unit.tab };
  });
}
function planSetUp(port, today, options = {}) {
  var _a, _b, _c;
  const from = (_a = options.from) != null ? _a : 0;
  const tabs = /* @__PURE__ */ new Map();
  let asked = 0;
  const tab = (name) => {
    const key = nameKey(name);
    if (!tabs.has(key)) tabs.set(key, asked++ < from ? null : port.readValues(name));
    return tabs.get(key);
  };
  const campaign = loadCampaign(port, today, { readTab: tab, ...leadersOnly(port, MENU.tabs) });
  const { settings } = campaign;
  if (!settings.start || !settings.deadline)
    throw new Refusal(SETUP.needDates(settings.datesProblem));
  if (campaign.units.length === 0) throw new Refusal(SETUP.noUnits);
  const admins = (_c = (_b = options.confirmed) == null ? void 0 : _b.admins) != null ? _c : settings.admins;
  const entitled = (email) => leads(port, admins, email);
  const stamper = entryStamper(entitled);
  const units = unitTitles(port, campaign);
  let access = accessPlan(port.titles(), units, admins);
  if (options.confirmed) {
    const { admins: allowed, tabs: granted } = options.confirmed;
    const byTab = new Map(granted);
    access = access.map((a) => {
      var _a2;
      return a.unit ? { ...a, editors: (_a2 = byTab.get(a.sheet)) != null ? _a2 : allowed } : a;
    });
  }
  const byTitle = new Map(access.map((a) => [a.sheet, a]));
  const { start, deadline } = settings;
  const reserved = (u) => RESERVED_SHEETS.some((name) => sameName(name, u.tab));
  const left = units.slice(from);
  const read = campaign.units.slice(from);
  const plans = left.map(({ unit, title }, i) => {
    var _a2;
    const alone = { tab: unit.tab, cells: 0, edit: null, daysAdded: 0, columnsAdded: 0 };
    if (reserved(unit)) return { kind: "reserved", ...alone };
    if (read[i].ambiguous) return { kind: "ambiguous", ...alone };
    const { description, editors } = byTitle.get(title);
    return planTab(
      { ...unit, tab: read[i].title },
      {
        indicators: campaign.indicators.filter((x) => reports(unit, x)),
        days: countingDays(start, (_a2 = unit.deadline) != null ? _a2 : deadline, settings),
        cutoff: formatTime(settings.cutoff),
        mode: settings.mode,
        access: { description, editors },
        stampEditors: stamper === port.owner() ? [] : [stamper]
      },
      tab(read[i].title)
    );
  });
  refuseUnlessItFits(port, plans);
  return { from, tabs: plans, titles: left.map((t) => t.title), access, admins, stamper, entitled };
}
function setupChanges(port, plan) {
  const current = port.sheetEditors();
  const titles = new Set(port.titles());
  const touched = new Set(plan.titles);
  const access = plan.access.filter((a) => plan.from === 0 ? true : touched.has(a.sheet));
  return {
    changes: accessChanges(access, current),
    newlyLocked: access.filter((a) => titles.has(a.sheet) && !current.has(a.sheet)).length
  };
}
function confirmedAccess(plan, next) {
  const later = new Set(plan.titles.slice(next - plan.from));
  const tabs = plan.access.filter((a) => a.unit && later.has(a.sheet) && a.editors.some((e) => !plan.admins.includes(e))).map((a) => [a.sheet, a.editors]);
  return { admins: plan.admins, tabs };
}
function applySetUp(port, plan, until) {
  const report = {
    created: [],
    updated: [],
    skipped: [],
    reserved: [],
    ambiguous: [],
    daysAdded: 0,
    columnsAdded: 0,
    remaining: 0,
    next: plan.from + plan.tabs.length
  };
  ensureEntryTrigger(plan.entitled);
  if (plan.from === 0) {
    for (const { sheet, description, editors, unit } of plan.access)
      if (!unit)
        port.applyEdit({
          sheet,
          create: false,
          steps: [{ op: "protectSheet", description, editors }]
        });
  }
  for (const [i, tab] of plan.tabs.entries()) {
    if (until !== void 0 && Date.now() >= until) {
      report.remaining = plan.tabs.length - i;
      report.next = plan.from + i;
      break;
    }
    if (tab.edit) port.applyEdit(tab.edit);
    if (tab.kind === "reserved") report.reserved.push(tab.tab);
    else if (tab.kind === "ambiguous") report.ambiguous.push(tab.tab);
    else if (tab.kind === "create") report.created.push(tab.tab);
    else if (tab.kind === "skip") report.skipped.push(tab.tab);
    else if (tab.daysAdded || tab.columnsAdded) {
      report.updated.push(tab.tab);
      report.daysAdded += tab.daysAdded;
      report.columnsAdded += tab.columnsAdded;
    }
  }
  return report;
}

// src/addon/setup-state.ts
var STATE_PROPERTY = "tienDo.setupNext";
var CONFIRMED_PROPERTY = "tienDo.setupConfirmed.";
var PART_CHARS = 3e3;
var documentProperties2 = () => PropertiesService.getDocumentProperties();
function readParts() {
  const text2 = documentProperties2().getProperty(STATE_PROPERTY);
  if (!text2) return 0;
  try {
    return Number(JSON.parse(text2).parts) || 0;
  } catch {
    return 0;
  }
}
function readSetupState() {
  var _a, _b;
  const all = documentProperties2().getProperties();
  try {
    const head = JSON.parse((_a = all[STATE_PROPERTY]) != null ? _a : "null");
    const parts = Number(head == null ? void 0 : head.parts);
    if (typeof (head == null ? void 0 : head.next) !== "number" || !(parts >= 1)) return null;
    let text2 = "";
    for (let i = 0; i < parts; i++) text2 += (_b = all[`${CONFIRMED_PROPERTY}${i}`]) != null ? _b : "";
    const confirmed = JSON.parse(text2);
    if (!Array.isArray(confirmed.admins) || !Array.isArray(confirmed.tabs)) return null;
    return { next: head.next, confirmed };
  } catch {
    return null;
  }
}
function saveSetupState(state) {
  const properties2 = documentProperties2();
  const had = readParts();
  if (state === null) {
    properties2.deleteProperty(STATE_PROPERTY);
    for (let i = 0; i < had; i++) properties2.deleteProperty(`${CONFIRMED_PROPERTY}${i}`);
    return;
  }
  const text2 = JSON.stringify(state.confirmed);
  const chunks2 = [];
  for (let at = 0; at < text2.length; ) {
    let end = Math.min(text2.length, at + PART_CHARS);
    if (end < text2.length && /[\uD800-\uDBFF]/.test(text2[end - 1])) end--;
    chunks2.push(text2.slice(at, end));
    at = end;
  }
  const values = {
    [STATE_PROPERTY]: JSON.stringify({ next: state.next, parts: chunks2.length })
  };
  chunks2.forEach((chunk, i) => values[`${CONFIRMED_PROPERTY}${i}`] = chunk);
  properties2.setProperties(values);
  for (let i = chunks2.length; i < had; i++) properties2.deleteProperty(`${CONFIRMED_PROPERTY}${i}`);
}

// src/addon/daily-job.ts
var SEND_BUDGET_MS = 4.5 * 60 * 1e3;
var SAFETY_DELAY_MS = 7 * 60 * 1e3;
var CONTINUE_DELAY_MS = 60 * 1e3;
function runJob() {
  var _a, _b, _c, _d, _e;
  const at = /* @__PURE__ */ new Date();
  armContinuation("continueDailyJob", SAFETY_DELAY_MS);
  const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
  let result;
  try {
    result = runCommand(
      port,
      "run",
      at,
      { until: at.getTime() + SEND_BUDGET_MS, merges: false },
      leadersOnly(port, NOTIFY.menuOff)
    );
  } catch (error) {
    if (!(error instanceof Refusal) || error instanceof WorkbookError) throw error;
    disarmContinuation("continueDailyJob");
    console.log(JSON.stringify({ refused: error.message }));
    return;
  }
  const waiting = ((_a = result.emailsNotSent) != null ? _a : []).filter((m) => m.reason === "later").length;
  if (waiting > 0) armContinuation("continueDailyJob", CONTINUE_DELAY_MS);
  else disarmContinuation("continueDailyJob");
  console.log(
    JSON.stringify({
      asOf: (_b = result.asOf) != null ? _b : null,
      issues: result.issues.length,
      sent: result.emails.length,
      continues: waiting,
      reports: (_c = result.reports) != null ? _c : [],
      notSent: (_d = result.emailsNotSent) != null ? _d : [],
      summaryError: (_e = result.summaryError) != null ? _e : null
    })
  );
}
function dailyJob(e) {
  if (!isCurrentDailyTrigger(e == null ? void 0 : e.triggerUid)) return;
  runJob();
}
function continueDailyJob() {
  runJob();
}
function continueSetUp() {
  const state = readSetupState();
  if (!state) {
    console.log(JSON.stringify({ setUp: "nothing confirmed to continue" }));
    continueSetUpLater(null);
    return;
  }
  const until = Date.now() + SEND_BUDGET_MS;
  try {
    const port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
    const plan = planSetUp(port, port.moment(/* @__PURE__ */ new Date()).date, {
      from: state.next,
      confirmed: state.confirmed
    });
    const report = applySetUp(port, plan, until);
    continueSetUpLater(report.remaining ? report.next : null, state.confirmed);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.log(JSON.stringify({ setUp: errorMessage(error) }));
    continueSetUpLater(null);
  }
}
function continueSetUpLater(next, confirmed) {
  if (next === null || !confirmed) {
    saveSetupState(null);
    disarmContinuation("continueSetUp");
    return;
  }
  saveSetupState({ next, confirmed });
  armContinuation("continueSetUp", CONTINUE_DELAY_MS);
}

// src/addon/menu.ts
var MENU_TABLE = [
  { label: MENU.summarize, handler: "summarizeProgress" },
  { label: MENU.summarizeUpTo, handler: "summarizeUpTo" },
  { label: MENU.validate, handler: "validateEntries" },
  { label: PRINT.menu, handler: "exportPdf" },
  "separator",
  { label: MENU.preview, handler: "previewEmails" },
  { label: MENU.send, handler: "sendEmailsNow" },
  "schedule",
  "separator",
  { label: MENU.tabs, handler: "setUpUnitTabs" },
  { label: MENU.template, handler: "createTemplateSheets" },
  { label: MENU.campaignInfo, handler: "showCampaignInfo" }
];
function scheduleItems(time) {
  if (time === void 0)
    return [
      { label: NOTIFY.menuOnGeneric, handler: "turnOnDailySchedule" },
      { label: NOTIFY.menuOffGeneric, handler: "turnOffDailySchedule" }
    ];
  return time ? [{ label: NOTIFY.menuOn(time), handler: "turnOffDailySchedule" }] : [{ label: NOTIFY.menuOff, handler: "turnOnDailySchedule" }];
}
function buildMenu(authMode) {
  const ui = SpreadsheetApp.getUi();
  const menu = false ? ui.createAddonMenu() : ui.createMenu(MENU.title);
  const time = authMode !== ScriptApp.AuthMode.NONE ? scheduleShown() : void 0;
  for (const item of MENU_TABLE) {
    if (item === "separator") menu.addSeparator();
    else if (item === "schedule")
      for (const s of scheduleItems(time)) menu.addItem(s.label, s.handler);
    else menu.addItem(item.label, item.handler);
  }
  menu.addToUi();
}
function onOpen(e) {
  buildMenu(e == null ? void 0 : e.authMode);
}
function onInstall(e) {
  onOpen(e);
}
function alert(title, text2) {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text2, ui.ButtonSet.OK);
}
function context() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const port = spreadsheetPort(ss);
  return { port, now: port.moment(/* @__PURE__ */ new Date()), toast: (text2, title) => ss.toast(text2, title, 10) };
}
function withAlert(action) {
  var _a;
  try {
    action();
  } catch (error) {
    if (error instanceof Refusal) alert((_a = error.title) != null ? _a : MSG.cannotUse, error.message);
    else alert(MSG.cannotUse, MSG.unexpected(errorMessage(error)));
  }
}
function showCampaignInfo() {
  withAlert(() => {
    const { port, now } = context();
    const campaign = loadCampaign(port, now.date);
    const names2 = campaign.units.map(({ unit }, i) => `${i + 1}. ${unit.name}`).join("\n");
    alert(
      MSG.campaignInfoTitle,
      MSG.campaignInfo(campaign.settings.campaign, campaign.units.length, names2)
    );
  });
}
function validateEntries() {
  withAlert(() => {
    const { port, now, toast } = context();
    const campaign = loadCampaign(port, now.date, {
      merges: true,
      ...leadersOnly(port, MENU.validate)
    });
    const findings = addFindings(campaign.findings, mailFindings(port, campaign));
    writeFindings(port, findings, now);
    const errors = findings.filter((f) => f.severity === "error").length;
    toast(FINDINGS_SHEET.toast(errors, findings.length - errors), FINDINGS_SHEET.toastTitle);
  });
}
function exportPdf() {
  withAlert(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const port = spreadsheetPort(ss);
    const html = pdfExportHtml(port.id, [
      { name: SHEETS.summary, sheetId: port.sheetId(SHEETS.summary), required: true },
      { name: SHEETS.appendix, sheetId: port.sheetId(SHEETS.appendix) },
      { name: SHEETS.monthly, sheetId: port.sheetId(SHEETS.monthly) }
    ]);
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput(html).setWidth(520).setHeight(300),
      PRINT.title
    );
  });
}
function createTemplateSheets() {
  withAlert(() => {
    createTemplate(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()));
    alert(SETUP.templateTitle, SETUP.templateDone);
  });
}
function setUpUnitTabs() {
  withAlert(() => {
    const until = Date.now() + SEND_BUDGET_MS;
    const { port, now, toast } = context();
    const plan = planSetUp(port, now.date);
    const { changes, newlyLocked } = setupChanges(port, plan);
    if (changes.length) {
      const ui = SpreadsheetApp.getUi();
      const text2 = confirmText(changes, newlyLocked);
      if (ui.alert(SETUP.confirmTitle, text2, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
        toast(SETUP.cancelled, SETUP.tabsTitle);
        return;
      }
    }
    const report = applySetUp(port, plan, until);
    continueSetUpLater(report.remaining ? report.next : null, confirmedAccess(plan, report.next));
    const lines = [
      SETUP.tabsDone(
        report.created.length,
        report.updated.length,
        report.daysAdded,
        report.columnsAdded
      )
    ];
    if (report.remaining) lines.push(SETUP.tabsContinue(report.remaining));
    if (report.skipped.length)
      lines.push(SETUP.tabsSkipped(report.skipped.map((t) => `"${t}"`).join(", ")));
    if (report.reserved.length)
      lines.push(SETUP.tabsReserved(report.reserved.map((t) => `"${t}"`).join(", ")));
    if (report.ambiguous.length)
      lines.push(SETUP.tabsAmbiguous(report.ambiguous.map((t) => `"${visible(t)}"`).join(", ")));
    alert(SETUP.tabsTitle, lines.join("\n\n"));
  });
}
function summarizeProgress() {
  withAlert(() => {
    const { port, now, toast } = context();
    const campaign = loadCampaign(port, now.date, leadersOnly(port, MENU.summarize));
    const progress = summarize(port, campaign, now);
    toast(
      progress.asOf ? SUMMARY.done(formatVnDate(progress.asOf)) : SUMMARY.notStarted(formatVnDate(progress.deadline)),
      SUMMARY.title
    );
  });
}
function summarizeUpTo() {
  withAlert(() => {
    const { port, now, toast } = context();
    const campaign = loadCampaign(port, now.date, leadersOnly(port, MENU.summarizeUpTo));
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(SUMMARY.title, SUMMARY.askDate, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const text2 = answer.getResponseText().trim();
    const date2 = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text2) ? readDate(text2) : null;
    if (!date2) {
      alert(SUMMARY.title, SUMMARY.badDate(text2));
      return;
    }
    const problem = asOfProblem(campaign, date2, now);
    if (problem) {
      alert(SUMMARY.title, problem);
      return;
    }
    summarize(port, campaign, now, date2);
    toast(SUMMARY.done(formatVnDate(date2)), SUMMARY.title);
  });
}
function mailContext(writing) {
  const { port, now } = context();
  const campaign = loadCampaign(port, now.date, writing ? leadersOnly(port, writing) : {});
  return { port, now, campaign, progress: progressAt(campaign, now) };
}
function previewEmails() {
  withAlert(() => {
    const ui = SpreadsheetApp.getUi();
    const { port, campaign, progress, now } = mailContext();
    const held = mailHeld(campaign, now);
    const only = held !== null && reportsOnly(campaign, now);
    if (held && !only) {
      ui.alert(NOTIFY.previewTitle, held, ui.ButtonSet.OK);
      return;
    }
    const { send: send2, quota: left } = mailsToSend(port, campaign, progress, "none", now, only);
    if (held && !send2.length) {
      ui.alert(NOTIFY.previewTitle, held, ui.ButtonSet.OK);
      return;
    }
    const mails = send2.map((o) => ({ ...o.mail, to: o.message.to }));
    const quota = left.remaining;
    const html = previewHtml(mails, progress.asOf, {
      none: progress.asOf ? NOTIFY.previewNone(formatVnDate(progress.asOf)) : NOTIFY.previewNotStarted,
      count: NOTIFY.previewCount,
      quota: NOTIFY.previewQuota(quota),
      to: NOTIFY.to,
      subject: NOTIFY.subject
    });
    ui.showModalDialog(
      HtmlService.createHtmlOutput(html).setWidth(860).setHeight(640),
      NOTIFY.previewTitle
    );
  });
}
function sendEmailsNow() {
  withAlert(() => {
    const ui = SpreadsheetApp.getUi();
    const { port, campaign, progress, now } = mailContext(MENU.send);
    if (!progress.asOf) {
      ui.alert(NOTIFY.title, NOTIFY.previewNotStarted, ui.ButtonSet.OK);
      return;
    }
    const held = mailHeld(campaign, now);
    const only = held !== null && reportsOnly(campaign, now);
    const { send: send2, unconfirmed } = held ? only ? mailsToSend(port, campaign, progress, "none", now, true) : { send: [], unconfirmed: [] } : mailsToSend(port, campaign, progress, "none", now);
    if (held && !send2.length) {
      ui.alert(NOTIFY.title, held, ui.ButtonSet.OK);
      return;
    }
    const date2 = formatVnDate(progress.asOf);
    const recipients = send2.reduce((n, o) => n + o.message.to.length, 0);
    const ofDate = unconfirmed.filter((e) => e.dataDate === progress.asOf);
    const [question, resend] = send2.length ? [NOTIFY.confirm(send2.length, recipients, date2), "none"] : ofDate.length ? [NOTIFY.confirmUnconfirmed(ofDate.length, date2), "unconfirmed"] : [NOTIFY.confirmResend(date2), "all"];
    if (ui.alert(NOTIFY.title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    const report = sendDue(port, campaign, progress, now, { resend, reportsOnly: only });
    const message = report.busy ? NOTIFY.busy : NOTIFY.result(report.sent.length, report.pending.length, report.failed.length);
    const notes = report.findings.map((f) => `${f.message} (${MSG.at(f.sheet, f.cell)})`);
    ui.alert(NOTIFY.title, [message, ...notes].join("\n\n"), ui.ButtonSet.OK);
  });
}
function turnOnDailySchedule() {
  withAlert(() => {
    const { port, now } = context();
    const { settings } = loadCampaign(port, now.date, leadersOnly(port, NOTIFY.menuOff));
    let time;
    try {
      time = turnOnSchedule(settings, port.timeZone);
    } catch (error) {
      if (/too many triggers/i.test(errorMessage(error))) {
        alert(NOTIFY.title, NOTIFY.tooManyTriggers);
        return;
      }
      throw error;
    }
    buildMenu();
    alert(NOTIFY.title, NOTIFY.scheduleOn(time));
  });
}
function turnOffDailySchedule() {
  withAlert(() => {
    requireLeader(context().port, NOTIFY.menuOffGeneric);
    const had = turnOffSchedule();
    buildMenu();
    alert(NOTIFY.title, had ? NOTIFY.scheduleOff : NOTIFY.scheduleNone);
  });
}

// src/addon/entry-stamp.ts
function onEntryEdit(e) {
  if (!isCurrentEntryTrigger(e.triggerUid)) return;
  const tab = editedTab(e.range);
  const target = stampTarget(findLayout(tab.top(HEADER_SEARCH_ROWS)), tab.area);
  if (target) tab.stamp(target, /* @__PURE__ */ new Date());
}
return { continueDailyJob, continueSetUp, createTemplateSheets, dailyJob, exportPdf, onEntryEdit, onInstall, onOpen, previewEmails, runCommand_, sendEmailsNow, setUpUnitTabs, showCampaignInfo, summarizeProgress, summarizeUpTo, turnOffDailySchedule, turnOnDailySchedule, validateEntries };
})(Array, ArrayBuffer, Date, Float64Array, Int32Array, Map, Math, Number, Object, Set, Uint32Array);

// Apps Script entry points
function continueDailyJob() {
return TienDo.continueDailyJob(...arguments);
}
function continueSetUp() {
return TienDo.continueSetUp(...arguments);
}
function createTemplateSheets() {
return TienDo.createTemplateSheets(...arguments);
}
function dailyJob() {
return TienDo.dailyJob(...arguments);
}
function exportPdf() {
return TienDo.exportPdf(...arguments);
}
function onEntryEdit() {
return TienDo.onEntryEdit(...arguments);
}
function onInstall() {
return TienDo.onInstall(...arguments);
}
function onOpen() {
return TienDo.onOpen(...arguments);
}
function previewEmails() {
return TienDo.previewEmails(...arguments);
}
function runCommand_() {
return TienDo.runCommand_(...arguments);
}
function sendEmailsNow() {
return TienDo.sendEmailsNow(...arguments);
}
function setUpUnitTabs() {
return TienDo.setUpUnitTabs(...arguments);
}
function showCampaignInfo() {
return TienDo.showCampaignInfo(...arguments);
}
function summarizeProgress() {
return TienDo.summarizeProgress(...arguments);
}
function summarizeUpTo() {
return TienDo.summarizeUpTo(...arguments);
}
function turnOffDailySchedule() {
return TienDo.turnOffDailySchedule(...arguments);
}
function turnOnDailySchedule() {
return TienDo.turnOnDailySchedule(...arguments);
}
function validateEntries() {
return TienDo.validateEntries(...arguments);
}
