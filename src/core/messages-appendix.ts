// The words of `Phụ lục thống kê`: the appendix of plan 135/KH-BCĐ, its headers as the plan
// writes them.

export const APPENDIX = {
  title: (campaign: string) => `Phụ lục thống kê — ${campaign}`,
  rounding: (rounding: 'up' | 'nearest') =>
    rounding === 'nearest'
      ? 'Số cần đạt mỗi ngày = số còn lại ÷ số ngày còn lại, làm tròn đến số gần nhất (Làm tròn số cần đạt: Gần nhất).'
      : 'Số cần đạt mỗi ngày = số còn lại ÷ số ngày còn lại, làm tròn lên để kịp hạn (Làm tròn số cần đạt: Lên).',
  header: {
    stt: 'STT',
    unit: 'Đơn vị',
    quota: 'Tổng chỉ tiêu được giao',
    collected: 'Tổng số đã thu nhận',
    activated: 'Đã kích hoạt',
    pending: 'Chưa kích hoạt',
    pendingPerDay: 'Chỉ tiêu trung bình/ngày (kích hoạt)',
    finish: 'Thời gian hoàn thành',
    remaining: 'Còn lại phải thực hiện',
    perDay: 'Chỉ tiêu trung bình/ngày',
    done: 'Đã thực hiện',
  },
} as const;
