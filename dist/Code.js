"use strict";
var TienDo = ((Array, ArrayBuffer, Date, Float64Array, Int32Array, Map, Math, Number, Object, Set, Uint32Array) => {
function memoize(fn, limit) {
let cache = new Map();
return (text) => {
if (cache.has(text)) return cache.get(text);
let value = fn(text);
return cache.size >= limit && cache.clear(), cache.set(text, value), value;
};
}
function sheetDate(date, time = "00:00") {
let [y, m, d] = date.split("-").map(Number), [h2, mi] = time.split(":").map(Number);
return {
kind: "date",
date,
day: Math.round(Date.UTC(y, m - 1, d) / 864e5),
minutes: h2 * 60 + mi
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
var DAY_MS = 864e5, dayNumber = memoize((date) => {
let [y, m, d] = date.split("-").map(Number);
return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}, 2e4), dayTexts = new Map();
function fromDayNumber(n) {
let text = dayTexts.get(n);
return text === void 0 && (dayTexts.size >= 2e4 && dayTexts.clear(), dayTexts.set(n, text = new Date(n * DAY_MS).toISOString().slice(0, 10))), text;
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
function columnLetter(col) {
let s = "";
for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
s = String.fromCharCode(65 + (n - 1) % 26) + s;
return s;
}
function a1(col0, row) {
return `${columnLetter(col0 + 1)}${row}`;
}
function sortFindings(findings) {
let sheetOrder = new Map();
findings.forEach((f) => sheetOrder.has(f.sheet) || sheetOrder.set(f.sheet, sheetOrder.size));
let pos = (cell) => {
let m = /^([A-Z]+)(\d+)$/.exec(cell != null ? cell : "");
if (!m) return [0, 0];
let col = 0;
for (let ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
return [Number(m[2]), col];
};
return findings.map((f, i) => ({ f, i })).sort((a, b) => {
let sev = (a.f.severity === "error" ? 0 : 1) - (b.f.severity === "error" ? 0 : 1);
if (sev) return sev;
let sh = sheetOrder.get(a.f.sheet) - sheetOrder.get(b.f.sheet);
if (sh) return sh;
let [ra, ca] = pos(a.f.cell), [rb, cb] = pos(b.f.cell);
return ra - rb || ca - cb || a.i - b.i;
}).map(({ f }) => f);
}
var SHEETS = {
settings: "Cấu hình",
units: "Đơn vị",
summary: "Tổng hợp",
findings: "Kiểm tra",
mailLog: "Nhật ký gửi thư",
history: "Lịch sử"
}, MENU = {
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
settingMissing: (label) => `Thiếu thiết lập "${label}": ghi nhãn "${label}" ở cột A của trang "Cấu hình" và giá trị ở cột B.`,
settingEmpty: (label) => `Thiết lập "${label}" đang để trống: hãy nhập giá trị ở ô này.`,
settingDate: (label) => `"${label}" phải là một ngày dạng dd/MM/yyyy (ví dụ 26/06/2023).`,
deadlineBeforeStart: "Hạn hoàn thành đang trước ngày bắt đầu: hãy sửa một trong hai ngày.",
settingTime: (label) => `"${label}" phải là giờ dạng HH:mm (ví dụ 07:30).`,
settingMode: 'Cách nhập số liệu chỉ nhận "Số trong ngày" hoặc "Số lũy kế".',
settingYesNo: (label) => `"${label}" chỉ nhận "Có" hoặc "Không".`,
settingHoliday: (text) => `Ngày nghỉ "${text}" không phải ngày dạng dd/MM/yyyy; các ngày cách nhau bằng dấu phẩy, chấm phẩy hoặc xuống dòng.`,
settingWindow: "Số ngày tính tốc độ phải là số nguyên từ 1 trở lên (mặc định 7).",
emailInvalid: (text) => `"${text}" không phải địa chỉ email hợp lệ; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.`,
unitNameMissing: (row) => `Hàng ${row} có số liệu nhưng chưa có tên đơn vị: hãy nhập tên ở cột "Đơn vị" hoặc xóa hàng.`,
unitDuplicate: (name, firstRow) => `Đơn vị "${name}" đã có ở hàng ${firstRow}: mỗi đơn vị chỉ ghi một lần.`,
codeDuplicate: (code, firstRow) => `Mã "${code}" đã dùng ở hàng ${firstRow}: mỗi đơn vị cần một mã riêng.`,
tabDuplicate: (tab, firstRow) => `Trang "${tab}" đã được giao cho đơn vị ở hàng ${firstRow}: mỗi đơn vị cần một trang riêng.`,
quotaInvalid: (header) => `"${header}" phải là số nguyên lớn hơn 0 (để trống nếu không giao chỉ tiêu).`,
groupInvalid: "Đối tượng phải là số nguyên lớn hơn 0 (để trống nếu không dùng).",
openingInvalid: (header) => `"${header}" phải là số nguyên từ 0 trở lên (để trống nghĩa là 0).`,
unitDeadlineInvalid: "Hạn riêng phải là ngày dạng dd/MM/yyyy, không trước ngày bắt đầu chiến dịch (để trống thì dùng hạn chung).",
missingTab: (unit, tab) => `Không có trang "${tab}" cho đơn vị "${unit}": hãy chạy "${MENU.tabs}" hoặc sửa cột "Tab".`,
headerMissing: (tab) => `Trang "${tab}" không có hàng tiêu đề trong 10 hàng đầu (cần ô "Ngày" và ít nhất một cột số liệu như "Thu nhận"): hãy khôi phục hàng tiêu đề.`,
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
header: ["Mức độ", "Trang", "Ô", "Mã lỗi", "Nội dung và cách sửa"],
error: "Lỗi",
warning: "Cảnh báo",
none: "Không phát hiện lỗi nào.",
toast: (errors, warnings) => errors + warnings === 0 ? "Không phát hiện lỗi nào." : `Phát hiện ${errors} lỗi, ${warnings} cảnh báo: xem trang "Kiểm tra".`,
toastTitle: MENU.validate
}, SETUP = {
tabTitle: (unit, cutoff) => `${unit} — số liệu hằng ngày (nhập trước ${cutoff} sáng hôm sau)`,
tabHelp: "Mỗi hàng là số của một ngày. Để trống nghĩa là chưa báo cáo; 0 nghĩa là báo cáo không có số nào. Chỉ nhập số nguyên.",
figureHelp: "Nhập số nguyên từ 0 trở lên (số của riêng ngày này). Không nhập chữ, số âm hay số thập phân.",
cumulativeHelp: "Nhập số lũy kế đến hết ngày này (số nguyên từ 0 trở lên, không giảm so với ngày trước).",
protection: (unit) => `Tiến Độ: chỉ cán bộ của ${unit} và chủ bảng tính được sửa trang này`,
stampProtection: 'Tiến Độ: cột "Cập nhật lúc" do tiện ích tự ghi',
templateExists: (names) => `Bảng tính đã có trang ${names}. Tiến Độ không ghi đè trang đã có: hãy đổi tên hoặc xóa trang đó nếu muốn tạo mẫu mới.`,
templateDone: `Đã tạo trang "Cấu hình" và "Đơn vị". Hãy điền tên chiến dịch, ngày bắt đầu, hạn hoàn thành và danh sách đơn vị, rồi chọn "${MENU.tabs}".`,
needDates: `Chưa tạo được trang đơn vị: "Ngày bắt đầu" và "Hạn hoàn thành" trong trang "Cấu hình" phải là ngày hợp lệ. Hãy chạy "${MENU.validate}" để xem chi tiết.`,
noUnits: 'Trang "Đơn vị" chưa có đơn vị nào: hãy nhập tên đơn vị ở cột "Đơn vị".',
tabsDone: (created, updated, days, columns) => `Đã tạo ${created} trang mới; cập nhật ${updated} trang (thêm ${days} ngày, ${columns} cột). Số liệu đã nhập được giữ nguyên.`,
tabsSkipped: (tabs) => `Không sửa các trang không tìm thấy hàng tiêu đề: ${tabs}. Hãy khôi phục hàng tiêu đề (ô "Ngày" và các cột số liệu) rồi chạy lại.`,
tabsTitle: MENU.tabs,
templateTitle: MENU.template
}, SETTINGS_TEMPLATE = [
["Tên chiến dịch", "", "Bắt buộc. Ví dụ: Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ."],
["Ngày bắt đầu", "", "Bắt buộc. Ngày dạng dd/MM/yyyy, ví dụ 26/06/2023."],
[
"Hạn hoàn thành",
"",
"Bắt buộc. Ngày cuối cùng phải hoàn thành chỉ tiêu, không trước ngày bắt đầu."
],
[
"Giờ chốt báo cáo",
"07:30",
"Số của ngày D phải nhập trước giờ này của ngày tính kế tiếp (HH:mm)."
],
[
"Cách nhập số liệu",
"Số trong ngày",
'"Số trong ngày": mỗi hàng là số của riêng ngày đó. "Số lũy kế": mỗi hàng là tổng đến hết ngày đó (đã gồm đầu kỳ).'
],
["Tính thứ Bảy", "Có", '"Không" nếu thứ Bảy không phải ngày làm việc của chiến dịch.'],
["Tính Chủ nhật", "Có", '"Không" nếu Chủ nhật không phải ngày làm việc của chiến dịch.'],
["Ngày nghỉ", "", "Các ngày không tính, cách nhau bằng dấu phẩy, ví dụ 01/09/2023, 02/09/2023."],
[
"Số ngày tính tốc độ",
7,
"Tốc độ = số tăng thêm trong chừng này ngày gần nhất chia cho số ngày."
],
["Email nhận tổng hợp", "", "Địa chỉ nhận thư tổng hợp hằng ngày, cách nhau bằng dấu phẩy."],
["Giờ gửi tổng hợp", "08:00", "Giờ gửi thư tự động mỗi ngày (HH:mm), sau giờ chốt."]
], UNITS_TEMPLATE = {
header: [
"Mã",
"Đơn vị",
"Cấp trên",
"Tab",
"Email",
"Chỉ tiêu Thu nhận",
"Chỉ tiêu Kích hoạt",
"Đầu kỳ Thu nhận",
"Đầu kỳ Kích hoạt",
"Đối tượng",
"Hạn riêng"
],
notes: [
"Mã đơn vị (không bắt buộc), không trùng nhau.",
"Tên đơn vị (bắt buộc), không trùng nhau.",
"Đơn vị cấp trên (không bắt buộc): các đơn vị cùng cấp trên được cộng thành một nhóm.",
"Tên trang nhập số liệu của đơn vị; để trống thì dùng tên đơn vị.",
"Email cán bộ của đơn vị, cách nhau bằng dấu phẩy: nhận thư nhắc và được sửa trang của đơn vị.",
"Chỉ tiêu thu nhận hồ sơ được giao: số nguyên lớn hơn 0.",
"Chỉ tiêu kích hoạt tài khoản (không bắt buộc): số nguyên lớn hơn 0.",
"Số hồ sơ đã thu nhận trước ngày bắt đầu (mặc định 0).",
"Số tài khoản đã kích hoạt trước ngày bắt đầu (mặc định 0).",
"Số người thuộc diện (không bắt buộc), để tính tỷ lệ bao phủ.",
"Hạn riêng của đơn vị (không bắt buộc), thay cho hạn chung."
],
examples: [
["VD1", "Xã Ví Dụ Một", "Huyện Ví Dụ", "", "canbo.vidumot@example.vn", 1e3, "", 0, 0, "", ""],
["VD2", "Xã Ví Dụ Hai", "Huyện Ví Dụ", "", "canbo.viduhai@example.vn", 800, "", 0, 0, "", ""]
],
exampleNote: "Hàng ví dụ: hãy thay bằng đơn vị thật của chiến dịch."
}, STATUS_LABELS = {
done: "Hoàn thành",
"on-track": "Đúng tiến độ",
behind: "Chậm tiến độ",
overdue: "Quá hạn"
}, SUMMARY = {
asOf: (asOf, daysLeft, deadline) => `Số liệu tính đến hết ngày ${asOf} — còn ${daysLeft} ngày đến hạn ${deadline}`,
notStarted: (deadline) => `Chưa có ngày nào đến hạn báo cáo — hạn hoàn thành ${deadline}`,
convention: (window, when) => `Cần đạt/ngày = còn lại ÷ số ngày tính còn lại, làm tròn lên. TB ${window} ngày = mức tăng bình quân ${window} ngày tính gần nhất (ngày không báo cáo tính là 0). Cập nhật lúc ${when}.`,
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
missing: (days) => `Chưa báo cáo (${days} ngày)`,
subtotal: (parent) => `Cộng ${parent}`,
total: "Tổng số",
historyDate: "Ngày số liệu",
historyCumulative: (indicator) => `Lũy kế ${indicator}`,
historyPlan: (indicator) => `Kế hoạch ${indicator}`,
historyStamp: "Cập nhật lúc",
chartTitle: (indicator) => `${indicator}: lũy kế so với kế hoạch`,
done: (asOf) => `Đã tổng hợp số liệu đến hết ngày ${asOf}: xem trang "Tổng hợp".`,
title: MENU.summarize,
askDate: "Tổng hợp số liệu đến hết ngày nào? Nhập ngày dạng dd/MM/yyyy, ví dụ 13/07/2023.",
badDate: (text) => `"${text}" không phải ngày dạng dd/MM/yyyy. Hãy chọn lại mục menu và nhập ví dụ 13/07/2023.`,
dateOutside: (date, start, deadline) => `Ngày ${date} nằm ngoài thời gian chiến dịch (${start} – ${deadline}). Hãy nhập một ngày trong khoảng đó.`,
needDates: `Chưa tổng hợp được: "Ngày bắt đầu" và "Hạn hoàn thành" trong trang "Cấu hình" phải là ngày hợp lệ. Hãy chạy "${MENU.validate}" để xem chi tiết.`
}, MAIL = {
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
}, MAIL_LOG = {
header: ["Thời gian", "Loại", "Ngày số liệu", "Đơn vị", "Người nhận", "Tiêu đề", "Kết quả"],
kinds: { digest: "Tổng hợp", reminder: "Nhắc báo cáo" },
sent: "Đã gửi",
pending: "Chờ gửi — hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau",
failed: (detail) => `Lỗi: ${detail}`,
skipped: (date) => `Bỏ qua — đã có thư cho ngày ${date}`
}, NOTIFY = {
title: "Gửi thư tổng hợp",
previewTitle: "Xem trước thư sẽ gửi",
previewQuota: (n) => `Hạn mức gửi thư còn lại hôm nay: ${n} người nhận.`,
previewNone: (date) => `Không có thư nào cần gửi cho số liệu ngày ${date}: các thư đã được gửi (xem trang "Nhật ký gửi thư").`,
previewNotStarted: "Chưa có ngày nào đến hạn báo cáo: chưa có thư nào để gửi.",
previewCount: (n, recipients) => `Sẽ gửi ${n} thư tới ${recipients} người nhận:`,
to: "Gửi tới",
subject: "Tiêu đề",
confirm: (n, recipients, date) => `Gửi ngay ${n} thư (${recipients} người nhận) cho số liệu ngày ${date}?`,
confirmResend: (date) => `Mọi thư cho số liệu ngày ${date} đã được gửi. Gửi lại toàn bộ?`,
busy: "Một lượt gửi thư khác đang chạy: lần này không gửi gì để tránh gửi trùng. Hãy thử lại sau ít phút.",
result: (sent, pending, failed) => `Đã gửi ${sent} thư; chờ gửi ${pending}; lỗi ${failed}. Chi tiết ở trang "Nhật ký gửi thư".`,
scheduleOn: (time) => `Đã bật lịch: mỗi ngày lúc ${time} (giờ Việt Nam) tự kiểm tra, tổng hợp và gửi thư.`,
scheduleOff: "Đã tắt lịch gửi thư hằng ngày.",
scheduleNone: "Lịch gửi thư hằng ngày chưa được bật.",
menuOn: (time) => `Lịch gửi hằng ngày: đang bật lúc ${time} — Tắt`,
menuOff: "Bật lịch gửi thư hằng ngày",
menuOnGeneric: "Bật/cập nhật lịch gửi thư hằng ngày",
menuOffGeneric: "Tắt lịch gửi thư hằng ngày",
tooManyTriggers: "Tài khoản của bạn đã có đủ 20 trình kích hoạt cho tiện ích này: hãy xóa bớt trong Tiện ích → Apps Script → Trình kích hoạt rồi thử lại."
};
function normalizeLabel(value) {
return folded(String(value != null ? value : ""));
}
function fold(text) {
return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
}
var folded = memoize(fold, 5e4);
function cellText(value) {
return value == null ? "" : String(value).normalize("NFC").replace(/\s+/g, " ").trim();
}
var LABELS = {
campaign: "Tên chiến dịch",
start: "Ngày bắt đầu",
deadline: "Hạn hoàn thành",
cutoff: "Giờ chốt báo cáo",
mode: "Cách nhập số liệu",
saturday: "Tính thứ Bảy",
sunday: "Tính Chủ nhật",
holidays: "Ngày nghỉ",
paceWindow: "Số ngày tính tốc độ",
digestTo: "Email nhận tổng hợp",
sendAt: "Giờ gửi tổng hợp"
}, MODE_LABELS = {
daily: "Số trong ngày",
cumulative: "Số lũy kế"
}, EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[A-Za-z]{2,}$/;
function isEmail(text) {
return EMAIL.test(text);
}
function splitEmails(v) {
let parts = String(v != null ? v : "").split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
return { valid: parts.filter(isEmail), invalid: parts.filter((p) => !isEmail(p)) };
}
function display(v) {
return isSheetDate(v) ? formatVnDate(v.date) : cellText(v);
}
function readSettings(rows) {
let findings = [], sheet = SHEETS.settings, index = new Map();
rows.forEach((r, i) => {
let key2 = normalizeLabel(r[0]);
key2 && !index.has(key2) && index.set(key2, i);
});
let lookup = (label) => {
let i = index.get(normalizeLabel(label));
return i === void 0 ? { value: void 0 } : { value: rows[i][1], cell: a1(1, i + 1) };
}, problem = (code, cell, message) => findings.push({ severity: "error", code, sheet, ...cell ? { cell } : {}, message }), required = (label) => {
let { value, cell } = lookup(label);
return cell === void 0 ? problem("setting-missing", void 0, FIX.settingMissing(label)) : isBlank(value) && problem("setting-missing", cell, FIX.settingEmpty(label)), { value, cell, present: cell !== void 0 && !isBlank(value) };
}, dateSetting = (label) => {
let { value, cell, present } = required(label);
if (!present) return null;
let date = readDate(value);
return date || problem("setting-invalid", cell, FIX.settingDate(label)), date;
}, timeSetting = (label, fallback) => {
let { value, cell } = lookup(label);
if (isBlank(value)) return fallback;
let t = readTime(value);
return t === null ? (problem("setting-invalid", cell, FIX.settingTime(label)), fallback) : t;
}, yesNo = (label) => {
let { value, cell } = lookup(label);
if (isBlank(value)) return !0;
if (value === !0 || value === !1) return value;
let key2 = normalizeLabel(value);
return key2 === "co" ? !0 : key2 === "khong" ? !1 : (problem("setting-invalid", cell, FIX.settingYesNo(label)), !0);
}, campaignCell = required(LABELS.campaign), start = dateSetting(LABELS.start), deadline = dateSetting(LABELS.deadline);
start && deadline && deadline < start && (problem("setting-invalid", lookup(LABELS.deadline).cell, FIX.deadlineBeforeStart), deadline = null);
let cutoff = timeSetting(LABELS.cutoff, 450), mode = "daily", modeCell = lookup(LABELS.mode);
if (!isBlank(modeCell.value)) {
let key2 = normalizeLabel(modeCell.value);
key2 === normalizeLabel(MODE_LABELS.cumulative) ? mode = "cumulative" : key2 !== normalizeLabel(MODE_LABELS.daily) && problem("setting-invalid", modeCell.cell, FIX.settingMode);
}
let holidays = [], holidayCell = lookup(LABELS.holidays);
if (isSheetDate(holidayCell.value)) holidays.push(holidayCell.value.date);
else if (!isBlank(holidayCell.value))
for (let part of String(holidayCell.value).split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
let d = readDate(part);
d ? holidays.push(d) : problem("setting-invalid", holidayCell.cell, FIX.settingHoliday(part));
}
let paceWindow = 7, windowCell = lookup(LABELS.paceWindow);
if (!isBlank(windowCell.value)) {
let n = readWhole(windowCell.value, 1);
n !== null ? paceWindow = n : problem("setting-invalid", windowCell.cell, FIX.settingWindow);
}
let digestCell = lookup(LABELS.digestTo), digest = splitEmails(digestCell.value);
for (let bad of digest.invalid)
findings.push({
severity: "error",
code: "email-invalid",
sheet,
cell: digestCell.cell,
message: FIX.emailInvalid(bad)
});
return {
settings: {
campaign: display(campaignCell.value),
start,
deadline,
cutoff,
mode,
countSaturday: yesNo(LABELS.saturday),
countSunday: yesNo(LABELS.sunday),
holidays: [...new Set(holidays)].sort(),
paceWindow,
digestTo: digest.valid,
sendAt: timeSetting(LABELS.sendAt, 480)
},
findings
};
}
var WorkbookError = class extends Error {
constructor(message) {
super(message), this.name = "WorkbookError";
}
};
var DEFAULT_INDICATORS = ["Thu nhận", "Kích hoạt"], COLLECTED = "thu nhan", ACTIVATED = "kich hoat", QUOTA = "chi tieu ", OPENING = "dau ky ";
function readUnits(rows, start) {
var _a;
let sheet = SHEETS.units, findings = [], header = (_a = rows[0]) != null ? _a : [], col = (label) => header.findIndex((h2) => normalizeLabel(h2) === normalizeLabel(label)), nameCol = col("Đơn vị");
if (nameCol < 0) throw new WorkbookError(MSG.unitsHeaderMissing(sheet, "Đơn vị"));
let [codeCol, parentCol, tabCol, emailCol, groupCol, deadlineCol] = [
"Mã",
"Cấp trên",
"Tab",
"Email",
"Đối tượng",
"Hạn riêng"
].map(col), indicators2 = [], quotaCols = [], openingCols = [];
header.forEach((h2, c) => {
var _a2;
let key2 = normalizeLabel(h2), text = cellText(h2);
for (let [prefix, list] of [
[QUOTA, quotaCols],
[OPENING, openingCols]
]) {
if (!key2.startsWith(prefix) || key2.length === prefix.length) continue;
let raw = text.slice(text.length - (key2.length - prefix.length)).trim(), indicator = (_a2 = indicators2.find((i) => normalizeLabel(i) === normalizeLabel(raw))) != null ? _a2 : canonical(raw);
indicators2.includes(indicator) || indicators2.push(indicator), list.push({ col: c, indicator, header: text });
}
});
let units = [], seenName = new Map(), seenCode = new Map(), seenTab = new Map(), fail = (code, cell, message) => findings.push({ severity: "error", code, sheet, cell, message });
return rows.slice(1).forEach((r, i) => {
let row = i + 2, name = cellText(r[nameCol]);
if (!name) {
r.some((v) => !isBlank(v)) && fail("unit-name-missing", a1(nameCol, row), FIX.unitNameMissing(row));
return;
}
let key2 = normalizeLabel(name);
if (seenName.has(key2)) {
fail("unit-duplicate", a1(nameCol, row), FIX.unitDuplicate(name, seenName.get(key2)));
return;
}
seenName.set(key2, row);
let code = codeCol >= 0 ? cellText(r[codeCol]) : "";
if (code) {
let ck = normalizeLabel(code);
seenCode.has(ck) ? fail("unit-duplicate", a1(codeCol, row), FIX.codeDuplicate(code, seenCode.get(ck))) : seenCode.set(ck, row);
}
let tabText = tabCol >= 0 ? cellText(r[tabCol]) : "", tab = tabText || name, tabCell = tabText ? a1(tabCol, row) : a1(nameCol, row), tk = normalizeLabel(tab);
seenTab.has(tk) ? fail("unit-duplicate", tabCell, FIX.tabDuplicate(tab, seenTab.get(tk))) : seenTab.set(tk, row);
let emails = emailCol >= 0 ? splitEmails(r[emailCol]) : { valid: [], invalid: [] };
for (let bad of emails.invalid)
fail("email-invalid", a1(emailCol, row), FIX.emailInvalid(bad));
let quotas = {};
for (let q of quotaCols) {
if (isBlank(r[q.col])) continue;
let n = readWhole(r[q.col], 1);
n !== null ? quotas[q.indicator] = n : fail("quota-invalid", a1(q.col, row), FIX.quotaInvalid(q.header));
}
let openings = {}, openingsValid = !0;
for (let o of openingCols) {
if (isBlank(r[o.col])) continue;
let n = readWhole(r[o.col], 0);
n !== null ? openings[o.indicator] = n : (fail("opening-invalid", a1(o.col, row), FIX.openingInvalid(o.header)), openingsValid = !1);
}
let groupSize = null;
groupCol >= 0 && !isBlank(r[groupCol]) && (groupSize = readWhole(r[groupCol], 1), groupSize === null && fail("quota-invalid", a1(groupCol, row), FIX.groupInvalid));
let deadline = null;
deadlineCol >= 0 && !isBlank(r[deadlineCol]) && (deadline = readDate(r[deadlineCol]), (!deadline || start && deadline < start) && (fail("date-invalid", a1(deadlineCol, row), FIX.unitDeadlineInvalid), deadline = null));
let parent = parentCol >= 0 ? cellText(r[parentCol]) : "";
units.push({
name,
code: code || null,
parent: parent || null,
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
}), { table: { units, indicators: indicators2 }, findings };
}
function canonical(name) {
var _a;
return (_a = DEFAULT_INDICATORS.find((d) => normalizeLabel(d) === normalizeLabel(name))) != null ? _a : name;
}
var DATE_HEADER = "Ngày", NOTE_HEADER = "Ghi chú", STAMP_HEADER = "Cập nhật lúc", HEADER_SEARCH_ROWS = 10, LABEL_MAX = 40, DATE_KEY = normalizeLabel(DATE_HEADER);
function findLayout(rows) {
for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
if (!rows[i].some(
(v) => typeof v == "string" && v.length <= LABEL_MAX && normalizeLabel(v) === DATE_KEY
))
continue;
let keys = rows[i].map((v) => typeof v == "string" ? normalizeLabel(v) : ""), dateCol = keys.indexOf(DATE_KEY), special = new Set([
DATE_KEY,
normalizeLabel(NOTE_HEADER),
normalizeLabel(STAMP_HEADER),
""
]), indicatorCols = keys.map((k, col) => ({ k, col })).filter(({ k }) => !special.has(k)).map(({ col }) => ({ indicator: canonical(cellText(rows[i][col])), col }));
if (indicatorCols.length === 0) continue;
let width = keys.length;
for (; width > 0 && keys[width - 1] === ""; ) width--;
return {
headerRow: i + 1,
dateCol,
indicatorCols,
noteCol: keys.indexOf(normalizeLabel(NOTE_HEADER)),
stampCol: keys.indexOf(normalizeLabel(STAMP_HEADER)),
width
};
}
return null;
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
function show(v) {
return isSheetDate(v) ? formatVnDate(v.date) : cellText(v);
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
let usual = median(positive), near = (v, total) => total >= 5 * usual && v >= total && v <= total + 3 * usual, found = [], before = 0;
for (let i = 0; i < daily.length; i++) {
let v = daily[i];
mode === "daily" && (near(v, before) || near(v, before + opening)) ? found.push({
severity: "warning",
code: "outlier",
sheet: tab,
cell: a1(series.col, series.rows[i]),
message: FIX.runningTotal(v)
}) : v > OUTLIER_FACTOR * usual && v - usual >= OUTLIER_MIN_GAP && found.push({
severity: "warning",
code: "outlier",
sheet: tab,
cell: a1(series.col, series.rows[i]),
message: FIX.outlier(v, Math.round(usual))
}), before += v;
}
return found;
}
var vnDay = (day) => formatVnDate(fromDayNumber(day));
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
function readTab(rows, ctx) {
let layout = findLayout(rows);
if (!layout)
return {
reading: null,
findings: [
{
severity: "error",
code: "header-missing",
sheet: ctx.tab,
message: FIX.headerMissing(ctx.tab)
}
]
};
let findings = [], fail = (code, col, row, message) => findings.push({ severity: "error", code, sheet: ctx.tab, cell: a1(col, row), message }), capacity = Math.max(0, rows.length - layout.headerRow), cols = layout.indicatorCols.map((c) => c.col), k = cols.length, { floats, ints } = carve(capacity, k + 1, 2 * k + 1), lists = cols.map((col, i) => ({
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
let range = [ctx.start, ctx.deadline].map((d) => d ? formatVnDate(d) : "?");
findings.push({
severity: "warning",
code: "date-outside",
sheet: ctx.tab,
cell: a1(dateCol, row),
message: FIX.dateOutside(vnDay(day), range[0], range[1])
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
reported[reportedCount] = day, enteredAt[reportedCount++] = typeof stamp == "object" && stamp ? stamp.day * 1440 + stamp.minutes : NaN;
}
}
let figures2 = {};
layout.indicatorCols.forEach(({ indicator }, i) => {
var _a;
let list = finish(lists[i]), opening = (_a = ctx.openings[indicator]) != null ? _a : 0;
if (ctx.mode === "daily")
figures2[indicator] = list;
else {
let previous = opening, previousDay = null, broken = !1, n = 0;
for (let i2 = 0; i2 < list.days.length; i2++) {
let value = list.daily[i2];
if (value < previous) {
broken || (fail(
"cumulative-decrease",
list.col,
list.rows[i2],
FIX.cumulativeDecrease(
value,
previous,
previousDay !== null ? vnDay(previousDay) : "đầu kỳ"
)
), broken = !0);
continue;
}
list.days[n] = list.days[i2], list.daily[n] = value - previous, list.rows[n++] = list.rows[i2], previous = value, previousDay = list.days[i2];
}
figures2[indicator] = {
days: list.days.subarray(0, n),
daily: list.daily.subarray(0, n),
rows: list.rows.subarray(0, n),
col: list.col
};
}
findings.push(...outliers(ctx.tab, figures2[indicator], opening, ctx.mode));
}), ctx.openingsValid && findings.push(...activatedCheck(ctx, layout, figures2));
let byDay = finish({
days: reported,
daily: enteredAt,
rows: reported,
n: reportedCount,
col: 0
});
return {
reading: { layout, figures: figures2, reported: byDay.days, enteredAt: byDay.daily, findings },
findings
};
}
function activatedCheck(ctx, layout, figures2) {
var _a, _b;
let find = (key2) => {
var _a2;
return (_a2 = layout.indicatorCols.find(({ indicator }) => normalizeLabel(indicator) === key2)) == null ? void 0 : _a2.indicator;
}, collected = find(COLLECTED), activated = find(ACTIVATED);
if (!collected || !activated) return [];
let c = figures2[collected], a = figures2[activated], sumC = (_a = ctx.openings[collected]) != null ? _a : 0, sumA = (_b = ctx.openings[activated]) != null ? _b : 0, i = 0, j = 0;
for (; j < a.days.length; ) {
let day = i < c.days.length && c.days[i] < a.days[j] ? c.days[i] : a.days[j];
for (; i < c.days.length && c.days[i] <= day; ) sumC += c.daily[i++];
if (a.days[j] === day) {
if (sumA += a.daily[j], sumA > sumC)
return [
{
severity: "error",
code: "activated-exceeds-collected",
sheet: ctx.tab,
cell: a1(a.col, a.rows[j]),
message: FIX.activatedExceeds(sumA, sumC, vnDay(day))
}
];
j++;
}
}
return [];
}
function requireSheets(sheets) {
if (!sheets.settings) throw new WorkbookError(MSG.sheetMissing(SHEETS.settings));
if (!sheets.units) throw new WorkbookError(MSG.sheetMissing(SHEETS.units));
return { settings: sheets.settings, units: sheets.units };
}
function readCampaign(sheets, today) {
var _a;
let required = requireSheets(sheets), { settings, findings: settingFindings } = readSettings(required.settings), { table, findings: unitFindings } = readUnits(required.units, settings.start), findings = [...settingFindings, ...unitFindings], expected = table.indicators.length > 0 ? table.indicators : DEFAULT_INDICATORS, indicators2 = [...expected];
(_a = sheets.prefetch) == null || _a.call(sheets, table.units.map((u) => u.tab));
let units = table.units.map((unit) => {
var _a2;
let rows = sheets.tab(unit.tab);
if (!rows)
return findings.push({
severity: "error",
code: "missing-tab",
sheet: SHEETS.units,
cell: unit.tabCell,
message: FIX.missingTab(unit.name, unit.tab)
}), { unit, reading: null };
let { reading, findings: tabFindings } = readTab(rows, {
tab: unit.tab,
mode: settings.mode,
start: settings.start,
deadline: (_a2 = unit.deadline) != null ? _a2 : settings.deadline,
today,
openings: unit.openings,
openingsValid: unit.openingsValid
});
if (findings.push(...tabFindings), reading) {
let present = new Set(reading.layout.indicatorCols.map((c) => normalizeLabel(c.indicator)));
for (let indicator of expected)
present.has(normalizeLabel(indicator)) || findings.push({
severity: "error",
code: "missing-column",
sheet: unit.tab,
cell: a1(reading.layout.width, reading.layout.headerRow),
message: FIX.missingColumn(unit.tab, indicator, reading.layout.headerRow)
});
for (let { indicator } of reading.layout.indicatorCols)
indicators2.some((i) => normalizeLabel(i) === normalizeLabel(indicator)) || indicators2.push(indicator);
}
return { unit, reading };
});
return { settings, indicators: indicators2, units, findings: sortFindings(findings) };
}
function findingsSheet(findings, gid, when) {
var _a;
let errors = findings.filter((f) => f.severity === "error").length, rows = [
[FINDINGS_SHEET.title(when)],
[FINDINGS_SHEET.counts(errors, findings.length - errors)],
[...FINDINGS_SHEET.header]
];
for (let f of findings) {
let id = gid(f.sheet), label = (_a = f.cell) != null ? _a : f.sheet, link2 = id === null ? label : {
formula: `HYPERLINK("#gid=${id}${f.cell ? `&range=${f.cell}` : ""}","${label.replace(/"/g, '""')}")`
};
rows.push([
f.severity === "error" ? FINDINGS_SHEET.error : FINDINGS_SHEET.warning,
f.sheet,
link2,
f.code,
f.message
]);
}
return findings.length === 0 && rows.push([FINDINGS_SHEET.none]), {
name: SHEETS.findings,
rows,
boldRows: [1, 3],
frozenRows: 3,
wide: { col: 5, width: 620 }
};
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
function cumulativeAt(figures2, opening, day, base) {
let atDay = opening, atBase = opening;
if (figures2 && day !== null) {
let { days, daily } = figures2;
for (let i = 0; i < days.length && days[i] <= day; i++)
atDay += daily[i], base !== null && days[i] <= base && (atBase += daily[i]);
}
return [atDay, atBase];
}
var RANK = { overdue: 0, behind: 1, "on-track": 2, done: 3 };
function worst(statuses) {
let known = statuses.filter((s) => s !== null);
return known.length ? known.reduce((a, b) => RANK[a] <= RANK[b] ? a : b) : null;
}
function countingDaysAfter(date, rules) {
let days = null;
return (k) => date === null ? null : (days != null || (days = countingDayNumbers(dayNumber(date) + 1, dayNumber(date) + 3660, rules)), k <= days.length ? fromDayNumber(days[k - 1]) : null);
}
function derive(quota, cumulative, remainingSum, pace, meanSinceStart, asOf, deadline, daysLeft, dayAfter) {
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
let remaining = remainingSum != null ? remainingSum : Math.max(0, quota - cumulative), requiredPerDay = daysLeft > 0 ? Math.ceil(remaining / daysLeft) : null, projected = remaining > 0 && pace > 0 ? dayAfter(Math.ceil(remaining / pace)) : null, status;
return remaining === 0 ? status = "done" : asOf !== null && asOf >= deadline ? status = "overdue" : requiredPerDay !== null && pace < requiredPerDay ? status = "behind" : status = "on-track", {
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
function pendingPair(indicators2) {
let collected = indicators2.find((i) => normalizeLabel(i) === COLLECTED), activated = indicators2.find((i) => normalizeLabel(i) === ACTIVATED);
return collected && activated ? [collected, activated] : null;
}
function computeProgress(campaign, asOf, now) {
let s = campaign.settings;
if (!s.start || !s.deadline) throw new Error("computeProgress needs valid start and deadline");
let start = s.start, campaignDeadline = s.deadline, lastDeadline = campaign.units.reduce(
(d, { unit }) => unit.deadline && unit.deadline > d ? unit.deadline : d,
campaignDeadline
), days = countingDays(start, lastDeadline, s), left = new Map(), daysLeftTo = (deadline) => {
let n = left.get(deadline);
return n === void 0 && left.set(
deadline,
n = days.filter((d) => (asOf === null || d > asOf) && d <= deadline).length
), n;
}, elapsedDays = asOf === null ? [] : days.filter((d) => d <= asOf), base = elapsedDays.length > s.paceWindow ? elapsedDays[elapsedDays.length - 1 - s.paceWindow] : null, win = {
asOf,
asOfDay: asOf === null ? null : dayNumber(asOf),
baseDay: base === null ? null : dayNumber(base),
elapsed: elapsedDays.length,
window: Math.min(s.paceWindow, elapsedDays.length)
}, dayAfter = countingDaysAfter(asOf, s), quotaIndicators = campaign.indicators.filter(
(i) => campaign.units.some(({ unit }) => unit.quotas[i] !== void 0)
), dueNow = new Set(days.filter((d) => d <= now.date && isDue(d, now, s.cutoff, s))), dueByDeadline = new Map(), dueDays = (deadline) => {
let due = dueByDeadline.get(deadline);
if (!due) {
let lastDue = asOf === null ? null : asOf < deadline ? asOf : deadline, list = lastDue === null ? [] : days.filter((d) => d <= lastDue && dueNow.has(d)), last = list[list.length - 1], lateAfter = last === void 0 ? 1 / 0 : dayNumber(nextCountingDay(last, s)) * 1440 + s.cutoff;
dueByDeadline.set(deadline, due = { days: Int32Array.from(list, dayNumber), lateAfter });
}
return due;
}, pending = pendingPair(campaign.indicators), unitRows = campaign.units.map(
(entries) => unitProgress(
entries,
campaign.indicators,
win,
daysLeftTo,
campaignDeadline,
dueDays,
pending,
dayAfter
)
), sumOf = (members, name, deadline) => {
let daysLeft = daysLeftTo(deadline), indicators2 = {}, statuses = [];
for (let indicator of campaign.indicators) {
let parts = members.map((m) => m.indicators[indicator]), withQuota = parts.filter((p) => p.quota !== null), quota = withQuota.length ? withQuota.reduce((a, p) => a + p.quota, 0) : null, cumulative = parts.reduce((a, p) => a + p.cumulative, 0), remaining = quota === null ? null : withQuota.reduce((a, p) => a + p.remaining, 0), pace = parts.reduce((a, p) => a + p.pace, 0), mean = parts.reduce((a, p) => a + p.meanSinceStart, 0), { progress, status } = derive(
quota,
cumulative,
remaining,
pace,
mean,
asOf,
deadline,
daysLeft,
dayAfter
);
indicators2[indicator] = progress, statuses.push(status);
}
let pending2 = members.every((m) => m.pendingActivation === null) ? null : members.reduce((a, m) => {
var _a;
return a + ((_a = m.pendingActivation) != null ? _a : 0);
}, 0);
return {
name,
units: members.map((m) => m.name),
deadline,
daysLeft,
indicators: indicators2,
pendingActivation: pending2,
status: worst(statuses)
};
}, byParent = new Map();
for (let u of unitRows) {
if (u.parent === null) continue;
let key2 = normalizeLabel(u.parent), group = byParent.get(key2);
group ? group.members.push(u) : byParent.set(key2, { name: u.parent, members: [u] });
}
let groups = [...byParent.values()].map(
({ name, members }) => sumOf(members, name, campaignDeadline)
), { name: _name, units: _units, ...total } = sumOf(unitRows, "", campaignDeadline);
return {
campaign: s.campaign,
start,
asOf,
deadline: campaignDeadline,
daysLeft: daysLeftTo(campaignDeadline),
paceWindow: s.paceWindow,
indicators: campaign.indicators,
quotaIndicators,
units: unitRows,
groups,
total
};
}
function unitProgress({ unit, reading }, indicators2, win, daysLeftTo, campaignDeadline, dueDays, pending, dayAfter) {
var _a, _b, _c, _d, _e, _f, _g;
let deadline = (_a = unit.deadline) != null ? _a : campaignDeadline, daysLeft = daysLeftTo(deadline), result = {}, statuses = [];
for (let indicator of indicators2) {
let all = (_b = reading == null ? void 0 : reading.figures) != null ? _b : {}, figures2 = (_d = all[indicator]) != null ? _d : all[(_c = Object.keys(all).find((k) => normalizeLabel(k) === normalizeLabel(indicator))) != null ? _c : ""], opening = (_e = unit.openings[indicator]) != null ? _e : 0, [cumulative, atBase] = cumulativeAt(figures2, opening, win.asOfDay, win.baseDay), pace = win.window > 0 ? (cumulative - atBase) / win.window : 0, mean = win.elapsed > 0 ? (cumulative - opening) / win.elapsed : 0, { progress, status } = derive(
(_f = unit.quotas[indicator]) != null ? _f : null,
cumulative,
null,
pace,
mean,
win.asOf,
deadline,
daysLeft,
dayAfter
);
result[indicator] = progress, statuses.push(status);
}
let { days: due, lateAfter } = dueDays(deadline), reported = (_g = reading == null ? void 0 : reading.reported) != null ? _g : new Int32Array(0), n = due.length, at = n ? reported.lastIndexOf(due[n - 1]) : -1, missing = [], streak = 0;
if (!(at >= 0 && due[n - 1] - due[0] === n - 1 && reported[at - n + 1] === due[0]))
for (let i = 0, j = 0; i < n; i++) {
for (; j < reported.length && reported[j] < due[i]; ) j++;
j < reported.length && reported[j] === due[i] ? streak = 0 : (missing.push(fromDayNumber(due[i])), streak++);
}
let last = reported.length - 1;
if (win.asOfDay !== null) for (; last >= 0 && reported[last] > win.asOfDay; ) last--;
let lastReported = last >= 0 ? fromDayNumber(reported[last]) : null, reporting = "reported";
return n > 0 && at < 0 ? reporting = "missing" : at >= 0 && reading.enteredAt[at] > lateAfter && (reporting = "late"), {
name: unit.name,
parent: unit.parent,
tab: unit.tab,
deadline,
daysLeft,
indicators: result,
pendingActivation: pending && result[pending[0]].cumulative - result[pending[1]].cumulative,
lastReported,
missing,
missingStreak: streak,
reporting,
status: worst(statuses)
};
}
var HEADER_ROWS = 5, STATUS_COLOURS = [
{ text: STATUS_LABELS.done, background: "#b7e1cd" },
{ text: STATUS_LABELS["on-track"], background: "#d9ead3" },
{ text: STATUS_LABELS.behind, background: "#fce8b2" },
{ text: STATUS_LABELS.overdue, background: "#f4c7c3" }
];
function indicatorColumns(indicator, withQuota, window) {
let get = (row) => row.indicators[indicator], cumulative = {
header: SUMMARY.cumulative,
format: "#,##0",
cell: (r) => get(r).cumulative
}, pace = {
header: SUMMARY.pace(window),
format: "#,##0.0",
cell: (r) => get(r).pace
}, mean = {
header: SUMMARY.mean,
format: "#,##0.0",
cell: (r) => get(r).meanSinceStart
};
return withQuota ? [
{ header: SUMMARY.quota, format: "#,##0", cell: (r) => get(r).quota },
cumulative,
{ header: SUMMARY.percent, format: "0.0%", cell: (r) => get(r).percent },
{
header: SUMMARY.bar,
cell: (r, n, percentCol) => get(r).percent === null ? null : {
formula: `SPARKLINE(${percentCol}${n},{"charttype","bar";"max",1;"color1","#34a853"})`
}
},
{ header: SUMMARY.remaining, format: "#,##0", cell: (r) => get(r).remaining },
{ header: SUMMARY.required, format: "#,##0", cell: (r) => get(r).requiredPerDay },
pace,
mean,
{
header: SUMMARY.projected,
format: "dd/MM/yyyy",
cell: (r) => get(r).projected ? { date: get(r).projected } : null
}
] : [cumulative, pace, mean];
}
function reportingText(u) {
return u.reporting === "missing" ? SUMMARY.missing(u.missingStreak) : u.reporting === "late" ? SUMMARY.late : SUMMARY.reported;
}
function summarySheet(p, gid, when) {
let groups = p.indicators.map((indicator) => ({
title: indicator,
cols: indicatorColumns(indicator, p.quotaIndicators.includes(indicator), p.paceWindow)
})), tail = [
...p.total.pendingActivation !== null ? [{ header: SUMMARY.pending, format: "#,##0", cell: (r) => r.pendingActivation }] : [],
{ header: SUMMARY.status, cell: (r) => r.status ? STATUS_LABELS[r.status] : null }
], asOfText = p.asOf ? formatVnDate(p.asOf) : "", width = 2 + groups.reduce((n, g) => n + g.cols.length, 0) + tail.length + 1, reportingCol = width, header1 = [SUMMARY.stt, SUMMARY.unit], header2 = ["", ""], col = 3, percentCols = new Map();
for (let g of groups) {
header1.push(g.title, ...new Array(g.cols.length - 1).fill("")), header2.push(...g.cols.map((c) => c.header));
let percentIndex = g.cols.findIndex((c) => c.header === SUMMARY.percent);
percentIndex >= 0 && percentCols.set(g.title, columnLetter(col + percentIndex)), col += g.cols.length;
}
for (let t of tail)
header1.push(t.header), header2.push(""), col++;
header1.push(p.asOf ? SUMMARY.reporting(asOfText) : SUMMARY.reporting("—")), header2.push("");
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
}, link2 = (u) => {
let id = gid(u.tab);
return id === null ? u.name : { formula: `HYPERLINK("#gid=${id}","${u.name.replace(/"/g, '""')}")` };
}, stt = 0, groupOf = new Map(p.groups.flatMap((g) => g.units.map((name) => [name, g]))), byGroup = new Map();
for (let u of p.units) {
let group = groupOf.get(u.name), members = byGroup.get(group);
members ? members.push(u) : byGroup.set(group, [u]);
}
for (let [group, members] of byGroup) {
for (let u of members) rows.push(figuresRow([++stt, link2(u)], u, reportingText(u)));
group && (bold.push(rows.length + 1), rows.push(figuresRow(["", SUMMARY.subtotal(group.name)], group, "")));
}
bold.push(rows.length + 1), rows.push(figuresRow(["", SUMMARY.total], p.total, ""));
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
{ text: "Chưa báo cáo", contains: !0, fontColor: "#cc0000" },
{ text: SUMMARY.late, fontColor: "#b45f06" }
]
}
]
};
}
function historySheet(existing, p, settings, openings, when) {
var _a;
let header = [SUMMARY.historyDate];
for (let i of p.indicators)
header.push(SUMMARY.historyCumulative(i)), p.quotaIndicators.includes(i) && header.push(SUMMARY.historyPlan(i));
header.push(SUMMARY.historyStamp);
let rowsByDate = new Map();
for (let r of (existing != null ? existing : []).slice(1)) {
let date = isSheetDate(r[0]) ? r[0].date : readDate(r[0]);
date && rowsByDate.set(date, [
{ date },
...r.slice(1, header.length).map((v) => isSheetDate(v) ? { date: v.date } : v)
]);
}
if (p.asOf) {
let all = countingDays(p.start, p.deadline, settings).length, elapsed = countingDays(p.start, p.asOf, settings).length, row = [{ date: p.asOf }];
for (let i of p.indicators) {
let t = p.total.indicators[i];
if (row.push(t.cumulative), t.quota !== null) {
let opening = (_a = openings[i]) != null ? _a : 0;
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
var SummaryRefused = class extends Error {
};
function localMoment(now, timeZone) {
let [date, time] = Utilities.formatDate(now, timeZone, "yyyy-MM-dd HH:mm").split(" "), [h2, m] = time.split(":").map(Number);
return { date, minutes: h2 * 60 + m };
}
function dataDate(campaign, now) {
let s = campaign.settings;
if (!s.start || !s.deadline) return null;
let last = campaign.units.reduce(
(d, { unit }) => unit.deadline && unit.deadline > d ? unit.deadline : d,
s.deadline
);
return dataDateAt(countingDays(s.start, last, s), now, s.cutoff, s);
}
function progressAt(campaign, now, timeZone, asOf) {
let s = campaign.settings;
if (!s.start || !s.deadline) throw new SummaryRefused(SUMMARY.needDates);
let moment = localMoment(now, timeZone);
return computeProgress(campaign, asOf != null ? asOf : dataDate(campaign, moment), moment);
}
function summarize(port, campaign, now, asOf) {
var _a;
let s = campaign.settings, progress = progressAt(campaign, now, port.timeZone, asOf), when = Utilities.formatDate(now, port.timeZone, "dd/MM/yyyy HH:mm");
port.writeReport(summarySheet(progress, (tab) => port.sheetId(tab), when));
let openings = {};
for (let { unit } of campaign.units)
for (let [i, v] of Object.entries(unit.openings)) openings[i] = ((_a = openings[i]) != null ? _a : 0) + v;
let history = historySheet(port.readValues(SHEETS.history), progress, s, openings, when), sheet = port.writeReport(history), first = progress.quotaIndicators[0];
if (first && sheet.getCharts().length === 0) {
let header = history.rows[0], cumCol = header.indexOf(SUMMARY.historyCumulative(first)) + 1, rows = sheet.getMaxRows();
sheet.insertChart(
sheet.newChart().asLineChart().addRange(sheet.getRange(1, 1, rows, 1)).addRange(sheet.getRange(1, cumCol, rows, 2)).setOption("title", SUMMARY.chartTitle(first)).setPosition(2, header.length + 2, 0, 0).build()
);
}
return progress;
}
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
function outcomeOf(text) {
return text === MAIL_LOG.sent ? "sent" : text === MAIL_LOG.pending ? "pending" : text.startsWith(MAIL_LOG.failed("")) ? "failed" : "skipped";
}
function readLog(rows) {
let entries = [];
for (let r of (rows != null ? rows : []).slice(1)) {
let kindText = cellText(r[1]), kind = Object.keys(MAIL_LOG.kinds).find(
(k) => MAIL_LOG.kinds[k] === kindText
), dataDate2 = isSheetDate(r[2]) ? r[2].date : readDate(r[2]);
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
MAIL_LOG.kinds[e.kind],
{ date: e.dataDate },
e.unit,
e.recipients.join(", "),
e.subject,
e.outcome === "sent" ? MAIL_LOG.sent : e.outcome === "pending" ? MAIL_LOG.pending : e.outcome === "failed" ? MAIL_LOG.failed((_a = e.detail) != null ? _a : "") : MAIL_LOG.skipped(latest)
];
});
}
function errorMessage(error) {
return typeof error == "object" && error !== null && typeof error.message == "string" ? error.message : String(error);
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
function appendLog(port, existing, entries, now, latest) {
if (entries.length === 0) return;
let when = Utilities.formatDate(now, port.timeZone, "dd/MM/yyyy HH:mm:ss"), rows = logRows(entries, when, formatVnDate(latest));
if (!existing) {
port.writeSheet({
name: SHEETS.mailLog,
rows: [[...MAIL_LOG.header], ...rows],
boldRows: [1],
frozenRows: 1,
wide: { col: 6, width: 420 }
});
return;
}
let sheet = port.sheet(SHEETS.mailLog), first = existing.length + 1, need = first + rows.length - 1 - sheet.getMaxRows();
need > 0 && sheet.insertRowsAfter(sheet.getMaxRows(), need), port.writeBlock(sheet, first, 1, rows);
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
name: "Tiến Độ"
}), remaining -= mail.to.length, report.sent.push(mail), entries.push({ ...base, outcome: "sent" });
} catch (error) {
let detail = errorMessage(error);
report.failed.push({ mail, error: detail }), entries.push({ ...base, outcome: "failed", detail });
}
}
appendLog(port, logValues, entries, now, progress.asOf);
} finally {
lock.releaseLock();
}
return report;
}
function loadCampaign(port, now) {
let today = Utilities.formatDate(now, port.timeZone, "yyyy-MM-dd");
return readCampaign(
{
settings: port.readValues(SHEETS.settings),
units: port.readValues(SHEETS.units),
tab: (name) => port.readValues(name),
prefetch: (names) => port.prefetch(names)
},
today
);
}
function writeFindings(port, findings, now) {
let when = Utilities.formatDate(now, port.timeZone, "dd/MM/yyyy HH:mm");
port.writeSheet(findingsSheet(findings, (sheet) => port.sheetId(sheet), when));
}
function mailRecords(report) {
let rec = (m) => ({
kind: m.kind,
to: m.to,
subject: m.subject,
units: m.units,
dataDate: m.dataDate
});
return {
emails: report.sent.map(rec),
emailsNotSent: [
...report.busy ? [
{
kind: "digest",
to: [],
subject: "",
units: [],
dataDate: "",
reason: "busy"
}
] : [],
...report.pending.map((m) => ({ ...rec(m), reason: "pending" })),
...report.failed.map(({ mail, error }) => ({
...rec(mail),
reason: "failed",
detail: error
}))
]
};
}
function runCommand(port, command, now, options = {}) {
var _a;
let campaign = loadCampaign(port, now), result = {
campaign: campaign.settings.campaign,
timeZone: port.timeZone,
now: Utilities.formatDate(now, port.timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX"),
units: campaign.units.map(({ unit }) => ({ name: unit.name, parent: unit.parent }))
};
if ((command === "validate" || command === "run") && writeFindings(port, campaign.findings, now), command !== "validate")
try {
let progress = command === "notify" ? progressAt(campaign, now, port.timeZone, options.asOf) : summarize(port, campaign, now, options.asOf);
Object.assign(result, progressResult(progress)), command !== "summarize" && Object.assign(result, mailRecords(sendDue(port, campaign, progress, now)));
} catch (error) {
if (!(error instanceof SummaryRefused)) throw error;
result.summaryError = error.message;
}
return result.issues = campaign.findings, (_a = result.emails) != null || (result.emails = []), result;
}
var HEADER_ROWS2 = 10;
function stampEntry(e) {
let range = e.range, sheet = range.getSheet(), lastCol = sheet.getLastColumn();
if (lastCol === 0) return;
let top = sheet.getRange(1, 1, Math.min(HEADER_ROWS2, sheet.getMaxRows()), lastCol).getValues(), layout = findLayout(top);
if (!layout || layout.stampCol < 0) return;
let firstCol = range.getColumn() - 1, lastEditedCol = firstCol + range.getNumColumns() - 1;
if (!layout.indicatorCols.some(({ col }) => col >= firstCol && col <= lastEditedCol)) return;
let first = Math.max(range.getRow(), layout.headerRow + 1), last = range.getRow() + range.getNumRows() - 1;
if (last < first) return;
let now = new Date();
sheet.getRange(first, layout.stampCol + 1, last - first + 1, 1).setValues(Array.from({ length: last - first + 1 }, () => [now]));
}
var DAY_MS2 = 864e5;
function zoneDates(timeZone) {
let offsets = new Map(), zoneOffset = (ms) => {
let z = Utilities.formatDate(new Date(ms), timeZone, "Z");
return (z[0] === "-" ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 6e4;
}, offsetAt = (ms) => {
let day = Math.floor(ms / DAY_MS2);
if (!offsets.has(day)) {
let start = zoneOffset(day * DAY_MS2);
if (zoneOffset((day + 30) * DAY_MS2) === start)
for (let i = 0; i < 30; i++) offsets.set(day + i, start);
else offsets.set(day, zoneOffset((day + 1) * DAY_MS2 - 1) === start ? start : NaN);
}
let offset = offsets.get(day);
return offset === offset ? offset : zoneOffset(ms);
}, slotMs = new Float64Array(16384).fill(NaN), slotDate = [];
return {
read(d) {
let ms = d.getTime(), slot = Math.imul(ms / 1e3, 2654435761) >>> 18;
if (slotMs[slot] === ms) return slotDate[slot];
let wall = ms + offsetAt(ms), day = Math.floor(wall / DAY_MS2);
return slotMs[slot] = ms, slotDate[slot] = {
kind: "date",
date: fromDayNumber(day),
day,
minutes: Math.floor((wall - day * DAY_MS2) / 6e4)
};
},
midnight(date) {
let wall = dayNumber(date) * DAY_MS2;
return new Date(wall - offsetAt(wall - offsetAt(wall)));
}
};
}
function sheetValue(v, midnight) {
return typeof v == "string" ? v === "" ? "" : `'${v}` : v === null ? "" : typeof v == "object" ? "formula" in v ? `=${v.formula}` : midnight(v.date) : v;
}
var BATCH_RANGES = 100, DEFAULT_FORMAT = "0.###############", DATE_TIME_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::\d{2})?$/;
function dateTimeText(v) {
if (typeof v != "string" || v.length < 14 || v.length > 19) return v;
let m = DATE_TIME_TEXT.exec(v);
if (!m) return v;
let p2 = (x) => x.padStart(2, "0");
return sheetDate(`${m[3]}-${p2(m[2])}-${p2(m[1])}`, `${m[4]}:${m[5]}`);
}
function spreadsheetPort(ss) {
let timeZone = ss.getSpreadsheetTimeZone(), dates = zoneDates(timeZone), toSheet = (cells, width) => cells.map(
(r) => [...r, ...new Array(width - r.length).fill(null)].map(
(v) => sheetValue(v, dates.midnight)
)
), api = typeof Sheets != "undefined" && Sheets ? Sheets : null, spreadsheetId = null, idOf = () => spreadsheetId != null ? spreadsheetId : spreadsheetId = ss.getId(), ids = new Map(), byName = null, titles = new Map(), sheets = () => {
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
}, prefetched = new Map(), pending = [], writeOutput = (output) => {
let existing = find(output.name), sheet = existing != null ? existing : insertSheet(output.name);
existing && sheet.clear();
let width = Math.max(...output.rows.map((r) => r.length)), block = toSheet(output.rows, width), needRows = block.length - sheet.getMaxRows();
needRows > 0 && sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
let needCols = width - sheet.getMaxColumns();
needCols > 0 && sheet.insertColumnsAfter(sheet.getMaxColumns(), needCols), sheet.getRange(1, 1, block.length, width).setValues(block);
let bold = new Set(output.boldRows), weights = block.map(
(_, i) => new Array(width).fill(bold.has(i + 1) ? "bold" : null)
);
return sheet.getRange(1, 1, block.length, width).setFontWeights(weights), existing || (output.frozenRows && sheet.setFrozenRows(output.frozenRows), output.frozenColumns && sheet.setFrozenColumns(output.frozenColumns), output.wide && sheet.setColumnWidth(output.wide.col, output.wide.width)), { sheet, width };
}, insertSheet = (name) => {
let sheet = ss.insertSheet(name, ss.getNumSheets());
return sheets().set(normalizeLabel(name), sheet), sheet;
};
return {
timeZone,
url: ss.getUrl(),
prefetch(sheetNames) {
api && (sheets(), pending = [...new Set(sheetNames.map(normalizeLabel))].filter(
(k) => titles.has(k) && !prefetched.has(k)
));
},
readValues(sheetName) {
var _a;
let key2 = normalizeLabel(sheetName), at = pending.indexOf(key2);
if (at >= 0) {
let chunk = pending.splice(at, BATCH_RANGES);
((_a = api.Spreadsheets.Values.batchGet(idOf(), {
ranges: chunk.map((k) => `'${titles.get(k).replace(/'/g, "''")}'`),
valueRenderOption: "UNFORMATTED_VALUE",
dateTimeRenderOption: "FORMATTED_STRING"
}).valueRanges) != null ? _a : []).forEach((vr, j) => {
var _a2;
let rows = (_a2 = vr.values) != null ? _a2 : [];
for (let row of rows)
for (let c = 0; c < row.length; c++) row[c] = dateTimeText(row[c]);
prefetched.set(chunk[j], rows);
});
}
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
return sheet;
},
writeBlock(sheet, row, col, cells) {
let width = Math.max(...cells.map((r) => r.length));
sheet.getRange(row, col, cells.length, width).setValues(toSheet(cells, width));
},
sheet: find,
insertSheet
};
}
var DAILY_JOB = "dailyJob", SCHEDULE_PROPERTY = "tienDo.dailySchedule";
function current() {
let ss = SpreadsheetApp.getActiveSpreadsheet(), port = spreadsheetPort(ss), now = new Date(), campaign = loadCampaign(port, now);
return { ss, port, now, campaign, progress: progressAt(campaign, now, port.timeZone) };
}
function previewEmails() {
let ui = SpreadsheetApp.getUi(), { port, campaign, progress } = current(), mails = mailsToSend(port, campaign, progress), quota = MailApp.getRemainingDailyQuota(), html = previewHtml(mails, progress.asOf, {
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
}
function sendEmailsNow() {
let ui = SpreadsheetApp.getUi(), { port, campaign, progress, now } = current();
if (!progress.asOf) {
ui.alert(NOTIFY.title, NOTIFY.previewNotStarted, ui.ButtonSet.OK);
return;
}
let date = formatVnDate(progress.asOf), mails = mailsToSend(port, campaign, progress), recipients = mails.reduce((n, m) => n + m.to.length, 0), question = mails.length ? NOTIFY.confirm(mails.length, recipients, date) : NOTIFY.confirmResend(date);
if (ui.alert(NOTIFY.title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
let report = sendDue(port, campaign, progress, now, mails.length === 0), message = report.busy ? NOTIFY.busy : NOTIFY.result(report.sent.length, report.pending.length, report.failed.length);
ui.alert(NOTIFY.title, message, ui.ButtonSet.OK);
}
function removeDailyTriggers() {
for (let t of ScriptApp.getProjectTriggers())
t.getHandlerFunction() === DAILY_JOB && ScriptApp.deleteTrigger(t);
}
function turnOnSchedule() {
let ss = SpreadsheetApp.getActiveSpreadsheet(), port = spreadsheetPort(ss), { settings } = loadCampaign(port, new Date());
removeDailyTriggers(), ScriptApp.newTrigger(DAILY_JOB).timeBased().atHour(Math.floor(settings.sendAt / 60)).nearMinute(settings.sendAt % 60).everyDays(1).inTimezone(port.timeZone).create();
let time = formatTime(settings.sendAt);
return PropertiesService.getDocumentProperties().setProperty(SCHEDULE_PROPERTY, time), time;
}
function turnOffSchedule() {
let had = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DAILY_JOB);
return removeDailyTriggers(), PropertiesService.getDocumentProperties().deleteProperty(SCHEDULE_PROPERTY), had;
}
function runDailyJob() {
var _a, _b, _c, _d, _e, _f, _g;
let port = spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()), result = runCommand(port, "run", new Date());
console.log(
JSON.stringify({
asOf: (_a = result.asOf) != null ? _a : null,
issues: (_c = (_b = result.issues) == null ? void 0 : _b.length) != null ? _c : 0,
sent: (_e = (_d = result.emails) == null ? void 0 : _d.length) != null ? _e : 0,
notSent: (_f = result.emailsNotSent) != null ? _f : [],
summaryError: (_g = result.summaryError) != null ? _g : null
})
);
}
var TITLE_ROWS = 2;
function planTab(unit, indicators2, days, cutoff, rows) {
if (!rows) {
let header = [DATE_HEADER, ...indicators2, NOTE_HEADER, STAMP_HEADER], headerRow = TITLE_ROWS + 1;
return {
kind: "create",
unit,
tab: unit.tab,
rows: [
[SETUP.tabTitle(unit.name, cutoff)],
[SETUP.tabHelp],
header,
...days.map((date) => [{ date }])
],
columns: {
headerRow,
firstDataRow: headerRow + 1,
dateCol: 0,
figureCols: indicators2.map((indicator, i) => ({ indicator, col: i + 1 })),
stampCol: indicators2.length + 2
},
lastRow: headerRow + days.length
};
}
let layout = findLayout(rows);
if (!layout) return { kind: "skip", unit, tab: unit.tab };
let newHeaders = [], figureCols = [...layout.indicatorCols];
for (let indicator of indicators2) {
if (figureCols.some((c) => normalizeLabel(c.indicator) === normalizeLabel(indicator))) continue;
let col = layout.width + newHeaders.length;
newHeaders.push({ col, text: indicator }), figureCols.push({ indicator, col });
}
let stampCol = layout.stampCol;
stampCol < 0 && (stampCol = layout.width + newHeaders.length, newHeaders.push({ col: stampCol, text: STAMP_HEADER }));
let present = new Set();
for (let i = layout.headerRow; i < rows.length; i++) {
let d = readDate(rows[i][layout.dateCol]);
d && present.add(d);
}
let newDates = days.filter((d) => !present.has(d)), appendAt = rows.length + 1;
return {
kind: "update",
unit,
tab: unit.tab,
columns: {
headerRow: layout.headerRow,
firstDataRow: layout.headerRow + 1,
dateCol: layout.dateCol,
figureCols,
stampCol
},
newHeaders,
newDates,
appendAt,
lastRow: Math.max(rows.length, appendAt + newDates.length - 1)
};
}
var ENTRY_TRIGGER_HANDLER = "onEntryEdit", SetupRefused = class extends Error {
};
function createTemplate(port) {
let existing = [SHEETS.settings, SHEETS.units].filter((name) => port.sheet(name));
if (existing.length > 0)
throw new SetupRefused(SETUP.templateExists(existing.map((n) => `"${n}"`).join(" và ")));
port.writeSheet({
name: SHEETS.settings,
rows: [
["Thiết lập", "Giá trị", "Giải thích"],
...SETTINGS_TEMPLATE.map(([label, value, help]) => [label, value, help])
],
boldRows: [1],
frozenRows: 1,
wide: { col: 3, width: 560 }
});
let settings = port.sheet(SHEETS.settings), row = (label) => SETTINGS_TEMPLATE.findIndex(([l]) => l === label) + 2;
settings.getRange(row("Ngày bắt đầu"), 2, 2, 1).setNumberFormat("dd/MM/yyyy"), settings.getRange(row("Cách nhập số liệu"), 2).setDataValidation(
SpreadsheetApp.newDataValidation().requireValueInList(["Số trong ngày", "Số lũy kế"], !0).setAllowInvalid(!1).build()
), settings.getRange(row("Tính thứ Bảy"), 2, 2, 1).setDataValidation(
SpreadsheetApp.newDataValidation().requireValueInList(["Có", "Không"], !0).setAllowInvalid(!1).build()
), settings.getRange(2, 1, SETTINGS_TEMPLATE.length, 1).setNotes(SETTINGS_TEMPLATE.map(([, , help]) => [help])), port.writeSheet({
name: SHEETS.units,
rows: [[...UNITS_TEMPLATE.header], ...UNITS_TEMPLATE.examples.map((r) => [...r])],
boldRows: [1],
frozenRows: 1,
wide: { col: 5, width: 240 }
});
let units = port.sheet(SHEETS.units);
units.getRange(1, 1, 1, UNITS_TEMPLATE.header.length).setNotes([[...UNITS_TEMPLATE.notes]]), units.getRange(2, 1, UNITS_TEMPLATE.examples.length, 1).setNote(UNITS_TEMPLATE.exampleNote), units.getRange(2, UNITS_TEMPLATE.header.indexOf("Hạn riêng") + 1, 500, 1).setNumberFormat("dd/MM/yyyy");
}
function wholeNumberRule(col0, row, cumulative) {
let cell = `${columnLetter(col0 + 1)}${row}`;
return SpreadsheetApp.newDataValidation().requireFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}>=0,INT(${cell})=${cell})`).setAllowInvalid(!1).setHelpText(cumulative ? SETUP.cumulativeHelp : SETUP.figureHelp).build();
}
function formatRows(sheet, columns, figureCols, from, to, withDateAndStamp, cumulative) {
if (to < from) return;
let n = to - from + 1;
withDateAndStamp && (sheet.getRange(from, columns.dateCol + 1, n, 1).setNumberFormat("dd/MM/yyyy"), sheet.getRange(from, columns.stampCol + 1, n, 1).setNumberFormat("dd/MM/yyyy HH:mm:ss"));
for (let col of figureCols) {
let range = sheet.getRange(from, col + 1, n, 1);
range.setNumberFormat("#,##0"), range.setDataValidation(wholeNumberRule(col, from, cumulative));
}
}
function protect(sheet, plan) {
var _a;
let description = SETUP.protection(plan.unit.name), sheetProtection = (_a = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).find((p) => p.getDescription() === description)) != null ? _a : sheet.protect().setDescription(description), wanted = new Set(plan.unit.emails.map((e) => e.toLowerCase())), current2 = sheetProtection.getEditors().map((u) => u.getEmail().toLowerCase()), extra = current2.filter((e) => !wanted.has(e)), missing = [...wanted].filter((e) => !current2.includes(e));
if (extra.length && sheetProtection.removeEditors(extra), missing.length && sheetProtection.addEditors(missing), sheetProtection.canDomainEdit() && sheetProtection.setDomainEdit(!1), !sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === SETUP.stampProtection)) {
let stamp = sheet.getRange(1, plan.columns.stampCol + 1, sheet.getMaxRows(), 1).protect().setDescription(SETUP.stampProtection);
stamp.removeEditors(stamp.getEditors()), stamp.canDomainEdit() && stamp.setDomainEdit(!1);
}
}
function applyPlan(port, plan, cumulative) {
if (plan.kind === "skip") return;
let figureCols = plan.columns.figureCols.map((c) => c.col);
if (plan.kind === "create") {
let sheet2 = port.insertSheet(plan.tab);
plan.lastRow > sheet2.getMaxRows() && sheet2.insertRowsAfter(sheet2.getMaxRows(), plan.lastRow - sheet2.getMaxRows()), port.writeBlock(sheet2, 1, 1, plan.rows), sheet2.getRange(1, 1).setFontWeight("bold"), sheet2.getRange(plan.columns.headerRow, 1, 1, plan.columns.stampCol + 1).setFontWeight("bold"), sheet2.setFrozenRows(plan.columns.headerRow), sheet2.setColumnWidth(plan.columns.dateCol + 1, 110), sheet2.setColumnWidth(plan.columns.stampCol + 1, 150), formatRows(
sheet2,
plan.columns,
figureCols,
plan.columns.firstDataRow,
plan.lastRow,
!0,
cumulative
), protect(sheet2, plan);
return;
}
let sheet = port.sheet(plan.tab);
plan.lastRow > sheet.getMaxRows() && sheet.insertRowsAfter(sheet.getMaxRows(), plan.lastRow - sheet.getMaxRows());
let maxCol = Math.max(...plan.newHeaders.map((h2) => h2.col + 1), 0);
if (maxCol > sheet.getMaxColumns() && sheet.insertColumnsAfter(sheet.getMaxColumns(), maxCol - sheet.getMaxColumns()), plan.newHeaders.length) {
port.writeBlock(sheet, plan.columns.headerRow, plan.newHeaders[0].col + 1, [
plan.newHeaders.map((h2) => h2.text)
]);
let added = plan.newHeaders.map((h2) => h2.col).filter((c) => figureCols.includes(c));
formatRows(
sheet,
plan.columns,
added,
plan.columns.firstDataRow,
plan.appendAt - 1,
!1,
cumulative
), plan.newHeaders.some((h2) => h2.text === STAMP_HEADER) && sheet.getRange(
plan.columns.firstDataRow,
plan.columns.stampCol + 1,
Math.max(1, plan.lastRow - plan.columns.headerRow),
1
).setNumberFormat("dd/MM/yyyy HH:mm:ss");
}
plan.newDates.length && (port.writeBlock(
sheet,
plan.appendAt,
plan.columns.dateCol + 1,
plan.newDates.map((date) => [{ date }])
), formatRows(
sheet,
plan.columns,
figureCols,
plan.appendAt,
plan.appendAt + plan.newDates.length - 1,
!0,
cumulative
)), protect(sheet, plan);
}
function ensureEntryTrigger() {
return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === ENTRY_TRIGGER_HANDLER) ? !1 : (ScriptApp.newTrigger(ENTRY_TRIGGER_HANDLER).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create(), !0);
}
function setupUnitTabs(port, now) {
var _a;
let tabs = new Map(), tab = (name) => {
let key2 = normalizeLabel(name);
return tabs.has(key2) || tabs.set(key2, port.readValues(name)), tabs.get(key2);
}, campaign = readCampaign(
{ settings: port.readValues(SHEETS.settings), units: port.readValues(SHEETS.units), tab },
Utilities.formatDate(now, port.timeZone, "yyyy-MM-dd")
), { settings } = campaign;
if (!settings.start || !settings.deadline) throw new SetupRefused(SETUP.needDates);
if (campaign.units.length === 0) throw new SetupRefused(SETUP.noUnits);
let report = {
created: [],
updated: [],
skipped: [],
daysAdded: 0,
columnsAdded: 0,
triggerInstalled: !1
}, cumulative = settings.mode === "cumulative";
for (let { unit } of campaign.units) {
let deadline = (_a = unit.deadline) != null ? _a : settings.deadline, days = countingDays(settings.start, deadline, settings), plan = planTab(
unit,
campaign.indicators,
days,
formatTime(settings.cutoff),
tab(unit.tab)
);
applyPlan(port, plan, cumulative), plan.kind === "create" ? report.created.push(plan.tab) : plan.kind === "skip" ? report.skipped.push(plan.tab) : (plan.newDates.length || plan.newHeaders.length) && (report.updated.push(plan.tab), report.daysAdded += plan.newDates.length, report.columnsAdded += plan.newHeaders.length);
}
return report.triggerInstalled = ensureEntryTrigger(), report;
}
function buildMenu(authMode) {
let menu = SpreadsheetApp.getUi().createMenu(MENU.title);
menu.addItem(MENU.summarize, "summarizeProgress").addItem(MENU.summarizeUpTo, "summarizeUpTo").addItem(MENU.validate, "validateEntries").addSeparator().addItem(MENU.preview, "previewEmails").addItem(MENU.send, "sendEmailsNow");
let time;
if (authMode !== ScriptApp.AuthMode.NONE)
try {
time = PropertiesService.getDocumentProperties().getProperty(SCHEDULE_PROPERTY);
} catch {
time = void 0;
}
time === void 0 ? menu.addItem(NOTIFY.menuOnGeneric, "turnOnDailySchedule").addItem(NOTIFY.menuOffGeneric, "turnOffDailySchedule") : time ? menu.addItem(NOTIFY.menuOn(time), "turnOffDailySchedule") : menu.addItem(NOTIFY.menuOff, "turnOnDailySchedule"), menu.addSeparator().addItem(MENU.tabs, "setUpUnitTabs").addItem(MENU.template, "createTemplateSheets").addItem(MENU.campaignInfo, "showCampaignInfo").addToUi();
}
function describe(error) {
return error instanceof WorkbookError || error instanceof SetupRefused || error instanceof SummaryRefused ? error.message : MSG.unexpected(errorMessage(error));
}
function alert(title, text) {
let ui = SpreadsheetApp.getUi();
ui.alert(title, text, ui.ButtonSet.OK);
}
function withAlert(action) {
try {
action();
} catch (error) {
alert(MSG.cannotUse, describe(error));
}
}
function showCampaignInfo() {
withAlert(() => {
let campaign = loadCampaign(
spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()),
new Date()
), names = campaign.units.map(({ unit }, i) => `${i + 1}. ${unit.name}`).join(`
`);
alert(
MSG.campaignInfoTitle,
MSG.campaignInfo(campaign.settings.campaign, campaign.units.length, names)
);
});
}
function validateEntries() {
withAlert(() => {
let ss = SpreadsheetApp.getActiveSpreadsheet(), port = spreadsheetPort(ss), now = new Date(), { findings } = loadCampaign(port, now);
writeFindings(port, findings, now);
let errors = findings.filter((f) => f.severity === "error").length;
ss.toast(FINDINGS_SHEET.toast(errors, findings.length - errors), FINDINGS_SHEET.toastTitle, 10);
});
}
function createTemplateSheets() {
withAlert(() => {
createTemplate(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet())), alert(SETUP.templateTitle, SETUP.templateDone);
});
}
function setUpUnitTabs() {
withAlert(() => {
let report = setupUnitTabs(
spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()),
new Date()
), lines = [
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
function summarizeAt(asOf) {
let ss = SpreadsheetApp.getActiveSpreadsheet(), port = spreadsheetPort(ss), now = new Date(), progress = summarize(port, loadCampaign(port, now), now, asOf);
ss.toast(
progress.asOf ? SUMMARY.done(formatVnDate(progress.asOf)) : SUMMARY.notStarted(formatVnDate(progress.deadline)),
SUMMARY.title,
10
);
}
function summarizeProgress() {
withAlert(() => summarizeAt());
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
let ss = SpreadsheetApp.getActiveSpreadsheet(), port = spreadsheetPort(ss), now = new Date(), campaign = loadCampaign(port, now), { start, deadline } = campaign.settings;
if (start && deadline && (date < start || date > deadline)) {
alert(SUMMARY.title, SUMMARY.dateOutside(text, formatVnDate(start), formatVnDate(deadline)));
return;
}
summarize(port, campaign, now, date), ss.toast(SUMMARY.done(formatVnDate(date)), SUMMARY.title, 10);
});
}
function previewEmailsItem() {
withAlert(previewEmails);
}
function sendEmailsNowItem() {
withAlert(sendEmailsNow);
}
function turnOnDailySchedule() {
withAlert(() => {
let time;
try {
time = turnOnSchedule();
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
function onOpen(e) {
buildMenu(e == null ? void 0 : e.authMode);
}
function onInstall(e) {
onOpen(e);
}
function previewEmails2() {
previewEmailsItem();
}
function sendEmailsNow2() {
sendEmailsNowItem();
}
function dailyJob() {
runDailyJob();
}
function onEntryEdit(e) {
stampEntry(e);
}
function runCommand_(command, options = {}) {
try {
return {
result: runCommand(
spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()),
command,
new Date(),
options
)
};
} catch (error) {
if (error instanceof WorkbookError) return { fatal: error.message };
throw error;
}
}
return { createTemplateSheets, dailyJob, onEntryEdit, onInstall, onOpen, previewEmails: previewEmails2, runCommand_, sendEmailsNow: sendEmailsNow2, setUpUnitTabs, showCampaignInfo, summarizeProgress, summarizeUpTo, turnOffDailySchedule, turnOnDailySchedule, validateEntries };
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
