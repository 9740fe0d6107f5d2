// Every sentence a user reads, in Vietnamese, in one place so wording stays consistent. The
// names these sentences mention (sheets, labels, headers) come from the vocabulary.
import {
  DEFAULT_INDICATORS,
  ENTRY_MODES,
  HEADER_SEARCH_ROWS,
  MAIL_LOG_COLUMN,
  PHASE_COLUMN,
  PROTECTION_MARK,
  SETTING,
  SHEETS,
  TAB_COLUMN,
  UNIT_COLUMN,
  YES_NO,
} from './vocabulary';

export const MENU = {
  title: 'Tiến Độ',
  campaignInfo: 'Thông tin chiến dịch',
  validate: 'Kiểm tra số liệu',
  summarize: 'Tổng hợp tiến độ',
  summarizeUpTo: 'Tổng hợp đến ngày…',
  preview: 'Xem trước thư sẽ gửi',
  send: 'Gửi thư ngay',
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
  cannotUse: 'Không dùng được bảng tính này',
  unexpected: (detail: string) => `Đã xảy ra lỗi ngoài dự kiến: ${detail}`,
  leadersOnlyTitle: 'Chưa có quyền',
  leadersOnly: (action: string, owner: string | null, me: string) =>
    `Chỉ chủ bảng tính${owner ? ` (${owner})` : ''} và những người có tên ở mục "${SETTING.admins.label}" trong trang "${SHEETS.settings}" được dùng "${action}": lệnh này ghi vào các trang đã khóa. Tài khoản ${me || 'của bạn'} chưa có tên ở đó; nếu cần, hãy nhờ chủ bảng tính thêm vào. Ai cũng dùng được "${MENU.preview}" và "${MENU.campaignInfo}".`,
  /** Where a finding is, for a message that quotes it. */
  at: (sheet: string, cell?: string) => (cell ? `trang "${sheet}", ô ${cell}` : `trang "${sheet}"`),
} as const;

/** Why the campaign's dates cannot be used, the problem named when a finding says which. */
const datesProblem = (problem: string | undefined) =>
  problem ??
  `"${SETTING.start.label}" và "${SETTING.deadline.label}" trong trang "${SHEETS.settings}" phải là ngày hợp lệ. Hãy chạy "${MENU.validate}" để xem chi tiết.`;

