"use strict";
var TienDo = ((Array, ArrayBuffer, Date, Float64Array, Int32Array, Map, Math, Number, Object, Set, Uint32Array) => {
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key2, value) => key2 in obj ? __defProp(obj, key2, { enumerable: !0, configurable: !0, writable: !0, value }) : obj[key2] = value;
var __publicField = (obj, key2, value) => __defNormalProp(obj, typeof key2 != "symbol" ? key2 + "" : key2, value);
function memoize(fn, limit) {
let cache = new Map();
return (text) => {
if (cache.has(text)) return cache.get(text);
let value = fn(text);
return cache.size >= limit && cache.clear(), cache.set(text, value), value;
};
}
function isSheetDate(v) {
return typeof v == "object" && v !== null && v.kind === "date";
}
function isBlank(v) {
return v == null || typeof v == "string" && v.trim() === "";
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
return typeof v == "string" && ERROR_VALUES.includes(v.trim());
}
function readNumber(v) {
if (typeof v == "number")
return Number.isFinite(v) ? { ok: !0, value: v } : { ok: !1, reason: "error" };
if (typeof v == "boolean") return { ok: !1, reason: "boolean" };
if (isSheetDate(v)) return { ok: !1, reason: "date" };
if (isErrorValue(v)) return { ok: !1, reason: "error" };
let s = String(v != null ? v : "").replace(/[\s\u00a0]/g, ""), sign = s.startsWith("-") ? -1 : 1, body = s.replace(/^[+-]/, "");
return /^\d+$/.test(body) ? { ok: !0, value: sign * Number(body) } : /^\d{1,3}(\.\d{3})+$/.test(body) ? { ok: !0, value: sign * Number(body.replace(/\./g, "")) } : /^\d{1,3}(\.\d{3})*,\d+$/.test(body) ? /^\d{1,3},\d{3}$/.test(body) ? { ok: !1, reason: "ambiguous" } : { ok: !0, value: sign * Number(body.replace(/\./g, "").replace(",", ".")) } : /^\d+,\d+$/.test(body) && !/^\d+,\d{3}$/.test(body) ? { ok: !0, value: sign * Number(body.replace(",", ".")) } : /^\d+\.\d+$/.test(body) && !/^\d{1,3}\.\d{3}$/.test(body) ? { ok: !0, value: sign * Number(body) } : /^\d+,\d{3}$/.test(body) ? { ok: !1, reason: "ambiguous" } : { ok: !1, reason: "text" };
}
function readWhole(v, min) {
let n = readNumber(v);
return n.ok && Number.isInteger(n.value) && n.value >= min ? n.value : null;
}
var DAY_MS = 864e5, MINUTES_PER_DAY = 1440, dayNumber = memoize((date) => {
let [y, m, d] = date.split("-").map(Number);
return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}, 2e4), dayTexts = new Map();
function fromDayNumber(n) {
let text = dayTexts.get(n);
return text === void 0 && (dayTexts.size >= 2e4 && dayTexts.clear(), dayTexts.set(n, text = new Date(n * DAY_MS).toISOString().slice(0, 10))), text;
}
function sheetDate(date, time = "00:00") {
let [h2, mi] = time.split(":").map(Number);
return { kind: "date", date, day: dayNumber(date), minutes: h2 * 60 + mi };
}
function formatVnDate(date) {
let [y, m, d] = date.split("-");
return `${d}/${m}/${y}`;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function valid(y, m, d) {
if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
let leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
return d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]) ? null : `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
function parseDateText(s) {
let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
return m ? valid(+m[3], +m[2], +m[1]) : (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s), m ? valid(+m[1], +m[2], +m[3]) : null);
}
var parsed = memoize(parseDateText, 2e4);
function readDate(v) {
return isSheetDate(v) ? v.date : typeof v != "string" ? null : parsed(v.trim());
}
function readDay(v) {
if (isSheetDate(v)) return v.day;
let date = readDate(v);
return date === null ? null : dayNumber(date);
}
function readTime(v) {
if (isSheetDate(v)) return v.minutes;
if (typeof v != "string") return null;
let m = /^(\d{1,2})\s*[:hH]\s*(\d{2})$/.exec(v.trim());
return !m || +m[1] > 23 || +m[2] > 59 ? null : +m[1] * 60 + +m[2];
}
function formatTime(minutes) {
return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
var SHEETS = {
settings: "Cấu hình",
units: "Đơn vị",
summary: "Tổng hợp",
findings: "Kiểm tra",
mailLog: "Nhật ký gửi thư",
history: "Lịch sử"
}, ENTRY_MODES = { daily: "Số trong ngày", cumulative: "Số lũy kế" }, YES_NO = { yes: "Có", no: "Không" }, SETTING = {
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
}
}, SETTINGS_HEADER = ["Thiết lập", "Giá trị", "Giải thích"], UNIT_COLUMN = {
code: "Mã",
name: "Đơn vị",
parent: "Cấp trên",
tab: "Tab",
email: "Email",
groupSize: "Đối tượng",
deadline: "Hạn riêng"
}, INDICATOR_PREFIX = { quota: "Chỉ tiêu", opening: "Đầu kỳ" }, UNITS_TEMPLATE_COLUMNS = [
{ header: UNIT_COLUMN.code, note: "Mã đơn vị (không bắt buộc), không trùng nhau." },
{ header: UNIT_COLUMN.name, note: "Tên đơn vị (bắt buộc), không trùng nhau." },
{
header: UNIT_COLUMN.parent,
note: "Đơn vị cấp trên (không bắt buộc): các đơn vị cùng cấp trên được cộng thành một nhóm."
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
note: "Chỉ tiêu thu nhận hồ sơ được giao: số nguyên lớn hơn 0."
},
{
header: "Chỉ tiêu Kích hoạt",
note: "Chỉ tiêu kích hoạt tài khoản (không bắt buộc): số nguyên lớn hơn 0."
},
{ header: "Đầu kỳ Thu nhận", note: "Số hồ sơ đã thu nhận trước ngày bắt đầu (mặc định 0)." },
{
header: "Đầu kỳ Kích hoạt",
note: "Số tài khoản đã kích hoạt trước ngày bắt đầu (mặc định 0)."
},
{
header: UNIT_COLUMN.groupSize,
note: "Số người thuộc diện (không bắt buộc), để tính tỷ lệ bao phủ."
},
{
header: UNIT_COLUMN.deadline,
note: "Hạn riêng của đơn vị (không bắt buộc), thay cho hạn chung."
}
], UNITS_TEMPLATE_EXAMPLES = [
["VD1", "Xã Ví Dụ Một", "Huyện Ví Dụ", "", "canbo.vidumot@example.vn", 1e3, "", 0, 0, "", ""],
["VD2", "Xã Ví Dụ Hai", "Huyện Ví Dụ", "", "canbo.viduhai@example.vn", 800, "", 0, 0, "", ""]
], UNITS_TEMPLATE_EXAMPLE_NOTE = "Hàng ví dụ: hãy thay bằng đơn vị thật của chiến dịch.", TAB_COLUMN = { date: "Ngày", note: "Ghi chú", stamp: "Cập nhật lúc" }, DEFAULT_INDICATORS = ["Thu nhận", "Kích hoạt"], BACKLOG_PAIR = { collected: "Thu nhận", activated: "Kích hoạt" }, HEADER_SEARCH_ROWS = 10, FIGURE_HELP = {
daily: "Nhập số nguyên từ 0 trở lên (số của riêng ngày này). Không nhập chữ, số âm hay số thập phân.",
cumulative: "Nhập số lũy kế đến hết ngày này (số nguyên từ 0 trở lên, không giảm so với ngày trước)."
}, STATUS_LABELS = {
done: "Hoàn thành",
"on-track": "Đúng tiến độ",
behind: "Chậm tiến độ",
overdue: "Quá hạn"
}, SUMMARY_COLUMN = {
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
reporting: (date) => `Báo cáo ngày ${date}`,
status: "Trạng thái",
reported: "Đã báo cáo",
late: "Báo cáo trễ",
missingPrefix: "Chưa báo cáo",
missing: (days) => `Chưa báo cáo (${days} ngày)`,
subtotal: (parent) => `Cộng ${parent}`,
total: "Tổng số",
historyDate: "Ngày số liệu",
historyCumulative: (indicator) => `Lũy kế ${indicator}`,
historyPlan: (indicator) => `Kế hoạch ${indicator}`,
historyStamp: "Cập nhật lúc"
}, FINDINGS_COLUMN = {
header: ["Mức độ", "Trang", "Ô", "Mã lỗi", "Nội dung và cách sửa"],
error: "Lỗi",
warning: "Cảnh báo"
}, MAIL_LOG_COLUMN = {
header: ["Thời gian", "Loại", "Ngày số liệu", "Đơn vị", "Người nhận", "Tiêu đề", "Kết quả"],
kinds: { digest: "Tổng hợp", reminder: "Nhắc báo cáo" },
sent: "Đã gửi",
pending: "Chờ gửi — hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau",
failed: (detail) => `Lỗi: ${detail}`,
skipped: (date) => `Bỏ qua — đã có thư cho ngày ${date}`
};
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
}, MSG = {
sheetMissing: (sheet) => `Không tìm thấy trang tính "${sheet}". Hãy tạo trang "${sheet}" (đúng tên, có dấu) rồi chạy lại.`,
unitsHeaderMissing: (sheet, label) => `Trang "${sheet}": hàng 1 thiếu cột "${label}". Hãy đặt tiêu đề "${label}" cho cột tên đơn vị.`,
campaignInfoTitle: "Thông tin chiến dịch",
campaignInfo: (campaign, units, names) => `Chiến dịch: ${campaign || "(chưa đặt tên)"}
Số đơn vị: ${units}
${names}`,
cannotUse: "Không dùng được bảng tính này",
unexpected: (detail) => `Đã xảy ra lỗi ngoài dự kiến: ${detail}`
}, FIX = {
settingMissing: (label) => `Thiếu thiết lập "${label}": ghi nhãn "${label}" ở cột A của trang "${SHEETS.settings}" và giá trị ở cột B.`,
settingEmpty: (label) => `Thiết lập "${label}" đang để trống: hãy nhập giá trị ở ô này.`,
settingDate: (label) => `"${label}" phải là một ngày dạng dd/MM/yyyy (ví dụ 26/06/2023).`,
deadlineBeforeStart: "Hạn hoàn thành đang trước ngày bắt đầu: hãy sửa một trong hai ngày.",
settingTime: (label) => `"${label}" phải là giờ dạng HH:mm (ví dụ 07:30).`,
settingMode: `${SETTING.mode.label} chỉ nhận "${ENTRY_MODES.daily}" hoặc "${ENTRY_MODES.cumulative}".`,
settingYesNo: (label) => `"${label}" chỉ nhận "${YES_NO.yes}" hoặc "${YES_NO.no}".`,
settingHoliday: (text) => `Ngày nghỉ "${text}" không phải ngày dạng dd/MM/yyyy; các ngày cách nhau bằng dấu phẩy, chấm phẩy hoặc xuống dòng.`,
settingWindow: "Số ngày tính tốc độ phải là số nguyên từ 1 trở lên (mặc định 7).",
emailInvalid: (text) => `"${text}" không phải địa chỉ email hợp lệ; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.`,
unitNameMissing: (row) => `Hàng ${row} có số liệu nhưng chưa có tên đơn vị: hãy nhập tên ở cột "${UNIT_COLUMN.name}" hoặc xóa hàng.`,
unitDuplicate: (name, firstRow) => `Đơn vị "${name}" đã có ở hàng ${firstRow}: mỗi đơn vị chỉ ghi một lần.`,
codeDuplicate: (code, firstRow) => `Mã "${code}" đã dùng ở hàng ${firstRow}: mỗi đơn vị cần một mã riêng.`,
tabDuplicate: (tab, firstRow) => `Trang "${tab}" đã được giao cho đơn vị ở hàng ${firstRow}: mỗi đơn vị cần một trang riêng.`,
quotaInvalid: (header) => `"${header}" phải là số nguyên lớn hơn 0 (để trống nếu không giao chỉ tiêu).`,
groupInvalid: `${UNIT_COLUMN.groupSize} phải là số nguyên lớn hơn 0 (để trống nếu không dùng).`,
openingInvalid: (header) => `"${header}" phải là số nguyên từ 0 trở lên (để trống nghĩa là 0).`,
unitDeadlineInvalid: `${UNIT_COLUMN.deadline} phải là ngày dạng dd/MM/yyyy, không trước ngày bắt đầu chiến dịch (để trống thì dùng hạn chung).`,
missingTab: (unit, tab) => `Không có trang "${tab}" cho đơn vị "${unit}": hãy chạy "${MENU.tabs}" hoặc sửa cột "Tab".`,
headerMissing: (tab) => `Trang "${tab}" không có hàng tiêu đề trong ${HEADER_SEARCH_ROWS} hàng đầu (cần ô "${TAB_COLUMN.date}" và ít nhất một cột số liệu như "${DEFAULT_INDICATORS[0]}"): hãy khôi phục hàng tiêu đề.`,
missingColumn: (tab, indicator, row) => `Trang "${tab}" thiếu cột "${indicator}" ở hàng tiêu đề (hàng ${row}): hãy thêm cột hoặc chạy "${MENU.tabs}".`,
dateInvalid: (text) => `"${text}" không phải ngày hợp lệ: hãy nhập ngày dạng dd/MM/yyyy.`,
dateBlank: "Hàng có số liệu nhưng thiếu ngày: hãy nhập ngày dạng dd/MM/yyyy.",
dateOutside: (date, start, end) => `Ngày ${date} nằm ngoài thời gian chiến dịch (${start} – ${end}): số liệu hàng này không được tính; hãy kiểm tra lại ngày.`,
dateDuplicate: (date, firstRow) => `Ngày ${date} đã có ở hàng ${firstRow}: số liệu hàng này không được tính; hãy gộp vào một hàng và xóa hàng thừa.`,
futureEntry: (date) => `Có số liệu cho ngày ${date}, là ngày chưa tới: hãy kiểm tra lại ngày hoặc xóa số liệu.`,
notANumber: (text) => `"${text}" không phải là số: hãy nhập số nguyên, ví dụ 120.`,
ambiguousNumber: (text) => `"${text}" không rõ là ${text.replace(",", "")} hay ${text.replace(",", ".")}: hãy nhập số nguyên không có dấu phân cách, ví dụ ${text.replace(",", "")}.`,
errorValue: (text) => `Ô đang báo lỗi ${text}: hãy sửa công thức hoặc nhập số.`,
negative: (value) => `Số âm (${value}) không hợp lệ: hãy nhập số từ 0 trở lên.`,
notInteger: (value) => `${value} không phải số nguyên: số hồ sơ và tài khoản phải là số nguyên.`,
outlier: (value, usual) => `${value} lớn bất thường so với mức thường ngày của đơn vị (khoảng ${usual}/ngày): hãy kiểm tra có gõ thừa chữ số không.`,
runningTotal: (value) => `${value} gần bằng tổng lũy kế đến hôm trước: có vẻ đã nhập số lũy kế vào cột số trong ngày. Hãy nhập số của riêng ngày đó.`,
cumulativeDecrease: (value, previous, prevDate) => `Số lũy kế ${value} nhỏ hơn số của ngày ${prevDate} (${previous}): số lũy kế không thể giảm; hãy kiểm tra lại.`,
activatedExceeds: (activated, collected, date) => `Đến ngày ${date}, lũy kế kích hoạt (${activated}) vượt lũy kế thu nhận (${collected}): hãy kiểm tra số kích hoạt hoặc số thu nhận.`
}, FINDINGS_SHEET = {
title: (when) => `Kết quả kiểm tra số liệu — lúc ${when}`,
counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
none: "Không phát hiện lỗi nào.",
toast: (errors, warnings) => errors + warnings === 0 ? "Không phát hiện lỗi nào." : `Phát hiện ${errors} lỗi, ${warnings} cảnh báo: xem trang "${SHEETS.findings}".`,
toastTitle: MENU.validate
}, SETUP = {
tabTitle: (unit, cutoff) => `${unit} — số liệu hằng ngày (nhập trước ${cutoff} sáng hôm sau)`,
tabHelp: "Mỗi hàng là số của một ngày. Để trống nghĩa là chưa báo cáo; 0 nghĩa là báo cáo không có số nào. Chỉ nhập số nguyên.",
protection: (unit) => `Tiến Độ: chỉ cán bộ của ${unit} và chủ bảng tính được sửa trang này`,
stampProtection: `Tiến Độ: cột "${TAB_COLUMN.stamp}" do tiện ích tự ghi`,
templateExists: (names) => `Bảng tính đã có trang ${names}. Tiến Độ không ghi đè trang đã có: hãy đổi tên hoặc xóa trang đó nếu muốn tạo mẫu mới.`,
templateDone: `Đã tạo trang "${SHEETS.settings}" và "${SHEETS.units}". Hãy điền tên chiến dịch, ngày bắt đầu, hạn hoàn thành và danh sách đơn vị, rồi chọn "${MENU.tabs}".`,
needDates: `Chưa tạo được trang đơn vị: "${SETTING.start.label}" và "${SETTING.deadline.label}" trong trang "${SHEETS.settings}" phải là ngày hợp lệ. Hãy chạy "${MENU.validate}" để xem chi tiết.`,
noUnits: `Trang "${SHEETS.units}" chưa có đơn vị nào: hãy nhập tên đơn vị ở cột "${UNIT_COLUMN.name}".`,
tabsDone: (created, updated, days, columns) => `Đã tạo ${created} trang mới; cập nhật ${updated} trang (thêm ${days} ngày, ${columns} cột). Số liệu đã nhập được giữ nguyên.`,
tabsSkipped: (tabs) => `Không sửa các trang không tìm thấy hàng tiêu đề: ${tabs}. Hãy khôi phục hàng tiêu đề (ô "${TAB_COLUMN.date}" và các cột số liệu) rồi chạy lại.`,
tabsTitle: MENU.tabs,
templateTitle: MENU.template
}, SUMMARY = {
asOf: (asOf, daysLeft, deadline) => `Số liệu tính đến hết ngày ${asOf} — còn ${daysLeft} ngày đến hạn ${deadline}`,
notStarted: (deadline) => `Chưa có ngày nào đến hạn báo cáo — hạn hoàn thành ${deadline}`,
convention: (window, when) => `Cần đạt/ngày = còn lại ÷ số ngày tính còn lại, làm tròn lên. TB ${window} ngày = mức tăng bình quân ${window} ngày tính gần nhất (ngày không báo cáo tính là 0). Cập nhật lúc ${when}.`,
chartTitle: (indicator) => `${indicator}: lũy kế so với kế hoạch`,
done: (asOf) => `Đã tổng hợp số liệu đến hết ngày ${asOf}: xem trang "${SHEETS.summary}".`,
title: MENU.summarize,
askDate: "Tổng hợp số liệu đến hết ngày nào? Nhập ngày dạng dd/MM/yyyy, ví dụ 13/07/2023.",
badDate: (text) => `"${text}" không phải ngày dạng dd/MM/yyyy. Hãy chọn lại mục menu và nhập ví dụ 13/07/2023.`,
dateOutside: (date, start, deadline) => `Ngày ${date} nằm ngoài thời gian chiến dịch (${start} – ${deadline}). Hãy nhập một ngày trong khoảng đó.`,
needDates: `Chưa tổng hợp được: "${SETTING.start.label}" và "${SETTING.deadline.label}" trong trang "${SHEETS.settings}" phải là ngày hợp lệ. Hãy chạy "${MENU.validate}" để xem chi tiết.`
}, MAIL = {
sender: "Tiến Độ",
digestSubject: (campaign, date, missing, behind) => `[Tiến Độ] ${campaign} — số liệu đến ${date}: ${missing} đơn vị chưa báo cáo, ${behind} đơn vị chậm tiến độ`,
reminderSubject: (unit, date) => `[Tiến Độ] Nhắc báo cáo: ${unit} chưa gửi số liệu ngày ${date}`,
asOf: (date, daysLeft, deadline) => `Số liệu tính đến hết ngày ${date} — còn ${daysLeft} ngày đến hạn ${deadline}.`,
overall: "Tiến độ chung",
missingTitle: (n) => `Đơn vị chưa báo cáo (${n})`,
behindTitle: (n) => `Đơn vị chậm tiến độ hoặc quá hạn (${n})`,
noneMissing: "Tất cả đơn vị đã báo cáo.",
noneBehind: "Không có đơn vị nào chậm tiến độ.",
missingLine: (streak, dates) => `chưa báo cáo ${streak} ngày liên tiếp (${dates})`,
figures: (cumulative, quota, percent) => `${cumulative} / ${quota} (${percent})`,
required: (n) => `cần đạt ${n}/ngày`,
pace: (window, n) => `TB ${window} ngày: ${n}/ngày`,
projected: (date) => `dự kiến xong ${date}`,
noProjection: "chưa dự kiến được ngày xong",
openSheet: "Mở bảng tính",
openTab: "Mở trang nhập số liệu",
footer: "Thư tự động của Tiến Độ. Chỉ gồm số liệu tổng hợp; không chứa thông tin cá nhân.",
reminderGreeting: (unit) => `Kính gửi cán bộ phụ trách ${unit},`,
reminderBody: (dates, cutoff) => `Trang số liệu của đơn vị chưa có số của ngày ${dates}. Số liệu mỗi ngày cần nhập trước ${cutoff} sáng hôm sau.`,
reminderProgress: (indicator, figures2, required) => `${indicator}: ${figures2}; ${required} từ nay đến hạn.`,
reminderThanks: "Xin cảm ơn.",
redacted: "[đã ẩn]",
statusLine: (status, percent, pace, required) => `${status}: ${percent} chỉ tiêu, ${pace}, ${required}`
}, NOTIFY = {
title: "Gửi thư tổng hợp",
previewTitle: "Xem trước thư sẽ gửi",
previewQuota: (n) => `Hạn mức gửi thư còn lại hôm nay: ${n} người nhận.`,
previewNone: (date) => `Không có thư nào cần gửi cho số liệu ngày ${date}: các thư đã được gửi (xem trang "${SHEETS.mailLog}").`,
previewNotStarted: "Chưa có ngày nào đến hạn báo cáo: chưa có thư nào để gửi.",
previewCount: (n, recipients) => `Sẽ gửi ${n} thư tới ${recipients} người nhận:`,
to: "Gửi tới",
subject: "Tiêu đề",
confirm: (n, recipients, date) => `Gửi ngay ${n} thư (${recipients} người nhận) cho số liệu ngày ${date}?`,
confirmResend: (date) => `Mọi thư cho số liệu ngày ${date} đã được gửi. Gửi lại toàn bộ?`,
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
var PERSONAL_NUMBER = /\+?\d(?:[\s.-]?\d){8,}/g;
function clean(text) {
return text.replace(PERSONAL_NUMBER, MAIL.redacted).replace(/</g, "‹").replace(/>/g, "›").replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/\s{2,}/g, " ").trim();
}
function escapeHtml(text) {
return text.replace(
/[&<>"']/g,
(c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
);
}
function vnNumber(n, decimals = 0) {
let [int, frac] = Math.abs(n).toFixed(decimals).split("."), grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
return `${n < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}
function vnPercent(p) {
return `${vnNumber(p * 100, 1)}%`;
}
var FONT = "font-family:Arial,Helvetica,sans-serif;";
function bar(percent) {
let filled = Math.max(0, Math.min(200, Math.round(percent * 200))), td = (width, colour) => width > 0 ? `<td width="${width}" height="10" bgcolor="${colour}" style="background:${colour}"></td>` : "";
return `<table role="presentation" cellpadding="0" cellspacing="0" width="200" style="border-collapse:collapse"><tr>${[td(filled, "#34a853"), td(200 - filled, "#e0e0e0")].join("")}</tr></table>`;
}
var h = (text) => escapeHtml(clean(text)), link = (href, label) => href ? `<a href="${escapeHtml(href)}">${h(label)}</a>` : h(label);
function datesList(dates) {
let shown = dates.slice(-5).map(formatVnDate);
return dates.length > 5 ? `…, ${shown.join(", ")}` : shown.join(", ");
}
function overdueUnits(p) {
return {
missing: p.units.filter((u) => u.reporting === "missing"),
behind: p.units.filter((u) => u.status === "behind" || u.status === "overdue")
};
}
function statusLine(p, u) {
let i = p.quotaIndicators[0], f = u.indicators[i];
return MAIL.statusLine(
STATUS_LABELS[u.status],
f.percent === null ? "—" : vnPercent(f.percent),
MAIL.pace(p.paceWindow, vnNumber(f.pace, 1)),
f.requiredPerDay === null ? "" : MAIL.required(vnNumber(f.requiredPerDay))
);
}
function digestMail(p, to, links2) {
let asOf = formatVnDate(p.asOf), { missing, behind } = overdueUnits(p), subject = clean(MAIL.digestSubject(p.campaign, asOf, missing.length, behind.length)), head = MAIL.asOf(asOf, p.daysLeft, formatVnDate(p.deadline)), overall = p.quotaIndicators.map((i) => {
let f = p.total.indicators[i], parts = [
MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota), vnPercent(f.percent)),
f.requiredPerDay === null ? "" : MAIL.required(vnNumber(f.requiredPerDay)),
MAIL.pace(p.paceWindow, vnNumber(f.pace, 1)),
f.projected ? MAIL.projected(formatVnDate(f.projected)) : MAIL.noProjection
].filter(Boolean);
return { name: i, percent: f.percent, line: parts.join("; ") };
}), missingLines = missing.map((u) => ({
u,
line: MAIL.missingLine(u.missingStreak, datesList(u.missing.slice(-u.missingStreak)))
})), behindLines = behind.map((u) => ({ u, line: statusLine(p, u) })), html = [
`<div style="${FONT}font-size:14px;color:#202124;max-width:720px">`,
`<h2 style="font-size:18px;margin:0 0 8px">${h(p.campaign)}</h2>`,
`<p style="margin:0 0 12px">${escapeHtml(head)}</p>`,
`<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.overall)}</h3>`,
...overall.map(
(o) => `<p style="margin:4px 0"><b>${h(o.name)}</b>: ${escapeHtml(o.line)}</p>${bar(o.percent)}`
),
`<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.missingTitle(missing.length))}</h3>`,
missingLines.length ? `<ul style="margin:0;padding-left:20px">${missingLines.map(({ u, line }) => `<li>${link(links2.tab(u.tab), u.name)}: ${escapeHtml(line)}</li>`).join("")}</ul>` : `<p style="margin:0">${escapeHtml(MAIL.noneMissing)}</p>`,
`<h3 style="font-size:15px;margin:16px 0 6px">${escapeHtml(MAIL.behindTitle(behind.length))}</h3>`,
behindLines.length ? `<ul style="margin:0;padding-left:20px">${behindLines.map(({ u, line }) => {
var _a;
return `<li>${link(links2.tab(u.tab), u.name)} — ${escapeHtml(line)}${bar((_a = u.indicators[p.quotaIndicators[0]].percent) != null ? _a : 0)}</li>`;
}).join("")}</ul>` : `<p style="margin:0">${escapeHtml(MAIL.noneBehind)}</p>`,
`<p style="margin:16px 0 4px"><a href="${escapeHtml(links2.sheet)}">${escapeHtml(MAIL.openSheet)}</a></p>`,
`<p style="margin:12px 0 0;color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
"</div>"
].join(`
`), text = [
clean(p.campaign),
head,
"",
`${MAIL.overall}:`,
...overall.map((o) => `- ${clean(o.name)}: ${o.line}`),
"",
`${MAIL.missingTitle(missing.length)}:`,
...missingLines.length ? missingLines.map(({ u, line }) => `- ${clean(u.name)}: ${line}`) : [MAIL.noneMissing],
"",
`${MAIL.behindTitle(behind.length)}:`,
...behindLines.length ? behindLines.map(({ u, line }) => `- ${clean(u.name)} — ${line}`) : [MAIL.noneBehind],
"",
`${MAIL.openSheet}: ${links2.sheet}`,
"",
MAIL.footer
].join(`
`);
return {
kind: "digest",
unit: "",
to,
subject,
html,
text,
dataDate: p.asOf,
units: [...new Set([...missing, ...behind].map((u) => u.name))]
};
}
function reminderMail(p, u, to, cutoff, links2) {
let dates = datesList(u.missing.slice(-u.missingStreak)), tab = links2.tab(u.tab), progressLines = p.quotaIndicators.filter((i) => u.indicators[i].quota !== null).map((i) => {
let f = u.indicators[i];
return MAIL.reminderProgress(
clean(i),
MAIL.figures(vnNumber(f.cumulative), vnNumber(f.quota), vnPercent(f.percent)),
f.requiredPerDay === null ? "" : MAIL.required(vnNumber(f.requiredPerDay))
);
}), subject = clean(
MAIL.reminderSubject(u.name, formatVnDate(u.missing[u.missing.length - 1]))
), body = MAIL.reminderBody(dates, formatTime(cutoff)), html = [
`<div style="${FONT}font-size:14px;color:#202124;max-width:640px">`,
`<p>${h(MAIL.reminderGreeting(u.name))}</p>`,
`<p>${escapeHtml(body)}</p>`,
...progressLines.map(
(line, k) => {
var _a;
return `<p style="margin:4px 0">${h(line)}</p>${bar((_a = u.indicators[p.quotaIndicators.filter((i) => u.indicators[i].quota !== null)[k]].percent) != null ? _a : 0)}`;
}
),
tab ? `<p><a href="${escapeHtml(tab)}">${escapeHtml(MAIL.openTab)}</a></p>` : "",
`<p>${escapeHtml(MAIL.reminderThanks)}</p>`,
`<p style="color:#5f6368;font-size:12px">${escapeHtml(MAIL.footer)}</p>`,
"</div>"
].join(`
`), text = [
clean(MAIL.reminderGreeting(u.name)),
"",
body,
"",
...progressLines.map(clean),
...tab ? ["", `${MAIL.openTab}: ${tab}`] : [],
"",
MAIL.reminderThanks,
"",
MAIL.footer
].join(`
`);
return {
kind: "reminder",
unit: u.name,
to,
subject,
html,
text,
dataDate: p.asOf,
units: [u.name]
};
}
function previewHtml(mails, asOf, labels) {
let recipients = mails.reduce((n, m) => n + m.to.length, 0), parts = [
`<div style="${FONT}font-size:13px">`,
`<p><b>${escapeHtml(labels.quota)}</b></p>`,
`<p>${escapeHtml(asOf === null || mails.length === 0 ? labels.none : labels.count(mails.length, recipients))}</p>`
];
for (let m of mails)
parts.push(
'<div style="border:1px solid #dadce0;border-radius:6px;margin:10px 0;padding:8px">',
`<p style="margin:2px 0"><b>${escapeHtml(labels.to)}:</b> ${escapeHtml(m.to.join(", "))}</p>`,
`<p style="margin:2px 0"><b>${escapeHtml(labels.subject)}:</b> ${escapeHtml(m.subject)}</p>`,
`<div style="border-top:1px solid #eee;margin-top:6px;padding-top:6px">${m.html}</div>`,
"</div>"
);
return parts.push("</div>"), parts.join(`
`);
}
var Refusal = class extends Error {
constructor(message) {
super(message), this.name = "Refusal";
}
}, WorkbookError = class extends Refusal {
constructor(message) {
super(message), this.name = "WorkbookError";
}
};
function columnLetter(col) {
let s = "";
for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
s = String.fromCharCode(65 + (n - 1) % 26) + s;
return s;
}
function columnNumber(letters) {
let n = 0;
for (let ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
return n;
}
function a1(col0, row) {
return `${columnLetter(col0 + 1)}${row}`;
}
function cellPosition(cell) {
let m = /^([A-Z]+)(\d+)$/.exec(cell != null ? cell : "");
return m ? [Number(m[2]), columnNumber(m[1])] : [0, 0];
}
function fold(text) {
return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
}
var folded = memoize(fold, 5e4);
function normalizeLabel(value) {
return folded(String(value != null ? value : ""));
}
function sameLabel(a, b) {
return normalizeLabel(a) === normalizeLabel(b);
}
function cellText(value) {
return value == null ? "" : String(value).normalize("NFC").replace(/\s+/g, " ").trim();
}
function show(v) {
return isSheetDate(v) ? formatVnDate(v.date) : cellText(v);
}
var vnDay = (day) => formatVnDate(fromDayNumber(day));
function runningTotalsToDaily(tab, list, opening) {
let findings = [], previous = opening, previousDay = null, n = 0;
for (let i = 0; i < list.days.length; i++) {
let value = list.daily[i];
if (value < previous) {
findings.length === 0 && findings.push({
severity: "error",
code: "cumulative-decrease",
sheet: tab,
cell: a1(list.col, list.rows[i]),
message: FIX.cumulativeDecrease(
value,
previous,
previousDay !== null ? vnDay(previousDay) : "đầu kỳ"
)
});
continue;
}
list.days[n] = list.days[i], list.daily[n] = value - previous, list.rows[n++] = list.rows[i], previous = value, previousDay = list.days[i];
}
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
let m = s.length >> 1;
return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
var OUTLIER_HISTORY = 5, OUTLIER_FACTOR = 6, OUTLIER_MIN_GAP = 20;
function outliers(tab, series, opening, mode) {
let { daily } = series, max = 0;
for (let i = 0; i < daily.length; i++) daily[i] > max && (max = daily[i]);
let count = 0, above = 0;
for (let i = 0; i < daily.length; i++) daily[i] > 0 && (count++, daily[i] > max / 5) && above++;
if (count < OUTLIER_HISTORY || 2 * above > count) return [];
let positive = new Uint32Array(count);
count = 0;
for (let i = 0; i < daily.length; i++)
daily[i] > 0 && (positive[count++] = Math.min(daily[i], 4294967295));
let usual = median(positive), near = (v, total) => total >= 5 * usual && v >= total && v <= total + 3 * usual, found = [], warn = (i, message) => found.push({
severity: "warning",
code: "outlier",
sheet: tab,
cell: a1(series.col, series.rows[i]),
message
}), before = 0;
for (let i = 0; i < daily.length; i++) {
let v = daily[i];
mode === "daily" && (near(v, before) || near(v, before + opening)) ? warn(i, FIX.runningTotal(v)) : v > OUTLIER_FACTOR * usual && v - usual >= OUTLIER_MIN_GAP && warn(i, FIX.outlier(v, Math.round(usual))), before += v;
}
return found;
}
function activatedCheck(tab, layout, figures2, openings) {
var _a, _b;
let find = (name) => {
var _a2;
return (_a2 = layout.indicatorCols.find(({ indicator }) => sameLabel(indicator, name))) == null ? void 0 : _a2.indicator;
}, collected = find(BACKLOG_PAIR.collected), activated = find(BACKLOG_PAIR.activated);
if (!collected || !activated) return [];
let c = figures2[collected], a = figures2[activated], sumC = (_a = openings[collected]) != null ? _a : 0, sumA = (_b = openings[activated]) != null ? _b : 0, i = 0, j = 0;
for (; j < a.days.length; ) {
let day = i < c.days.length && c.days[i] < a.days[j] ? c.days[i] : a.days[j];
for (; i < c.days.length && c.days[i] <= day; ) sumC += c.daily[i++];
if (a.days[j] === day) {
if (sumA += a.daily[j], sumA > sumC)
return [
{
severity: "error",
code: "activated-exceeds-collected",
sheet: tab,
cell: a1(a.col, a.rows[j]),
message: FIX.activatedExceeds(sumA, sumC, vnDay(day))
}
];
j++;
}
}
return [];
}
function carve(capacity, floats, ints) {
let buffer = new ArrayBuffer(capacity * (8 * floats + 4 * ints)), f = Array.from(
{ length: floats },
(_, i) => new Float64Array(buffer, 8 * capacity * i, capacity)
), base = 8 * capacity * floats;
return {
floats: f,
ints: Array.from(
{ length: ints },
(_, i) => new Int32Array(buffer, base + 4 * capacity * i, capacity)
)
};
}
function finish(f) {
let days = f.days.subarray(0, f.n), sorted = !0;
for (let i = 1; i < f.n && sorted; i++) sorted = days[i - 1] <= days[i];
if (sorted)
return { days, daily: f.daily.subarray(0, f.n), rows: f.rows.subarray(0, f.n), col: f.col };
let order = Array.from(days.keys()).sort((a, b) => days[a] - days[b] || a - b);
return {
days: Int32Array.from(order, (i) => days[i]),
daily: Float64Array.from(order, (i) => f.daily[i]),
rows: Int32Array.from(order, (i) => f.rows[i]),
col: f.col
};
}
var EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[A-Za-z]{2,}$/;
function isEmail(text) {
return EMAIL.test(text);
}
function splitEmails(v) {
let parts = String(v != null ? v : "").split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
return { valid: parts.filter(isEmail), invalid: parts.filter((p) => !isEmail(p)) };
}
function splitDates(v) {
if (isSheetDate(v)) return { valid: [v.date], invalid: [] };
let valid2 = [], invalid = [];
for (let part of String(v != null ? v : "").split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
let d = readDate(part);
d ? valid2.push(d) : invalid.push(part);
}
return { valid: valid2, invalid };
}
var SettingsSheet = class {
constructor(rows) {
__publicField(this, "rows", rows);
__publicField(this, "findings", []);
__publicField(this, "index", new Map());
rows.forEach((r, i) => {
let key2 = normalizeLabel(r[0]);
key2 && !this.index.has(key2) && this.index.set(key2, i);
});
}
lookup(label) {
let i = this.index.get(normalizeLabel(label));
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
let found = this.lookup(label);
return found.cell === void 0 ? this.problem("setting-missing", void 0, FIX.settingMissing(label)) : isBlank(found.value) && this.problem("setting-missing", found.cell, FIX.settingEmpty(label)), { ...found, present: found.cell !== void 0 && !isBlank(found.value) };
}
date(label) {
let { value, cell, present } = this.required(label);
if (!present) return null;
let date = readDate(value);
return date || this.problem("setting-invalid", cell, FIX.settingDate(label)), date;
}
/** A time of day in minutes; blank means the template's value. */
time(word) {
let fallback = readTime(word.template), { value, cell } = this.lookup(word.label);
if (isBlank(value)) return fallback;
let t = readTime(value);
return t !== null ? t : (this.problem("setting-invalid", cell, FIX.settingTime(word.label)), fallback);
}
yesNo(label) {
let { value, cell } = this.lookup(label);
return isBlank(value) ? !0 : value === !0 || value === !1 ? value : sameLabel(value, YES_NO.yes) ? !0 : sameLabel(value, YES_NO.no) ? !1 : (this.problem("setting-invalid", cell, FIX.settingYesNo(label)), !0);
}
mode() {
let { value, cell } = this.lookup(SETTING.mode.label);
return isBlank(value) || sameLabel(value, ENTRY_MODES.daily) ? "daily" : sameLabel(value, ENTRY_MODES.cumulative) ? "cumulative" : (this.problem("setting-invalid", cell, FIX.settingMode), "daily");
}
holidays() {
let { value, cell } = this.lookup(SETTING.holidays.label), { valid: valid2, invalid } = splitDates(value);
for (let part of invalid) this.problem("setting-invalid", cell, FIX.settingHoliday(part));
return [...new Set(valid2)].sort();
}
paceWindow() {
let { value, cell } = this.lookup(SETTING.paceWindow.label);
if (isBlank(value)) return SETTING.paceWindow.template;
let n = readWhole(value, 1);
return n !== null ? n : (this.problem("setting-invalid", cell, FIX.settingWindow), SETTING.paceWindow.template);
}
emails(label) {
let { value, cell } = this.lookup(label), { valid: valid2, invalid } = splitEmails(value);
for (let bad of invalid)
this.findings.push({
severity: "error",
code: "email-invalid",
sheet: SHEETS.settings,
cell,
message: FIX.emailInvalid(bad)
});
return valid2;
}
};
function readSettings(rows) {
let sheet = new SettingsSheet(rows), campaign = sheet.required(SETTING.campaign.label), start = sheet.date(SETTING.start.label), deadline = sheet.date(SETTING.deadline.label);
start && deadline && deadline < start && (sheet.problem(
"setting-invalid",
sheet.lookup(SETTING.deadline.label).cell,
FIX.deadlineBeforeStart
), deadline = null);
let cutoff = sheet.time(SETTING.cutoff), mode = sheet.mode(), holidays = sheet.holidays(), paceWindow = sheet.paceWindow(), digestTo = sheet.emails(SETTING.digestTo.label);
return { settings: {
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
sendAt: sheet.time(SETTING.sendAt)
}, findings: sheet.findings };
}
function canonical(name) {
var _a;
return (_a = DEFAULT_INDICATORS.find((d) => sameLabel(d, name))) != null ? _a : name;
}
function readHeader(header) {
let col = (label) => header.findIndex((h2) => sameLabel(h2, label)), name = col(UNIT_COLUMN.name);
if (name < 0) throw new WorkbookError(MSG.unitsHeaderMissing(SHEETS.units, UNIT_COLUMN.name));
let indicators2 = [], byPrefix = { quota: [], opening: [] };
return header.forEach((h2, c) => {
var _a;
let key2 = normalizeLabel(h2), text = cellText(h2);
for (let kind of ["quota", "opening"]) {
let prefix = `${normalizeLabel(INDICATOR_PREFIX[kind])} `;
if (!key2.startsWith(prefix) || key2.length === prefix.length) continue;
let raw = text.slice(text.length - (key2.length - prefix.length)).trim(), indicator = (_a = indicators2.find((i) => sameLabel(i, raw))) != null ? _a : canonical(raw);
indicators2.includes(indicator) || indicators2.push(indicator), byPrefix[kind].push({ col: c, indicator, header: text });
}
}), {
name,
code: col(UNIT_COLUMN.code),
parent: col(UNIT_COLUMN.parent),
tab: col(UNIT_COLUMN.tab),
email: col(UNIT_COLUMN.email),
groupSize: col(UNIT_COLUMN.groupSize),
deadline: col(UNIT_COLUMN.deadline),
quotas: byPrefix.quota,
openings: byPrefix.opening,
indicators: indicators2
};
}
function readUnits(rows, start) {
var _a;
let findings = [], cols = readHeader((_a = rows[0]) != null ? _a : []), units = [], seenName = new Map(), seenCode = new Map(), seenTab = new Map(), fail = (code, cell, message) => findings.push({ severity: "error", code, sheet: SHEETS.units, cell, message }), text = (r, col) => col >= 0 ? cellText(r[col]) : "";
return rows.slice(1).forEach((r, i) => {
let row = i + 2, name = cellText(r[cols.name]);
if (!name) {
r.some((v) => !isBlank(v)) && fail("unit-name-missing", a1(cols.name, row), FIX.unitNameMissing(row));
return;
}
let key2 = normalizeLabel(name);
if (seenName.has(key2)) {
fail("unit-duplicate", a1(cols.name, row), FIX.unitDuplicate(name, seenName.get(key2)));
return;
}
seenName.set(key2, row);
let code = text(r, cols.code);
if (code) {
let ck = normalizeLabel(code);
seenCode.has(ck) ? fail("unit-duplicate", a1(cols.code, row), FIX.codeDuplicate(code, seenCode.get(ck))) : seenCode.set(ck, row);
}
let tabText = text(r, cols.tab), tab = tabText || name, tabCell = tabText ? a1(cols.tab, row) : a1(cols.name, row), tk = normalizeLabel(tab);
seenTab.has(tk) ? fail("unit-duplicate", tabCell, FIX.tabDuplicate(tab, seenTab.get(tk))) : seenTab.set(tk, row);
let emails = cols.email >= 0 ? splitEmails(r[cols.email]) : { valid: [], invalid: [] };
for (let bad of emails.invalid)
fail("email-invalid", a1(cols.email, row), FIX.emailInvalid(bad));
let quotas = {};
for (let q of cols.quotas) {
if (isBlank(r[q.col])) continue;
let n = readWhole(r[q.col], 1);
n !== null ? quotas[q.indicator] = n : fail("quota-invalid", a1(q.col, row), FIX.quotaInvalid(q.header));
}
let openings = {}, openingsValid = !0;
for (let o of cols.openings) {
if (isBlank(r[o.col])) continue;
let n = readWhole(r[o.col], 0);
n !== null ? openings[o.indicator] = n : (fail("opening-invalid", a1(o.col, row), FIX.openingInvalid(o.header)), openingsValid = !1);
}
let groupSize = null;
cols.groupSize >= 0 && !isBlank(r[cols.groupSize]) && (groupSize = readWhole(r[cols.groupSize], 1), groupSize === null && fail("quota-invalid", a1(cols.groupSize, row), FIX.groupInvalid));
let deadline = null;
cols.deadline >= 0 && !isBlank(r[cols.deadline]) && (deadline = readDate(r[cols.deadline]), (!deadline || start && deadline < start) && (fail("date-invalid", a1(cols.deadline, row), FIX.unitDeadlineInvalid), deadline = null)), units.push({
name,
code: code || null,
parent: text(r, cols.parent) || null,
tab,
emails: emails.valid,
quotas,
openings,
openingsValid,
groupSize,
deadline,
row,
tabCell
});
}), { table: { units, indicators: cols.indicators }, findings };
}
var LABEL_MAX = 40, DATE_KEY = normalizeLabel(TAB_COLUMN.date), NOTE_KEY = normalizeLabel(TAB_COLUMN.note), STAMP_KEY = normalizeLabel(TAB_COLUMN.stamp), NOT_INDICATORS = new Set([DATE_KEY, NOTE_KEY, STAMP_KEY, ""]);
function findLayout(rows) {
for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
if (!rows[i].some(
(v) => typeof v == "string" && v.length <= LABEL_MAX && normalizeLabel(v) === DATE_KEY
)) continue;
let keys = rows[i].map((v) => typeof v == "string" ? normalizeLabel(v) : ""), indicatorCols = keys.map((k, col) => ({ k, col })).filter(({ k }) => !NOT_INDICATORS.has(k)).map(({ col }) => ({ indicator: canonical(cellText(rows[i][col])), col }));
if (indicatorCols.length === 0) continue;
let width = keys.length;
for (; width > 0 && keys[width - 1] === ""; ) width--;
return {
headerRow: i + 1,
dateCol: keys.indexOf(DATE_KEY),
indicatorCols,
noteCol: keys.indexOf(NOTE_KEY),
stampCol: keys.indexOf(STAMP_KEY),
width
};
}
return null;
}
function stampTarget(layout, edit) {
if (!layout || layout.stampCol < 0) return null;
let firstCol = edit.col - 1, lastCol = firstCol + edit.cols - 1;
if (!layout.indicatorCols.some(({ col }) => col >= firstCol && col <= lastCol)) return null;
let from = Math.max(edit.row, layout.headerRow + 1), to = edit.row + edit.rows - 1;
return to < from ? null : { col: layout.stampCol + 1, from, to };
}
function slowFigure(v, col, row, fail) {
if (isBlank(v)) return null;
let n = readNumber(v);
if (!n.ok)
n.reason === "error" && isErrorValue(v) ? fail("error-value", col, row, FIX.errorValue(String(v).trim())) : n.reason === "ambiguous" ? fail("not-a-number", col, row, FIX.ambiguousNumber(show(v))) : fail("not-a-number", col, row, FIX.notANumber(show(v)));
else if (n.value < 0) fail("negative", col, row, FIX.negative(n.value));
else if (!Number.isInteger(n.value)) fail("not-integer", col, row, FIX.notInteger(show(v)));
else return n.value;
return null;
}
function readRows(rows, layout, ctx, findings) {
let fail = (code, col, row, message) => findings.push({ severity: "error", code, sheet: ctx.tab, cell: a1(col, row), message }), capacity = Math.max(0, rows.length - layout.headerRow), cols = layout.indicatorCols.map((c) => c.col), k = cols.length, { floats, ints } = carve(capacity, k + 1, 2 * k + 1), lists = cols.map((col, i) => ({
days: ints[2 * i],
daily: floats[i],
rows: ints[2 * i + 1],
n: 0,
col
})), enteredAt = floats[k], reported = ints[2 * k], { dateCol, stampCol } = layout, latest = -1 / 0, seen = null, firstRow = (day, i) => {
if (!seen) {
seen = new Map();
for (let j = i - 1; j >= layout.headerRow; j--) {
let d = readDay(rows[j][dateCol]);
d !== null && seen.set(d, j + 1);
}
}
let first = seen.get(day);
return first === void 0 && seen.set(day, i + 1), first != null ? first : 0;
}, reportedCount = 0, start = ctx.start ? dayNumber(ctx.start) : -1 / 0, deadline = ctx.deadline ? dayNumber(ctx.deadline) : 1 / 0, today = dayNumber(ctx.today), dateProblem = (day, row, dateCell, first) => {
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
let range2 = [ctx.start, ctx.deadline].map((d) => d ? formatVnDate(d) : "?");
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
let r = rows[i], dateCell = r[dateCol], hasFigures = !1;
for (let c = 0; c < k && !hasFigures; c++)
hasFigures = typeof r[cols[c]] == "number" || !isBlank(r[cols[c]]);
if (!hasFigures && isBlank(dateCell)) continue;
let day = typeof dateCell == "object" && dateCell ? dateCell.day : readDay(dateCell), first = day === null ? 0 : !seen && day > latest ? (latest = day, 0) : firstRow(day, i);
if (day === null || first || hasFigures && (day < start || day > deadline || day > today)) {
dateProblem(day, i + 1, dateCell, first);
continue;
}
if (!hasFigures) continue;
let any = !1;
for (let c = 0; c < k; c++) {
let v = r[cols[c]], value = typeof v == "number" && v >= 0 && v % 1 === 0 ? v : slowFigure(v, cols[c], i + 1, fail);
if (value === null) continue;
let list = lists[c];
list.days[list.n] = day, list.daily[list.n] = value, list.rows[list.n++] = i + 1, any = !0;
}
if (any) {
let stamp = stampCol >= 0 ? r[stampCol] : null;
reported[reportedCount] = day, enteredAt[reportedCount++] = typeof stamp == "object" && stamp ? stamp.day * MINUTES_PER_DAY + stamp.minutes : NaN;
}
}
return { lists, reported, enteredAt, reportedCount };
}
function toSeries(layout, lists, ctx, findings) {
let figures2 = {};
return layout.indicatorCols.forEach(({ indicator }, i) => {
var _a;
let list = finish(lists[i]), opening = (_a = ctx.openings[indicator]) != null ? _a : 0;
if (ctx.mode === "daily")
figures2[indicator] = list;
else {
let daily = runningTotalsToDaily(ctx.tab, list, opening);
findings.push(...daily.findings), figures2[indicator] = daily.series;
}
findings.push(...outliers(ctx.tab, figures2[indicator], opening, ctx.mode));
}), figures2;
}
function readTab(rows, ctx) {
let layout = findLayout(rows);
if (!layout)
return { reading: null, findings: [{
severity: "error",
code: "header-missing",
sheet: ctx.tab,
message: FIX.headerMissing(ctx.tab)
}] };
let findings = [], read = readRows(rows, layout, ctx, findings), figures2 = toSeries(layout, read.lists, ctx, findings);
ctx.openingsValid && findings.push(...activatedCheck(ctx.tab, layout, figures2, ctx.openings));
let byDay = finish({
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
function sortFindings(findings) {
let sheetOrder = new Map();
return findings.forEach((f) => sheetOrder.has(f.sheet) || sheetOrder.set(f.sheet, sheetOrder.size)), findings.map((f, i) => ({ f, i })).sort((a, b) => {
let sev = (a.f.severity === "error" ? 0 : 1) - (b.f.severity === "error" ? 0 : 1);
if (sev) return sev;
let sh = sheetOrder.get(a.f.sheet) - sheetOrder.get(b.f.sheet);
if (sh) return sh;
let [ra, ca] = cellPosition(a.f.cell), [rb, cb] = cellPosition(b.f.cell);
return ra - rb || ca - cb || a.i - b.i;
}).map(({ f }) => f);
}
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
function readUnitTab(sheets, unit, settings, today, expected, findings) {
var _a;
let rows = sheets.tab(unit.tab);
if (!rows)
return findings.push({
severity: "error",
code: "missing-tab",
sheet: SHEETS.units,
cell: unit.tabCell,
message: FIX.missingTab(unit.name, unit.tab)
}), null;
let { reading, findings: tabFindings } = readTab(rows, {
tab: unit.tab,
mode: settings.mode,
start: settings.start,
deadline: (_a = unit.deadline) != null ? _a : settings.deadline,
today,
openings: unit.openings,
openingsValid: unit.openingsValid
});
if (findings.push(...tabFindings), !reading) return null;
let { layout } = reading;
for (let indicator of expected)
layout.indicatorCols.some((c) => sameLabel(c.indicator, indicator)) || findings.push({
severity: "error",
code: "missing-column",
sheet: unit.tab,
cell: a1(layout.width, layout.headerRow),
message: FIX.missingColumn(unit.tab, indicator, layout.headerRow)
});
return reading;
}
function readCampaign(sheets, today) {
var _a;
let required = requireSheets(sheets), { settings, findings: settingFindings } = readSettings(required.settings), { table, findings: unitFindings } = readUnits(required.units, settings.start), findings = [...settingFindings, ...unitFindings], expected = table.indicators.length > 0 ? table.indicators : DEFAULT_INDICATORS, indicators2 = [...expected];
(_a = sheets.prefetch) == null || _a.call(sheets, table.units.map((u) => u.tab));
let units = table.units.map((unit) => {
var _a2;
let reading = readUnitTab(sheets, unit, settings, today, expected, findings);
for (let { indicator } of (_a2 = reading == null ? void 0 : reading.layout.indicatorCols) != null ? _a2 : [])
indicators2.some((i) => sameLabel(i, indicator)) || indicators2.push(indicator);
return { unit, reading };
});
return { settings, indicators: indicators2, units, findings: sortFindings(findings) };
}
function loadCampaign(port, today, readTab2 = (name) => port.readValues(name)) {
return readCampaign(
{
settings: port.readValues(SHEETS.settings),
units: port.readValues(SHEETS.units),
tab: readTab2,
prefetch: (names) => port.prefetch(names)
},
today
);
}
function errorMessage(error) {
return typeof error == "object" && error !== null && typeof error.message == "string" ? error.message : String(error);
}
function outcomeOf(text) {
return text === MAIL_LOG_COLUMN.sent ? "sent" : text === MAIL_LOG_COLUMN.pending ? "pending" : text.startsWith(MAIL_LOG_COLUMN.failed("")) ? "failed" : "skipped";
}
function readLog(rows) {
let entries = [];
for (let r of (rows != null ? rows : []).slice(1)) {
let kindText = cellText(r[1]), kind = Object.keys(MAIL_LOG_COLUMN.kinds).find(
(k) => MAIL_LOG_COLUMN.kinds[k] === kindText
), dataDate2 = readDate(r[2]);
!kind || !dataDate2 || entries.push({
time: cellText(r[0]),
kind,
dataDate: dataDate2,
unit: cellText(r[3]),
recipients: cellText(r[4]).split(/[,;]/).map((s) => s.trim().toLowerCase()).filter(Boolean),
subject: cellText(r[5]),
outcome: outcomeOf(cellText(r[6]))
});
}
return entries;
}
var key = (kind, dataDate2, unit, recipient) => `${kind}|${dataDate2}|${unit.toLowerCase()}|${recipient.toLowerCase()}`;
function unsent(mails, log, resend = !1) {
let sent = new Set();
for (let e of log)
if (e.outcome === "sent")
for (let r of e.recipients) sent.add(key(e.kind, e.dataDate, e.unit, r));
return mails.map((m) => ({
...m,
to: resend ? m.to : m.to.filter((r) => !sent.has(key(m.kind, m.dataDate, m.unit, r)))
})).filter((m) => m.to.length > 0);
}
function superseded(log, dataDate2) {
let done = new Set(), open = new Map();
for (let e of log) {
let k = `${e.kind}|${e.dataDate}|${e.unit}|${e.recipients.join(",")}`;
e.outcome === "pending" ? open.set(k, e) : done.add(k);
}
return [...open].filter(([k, e]) => !done.has(k) && e.dataDate < dataDate2).map(([, e]) => ({ ...e, outcome: "skipped" }));
}
function logRows(entries, now, latest) {
return entries.map((e) => {
var _a;
return [
now,
MAIL_LOG_COLUMN.kinds[e.kind],
{ date: e.dataDate },
e.unit,
e.recipients.join(", "),
e.subject,
e.outcome === "sent" ? MAIL_LOG_COLUMN.sent : e.outcome === "pending" ? MAIL_LOG_COLUMN.pending : e.outcome === "failed" ? MAIL_LOG_COLUMN.failed((_a = e.detail) != null ? _a : "") : MAIL_LOG_COLUMN.skipped(latest)
];
});
}
function logWrite(existing, rows) {
return existing ? { kind: "append", row: existing.length + 1, rows } : {
kind: "create",
sheet: {
name: SHEETS.mailLog,
rows: [[...MAIL_LOG_COLUMN.header], ...rows],
boldRows: [1],
frozenRows: 1,
wide: { col: 6, width: 420 }
}
};
}
var MOMENT_PATTERN = "yyyy-MM-dd HH:mm:ss XXX";
function parseMoment(text) {
let [date, time, offset] = text.split(" "), [h2, m, s] = time.split(":").map(Number);
return { date, minutes: h2 * 60 + m, seconds: s, offset };
}
function stampText(m, withSeconds = !1) {
let seconds = withSeconds ? `:${String(m.seconds).padStart(2, "0")}` : "";
return `${formatVnDate(m.date)} ${formatTime(m.minutes)}${seconds}`;
}
function isoText(m) {
return `${m.date}T${formatTime(m.minutes)}:${String(m.seconds).padStart(2, "0")}${m.offset}`;
}
function links(port) {
return {
sheet: port.url,
tab: (tab) => {
let id = port.sheetId(tab);
return id === null ? null : `${port.url}#gid=${id}`;
}
};
}
function dueMails(port, campaign, progress) {
if (!progress.asOf) return [];
let l = links(port), mails = [];
return campaign.settings.digestTo.length && mails.push(digestMail(progress, campaign.settings.digestTo, l)), progress.units.forEach((u, i) => {
let emails = campaign.units[i].unit.emails;
u.reporting === "missing" && emails.length && mails.push(reminderMail(progress, u, emails, campaign.settings.cutoff, l));
}), mails;
}
function mailsToSend(port, campaign, progress, resend = !1) {
return unsent(
dueMails(port, campaign, progress),
readLog(port.readValues(SHEETS.mailLog)),
resend
);
}
function sendDue(port, campaign, progress, now, resend = !1) {
let report = { busy: !1, sent: [], pending: [], failed: [] };
if (!progress.asOf) return report;
let lock = LockService.getDocumentLock();
if (!lock.tryLock(3e4)) return { ...report, busy: !0 };
try {
let logValues = port.readValues(SHEETS.mailLog), log = readLog(logValues), entries = superseded(log, progress.asOf), remaining = MailApp.getRemainingDailyQuota();
for (let mail of unsent(dueMails(port, campaign, progress), log, resend)) {
let base = {
time: "",
kind: mail.kind,
dataDate: mail.dataDate,
unit: mail.unit,
recipients: mail.to,
subject: mail.subject
};
if (mail.to.length > remaining) {
report.pending.push(mail), entries.push({ ...base, outcome: "pending" });
continue;
}
try {
MailApp.sendEmail({
to: mail.to.join(","),
subject: mail.subject,
body: mail.text,
htmlBody: mail.html,
name: MAIL.sender
}), remaining -= mail.to.length, report.sent.push(mail), entries.push({ ...base, outcome: "sent" });
} catch (error) {
let detail = errorMessage(error);
report.failed.push({ mail, error: detail }), entries.push({ ...base, outcome: "failed", detail });
}
}
if (entries.length > 0) {
let rows = logRows(entries, stampText(now, !0), formatVnDate(progress.asOf)), write = logWrite(logValues, rows);
write.kind === "create" ? port.writeSheet(write.sheet) : port.appendRows(SHEETS.mailLog, write.row, write.rows);
}
} finally {
lock.releaseLock();
}
return report;
}
var DAILY_JOB = "dailyJob", ENTRY_TRIGGER_HANDLER = "onEntryEdit", SCHEDULE_PROPERTY = "tienDo.dailySchedule";
function removeDailyTriggers() {
for (let t of ScriptApp.getProjectTriggers())
t.getHandlerFunction() === DAILY_JOB && ScriptApp.deleteTrigger(t);
}
function turnOnSchedule(settings, timeZone) {
removeDailyTriggers(), ScriptApp.newTrigger(DAILY_JOB).timeBased().atHour(Math.floor(settings.sendAt / 60)).nearMinute(settings.sendAt % 60).everyDays(1).inTimezone(timeZone).create();
let time = formatTime(settings.sendAt);
return PropertiesService.getDocumentProperties().setProperty(SCHEDULE_PROPERTY, time), time;
}
function turnOffSchedule() {
let had = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DAILY_JOB);
return removeDailyTriggers(), PropertiesService.getDocumentProperties().deleteProperty(SCHEDULE_PROPERTY), had;
}
function scheduleShown() {
try {
return PropertiesService.getDocumentProperties().getProperty(SCHEDULE_PROPERTY);
} catch {
return;
}
}
function ensureEntryTrigger() {
ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === ENTRY_TRIGGER_HANDLER) || ScriptApp.newTrigger(ENTRY_TRIGGER_HANDLER).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
}
function countingDayNumbers(from, to, rules) {
let holidays = new Set(rules.holidays.map(dayNumber)), days = [];
for (let d = from; d <= to; d++) {
let w = ((d + 4) % 7 + 7) % 7;
(w !== 6 || rules.countSaturday) && (w !== 0 || rules.countSunday) && !holidays.has(d) && days.push(d);
}
return days;
}
function countingDays(from, to, rules) {
return countingDayNumbers(dayNumber(from), dayNumber(to), rules).map(fromDayNumber);
}
function nextCountingDay(date, rules) {
var _a, _b;
let d = dayNumber(date);
return fromDayNumber(
(_b = (_a = countingDayNumbers(d + 1, d + 31, rules)[0]) != null ? _a : countingDayNumbers(d + 32, d + 3660, rules)[0]) != null ? _b : d + 1
);
}
function isDue(day, now, cutoff, rules) {
let due = nextCountingDay(day, rules);
return due < now.date || due === now.date && now.minutes >= cutoff;
}
function dataDateAt(days, now, cutoff, rules) {
for (let i = days.length - 1; i >= 0; i--)
if (!(days[i] > now.date) && isDue(days[i], now, cutoff, rules))
return days[i];
return null;
}
function countingDaysAfter(date, rules) {
let days = null;
return (k) => date === null ? null : (days != null || (days = countingDayNumbers(dayNumber(date) + 1, dayNumber(date) + 3660, rules)), k <= days.length ? fromDayNumber(days[k - 1]) : null);
}
var TITLE_ROWS = 2, DATE_FORMAT = "dd/MM/yyyy", STAMP_FORMAT = "dd/MM/yyyy HH:mm:ss", FIGURE_FORMAT = "#,##0", DATE_WIDTH = 110, STAMP_WIDTH = 150, column = (col0, from, to) => ({
row: from,
col: col0 + 1,
rows: to - from + 1,
cols: 1
});
function formatRows(columns, figureCols, from, to, withDateAndStamp, mode) {
if (to < from) return [];
let steps = [];
withDateAndStamp && (steps.push({ op: "rules", area: column(columns.dateCol, from, to), format: DATE_FORMAT }), steps.push({ op: "rules", area: column(columns.stampCol, from, to), format: STAMP_FORMAT }));
let validation2 = { kind: "wholeNumber", help: FIGURE_HELP[mode] };
for (let col of figureCols)
steps.push({ op: "rules", area: column(col, from, to), format: FIGURE_FORMAT, validation: validation2 });
return steps;
}
function protection(unit, columns) {
return [
{ op: "protectSheet", description: SETUP.protection(unit.name), editors: unit.emails },
{ op: "protectColumn", col: columns.stampCol + 1, description: SETUP.stampProtection }
];
}
function createPlan(unit, o) {
let header = [TAB_COLUMN.date, ...o.indicators, TAB_COLUMN.note, TAB_COLUMN.stamp], headerRow = TITLE_ROWS + 1, rows = [
[SETUP.tabTitle(unit.name, o.cutoff)],
[SETUP.tabHelp],
header,
...o.days.map((date) => [{ date }])
], columns = {
headerRow,
firstDataRow: headerRow + 1,
dateCol: 0,
figureCols: o.indicators.map((_, i) => i + 1),
stampCol: o.indicators.length + 2
}, lastRow = headerRow + o.days.length, steps = [
{ op: "size", rows: lastRow },
{ op: "values", row: 1, col: 1, cells: rows },
{ op: "bold", area: { row: 1, col: 1, rows: 1, cols: 1 } },
{ op: "bold", area: { row: headerRow, col: 1, rows: 1, cols: columns.stampCol + 1 } },
{ op: "frozenRows", rows: headerRow },
{ op: "width", col: columns.dateCol + 1, width: DATE_WIDTH },
{ op: "width", col: columns.stampCol + 1, width: STAMP_WIDTH },
...formatRows(columns, columns.figureCols, columns.firstDataRow, lastRow, !0, o.mode),
...protection(unit, columns)
];
return {
kind: "create",
tab: unit.tab,
edit: { sheet: unit.tab, create: !0, steps },
daysAdded: 0,
columnsAdded: 0
};
}
function planTab(unit, options, rows) {
if (!rows) return createPlan(unit, options);
let layout = findLayout(rows);
if (!layout) return { kind: "skip", tab: unit.tab, daysAdded: 0, columnsAdded: 0 };
let newHeaders = [], figureCols = layout.indicatorCols.map((c) => c.col);
for (let indicator of options.indicators) {
if (layout.indicatorCols.some((c) => sameLabel(c.indicator, indicator))) continue;
let col = layout.width + newHeaders.length;
newHeaders.push({ col, text: indicator }), figureCols.push(col);
}
let stampCol = layout.stampCol;
stampCol < 0 && (stampCol = layout.width + newHeaders.length, newHeaders.push({ col: stampCol, text: TAB_COLUMN.stamp }));
let present = new Set();
for (let i = layout.headerRow; i < rows.length; i++) {
let d = readDate(rows[i][layout.dateCol]);
d && present.add(d);
}
let newDates = options.days.filter((d) => !present.has(d)), appendAt = rows.length + 1, lastRow = Math.max(rows.length, appendAt + newDates.length - 1), columns = {
headerRow: layout.headerRow,
firstDataRow: layout.headerRow + 1,
dateCol: layout.dateCol,
figureCols,
stampCol
}, { mode } = options, steps = [
{ op: "size", rows: lastRow, cols: Math.max(...newHeaders.map((h2) => h2.col + 1), 0) }
];
if (newHeaders.length) {
let cells = [newHeaders.map((h2) => h2.text)];
steps.push({ op: "values", row: layout.headerRow, col: newHeaders[0].col + 1, cells });
let added = newHeaders.map((h2) => h2.col).filter((c) => figureCols.includes(c));
if (steps.push(...formatRows(columns, added, columns.firstDataRow, appendAt - 1, !1, mode)), layout.stampCol < 0) {
let rowsBelow = Math.max(1, lastRow - layout.headerRow), area = { row: columns.firstDataRow, col: stampCol + 1, rows: rowsBelow, cols: 1 };
steps.push({ op: "rules", area, format: STAMP_FORMAT });
}
}
if (newDates.length) {
let cells = newDates.map((date) => [{ date }]);
steps.push({ op: "values", row: appendAt, col: layout.dateCol + 1, cells });
let to = appendAt + newDates.length - 1;
steps.push(...formatRows(columns, figureCols, appendAt, to, !0, mode));
}
steps.push(...protection(unit, columns));
let changed = newHeaders.length > 0 || newDates.length > 0;
return {
kind: "update",
tab: unit.tab,
edit: { sheet: unit.tab, create: !1, steps },
daysAdded: changed ? newDates.length : 0,
columnsAdded: changed ? newHeaders.length : 0
};
}
var DEADLINE_ROWS = 500;
function settingsSheet() {
let settings = Object.values(SETTING), row = (label) => settings.findIndex((s) => s.label === label) + 2;
return {
output: {
name: SHEETS.settings,
rows: [[...SETTINGS_HEADER], ...settings.map((s) => [s.label, s.template, s.help])],
boldRows: [1],
frozenRows: 1,
wide: { col: 3, width: 560 }
},
edit: {
sheet: SHEETS.settings,
create: !1,
steps: [
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
op: "notes",
area: { row: 2, col: 1, rows: settings.length, cols: 1 },
notes: settings.map((s) => [s.help])
}
]
}
};
}
function unitsSheet() {
let headers = UNITS_TEMPLATE_COLUMNS.map((c) => c.header);
return {
output: {
name: SHEETS.units,
rows: [headers, ...UNITS_TEMPLATE_EXAMPLES.map((r) => [...r])],
boldRows: [1],
frozenRows: 1,
wide: { col: 5, width: 240 }
},
edit: {
sheet: SHEETS.units,
create: !1,
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
function createTemplate(port) {
let existing = [SHEETS.settings, SHEETS.units].filter((name) => port.hasSheet(name));
if (existing.length > 0)
throw new Refusal(SETUP.templateExists(existing.map((n) => `"${n}"`).join(" và ")));
for (let { output, edit } of templateSheets())
port.writeSheet(output), port.applyEdit(edit);
}
function setupUnitTabs(port, today) {
var _a;
let tabs = new Map(), tab = (name) => {
let key2 = normalizeLabel(name);
return tabs.has(key2) || tabs.set(key2, port.readValues(name)), tabs.get(key2);
}, campaign = loadCampaign(port, today, tab), { settings } = campaign;
if (!settings.start || !settings.deadline) throw new Refusal(SETUP.needDates);
if (campaign.units.length === 0) throw new Refusal(SETUP.noUnits);
let report = {
created: [],
updated: [],
skipped: [],
daysAdded: 0,
columnsAdded: 0
};
for (let { unit } of campaign.units) {
let days = countingDays(settings.start, (_a = unit.deadline) != null ? _a : settings.deadline, settings), plan = planTab(
unit,
{
indicators: campaign.indicators,
days,
cutoff: formatTime(settings.cutoff),
mode: settings.mode
},
tab(unit.tab)
);
plan.edit && port.applyEdit(plan.edit), plan.kind === "create" ? report.created.push(plan.tab) : plan.kind === "skip" ? report.skipped.push(plan.tab) : (plan.daysAdded || plan.columnsAdded) && (report.updated.push(plan.tab), report.daysAdded += plan.daysAdded, report.columnsAdded += plan.columnsAdded);
}
return ensureEntryTrigger(), report;
}
var range = (sheet, a) => sheet.getRange(a.row, a.col, a.rows, a.cols);
function ensureSize(sheet, rows, cols) {
if (rows !== void 0) {
let max = sheet.getMaxRows();
rows > max && sheet.insertRowsAfter(max, rows - max);
}
if (cols !== void 0) {
let max = sheet.getMaxColumns();
cols > max && sheet.insertColumnsAfter(max, cols - max);
}
}
function validation(rule, topLeft) {
let builder = SpreadsheetApp.newDataValidation();
return rule.kind === "list" ? builder.requireValueInList(rule.values, !0) : builder.requireFormulaSatisfied(
`=AND(ISNUMBER(${topLeft}),${topLeft}>=0,INT(${topLeft})=${topLeft})`
).setHelpText(rule.help), builder.setAllowInvalid(!1).build();
}
function protectSheet(sheet, description, editors) {
var _a;
let protection2 = (_a = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).find((p) => p.getDescription() === description)) != null ? _a : sheet.protect().setDescription(description), wanted = new Set(editors.map((e) => e.toLowerCase())), current = protection2.getEditors().map((u) => u.getEmail().toLowerCase()), extra = current.filter((e) => !wanted.has(e)), missing = [...wanted].filter((e) => !current.includes(e));
extra.length && protection2.removeEditors(extra), missing.length && protection2.addEditors(missing), protection2.canDomainEdit() && protection2.setDomainEdit(!1);
}
function protectColumn(sheet, col, description) {
if (sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === description)) return;
let protection2 = sheet.getRange(1, col, sheet.getMaxRows(), 1).protect().setDescription(description);
protection2.removeEditors(protection2.getEditors()), protection2.canDomainEdit() && protection2.setDomainEdit(!1);
}
function applyStep(sheet, step, write) {
switch (step.op) {
case "size":
return ensureSize(sheet, step.rows, step.cols);
case "values":
return write(sheet, step.row, step.col, step.cells);
case "bold":
range(sheet, step.area).setFontWeight("bold");
return;
case "rules": {
let cells = range(sheet, step.area);
step.format && cells.setNumberFormat(step.format), step.validation && cells.setDataValidation(validation(step.validation, a1(step.area.col - 1, step.area.row)));
return;
}
case "notes":
typeof step.notes == "string" ? range(sheet, step.area).setNote(step.notes) : range(sheet, step.area).setNotes(step.notes);
return;
case "frozenRows":
sheet.setFrozenRows(step.rows);
return;
case "width":
sheet.setColumnWidth(step.col, step.width);
return;
case "protectSheet":
return protectSheet(sheet, step.description, step.editors);
case "protectColumn":
return protectColumn(sheet, step.col, step.description);
}
}
function addChart(sheet, plan) {
if (sheet.getCharts().length > 0) return;
let rows = sheet.getMaxRows(), builder = sheet.newChart().asLineChart();
for (let { col, cols } of plan.columns) builder.addRange(sheet.getRange(1, col, rows, cols));
sheet.insertChart(
builder.setOption("title", plan.title).setPosition(plan.row, plan.col, 0, 0).build()
);
}
function zoneDates(timeZone) {
let offsets = new Map(), zoneOffset = (ms) => {
let z = Utilities.formatDate(new Date(ms), timeZone, "Z");
return (z[0] === "-" ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 6e4;
}, offsetAt = (ms) => {
let day = Math.floor(ms / DAY_MS);
if (!offsets.has(day)) {
let start = zoneOffset(day * DAY_MS);
if (zoneOffset((day + 30) * DAY_MS) === start)
for (let i = 0; i < 30; i++) offsets.set(day + i, start);
else offsets.set(day, zoneOffset((day + 1) * DAY_MS - 1) === start ? start : NaN);
}
let offset = offsets.get(day);
return offset === offset ? offset : zoneOffset(ms);
}, slotMs = new Float64Array(16384).fill(NaN), slotDate = [];
return {
read(d) {
let ms = d.getTime(), slot = Math.imul(ms / 1e3, 2654435761) >>> 18;
if (slotMs[slot] === ms) return slotDate[slot];
let wall = ms + offsetAt(ms), day = Math.floor(wall / DAY_MS);
return slotMs[slot] = ms, slotDate[slot] = {
kind: "date",
date: fromDayNumber(day),
day,
minutes: Math.floor((wall - day * DAY_MS) / 6e4)
};
},
midnight(date) {
let wall = dayNumber(date) * DAY_MS;
return new Date(wall - offsetAt(wall - offsetAt(wall)));
}
};
}
var DATE_TIME_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::\d{2})?$/;
function dateTimeText(v) {
if (typeof v != "string" || v.length < 14 || v.length > 19) return v;
let m = DATE_TIME_TEXT.exec(v);
if (!m) return v;
let p2 = (x) => x.padStart(2, "0");
return sheetDate(`${m[3]}-${p2(m[2])}-${p2(m[1])}`, `${m[4]}:${m[5]}`);
}
var BATCH_RANGES = 100, DEFAULT_FORMAT = "0.###############";
function sheetValue(v, midnight) {
return typeof v == "string" ? v === "" ? "" : `'${v}` : v === null ? "" : typeof v == "object" ? "formula" in v ? `=${v.formula}` : midnight(v.date) : v;
}
function spreadsheetPort(ss) {
let timeZone = ss.getSpreadsheetTimeZone(), dates = zoneDates(timeZone), toSheet = (cells, width) => cells.map(
(r) => [...r, ...new Array(width - r.length).fill(null)].map(
(v) => sheetValue(v, dates.midnight)
)
), writeBlock = (sheet, row, col, cells) => {
let width = Math.max(...cells.map((r) => r.length));
sheet.getRange(row, col, cells.length, width).setValues(toSheet(cells, width));
}, api = typeof Sheets != "undefined" && Sheets ? Sheets : null, spreadsheetId = null, idOf = () => spreadsheetId != null ? spreadsheetId : spreadsheetId = ss.getId(), ids = new Map(), byName = null, titles = new Map(), sheets = () => {
var _a;
if (byName) return byName;
let list = ss.getSheets();
if (api) {
let meta = (_a = api.Spreadsheets.get(idOf(), { fields: "sheets.properties(sheetId,title)" }).sheets) != null ? _a : [];
byName = new Map(), meta.forEach((m, i) => {
let key2 = normalizeLabel(m.properties.title);
byName.set(key2, list[i]), titles.set(key2, m.properties.title), ids.set(key2, m.properties.sheetId);
});
} else
byName = new Map(list.map((s) => [normalizeLabel(s.getName()), s]));
return byName;
}, find = (name) => {
var _a;
return (_a = sheets().get(normalizeLabel(name))) != null ? _a : null;
}, insertSheet = (name) => {
let sheet = ss.insertSheet(name, ss.getNumSheets());
return sheets().set(normalizeLabel(name), sheet), sheet;
}, prefetched = new Map(), pending = [], fetchBatch = (at) => {
var _a;
let chunk = pending.splice(at, BATCH_RANGES);
((_a = api.Spreadsheets.Values.batchGet(idOf(), {
ranges: chunk.map((k) => `'${titles.get(k).replace(/'/g, "''")}'`),
valueRenderOption: "UNFORMATTED_VALUE",
dateTimeRenderOption: "FORMATTED_STRING"
}).valueRanges) != null ? _a : []).forEach((vr, j) => {
var _a2;
let rows = (_a2 = vr.values) != null ? _a2 : [];
for (let row of rows) for (let c = 0; c < row.length; c++) row[c] = dateTimeText(row[c]);
prefetched.set(chunk[j], rows);
});
}, writeOutput = (output) => {
let existing = find(output.name), sheet = existing != null ? existing : insertSheet(output.name);
existing && sheet.clear();
let width = Math.max(...output.rows.map((r) => r.length)), block = toSheet(output.rows, width);
ensureSize(sheet, block.length, width), sheet.getRange(1, 1, block.length, width).setValues(block);
let bold = new Set(output.boldRows), weights = block.map(
(_, i) => new Array(width).fill(bold.has(i + 1) ? "bold" : null)
);
return sheet.getRange(1, 1, block.length, width).setFontWeights(weights), existing || (output.frozenRows && sheet.setFrozenRows(output.frozenRows), output.frozenColumns && sheet.setFrozenColumns(output.frozenColumns), output.wide && sheet.setColumnWidth(output.wide.col, output.wide.width)), { sheet, width };
};
return {
timeZone,
url: ss.getUrl(),
moment: (at) => parseMoment(Utilities.formatDate(at, timeZone, MOMENT_PATTERN)),
prefetch(sheetNames) {
api && (sheets(), pending = [...new Set(sheetNames.map(normalizeLabel))].filter(
(k) => titles.has(k) && !prefetched.has(k)
));
},
readValues(sheetName) {
let key2 = normalizeLabel(sheetName), at = pending.indexOf(key2);
at >= 0 && fetchBatch(at);
let cached = prefetched.get(key2);
if (cached)
return prefetched.delete(key2), cached;
let sheet = find(sheetName);
if (!sheet) return null;
let values = sheet.getDataRange().getValues();
for (let row of values)
for (let c = 0; c < row.length; c++) {
let v = row[c];
typeof v == "object" && v !== null && (row[c] = dates.read(v));
}
return values;
},
hasSheet: (sheetName) => find(sheetName) !== null,
sheetId(sheetName) {
let key2 = normalizeLabel(sheetName);
if (!ids.has(key2)) {
let sheet = find(sheetName);
if (!sheet) return null;
ids.set(key2, sheet.getSheetId());
}
return ids.get(key2);
},
writeSheet(output) {
writeOutput(output);
},
writeReport(report) {
let { sheet, width } = writeOutput(report);
if (report.formats.length) {
let top = Math.min(...report.formats.map((f) => f.fromRow)), bottom = Math.max(...report.formats.map((f) => f.toRow)), byCol = new Map(report.formats.map((f) => [f.col, f.format])), grid = Array.from(
{ length: bottom - top + 1 },
() => Array.from({ length: width }, (_, c) => {
var _a;
return (_a = byCol.get(c + 1)) != null ? _a : DEFAULT_FORMAT;
})
);
sheet.getRange(top, 1, grid.length, width).setNumberFormats(grid);
}
if (report.colours.length) {
let rules = report.colours.flatMap(
({ col, fromRow, toRow, rules: colours }) => colours.map((c) => {
let builder = SpreadsheetApp.newConditionalFormatRule();
return c.contains ? builder.whenTextContains(c.text) : builder.whenTextEqualTo(c.text), c.background && builder.setBackground(c.background), c.fontColor && builder.setFontColor(c.fontColor), builder.setRanges([sheet.getRange(fromRow, col, Math.max(1, toRow - fromRow + 1), 1)]).build();
})
);
sheet.setConditionalFormatRules(rules);
}
},
applyEdit(edit) {
let sheet = edit.create ? insertSheet(edit.sheet) : find(edit.sheet);
for (let step of edit.steps) applyStep(sheet, step, writeBlock);
},
appendRows(sheetName, row, rows) {
let sheet = find(sheetName);
ensureSize(sheet, row + rows.length - 1), writeBlock(sheet, row, 1, rows);
},
addChart(plan) {
addChart(find(plan.sheet), plan);
}
};
}
function editedTab(range2) {
let sheet = range2.getSheet();
return {
area: {
row: range2.getRow(),
col: range2.getColumn(),
rows: range2.getNumRows(),
cols: range2.getNumColumns()
},
top(rows) {
let lastCol = sheet.getLastColumn();
return lastCol === 0 ? [] : sheet.getRange(1, 1, Math.min(rows, sheet.getMaxRows()), lastCol).getValues();
},
stamp({ col, from, to }, at) {
let n = to - from + 1;
sheet.getRange(from, col, n, 1).setValues(Array.from({ length: n }, () => [at]));
}
};
}
function historySheet(existing, p, campaign, when) {
var _a, _b;
let rules = campaign.settings, openings = {};
for (let { unit } of campaign.units)
for (let [i, v] of Object.entries(unit.openings)) openings[i] = ((_a = openings[i]) != null ? _a : 0) + v;
let header = [SUMMARY_COLUMN.historyDate];
for (let i of p.indicators)
header.push(SUMMARY_COLUMN.historyCumulative(i)), p.quotaIndicators.includes(i) && header.push(SUMMARY_COLUMN.historyPlan(i));
header.push(SUMMARY_COLUMN.historyStamp);
let rowsByDate = new Map();
for (let r of (existing != null ? existing : []).slice(1)) {
let date = isSheetDate(r[0]) ? r[0].date : readDate(r[0]);
date && rowsByDate.set(date, [
{ date },
...r.slice(1, header.length).map((v) => isSheetDate(v) ? { date: v.date } : v)
]);
}
if (p.asOf) {
let all = countingDays(p.start, p.deadline, rules).length, elapsed = countingDays(p.start, p.asOf, rules).length, row = [{ date: p.asOf }];
for (let i of p.indicators) {
let t = p.total.indicators[i];
if (row.push(t.cumulative), t.quota !== null) {
let opening = (_b = openings[i]) != null ? _b : 0;
row.push(Math.round(opening + (t.quota - opening) * Math.min(elapsed, all) / all));
}
}
row.push(when), rowsByDate.set(p.asOf, row);
}
let dates = [...rowsByDate.keys()].sort(), rows = [header, ...dates.map((d) => rowsByDate.get(d))];
return {
name: SHEETS.history,
rows,
boldRows: [1],
frozenRows: 1,
wide: { col: 1, width: 110 },
formats: [
{ col: 1, fromRow: 2, toRow: Math.max(2, rows.length), format: "dd/MM/yyyy" },
...header.slice(1, -1).map((_, i) => ({
col: i + 2,
fromRow: 2,
toRow: Math.max(2, rows.length),
format: "#,##0"
}))
],
colours: []
};
}
function historyChart(history, p) {
let first = p.quotaIndicators[0];
if (!first) return null;
let header = history.rows[0], cumulative = header.indexOf(SUMMARY_COLUMN.historyCumulative(first)) + 1;
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
function derive(sums, at) {
var _a;
let { quota, cumulative, pace, meanSinceStart } = sums;
if (quota === null)
return {
progress: {
quota,
cumulative,
percent: null,
remaining: null,
pace,
meanSinceStart,
requiredPerDay: null,
projected: null
},
status: null
};
let remaining = (_a = sums.remaining) != null ? _a : Math.max(0, quota - cumulative), requiredPerDay = at.daysLeft > 0 ? Math.ceil(remaining / at.daysLeft) : null, projected = remaining > 0 && pace > 0 ? at.dayAfter(Math.ceil(remaining / pace)) : null, status;
return remaining === 0 ? status = "done" : at.asOf !== null && at.asOf >= at.deadline ? status = "overdue" : requiredPerDay !== null && pace < requiredPerDay ? status = "behind" : status = "on-track", {
progress: {
quota,
cumulative,
percent: cumulative / quota,
remaining,
pace,
meanSinceStart,
requiredPerDay,
projected
},
status
};
}
var RANK = { overdue: 0, behind: 1, "on-track": 2, done: 3 };
function worst(statuses) {
let known = statuses.filter((s) => s !== null);
return known.length ? known.reduce((a, b) => RANK[a] <= RANK[b] ? a : b) : null;
}
function sumOf(members, name, indicators2, deadline, t) {
let schedule = {
asOf: t.asOf,
deadline,
daysLeft: t.daysLeftTo(deadline),
dayAfter: t.dayAfter
}, figures2 = {}, statuses = [];
for (let indicator of indicators2) {
let parts = members.map((m) => m.indicators[indicator]), withQuota = parts.filter((p) => p.quota !== null), quota = withQuota.length ? withQuota.reduce((a, p) => a + p.quota, 0) : null, { progress, status } = derive(
{
quota,
cumulative: parts.reduce((a, p) => a + p.cumulative, 0),
// A unit over its quota does not hide another's shortfall.
remaining: quota === null ? null : withQuota.reduce((a, p) => a + p.remaining, 0),
pace: parts.reduce((a, p) => a + p.pace, 0),
meanSinceStart: parts.reduce((a, p) => a + p.meanSinceStart, 0)
},
schedule
);
figures2[indicator] = progress, statuses.push(status);
}
let pending = members.every((m) => m.pendingActivation === null) ? null : members.reduce((a, m) => {
var _a;
return a + ((_a = m.pendingActivation) != null ? _a : 0);
}, 0);
return {
name,
units: members.map((m) => m.name),
deadline,
daysLeft: schedule.daysLeft,
indicators: figures2,
pendingActivation: pending,
status: worst(statuses)
};
}
function byParent(units) {
let groups = new Map();
for (let u of units) {
if (u.parent === null) continue;
let key2 = normalizeLabel(u.parent), group = groups.get(key2);
group ? group.members.push(u) : groups.set(key2, { name: u.parent, members: [u] });
}
return [...groups.values()];
}
function totalOf(units, indicators2, deadline, t) {
let { name: _name, units: _units, ...total } = sumOf(units, "", indicators2, deadline, t);
return total;
}
function timeline(campaign, asOf, now) {
let s = campaign.settings, days = countingDays(s.start, lastDeadline(campaign), s), elapsedDays = asOf === null ? [] : days.filter((d) => d <= asOf), base = elapsedDays.length > s.paceWindow ? elapsedDays[elapsedDays.length - 1 - s.paceWindow] : null, left = new Map(), daysLeftTo = (deadline) => {
let n = left.get(deadline);
return n === void 0 && left.set(
deadline,
n = days.filter((d) => (asOf === null || d > asOf) && d <= deadline).length
), n;
}, dueNow = new Set(days.filter((d) => d <= now.date && isDue(d, now, s.cutoff, s))), dueByDeadline = new Map(), dueDays = (deadline) => {
let due = dueByDeadline.get(deadline);
if (!due) {
let lastDue = asOf === null ? null : asOf < deadline ? asOf : deadline, list = lastDue === null ? [] : days.filter((d) => d <= lastDue && dueNow.has(d)), last = list[list.length - 1], lateAfter = last === void 0 ? 1 / 0 : dayNumber(nextCountingDay(last, s)) * MINUTES_PER_DAY + s.cutoff;
dueByDeadline.set(deadline, due = { days: Int32Array.from(list, dayNumber), lateAfter });
}
return due;
};
return {
asOf,
asOfDay: asOf === null ? null : dayNumber(asOf),
baseDay: base === null ? null : dayNumber(base),
elapsed: elapsedDays.length,
window: Math.min(s.paceWindow, elapsedDays.length),
daysLeftTo,
dueDays,
dayAfter: countingDaysAfter(asOf, s)
};
}
function cumulativeAt(figures2, opening, day, base) {
let atDay = opening, atBase = opening;
if (figures2 && day !== null) {
let { days, daily } = figures2;
for (let i = 0; i < days.length && days[i] <= day; i++)
atDay += daily[i], base !== null && days[i] <= base && (atBase += daily[i]);
}
return [atDay, atBase];
}
function seriesOf(reading, indicator) {
var _a, _b, _c;
let all = (_a = reading == null ? void 0 : reading.figures) != null ? _a : {};
return (_c = all[indicator]) != null ? _c : all[(_b = Object.keys(all).find((k) => sameLabel(k, indicator))) != null ? _b : ""];
}
function reportingOf(reading, t, deadline) {
var _a;
let { days: due, lateAfter } = t.dueDays(deadline), reported = (_a = reading == null ? void 0 : reading.reported) != null ? _a : new Int32Array(0), n = due.length, at = n ? reported.lastIndexOf(due[n - 1]) : -1, missing = [], streak = 0;
if (!(at >= 0 && due[n - 1] - due[0] === n - 1 && reported[at - n + 1] === due[0]))
for (let i = 0, j = 0; i < n; i++) {
for (; j < reported.length && reported[j] < due[i]; ) j++;
j < reported.length && reported[j] === due[i] ? streak = 0 : (missing.push(fromDayNumber(due[i])), streak++);
}
let last = reported.length - 1;
if (t.asOfDay !== null) for (; last >= 0 && reported[last] > t.asOfDay; ) last--;
let reporting = "reported";
return n > 0 && at < 0 ? reporting = "missing" : at >= 0 && reading.enteredAt[at] > lateAfter && (reporting = "late"), {
lastReported: last >= 0 ? fromDayNumber(reported[last]) : null,
missing,
missingStreak: streak,
reporting
};
}
function unitProgress({ unit, reading }, ctx) {
var _a, _b, _c;
let t = ctx.timeline, deadline = (_a = unit.deadline) != null ? _a : ctx.campaignDeadline, schedule = {
asOf: t.asOf,
deadline,
daysLeft: t.daysLeftTo(deadline),
dayAfter: t.dayAfter
}, indicators2 = {}, statuses = [];
for (let indicator of ctx.indicators) {
let opening = (_b = unit.openings[indicator]) != null ? _b : 0, [cumulative, atBase] = cumulativeAt(
seriesOf(reading, indicator),
opening,
t.asOfDay,
t.baseDay
), { progress, status } = derive(
{
quota: (_c = unit.quotas[indicator]) != null ? _c : null,
cumulative,
remaining: null,
pace: t.window > 0 ? (cumulative - atBase) / t.window : 0,
meanSinceStart: t.elapsed > 0 ? (cumulative - opening) / t.elapsed : 0
},
schedule
);
indicators2[indicator] = progress, statuses.push(status);
}
let pair = ctx.backlogPair;
return {
name: unit.name,
parent: unit.parent,
tab: unit.tab,
deadline,
daysLeft: schedule.daysLeft,
indicators: indicators2,
pendingActivation: pair && indicators2[pair[0]].cumulative - indicators2[pair[1]].cumulative,
...reportingOf(reading, t, deadline),
status: worst(statuses)
};
}
function backlogPair(indicators2) {
let collected = indicators2.find((i) => sameLabel(i, BACKLOG_PAIR.collected)), activated = indicators2.find((i) => sameLabel(i, BACKLOG_PAIR.activated));
return collected && activated ? [collected, activated] : null;
}
function computeProgress(campaign, asOf, now) {
let s = campaign.settings;
if (!s.start || !s.deadline) throw new Error("computeProgress needs valid start and deadline");
let deadline = s.deadline, t = timeline(campaign, asOf, now), { indicators: indicators2 } = campaign, context2 = {
indicators: indicators2,
timeline: t,
campaignDeadline: deadline,
backlogPair: backlogPair(indicators2)
}, units = campaign.units.map((entries) => unitProgress(entries, context2));
return {
campaign: s.campaign,
start: s.start,
asOf,
deadline,
daysLeft: t.daysLeftTo(deadline),
paceWindow: s.paceWindow,
indicators: indicators2,
quotaIndicators: indicators2.filter(
(i) => campaign.units.some(({ unit }) => unit.quotas[i] !== void 0)
),
units,
groups: byParent(units).map(
({ name, members }) => sumOf(members, name, indicators2, deadline, t)
),
total: totalOf(units, indicators2, deadline, t)
};
}
function sheetLink(gid, label, cell) {
return gid === null ? label : { formula: `HYPERLINK("${`#gid=${gid}${cell ? `&range=${cell}` : ""}`}","${label.replace(/"/g, '""')}")` };
}
var HEADER_ROWS = 5, STATUS_COLOURS = [
{ text: STATUS_LABELS.done, background: "#b7e1cd" },
{ text: STATUS_LABELS["on-track"], background: "#d9ead3" },
{ text: STATUS_LABELS.behind, background: "#fce8b2" },
{ text: STATUS_LABELS.overdue, background: "#f4c7c3" }
];
function indicatorColumns(indicator, withQuota, window) {
let get = (row) => row.indicators[indicator], cumulative = {
header: SUMMARY_COLUMN.cumulative,
format: "#,##0",
cell: (r) => get(r).cumulative
}, pace = {
header: SUMMARY_COLUMN.pace(window),
format: "#,##0.0",
cell: (r) => get(r).pace
}, mean = {
header: SUMMARY_COLUMN.mean,
format: "#,##0.0",
cell: (r) => get(r).meanSinceStart
};
return withQuota ? [
{ header: SUMMARY_COLUMN.quota, format: "#,##0", cell: (r) => get(r).quota },
cumulative,
{ header: SUMMARY_COLUMN.percent, format: "0.0%", cell: (r) => get(r).percent },
{
header: SUMMARY_COLUMN.bar,
cell: (r, n, percentCol) => get(r).percent === null ? null : {
formula: `SPARKLINE(${percentCol}${n},{"charttype","bar";"max",1;"color1","#34a853"})`
}
},
{ header: SUMMARY_COLUMN.remaining, format: "#,##0", cell: (r) => get(r).remaining },
{ header: SUMMARY_COLUMN.required, format: "#,##0", cell: (r) => get(r).requiredPerDay },
pace,
mean,
{
header: SUMMARY_COLUMN.projected,
format: "dd/MM/yyyy",
cell: (r) => get(r).projected ? { date: get(r).projected } : null
}
] : [cumulative, pace, mean];
}
function reportingText(u) {
return u.reporting === "missing" ? SUMMARY_COLUMN.missing(u.missingStreak) : u.reporting === "late" ? SUMMARY_COLUMN.late : SUMMARY_COLUMN.reported;
}
function summarySheet(p, gid, when) {
let groups = p.indicators.map((indicator) => ({
title: indicator,
cols: indicatorColumns(indicator, p.quotaIndicators.includes(indicator), p.paceWindow)
})), tail = [
...p.total.pendingActivation !== null ? [
{
header: SUMMARY_COLUMN.pending,
format: "#,##0",
cell: (r) => r.pendingActivation
}
] : [],
{
header: SUMMARY_COLUMN.status,
cell: (r) => r.status ? STATUS_LABELS[r.status] : null
}
], asOfText = p.asOf ? formatVnDate(p.asOf) : "", width = 2 + groups.reduce((n, g) => n + g.cols.length, 0) + tail.length + 1, reportingCol = width, header1 = [SUMMARY_COLUMN.stt, SUMMARY_COLUMN.unit], header2 = ["", ""], col = 3, percentCols = new Map();
for (let g of groups) {
header1.push(g.title, ...new Array(g.cols.length - 1).fill("")), header2.push(...g.cols.map((c) => c.header));
let percentIndex = g.cols.findIndex((c) => c.header === SUMMARY_COLUMN.percent);
percentIndex >= 0 && percentCols.set(g.title, columnLetter(col + percentIndex)), col += g.cols.length;
}
for (let t of tail)
header1.push(t.header), header2.push(""), col++;
header1.push(p.asOf ? SUMMARY_COLUMN.reporting(asOfText) : SUMMARY_COLUMN.reporting("—")), header2.push("");
let rows = [
[p.campaign],
[
p.asOf ? SUMMARY.asOf(asOfText, p.daysLeft, formatVnDate(p.deadline)) : SUMMARY.notStarted(formatVnDate(p.deadline))
],
[SUMMARY.convention(p.paceWindow, when)],
header1,
header2
], bold = [1, 4, 5], figuresRow = (first, r, last2) => {
let n = rows.length + 1, cells = [...first];
for (let g of groups)
cells.push(...g.cols.map((c) => {
var _a;
return c.cell(r, n, (_a = percentCols.get(g.title)) != null ? _a : "A");
}));
return cells.push(...tail.map((c) => c.cell(r, n, "")), last2), cells;
}, stt = 0, groupOf = new Map(p.groups.flatMap((g) => g.units.map((name) => [name, g]))), byGroup = new Map();
for (let u of p.units) {
let group = groupOf.get(u.name), members = byGroup.get(group);
members ? members.push(u) : byGroup.set(group, [u]);
}
for (let [group, members] of byGroup) {
for (let u of members)
rows.push(figuresRow([++stt, sheetLink(gid(u.tab), u.name)], u, reportingText(u)));
group && (bold.push(rows.length + 1), rows.push(figuresRow(["", SUMMARY_COLUMN.subtotal(group.name)], group, "")));
}
bold.push(rows.length + 1), rows.push(figuresRow(["", SUMMARY_COLUMN.total], p.total, ""));
let last = rows.length, formats = [];
col = 3;
for (let c of [...groups.flatMap((g) => g.cols), ...tail])
c.format && formats.push({ col, fromRow: HEADER_ROWS + 1, toRow: last, format: c.format }), col++;
let statusCol = width - 1;
return {
name: SHEETS.summary,
rows,
boldRows: bold,
frozenRows: HEADER_ROWS,
frozenColumns: 2,
wide: { col: 2, width: 180 },
formats,
colours: [
{ col: statusCol, fromRow: HEADER_ROWS + 1, toRow: last, rules: STATUS_COLOURS },
{
col: reportingCol,
fromRow: HEADER_ROWS + 1,
toRow: last,
rules: [
{ text: SUMMARY_COLUMN.missingPrefix, contains: !0, fontColor: "#cc0000" },
{ text: SUMMARY_COLUMN.late, fontColor: "#b45f06" }
]
}
]
};
}
function dataDate(campaign, now) {
let s = campaign.settings, last = lastDeadline(campaign);
return !s.start || !last ? null : dataDateAt(countingDays(s.start, last, s), now, s.cutoff, s);
}
function progressAt(campaign, now, asOf) {
let s = campaign.settings;
if (!s.start || !s.deadline) throw new Refusal(SUMMARY.needDates);
return computeProgress(campaign, asOf != null ? asOf : dataDate(campaign, now), now);
}
function summarize(port, campaign, now, asOf) {
let progress = progressAt(campaign, now, asOf), when = stampText(now);
port.writeReport(summarySheet(progress, (tab) => port.sheetId(tab), when));
let history = historySheet(port.readValues(SHEETS.history), progress, campaign, when);
port.writeReport(history);
let chart = historyChart(history, progress);
return chart && port.addChart(chart), progress;
}
function findingsSheet(findings, gid, when) {
var _a;
let errors = findings.filter((f) => f.severity === "error").length, rows = [
[FINDINGS_SHEET.title(when)],
[FINDINGS_SHEET.counts(errors, findings.length - errors)],
[...FINDINGS_COLUMN.header]
];
for (let f of findings)
rows.push([
f.severity === "error" ? FINDINGS_COLUMN.error : FINDINGS_COLUMN.warning,
f.sheet,
sheetLink(gid(f.sheet), (_a = f.cell) != null ? _a : f.sheet, f.cell),
f.code,
f.message
]);
return findings.length === 0 && rows.push([FINDINGS_SHEET.none]), {
name: SHEETS.findings,
rows,
boldRows: [1, 3],
frozenRows: 3,
wide: { col: 5, width: 620 }
};
}
function writeFindings(port, findings, at) {
port.writeSheet(findingsSheet(findings, (sheet) => port.sheetId(sheet), stampText(at)));
}
var MENU_TABLE = [
{ label: MENU.summarize, handler: "summarizeProgress" },
{ label: MENU.summarizeUpTo, handler: "summarizeUpTo" },
{ label: MENU.validate, handler: "validateEntries" },
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
return time === void 0 ? [
{ label: NOTIFY.menuOnGeneric, handler: "turnOnDailySchedule" },
{ label: NOTIFY.menuOffGeneric, handler: "turnOffDailySchedule" }
] : time ? [{ label: NOTIFY.menuOn(time), handler: "turnOffDailySchedule" }] : [{ label: NOTIFY.menuOff, handler: "turnOnDailySchedule" }];
}
function buildMenu(authMode) {
let menu = SpreadsheetApp.getUi().createMenu(MENU.title), time = authMode !== ScriptApp.AuthMode.NONE ? scheduleShown() : void 0;
for (let item of MENU_TABLE)
if (item === "separator") menu.addSeparator();
else if (item === "schedule")
for (let s of scheduleItems(time)) menu.addItem(s.label, s.handler);
else menu.addItem(item.label, item.handler);
menu.addToUi();
}
function onOpen(e) {
buildMenu(e == null ? void 0 : e.authMode);
}
function onInstall(e) {
onOpen(e);
}
function alert(title, text) {
let ui = SpreadsheetApp.getUi();
ui.alert(title, text, ui.ButtonSet.OK);
}
function context() {
let ss = SpreadsheetApp.getActiveSpreadsheet(), port = spreadsheetPort(ss);
return { port, now: port.moment(new Date()), toast: (text, title) => ss.toast(text, title, 10) };
}
function withAlert(action) {
try {
action();
} catch (error) {
alert(
MSG.cannotUse,
error instanceof Refusal ? error.message : MSG.unexpected(errorMessage(error))
);
}
}
function showCampaignInfo() {
withAlert(() => {
let { port, now } = context(), campaign = loadCampaign(port, now.date), names = campaign.units.map(({ unit }, i) => `${i + 1}. ${unit.name}`).join(`
`);
alert(
MSG.campaignInfoTitle,
MSG.campaignInfo(campaign.settings.campaign, campaign.units.length, names)
);
});
}
function validateEntries() {
withAlert(() => {
let { port, now, toast } = context(), { findings } = loadCampaign(port, now.date);
writeFindings(port, findings, now);
let errors = findings.filter((f) => f.severity === "error").length;
toast(FINDINGS_SHEET.toast(errors, findings.length - errors), FINDINGS_SHEET.toastTitle);
});
}
function createTemplateSheets() {
withAlert(() => {
createTemplate(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet())), alert(SETUP.templateTitle, SETUP.templateDone);
});
}
function setUpUnitTabs() {
withAlert(() => {
let { port, now } = context(), report = setupUnitTabs(port, now.date), lines = [
SETUP.tabsDone(
report.created.length,
report.updated.length,
report.daysAdded,
report.columnsAdded
)
];
report.skipped.length && lines.push(SETUP.tabsSkipped(report.skipped.map((t) => `"${t}"`).join(", "))), alert(SETUP.tabsTitle, lines.join(`

`));
});
}
function summarizeProgress() {
withAlert(() => {
let { port, now, toast } = context(), progress = summarize(port, loadCampaign(port, now.date), now);
toast(
progress.asOf ? SUMMARY.done(formatVnDate(progress.asOf)) : SUMMARY.notStarted(formatVnDate(progress.deadline)),
SUMMARY.title
);
});
}
function summarizeUpTo() {
withAlert(() => {
let ui = SpreadsheetApp.getUi(), answer = ui.prompt(SUMMARY.title, SUMMARY.askDate, ui.ButtonSet.OK_CANCEL);
if (answer.getSelectedButton() !== ui.Button.OK) return;
let text = answer.getResponseText().trim(), date = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text) ? readDate(text) : null;
if (!date) {
alert(SUMMARY.title, SUMMARY.badDate(text));
return;
}
let { port, now, toast } = context(), campaign = loadCampaign(port, now.date), { start, deadline } = campaign.settings;
if (start && deadline && (date < start || date > deadline)) {
alert(SUMMARY.title, SUMMARY.dateOutside(text, formatVnDate(start), formatVnDate(deadline)));
return;
}
summarize(port, campaign, now, date), toast(SUMMARY.done(formatVnDate(date)), SUMMARY.title);
});
}
function mailContext() {
let { port, now } = context(), campaign = loadCampaign(port, now.date);
return { port, now, campaign, progress: progressAt(campaign, now) };
}
function previewEmails() {
withAlert(() => {
let ui = SpreadsheetApp.getUi(), { port, campaign, progress } = mailContext(), mails = mailsToSend(port, campaign, progress), quota = MailApp.getRemainingDailyQuota(), html = previewHtml(mails, progress.asOf, {
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
let ui = SpreadsheetApp.getUi(), { port, campaign, progress, now } = mailContext();
if (!progress.asOf) {
ui.alert(NOTIFY.title, NOTIFY.previewNotStarted, ui.ButtonSet.OK);
return;
}
let date = formatVnDate(progress.asOf), mails = mailsToSend(port, campaign, progress), recipients = mails.reduce((n, m) => n + m.to.length, 0), question = mails.length ? NOTIFY.confirm(mails.length, recipients, date) : NOTIFY.confirmResend(date);
if (ui.alert(NOTIFY.title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
let report = sendDue(port, campaign, progress, now, mails.length === 0), message = report.busy ? NOTIFY.busy : NOTIFY.result(report.sent.length, report.pending.length, report.failed.length);
ui.alert(NOTIFY.title, message, ui.ButtonSet.OK);
});
}
function turnOnDailySchedule() {
withAlert(() => {
let { port, now } = context(), time;
try {
time = turnOnSchedule(loadCampaign(port, now.date).settings, port.timeZone);
} catch (error) {
if (/too many triggers/i.test(errorMessage(error))) {
alert(NOTIFY.title, NOTIFY.tooManyTriggers);
return;
}
throw error;
}
buildMenu(), alert(NOTIFY.title, NOTIFY.scheduleOn(time));
});
}
function turnOffDailySchedule() {
withAlert(() => {
let had = turnOffSchedule();
buildMenu(), alert(NOTIFY.title, had ? NOTIFY.scheduleOff : NOTIFY.scheduleNone);
});
}
var round = (v, digits) => Math.round(v * 10 ** digits) / 10 ** digits;
function indicators(figures2) {
let out = {};
for (let [name, p] of Object.entries(figures2))
out[name] = {
quota: p.quota,
cumulative: p.cumulative,
percent: p.percent === null ? null : round(p.percent, 4),
remaining: p.remaining,
pace: round(p.pace, 1),
meanSinceStart: round(p.meanSinceStart, 1),
requiredPerDay: p.requiredPerDay,
projected: p.projected
};
return out;
}
function figures(f) {
return {
indicators: indicators(f.indicators),
pendingActivation: f.pendingActivation,
status: f.status
};
}
function progressResult(p) {
return {
asOf: p.asOf,
deadline: p.deadline,
daysLeft: p.daysLeft,
units: p.units.map((u) => ({
name: u.name,
parent: u.parent,
deadline: u.deadline,
daysLeft: u.daysLeft,
...figures(u),
lastReported: u.lastReported,
missing: u.missing,
missingStreak: u.missingStreak,
reporting: u.reporting
})),
groups: p.groups.map((g) => ({ name: g.name, units: g.units, ...figures(g) })),
total: figures(p.total)
};
}
function mailRecords(report) {
let rec = (m) => ({
kind: m.kind,
to: m.to,
subject: m.subject,
units: m.units,
dataDate: m.dataDate
}), busy = report.busy ? [{ kind: "digest", to: [], subject: "", units: [], dataDate: "", reason: "busy" }] : [];
return {
emails: report.sent.map(rec),
emailsNotSent: [
...busy,
...report.pending.map((m) => ({ ...rec(m), reason: "pending" })),
...report.failed.map(({ mail, error }) => ({
...rec(mail),
reason: "failed",
detail: error
}))
]
};
}
function runCommand(port, command, at, options = {}) {
var _a;
let now = port.moment(at), campaign = loadCampaign(port, now.date), head = {
campaign: campaign.settings.campaign,
timeZone: port.timeZone,
now: isoText(now),
units: campaign.units.map(({ unit }) => ({ name: unit.name, parent: unit.parent }))
};
(command === "validate" || command === "run") && writeFindings(port, campaign.findings, now);
let progress, mail, summaryError;
if (command !== "validate")
try {
let p = command === "notify" ? progressAt(campaign, now, options.asOf) : summarize(port, campaign, now, options.asOf);
progress = progressResult(p), command !== "summarize" && (mail = mailRecords(sendDue(port, campaign, p, now)));
} catch (error) {
if (!(error instanceof Refusal)) throw error;
summaryError = error.message;
}
return {
...head,
...progress,
...summaryError === void 0 ? {} : { summaryError },
...mail,
issues: campaign.findings,
// Only what this command sent: nothing, for validate and summarize.
emails: (_a = mail == null ? void 0 : mail.emails) != null ? _a : []
};
}
function runCommand_(command, options = {}) {
let at = new Date();
try {
let port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet());
return { result: runCommand(port, command, at, options) };
} catch (error) {
if (error instanceof WorkbookError) return { fatal: error.message };
throw error;
}
}
function dailyJob() {
var _a, _b, _c;
let at = new Date(), port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()), result = runCommand(port, "run", at);
console.log(
JSON.stringify({
asOf: (_a = result.asOf) != null ? _a : null,
issues: result.issues.length,
sent: result.emails.length,
notSent: (_b = result.emailsNotSent) != null ? _b : [],
summaryError: (_c = result.summaryError) != null ? _c : null
})
);
}
function onEntryEdit(e) {
let tab = editedTab(e.range), target = stampTarget(findLayout(tab.top(HEADER_SEARCH_ROWS)), tab.area);
target && tab.stamp(target, new Date());
}
return { createTemplateSheets, dailyJob, onEntryEdit, onInstall, onOpen, previewEmails, runCommand_, sendEmailsNow, setUpUnitTabs, showCampaignInfo, summarizeProgress, summarizeUpTo, turnOffDailySchedule, turnOnDailySchedule, validateEntries };
})(Array, ArrayBuffer, Date, Float64Array, Int32Array, Map, Math, Number, Object, Set, Uint32Array);

// Apps Script entry points
function createTemplateSheets() {
return TienDo.createTemplateSheets(...arguments);
}
function dailyJob() {
return TienDo.dailyJob(...arguments);
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
