// The words of the monthly and final reports: the blocks of `Báo cáo tháng` and their e-mails.
// The block titles are also read back (report-sheet.ts finds the periods already written by
// them): change them only together with TITLE_PATTERN.

export const REPORT = {
  /** "Báo cáo tháng 8/2023 (từ 10/07/2023 đến 09/08/2023)" */
  monthlyTitle: (month: number, year: number, from: string, to: string) =>
    `Báo cáo tháng ${month}/${year} (từ ${from} đến ${to})`,
  /** "Báo cáo kết thúc chiến dịch (từ 26/06/2023 đến 05/11/2023)" */
  finalTitle: (from: string, to: string) => `Báo cáo kết thúc chiến dịch (từ ${from} đến ${to})`,
  /** Second line of a block: the campaign, and where it stands at the end of the period. */
  standing: (campaign: string, to: string, daysLeft: number, deadline: string) =>
    daysLeft > 0
      ? `${campaign}. Số liệu đến hết ngày ${to}; còn ${daysLeft} ngày tính đến hạn ${deadline}.`
      : `${campaign}. Số liệu đến hết ngày ${to}; hạn ${deadline}.`,
  made: (when: string) => `Lập lúc ${when}.`,
  period: 'Trong kỳ',
  subject: {
    monthly: (month: number, year: number, campaign: string, from: string, to: string) =>
      `[Tiến Độ] Báo cáo tháng ${month}/${year} – ${campaign} (${from}–${to})`,
    final: (campaign: string, from: string, to: string) =>
      `[Tiến Độ] Báo cáo kết thúc chiến dịch – ${campaign} (${from}–${to})`,
  },
  mailIntro: {
    monthly: (from: string, to: string) =>
      `Báo cáo tháng: số liệu trong kỳ từ ${from} đến ${to}, lũy kế từ đầu chiến dịch, tỷ lệ so với chỉ tiêu, số còn lại và số cần đạt mỗi ngày đến hạn.`,
    final: (from: string, to: string) =>
      `Báo cáo kết thúc chiến dịch: kết quả cả chiến dịch từ ${from} đến ${to} của từng đơn vị so với chỉ tiêu.`,
  },
  /** Where the same table stands in the workbook. */
  inSheet: (sheet: string) => `Bảng này cũng được ghi lên đầu trang "${sheet}" của bảng tính.`,
  /** Rows left out of the e-mail to keep it within the size a message may have. */
  moreRows: (n: number, sheet: string) =>
    `… và ${n} dòng nữa: xem đầy đủ ở trang "${sheet}" của bảng tính.`,
} as const;