/** Finding messages: what is wrong and how to fix it. */
export const FIX = {
  settingMissing: (label: string) =>
    `Thiếu thiết lập "${label}": ghi nhãn "${label}" ở cột A của trang "${SHEETS.settings}" và giá trị ở cột B.`,
  settingEmpty: (label: string) => `Thiết lập "${label}" đang để trống: hãy nhập giá trị ở ô này.`,
  settingDate: (label: string) => `"${label}" phải là một ngày dạng dd/MM/yyyy (ví dụ 26/06/2023).`,
  deadlineBeforeStart: 'Hạn hoàn thành đang trước ngày bắt đầu: hãy sửa một trong hai ngày.',
  settingTime: (label: string) => `"${label}" phải là giờ dạng HH:mm (ví dụ 07:30).`,
  settingMode: `${SETTING.mode.label} chỉ nhận "${ENTRY_MODES.daily}" hoặc "${ENTRY_MODES.cumulative}".`,
  settingYesNo: (label: string) => `"${label}" chỉ nhận "${YES_NO.yes}" hoặc "${YES_NO.no}".`,
  settingHoliday: (text: string) =>
    `Ngày nghỉ "${text}" không phải ngày dạng dd/MM/yyyy; các ngày cách nhau bằng dấu phẩy, chấm phẩy hoặc xuống dòng.`,
  settingWindow: 'Số ngày tính tốc độ phải là số nguyên từ 1 trở lên (mặc định 7).',
  settingRounding: `Làm tròn số cần đạt chỉ nhận "Lên" hoặc "Gần nhất".`,
  settingMonthlyDay:
    'Ngày báo cáo tháng phải là số nguyên từ 1 đến 28 (mặc định 10), hoặc để trống nếu không cần báo cáo tháng.',
  sendTooEarly: (cutoff: string, earliest: string) =>
    `Giờ gửi tổng hợp phải muộn hơn giờ chốt báo cáo (${cutoff}) ít nhất 20 phút, tức là từ ${earliest} trở đi: lịch tự động có thể chạy sớm hoặc muộn tới 15 phút, và thư phải gửi sau khi mọi đơn vị đã hết giờ nhập.`,
  emailInvalid: (text: string) =>
    `"${text}" không phải địa chỉ email hợp lệ; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.`,
  adminInvalid: (text: string) =>
    `"${text}" không phải địa chỉ email hợp lệ nên không được quyền quản trị; nhiều địa chỉ cách nhau bằng dấu phẩy hoặc chấm phẩy.`,
  unitNameMissing: (row: number) =>
    `Hàng ${row} có số liệu nhưng chưa có tên đơn vị: hãy nhập tên ở cột "${UNIT_COLUMN.name}" hoặc xóa hàng.`,
  unitDuplicate: (name: string, firstRow: number) =>
    `Đơn vị "${name}" đã có ở hàng ${firstRow}: mỗi đơn vị chỉ ghi một lần.`,
  codeDuplicate: (code: string, firstRow: number) =>
    `Mã "${code}" đã dùng ở hàng ${firstRow}: mỗi đơn vị cần một mã riêng.`,
  tabDuplicate: (tab: string, firstRow: number) =>
    `Trang "${tab}" đã được giao cho đơn vị ở hàng ${firstRow}: mỗi đơn vị cần một trang riêng.`,
  quotaInvalid: (header: string) =>
    `"${header}" phải là số nguyên lớn hơn 0, hoặc tỷ lệ của số đối tượng như 100%, ≥ 50%, > 50% (có thể thêm "Khuyến khích" phía trước); để trống nếu không giao chỉ tiêu.`,
  groupInvalid: `${UNIT_COLUMN.groupSize} phải là số nguyên lớn hơn 0 (để trống nếu không dùng).`,
  populationInvalid: (header: string) =>
    `"${header}" phải là số nguyên lớn hơn 0 (để trống nếu không dùng).`,
  populationMissing: (header: string, indicator: string) =>
    `"${header}" là tỷ lệ nhưng đơn vị chưa có số đối tượng: hãy điền cột "${UNIT_COLUMN.groupSize} ${indicator}" hoặc "${UNIT_COLUMN.groupSize}". Chưa có số đối tượng thì chưa tính được chỉ tiêu.`,
  phaseHeader: `Trang "${SHEETS.phases}" cần hàng 1 có các cột "${PHASE_COLUMN.name}", "${PHASE_COLUMN.from}", "${PHASE_COLUMN.to}" (và nếu cần, "Chỉ tiêu <chỉ số>").`,
  phaseName: (row: number) => `Hàng ${row} có số liệu nhưng chưa có tên giai đoạn.`,
  phaseDate: (phase: string, label: string) =>
    `Giai đoạn "${phase}": "${label}" phải là ngày dạng dd/MM/yyyy. Giai đoạn này chưa được dùng.`,
  phaseOrder: (phase: string) =>
    `Giai đoạn "${phase}": "${PHASE_COLUMN.to}" đang trước "${PHASE_COLUMN.from}". Giai đoạn này chưa được dùng.`,
  phaseOutside: (phase: string, start: string, deadline: string) =>
    `Giai đoạn "${phase}" phải nằm trong thời gian chiến dịch (${start} – ${deadline}). Giai đoạn này chưa được dùng.`,
  phaseOverlap: (phase: string, other: string, row: number) =>
    `Giai đoạn "${phase}" trùng thời gian với giai đoạn "${other}" (hàng ${row}). Giai đoạn này chưa được dùng.`,
  phaseTarget: (header: string, phase: string) =>
    `Giai đoạn "${phase}": "${header}" phải là tỷ lệ như 100%, ≥ 50%, > 50% hoặc "Khuyến khích 100%" (để trống thì mỗi đơn vị dùng chỉ tiêu riêng).`,
  frequencyInvalid: `${UNIT_COLUMN.frequency} chỉ nhận "Hằng ngày", "Hằng tuần thứ Hai" (… "Chủ nhật") hoặc "Hằng tháng ngày 5" (ngày 1–28); đơn vị được coi là báo cáo hằng ngày cho đến khi sửa.`,
  openingInvalid: (header: string) =>
    `"${header}" phải là số nguyên từ 0 trở lên (để trống nghĩa là 0).`,
  unitDeadlineInvalid: `${UNIT_COLUMN.deadline} phải là ngày dạng dd/MM/yyyy, không trước ngày bắt đầu chiến dịch (để trống thì dùng hạn chung).`,
  missingTab: (unit: string, tab: string) =>
    `Không có trang "${tab}" cho đơn vị "${unit}": hãy chạy "${MENU.tabs}" hoặc sửa cột "Tab".`,
  nameReserved: (unit: string, tab: string) =>
    `Đơn vị "${unit}" dùng trang "${tab}", trùng tên một trang của Tiến Độ: trang này không được đọc như trang số liệu, và Tiến Độ không ghi gì vào đó cho đến khi sửa. Hãy đặt tên trang khác ở cột "${UNIT_COLUMN.tab}" (và đổi tên trang số liệu cho khớp).`,
  tabAmbiguous: (tab: string, titles: string, exact: boolean) =>
    exact
      ? `Có nhiều trang cùng tên với trang "${tab}" của đơn vị (${titles}): Tiến Độ đọc trang đúng tên "${tab}". Hãy đổi tên hoặc xóa trang thừa để khỏi nhầm.`
      : `Có nhiều trang cùng tên với trang "${tab}" của đơn vị (${titles}) nhưng không trang nào đúng tên: Tiến Độ không đọc trang nào. Hãy đổi tên để chỉ còn một trang, hoặc sửa cột "${UNIT_COLUMN.tab}".`,
  headerMissing: (tab: string) =>
    `Trang "${tab}" không có hàng tiêu đề trong ${HEADER_SEARCH_ROWS} hàng đầu (cần ô "${TAB_COLUMN.date}" và ít nhất một cột số liệu như "${DEFAULT_INDICATORS[0]}"): hãy khôi phục hàng tiêu đề.`,
  missingColumn: (tab: string, indicator: string, row: number) =>
    `Trang "${tab}" thiếu cột "${indicator}" ở hàng tiêu đề (hàng ${row}): hãy thêm cột hoặc chạy "${MENU.tabs}".`,
  dateInvalid: (text: string) => `"${text}" không phải ngày hợp lệ: hãy nhập ngày dạng dd/MM/yyyy.`,
  dateBlank: 'Hàng có số liệu nhưng thiếu ngày: hãy nhập ngày dạng dd/MM/yyyy.',
  dateOutside: (date: string, start: string, end: string) =>
    `Ngày ${date} nằm ngoài thời gian chiến dịch (${start} – ${end}): số liệu hàng này không được tính; hãy kiểm tra lại ngày.`,
  dateDuplicate: (date: string, firstRow: number) =>
    `Ngày ${date} đã có ở hàng ${firstRow}: số liệu hàng này không được tính; hãy gộp vào một hàng và xóa hàng thừa.`,
  futureEntry: (date: string) =>
    `Có số liệu cho ngày ${date}, là ngày chưa tới: hãy kiểm tra lại ngày hoặc xóa số liệu.`,
  notANumber: (text: string) => `"${text}" không phải là số: hãy nhập số nguyên, ví dụ 120.`,
  ambiguousNumber: (text: string) =>
    `"${text}" không rõ là ${text.replace(',', '')} hay ${text.replace(',', '.')}: hãy nhập số nguyên không có dấu phân cách, ví dụ ${text.replace(',', '')}.`,
  errorValue: (text: string) => `Ô đang báo lỗi ${text}: hãy sửa công thức hoặc nhập số.`,
  implausible: (value: number, limit: number) =>
    `${value} lớn hơn mức có thể có (${limit}: chỉ tiêu hoặc số đối tượng của cả đơn vị): có lẽ đã gõ nhầm, ví dụ gõ số định danh hay thừa chữ số. Số này không được tính; hãy sửa lại.`,
  mergedCells: (range: string, first: string) =>
    `Các ô ${range} đang được gộp: Google Sheets chỉ đọc số ở ô ${first}, các ô còn lại coi như để trống (chưa báo cáo). Hãy bỏ gộp ô (Định dạng → Hợp nhất ô → Hủy hợp nhất) và nhập số cho từng ngày.`,
  columnDuplicate: (indicator: string) =>
    `Cột "${indicator}" đã có ở bên trái: số liệu của cột này không được tính. Hãy gộp hai cột làm một, hoặc đổi tên cột nếu là chỉ số khác.`,
  negative: (value: number) => `Số âm (${value}) không hợp lệ: hãy nhập số từ 0 trở lên.`,
  notInteger: (value: string) =>
    `${value} không phải số nguyên: số hồ sơ và tài khoản phải là số nguyên.`,
  outlier: (value: number, usual: number) =>
    `${value} lớn bất thường so với mức thường ngày của đơn vị (khoảng ${usual}/ngày): hãy kiểm tra có gõ thừa chữ số không.`,
  runningTotal: (value: number) =>
    `${value} gần bằng tổng lũy kế đến hôm trước: có vẻ đã nhập số lũy kế vào cột số trong ngày. Hãy nhập số của riêng ngày đó.`,
  cumulativeDecrease: (value: number, other: number, otherWhen: string) =>
    value > other
      ? `Số lũy kế ${value} lớn hơn số ${otherWhen} sau đó (${other}): số lũy kế không thể giảm, có lẽ ô này gõ thừa chữ số. Số này không được tính; hãy kiểm tra lại.`
      : `Số lũy kế ${value} nhỏ hơn số ${otherWhen} (${other}): số lũy kế không thể giảm. Số này không được tính; hãy kiểm tra lại.`,
  mailLogUnsigned: (first: number, last: number) => {
    const these = first === last ? 'hàng này' : 'các hàng này';
    return `${first === last ? `Hàng ${first}` : `Các hàng ${first}–${last}`} không do Tiến Độ ghi (không có chữ ký hợp lệ ở cột "${MAIL_LOG_COLUMN.header[7]}", hoặc đã bị sửa sau khi ghi). Khi quyết định gửi thư, tiện ích bỏ qua ${these}: ${these} không làm thư nào bị coi là đã gửi, cũng không làm thư nào bị gửi thêm. Tiện ích không sửa, không xóa ${these}. Đừng nhập hay sửa gì trong trang "${SHEETS.mailLog}": chỉ tiện ích ghi vào đó.`;
  },
  digestOverQuota: (addresses: number, daily: number) =>
    `"${SETTING.digestTo.label}" có ${addresses} địa chỉ, nhiều hơn ${daily} người nhận mà tài khoản gửi thư được gửi trong cả một ngày: thư tổng hợp chỉ gửi tới ${daily} địa chỉ đầu, ${addresses - daily} địa chỉ còn lại không bao giờ nhận được, và ngày nào cũng không còn hạn mức cho thư nhắc. Hãy bớt địa chỉ ở ô này (mỗi người nhận tính một lần, kể cả khi chung một thư), hoặc bật lịch bằng tài khoản Google Workspace (1.500 người nhận mỗi ngày).`,
  activatedExceeds: (activated: number, collected: number, date: string) =>
    `Đến ngày ${date}, lũy kế kích hoạt (${activated}) vượt lũy kế thu nhận (${collected}): hãy kiểm tra số kích hoạt hoặc số thu nhận.`,
} as const;

