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
