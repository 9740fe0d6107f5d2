// Every sentence a user reads, in Vietnamese, in one place so wording stays consistent.

export const SHEETS = {
  settings: 'Cấu hình',
  units: 'Đơn vị',
  summary: 'Tổng hợp',
  findings: 'Kiểm tra',
  mailLog: 'Nhật ký gửi thư',
  history: 'Lịch sử',
} as const;

export const MENU = {
  title: 'Tiến Độ',
  campaignInfo: 'Thông tin chiến dịch',
  validate: 'Kiểm tra số liệu',
  template: 'Tạo mẫu bảng tính',
  tabs: 'Tạo/cập nhật trang đơn vị',
} as const;

export const MSG = {
  sheetMissing: (sheet: string) =>
    `Không tìm thấy trang tính "${sheet}". Hãy tạo trang "${sheet}" (đúng tên, có dấu) rồi chạy lại.`,
  unitsHeaderMissing: (sheet: string, label: string) =>
    `Trang "${sheet}": hàng 1 thiếu cột "${label}". Hãy đặt tiêu đề "${label}" cho cột tên đơn vị.`,
  campaignInfoTitle: 'Thông tin chiến dịch',
  campaignInfo: (campaign: string, units: number, names: string) =>
    `Chiến dịch: ${campaign || '(chưa đặt tên)'}\nSố đơn vị: ${units}\n${names}`,
  unnamedCampaign: '(chưa đặt tên)',
  cannotUse: 'Không dùng được bảng tính này',
  unexpected: (detail: string) => `Đã xảy ra lỗi ngoài dự kiến: ${detail}`,
} as const;

