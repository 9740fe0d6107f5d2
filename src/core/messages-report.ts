// The words of the monthly and final reports: the blocks of `Báo cáo tháng` and their e-mails.
// The block titles are also read back (report-sheet.ts finds the periods already written by
// them): change them only together with TITLE_PATTERN; the standing line likewise with
// STANDING_PATTERN (report-read.ts reads a block back for its e-mail).

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
  /** The column of a unit's reporting in the period: "18/20" days. */
  days: 'Số ngày báo cáo',
  /** `range`: "10/07–09/08/2023", or "10/12/2023–09/01/2024" across the new year. */
  subject: {
    monthly: (month: number, year: number, campaign: string, range: string) =>
      `[Tiến Độ] Báo cáo tháng ${month}/${year} (${range}) — ${campaign}`,
    final: (campaign: string, range: string) =>
      `[Tiến Độ] Báo cáo kết thúc chiến dịch (${range}) — ${campaign}`,
  },
  /** A unit's reporting in the plain text: "báo cáo 18/20 ngày". */
  daysText: (days: string) => `báo cáo ${days} ngày`,
  /** Under the standing line: how many units sent every report due in the period. */
  fullReporting: (full: number, units: number) =>
    `${full}/${units} đơn vị báo cáo đủ trong kỳ (cột "Số ngày báo cáo": số ngày có báo cáo/số ngày phải báo cáo).`,
  mailIntro: {
    monthly: (from: string, to: string) =>
      `Báo cáo tháng: số liệu trong kỳ từ ${from} đến ${to}, lũy kế từ đầu chiến dịch, tỷ lệ so với chỉ tiêu, số còn lại và số cần đạt mỗi ngày đến hạn.`,
    final: (from: string, to: string) =>
      `Báo cáo kết thúc chiến dịch: kết quả cả chiến dịch từ ${from} đến ${to} của từng đơn vị so với chỉ tiêu.`,
  },
  /** A report due but not written: `Báo cáo tháng` is a unit's tab (`name-reserved`). */
  claimed: (unit: string) =>
    `Không lập được báo cáo tháng/báo cáo kết thúc: trang "Báo cáo tháng" đang là trang số liệu của đơn vị "${unit}" (xem trang "Kiểm tra"). Hãy đổi tên trang của đơn vị đó; lần chạy sau trong hạn sẽ lập báo cáo.`,
  /** Where the same table stands in the workbook. */
  inSheet: (sheet: string) => `Bảng này cũng được ghi lên đầu trang "${sheet}" của bảng tính.`,
  /** Rows left out of the e-mail to keep it within the size a message may have. */
  moreRows: (n: number, sheet: string) =>
    `… và ${n} dòng nữa: xem đầy đủ ở trang "${sheet}" của bảng tính.`,
} as const;

/**
 * The standing line as `standing` and `made` write it, read back (report-read.ts): the campaign,
 * the data date, the days left (none once the deadline is reached) and the deadline.
 */
export const STANDING_PATTERN =
  /^(.*)\. Số liệu đến hết ngày (\d{2}\/\d{2}\/\d{4}); (?:còn (\d+) ngày tính đến hạn|hạn) (\d{2}\/\d{2}\/\d{4})\.(?: Lập lúc .*)?$/;
