// Words of printing and exporting: the "Xuất PDF" item and its dialog.

export const PRINT = {
  menu: 'Xuất PDF',
  title: 'Xuất PDF để in',
  intro:
    'Bấm vào tên trang để tải bản PDF khổ A4 nằm ngang, vừa một trang theo chiều ngang, lặp lại hàng tiêu đề ở mỗi trang. Bản PDF mở trong thẻ mới của trình duyệt; hãy đăng nhập đúng tài khoản có quyền xem bảng tính này.',
  link: (sheet: string) => `Tải PDF trang "${sheet}"`,
  missing: (sheet: string) =>
    `Chưa có trang "${sheet}": hãy chạy "Tổng hợp tiến độ" trước rồi mở lại mục này.`,
  close: 'Đóng',
} as const;