/** Finding messages: what is wrong and how to fix it. */
export const FIX = {
  settingMissing: (label: string) =>
    `Thiếu thiết lập "${label}": ghi nhãn "${label}" ở cột A của trang "Cấu hình" và giá trị ở cột B.`,
  settingEmpty: (label: string) => `Thiết lập "${label}" đang để trống: hãy nhập giá trị ở ô này.`,
  settingDate: (label: string) => `"${label}" phải là một ngày dạng dd/MM/yyyy (ví dụ 26/06/2023).`,
  deadlineBeforeStart: 'Hạn hoàn thành đang trước ngày bắt đầu: hãy sửa một trong hai ngày.',
  settingTime: (label: string) => `"${label}" phải là giờ dạng HH:mm (ví dụ 07:30).`,
  settingMode: 'Cách nhập số liệu chỉ nhận "Số trong ngày" hoặc "Số lũy kế".',
  settingYesNo: (label: string) => `"${label}" chỉ nhận "Có" hoặc "Không".`,
  settingHoliday: (text: string) => `Ngày nghỉ "${text}" không phải ngày dạng dd/MM/yyyy; các ngày cách nhau bằng dấu phẩy, chấm phẩy hoặc xuống dòng.`,
  settingWindow: 'Số ngày tính tốc độ phải là số nguyên từ 1 trở lên (mặc định 7).',
  emailInvalid: (text: string) => `"${text}" không phải địa chỉ email hợp lệ; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.`,
  unitNameMissing: (row: number) => `Hàng ${row} có số liệu nhưng chưa có tên đơn vị: hãy nhập tên ở cột "Đơn vị" hoặc xóa hàng.`,
  unitDuplicate: (name: string, firstRow: number) => `Đơn vị "${name}" đã có ở hàng ${firstRow}: mỗi đơn vị chỉ ghi một lần.`,
  codeDuplicate: (code: string, firstRow: number) => `Mã "${code}" đã dùng ở hàng ${firstRow}: mỗi đơn vị cần một mã riêng.`,
  tabDuplicate: (tab: string, firstRow: number) => `Trang "${tab}" đã được giao cho đơn vị ở hàng ${firstRow}: mỗi đơn vị cần một trang riêng.`,
  quotaInvalid: (header: string) => `"${header}" phải là số nguyên lớn hơn 0 (để trống nếu không giao chỉ tiêu).`,
  groupInvalid: 'Đối tượng phải là số nguyên lớn hơn 0 (để trống nếu không dùng).',
  openingInvalid: (header: string) => `"${header}" phải là số nguyên từ 0 trở lên (để trống nghĩa là 0).`,
  unitDeadlineInvalid: 'Hạn riêng phải là ngày dạng dd/MM/yyyy, không trước ngày bắt đầu chiến dịch (để trống thì dùng hạn chung).',
  missingTab: (unit: string, tab: string) => `Không có trang "${tab}" cho đơn vị "${unit}": hãy chạy "Tạo/cập nhật trang đơn vị" hoặc sửa cột "Tab".`,
  headerMissing: (tab: string) =>
    `Trang "${tab}" không có hàng tiêu đề trong 10 hàng đầu (cần ô "Ngày" và ít nhất một cột số liệu như "Thu nhận"): hãy khôi phục hàng tiêu đề.`,
  missingColumn: (tab: string, indicator: string, row: number) =>
    `Trang "${tab}" thiếu cột "${indicator}" ở hàng tiêu đề (hàng ${row}): hãy thêm cột hoặc chạy "Tạo/cập nhật trang đơn vị".`,
  dateInvalid: (text: string) => `"${text}" không phải ngày hợp lệ: hãy nhập ngày dạng dd/MM/yyyy.`,
  dateBlank: 'Hàng có số liệu nhưng thiếu ngày: hãy nhập ngày dạng dd/MM/yyyy.',
  dateOutside: (date: string, start: string, end: string) =>
    `Ngày ${date} nằm ngoài thời gian chiến dịch (${start} – ${end}): số liệu hàng này không được tính; hãy kiểm tra lại ngày.`,
  dateDuplicate: (date: string, firstRow: number) =>
    `Ngày ${date} đã có ở hàng ${firstRow}: số liệu hàng này không được tính; hãy gộp vào một hàng và xóa hàng thừa.`,
  futureEntry: (date: string) => `Có số liệu cho ngày ${date}, là ngày chưa tới: hãy kiểm tra lại ngày hoặc xóa số liệu.`,
  notANumber: (text: string) => `"${text}" không phải là số: hãy nhập số nguyên, ví dụ 120.`,
  ambiguousNumber: (text: string) =>
    `"${text}" không rõ là ${text.replace(',', '')} hay ${text.replace(',', '.')}: hãy nhập số nguyên không có dấu phân cách, ví dụ ${text.replace(',', '')}.`,
  errorValue: (text: string) => `Ô đang báo lỗi ${text}: hãy sửa công thức hoặc nhập số.`,
  negative: (value: number) => `Số âm (${value}) không hợp lệ: hãy nhập số từ 0 trở lên.`,
  notInteger: (value: string) => `${value} không phải số nguyên: số hồ sơ và tài khoản phải là số nguyên.`,
  outlier: (value: number, usual: number) =>
    `${value} lớn bất thường so với mức thường ngày của đơn vị (khoảng ${usual}/ngày): hãy kiểm tra có gõ thừa chữ số không.`,
  runningTotal: (value: number) =>
    `${value} gần bằng tổng lũy kế đến hôm trước: có vẻ đã nhập số lũy kế vào cột số trong ngày. Hãy nhập số của riêng ngày đó.`,
  cumulativeDecrease: (value: number, previous: number, prevDate: string) =>
    `Số lũy kế ${value} nhỏ hơn số của ngày ${prevDate} (${previous}): số lũy kế không thể giảm; hãy kiểm tra lại.`,
  activatedExceeds: (activated: number, collected: number, date: string) =>
    `Đến ngày ${date}, lũy kế kích hoạt (${activated}) vượt lũy kế thu nhận (${collected}): hãy kiểm tra số kích hoạt hoặc số thu nhận.`,
} as const;

export const FINDINGS_SHEET = {
  title: (when: string) => `Kết quả kiểm tra số liệu — lúc ${when}`,
  counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  header: ['Mức độ', 'Trang', 'Ô', 'Mã lỗi', 'Nội dung và cách sửa'],
  error: 'Lỗi',
  warning: 'Cảnh báo',
  none: 'Không phát hiện lỗi nào.',
  toast: (errors: number, warnings: number) =>
    errors + warnings === 0 ? 'Không phát hiện lỗi nào.' : `Phát hiện ${errors} lỗi, ${warnings} cảnh báo: xem trang "Kiểm tra".`,
  toastTitle: 'Kiểm tra số liệu',
} as const;