export const FINDINGS_SHEET = {
  title: (when: string) => `Kết quả kiểm tra số liệu — lúc ${when}`,
  counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  none: 'Không phát hiện lỗi nào.',
  toast: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? 'Không phát hiện lỗi nào.'
      : `Phát hiện ${errors} lỗi, ${warnings} cảnh báo: xem trang "${SHEETS.findings}".`,
  toastTitle: MENU.validate,
} as const;

export const SETUP = {
  tabTitle: (unit: string, cutoff: string) =>
    `${unit} — số liệu hằng ngày (số của mỗi ngày nhập trước ${cutoff} ngày tính tiếp theo)`,
  tabHelp:
    'Mỗi hàng là số của một ngày. Để trống nghĩa là chưa báo cáo; 0 nghĩa là báo cáo không có số nào. Chỉ nhập số nguyên.',
  protection: (unit: string) =>
    `${PROTECTION_MARK} chỉ cán bộ của ${unit}, người quản trị và chủ bảng tính được sửa trang này`,
  leadersProtection: `${PROTECTION_MARK} chỉ người quản trị (mục "${SETTING.admins.label}" trong trang "${SHEETS.settings}") và chủ bảng tính được sửa trang này`,
  confirmTitle: 'Xác nhận quyền sửa',
  confirmIntro: `"${MENU.tabs}" sẽ thay đổi quyền sửa như sau (chủ bảng tính luôn sửa được mọi trang):`,
  confirmLine: (sheets: string, added: string, removed: string) =>
    `${sheets}: ${[added && `thêm quyền sửa cho ${added}`, removed && `bỏ quyền sửa của ${removed}`].filter(Boolean).join('; ')}.`,
  confirmMoreSheets: (n: string) => `và ${n} trang khác`,
  confirmMorePeople: (n: string) => `và ${n} người khác`,
  confirmRest: (sheets: string, added: string, removed: string) =>
    `… và ${sheets} trang khác: thêm ${added} quyền sửa, bỏ ${removed} quyền sửa.`,
  confirmLocked: (n: string) =>
    `${n} trang chưa khóa sẽ được khóa: chỉ chủ bảng tính và những người được nêu sửa được.`,
  confirmQuestion: 'Đồng ý thay đổi quyền sửa như trên và tạo/cập nhật trang đơn vị?',
  cancelled: 'Đã hủy: không thay đổi gì.',
  stampProtection: `${PROTECTION_MARK} cột "${TAB_COLUMN.stamp}" do tiện ích tự ghi`,
  templateExists: (names: string) =>
    `Bảng tính đã có trang ${names}. Tiến Độ không ghi đè trang đã có: hãy đổi tên hoặc xóa trang đó nếu muốn tạo mẫu mới.`,
  templateDone: `Đã tạo trang "${SHEETS.settings}" và "${SHEETS.units}". Hãy điền tên chiến dịch, ngày bắt đầu, hạn hoàn thành và danh sách đơn vị, rồi chọn "${MENU.tabs}".`,
  needDates: (problem?: string) => `Chưa tạo được trang đơn vị: ${datesProblem(problem)}`,
  noUnits: `Trang "${SHEETS.units}" chưa có đơn vị nào: hãy nhập tên đơn vị ở cột "${UNIT_COLUMN.name}".`,
  tabsDone: (created: number, updated: number, days: number, columns: number) =>
    `Đã tạo ${created} trang mới; cập nhật ${updated} trang (thêm ${days} ngày, ${columns} cột). Số liệu đã nhập được giữ nguyên.`,
  tabsAmbiguous: (tabs: string) =>
    `Không sửa trang nào cho các đơn vị có nhiều trang cùng tên mà không trang nào đúng tên ghi ở trang "${SHEETS.units}": ${tabs}. Hãy đổi tên để chỉ còn một trang, rồi chạy lại.`,
  tabsSkipped: (tabs: string) =>
    `Không sửa các trang không tìm thấy hàng tiêu đề: ${tabs}. Hãy khôi phục hàng tiêu đề (ô "${TAB_COLUMN.date}" và các cột số liệu) rồi chạy lại.`,
  tabsReserved: (tabs: string) =>
    `Không đụng đến các trang trùng tên trang của Tiến Độ: ${tabs}. Hãy đặt tên khác cho trang của các đơn vị này ở cột "${UNIT_COLUMN.tab}" trang "${SHEETS.units}".`,
  tooManyCells: (tabs: number, fit: number) =>
    `Chưa tạo trang nào: thêm ${tabs} trang đơn vị sẽ vượt giới hạn 10 triệu ô của một bảng tính Google. Bảng tính này còn chỗ cho khoảng ${fit} trang như vậy. Hãy chia chiến dịch ra nhiều bảng tính (ví dụ mỗi huyện một bảng), hoặc xóa bớt trang không dùng rồi chạy lại.`,
  tabsContinue: (n: number) =>
    `Còn ${n} trang chưa làm xong trong lượt này (mỗi lượt chạy của Google tối đa 6 phút): tiện ích sẽ tự làm tiếp sau khoảng một phút, hoặc bạn có thể chọn lại mục "${MENU.tabs}".`,
  tabsTitle: MENU.tabs,
  templateTitle: MENU.template,
} as const;

/** What is left to the deadline: "còn 115 ngày đến hạn 05/11/2023", or on it "đã đến hạn …". */
export const daysToGo = (daysLeft: number, deadline: string) =>
  daysLeft > 0 ? `còn ${daysLeft} ngày đến hạn ${deadline}` : `đã đến hạn ${deadline}`;

export const SUMMARY = {
  asOf: (asOf: string, daysLeft: number, deadline: string) =>
    `Số liệu tính đến hết ngày ${asOf} — ${daysToGo(daysLeft, deadline)}`,
  notStarted: (deadline: string) => `Chưa có ngày nào đến hạn báo cáo — hạn hoàn thành ${deadline}`,
  phase: (name: string, from: string, to: string) => ` — giai đoạn ${name} (${from} – ${to})`,
  convention: (window: number, when: string, rounding: 'up' | 'nearest') =>
    `Cần đạt/ngày = còn lại ÷ số ngày tính còn lại, ${rounding === 'nearest' ? 'làm tròn đến số gần nhất' : 'làm tròn lên'}. TB ${window} ngày = mức tăng bình quân ${window} ngày tính gần nhất (ngày không báo cáo tính là 0). Cập nhật lúc ${when}.`,
  chartTitle: (indicator: string) => `${indicator}: lũy kế so với kế hoạch`,
  done: (asOf: string) =>
    `Đã tổng hợp số liệu đến hết ngày ${asOf}: xem trang "${SHEETS.summary}".`,
  title: MENU.summarize,
  askDate: 'Tổng hợp số liệu đến hết ngày nào? Nhập ngày dạng dd/MM/yyyy, ví dụ 13/07/2023.',
  badDate: (text: string) =>
    `"${text}" không phải ngày dạng dd/MM/yyyy. Hãy chọn lại mục menu và nhập ví dụ 13/07/2023.`,
  dateOutside: (date: string, start: string, deadline: string) =>
    `Ngày ${date} nằm ngoài thời gian chiến dịch (${start} – ${deadline}). Hãy nhập một ngày trong khoảng đó.`,
  needDates: (problem?: string) => `Chưa tổng hợp được: ${datesProblem(problem)}`,
  notCountingDay: (date: string) =>
    `Ngày ${date} không phải ngày tính của chiến dịch (thứ Bảy, Chủ nhật không tính hoặc ngày nghỉ trong trang "${SHEETS.settings}"): không có số liệu của ngày này. Hãy chọn một ngày tính.`,
  notDueYet: (date: string, cutoff: string, dueDay: string) =>
    `Số liệu ngày ${date} chưa đến hạn (hạn nhập là ${cutoff} ${dueDay}): tổng hợp lúc này sẽ coi các đơn vị chưa nhập là chưa báo cáo. Hãy chọn một ngày đã đến hạn.`,
  mailLogClaimed: `Không gửi thư: trang "${SHEETS.mailLog}" đang là trang số liệu của một đơn vị (xem trang "${SHEETS.findings}"), nên không ghi được nhật ký gửi thư và thư sẽ bị gửi lặp lại. Hãy đổi tên trang của đơn vị đó.`,
  campaignOver: (last: string) =>
    `Chiến dịch đã kết thúc: ngày tính cuối cùng là ${last} và hạn báo cáo của ngày đó đã qua. Tiện ích không gửi thư nhắc hay thư tổng hợp nữa; bảng "${SHEETS.summary}" vẫn cập nhật được. Hãy tắt lịch gửi hằng ngày nếu không cần nữa.`,
} as const;

export const MAIL = {
  sender: 'Tiến Độ',
  digestSubject: (campaign: string, date: string, missing: number, behind: number) =>
    `[Tiến Độ] ${campaign} — số liệu đến ${date}: ${missing} đơn vị chưa báo cáo, ${behind} đơn vị chậm tiến độ`,
  reminderSubject: (unit: string, date: string) =>
    `[Tiến Độ] Nhắc báo cáo: ${unit} chưa gửi số liệu ngày ${date}`,
  phase: (name: string, from: string, to: string) =>
    ` Giai đoạn ${name} (${from} – ${to}): hạn và số cần đạt tính đến hết giai đoạn.`,
  overall: 'Tiến độ chung',
  noneMissing: 'Tất cả đơn vị đã báo cáo.',
  noneBehind: 'Không có đơn vị nào chậm tiến độ.',
  unconfirmedTitle: (n: number) => `Thư chưa xác nhận đã gửi (${n})`,
  unconfirmedLine: (kind: string, unit: string, date: string, to: string) =>
    `${kind}${unit ? ` — ${unit}` : ''} — số liệu ngày ${date} — gửi tới ${to}`,
  unconfirmedHelp:
    'Lượt gửi trước bị dừng giữa chừng nên không rõ các thư này đã đến người nhận hay chưa. Nếu cần, hãy dùng "Gửi thư ngay" để gửi lại (mỗi thư một lần).',
  figures: (cumulative: string, quota: string, percent: string) =>
    `${cumulative} / ${quota} (${percent})`,
  required: (n: string) => `cần đạt ${n}/ngày`,
  pace: (window: number, n: string) => `TB ${window} ngày: ${n}/ngày`,
  projected: (date: string) => `dự kiến xong ${date}`,
  noProjection: 'chưa dự kiến được ngày xong',
  openSheet: 'Mở bảng tính',
  openTab: 'Mở trang nhập số liệu',
  footer: 'Thư tự động của Tiến Độ. Chỉ gồm số liệu tổng hợp; không chứa thông tin cá nhân.',
  reminderGreeting: (unit: string) => `Kính gửi cán bộ phụ trách ${unit},`,
  reminderBody: (dates: string, next: { day: string; cutoff: string; dueDay: string } | null) =>
    `Trang số liệu của đơn vị chưa có số ${dates}: xin nhập bổ sung ngay.` +
    (next
      ? ` Số liệu của mỗi ngày cần nhập trước ${next.cutoff} ngày tính tiếp theo: số của ngày ${next.day} cần nhập trước ${next.cutoff} ${next.dueDay}.`
      : ''),
  reminderProgress: (indicator: string, figures: string, required: string) =>
    required
      ? `${indicator}: ${figures}; ${required} từ nay đến hạn.`
      : `${indicator}: ${figures}.`,
  reminderThanks: 'Xin cảm ơn.',
  redacted: '[đã ẩn]',
} as const;

export const NOTIFY = {
  title: 'Gửi thư tổng hợp',
  previewTitle: 'Xem trước thư sẽ gửi',
  previewQuota: (n: number) => `Hạn mức gửi thư còn lại hôm nay: ${n} người nhận.`,
  previewNone: (date: string) =>
    `Không có thư nào cần gửi cho số liệu ngày ${date}: các thư đã được gửi (xem trang "${SHEETS.mailLog}").`,
  previewNotStarted: 'Chưa có ngày nào đến hạn báo cáo: chưa có thư nào để gửi.',
  previewCount: (n: number, recipients: number) => `Sẽ gửi ${n} thư tới ${recipients} người nhận:`,
  to: 'Gửi tới',
  subject: 'Tiêu đề',
  confirm: (n: number, recipients: number, date: string) =>
    `Gửi ngay ${n} thư (${recipients} người nhận) cho số liệu ngày ${date}?`,
  confirmResend: (date: string) => `Mọi thư cho số liệu ngày ${date} đã được gửi. Gửi lại toàn bộ?`,
  confirmUnconfirmed: (n: number, date: string) =>
    `${n} thư cho số liệu ngày ${date} chưa được xác nhận là đã gửi (lượt gửi trước bị dừng giữa chừng): có thể đã đến người nhận, có thể chưa. Gửi lại ${n} thư này (một lần)?`,
  busy: 'Một lượt gửi thư khác đang chạy: lần này không gửi gì để tránh gửi trùng. Hãy thử lại sau ít phút.',
  result: (sent: number, pending: number, failed: number) =>
    `Đã gửi ${sent} thư; chờ gửi ${pending}; lỗi ${failed}. Chi tiết ở trang "${SHEETS.mailLog}".`,
  scheduleOn: (time: string) =>
    `Đã bật lịch: mỗi ngày lúc ${time} (giờ Việt Nam) tự kiểm tra, tổng hợp và gửi thư.`,
  scheduleOff: 'Đã tắt lịch gửi thư hằng ngày.',
  scheduleNone: 'Lịch gửi thư hằng ngày chưa được bật.',
  menuOn: (time: string) => `Lịch gửi hằng ngày: đang bật lúc ${time} — Tắt`,
  menuOff: 'Bật lịch gửi thư hằng ngày',
  menuOnGeneric: 'Bật/cập nhật lịch gửi thư hằng ngày',
  menuOffGeneric: 'Tắt lịch gửi thư hằng ngày',
  tooManyTriggers:
    'Tài khoản của bạn đã có đủ 20 trình kích hoạt cho tiện ích này: hãy xóa bớt trong Tiện ích → Apps Script → Trình kích hoạt rồi thử lại.',
} as const;
