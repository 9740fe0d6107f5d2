// The words of the daily report sent to leaders (the digest): its sections, its table, the
// data-quality line, the trend and the ranking. Vietnamese, as every word a user sees. The
// words `Tổng hợp` uses too (Đơn vị, Lũy kế, Còn lại, Chưa kích hoạt, Trạng thái, Cộng …,
// Tổng số, the statuses) are taken from SUMMARY_COLUMN and STATUS_LABELS, not repeated here.
import { SHEETS } from './vocabulary';

export const DIGEST = {
  asOf: (date: string, daysLeft: number, deadline: string) =>
    daysLeft > 0
      ? `Số liệu tính đến hết ngày ${date} — còn ${daysLeft} ngày đến hạn ${deadline}.`
      : `Số liệu tính đến hết ngày ${date} — đã đến hạn ${deadline}.`,
  dayFigure: (day: string, n: string) => `ngày ${day}: +${n}`,
  noDayFigure: (day: string) => `ngày ${day}: chưa có số`,
  cumulative: (n: string) => `lũy kế ${n}`,
  remaining: (n: string) => `còn lại ${n}`,
  perDay: (n: string) => `cần ${n}/ngày`,
  backlogLine: (n: string, perDay: string) =>
    `${n} hồ sơ đã thu nhận chưa kích hoạt${perDay ? `; cần kích hoạt ${perDay}/ngày để hết tồn đến hạn` : ''}`,
  // The data-quality section.
  qualityTitle: 'Chất lượng số liệu',
  qualityClean: `Trang "${SHEETS.findings}" không có lỗi.`,
  /** `leftOut`: some figures of a unit's tab were left out of the totals. */
  qualityCounts: (errors: number, warnings: number, leftOut: boolean) =>
    `Trang "${SHEETS.findings}" có ${errors} lỗi` +
    (warnings ? ` và ${warnings} cảnh báo` : '') +
    (leftOut
      ? ': số liệu ở các ô lỗi của trang đơn vị không được tính, nên tiến độ và trạng thái của các đơn vị đó có thể sai.'
      : '.'),
  settingsTitle: (n: number) => `Lỗi ở trang thiết lập (${n})`,
  settingsItem: (sheet: string, cell: string | null, what: string) =>
    cell ? `${sheet} ô ${cell}: ${what}` : `${sheet}: ${what}`,
  settingsHelp: `cách sửa: xem trang "${SHEETS.findings}"`,
  flaggedTitle: (n: number) => `Số liệu có cảnh báo nhưng vẫn được tính vào tổng (${n})`,
  flaggedItem: (unit: string, cell: string, date: string, value: string, what: string) =>
    `${unit} ô ${cell}, ngày ${date}: ${value} (${what})`,
  flaggedHelp:
    'hãy kiểm tra: nếu số sai, tiến độ, trạng thái và xếp hạng của đơn vị (và tổng) sai theo',
  /** Under a unit's name in the table: its tab has a flagged figure. */
  flaggedNote: '⚠ số liệu cần kiểm tra',
  qualityWarningsOnly: (warnings: number) =>
    `Trang "${SHEETS.findings}" không có lỗi; có ${warnings} cảnh báo nên xem.`,
  errorsBySheet: 'Lỗi theo trang',
  sheetErrors: (sheet: string, n: number) => `${sheet}: ${n}`,
  leftOutTitle: (cells: number) => `Ô số liệu không được tính vào tổng (${cells})`,
  leftOut: (unit: string, n: number, cells: string) => `${unit}: ${n} ô (${cells})`,
  noTabTitle: (n: number) => `Đơn vị chưa có trang số liệu (${n})`,
  noTabHelp: 'thêm trang bằng "Tạo/cập nhật trang đơn vị", hoặc sửa cột Tab ở trang "Đơn vị"',
  unreadableTitle: (n: number) => `Không đọc được trang số liệu (${n})`,
  unreadableHelp: `xem trang "${SHEETS.findings}"`,
  andMore: (n: number) => `và ${n} nữa`,
  openFindings: `Mở trang "${SHEETS.findings}"`,
  // The table of units.
  tableTitle: 'Bảng theo đơn vị',
  day: (day: string) => `Ngày ${day}`,
  percentHead: '%',
  requiredHead: 'Cần/ngày',
  backlogCount: 'Số',
  missingSection: (n: number) => `Chưa báo cáo (${n})`,
  /** `listed` of the `n` are missing their report too, and listed above. */
  behindSection: (n: number, listed: number) =>
    `Chậm tiến độ hoặc quá hạn (${n}${listed ? `, trong đó ${listed} đơn vị đã nêu ở mục chưa báo cáo` : ''})`,
  restSection: (n: number) => `Các đơn vị khác (${n})`,
  /** Every unit behind or overdue is missing its report too: no list of its own. */
  behindAllListed: (n: number) =>
    n === 1
      ? 'Đơn vị chậm tiến độ hoặc quá hạn (1) cũng chưa báo cáo, đã nêu ở mục trên.'
      : `Cả ${n} đơn vị chậm tiến độ hoặc quá hạn đều chưa báo cáo, đã nêu ở mục trên.`,
  levelsSection: 'Theo cấp',
  missingSince: (day: string) => `chưa báo cáo từ ngày ${day}`,
  noTab: 'chưa có trang số liệu',
  unreadable: 'không đọc được trang số liệu',
  late: 'báo cáo trễ',
  more: (n: number) => `… và ${n} đơn vị khác: xem trang "${SHEETS.summary}".`,
  moreLevels: (n: number) => `Hàng cộng theo cấp: thêm ${n} hàng ở trang "${SHEETS.summary}".`,
  compact: (shown: number, all: number) =>
    `Để thư không vượt 200 KB, bảng chỉ gồm ${shown} đơn vị chưa báo cáo hoặc chậm tiến độ (trong ${all} đơn vị).`,
  fullTable: `Bảng đầy đủ: xem trang "${SHEETS.summary}"`,
  // The trend.
  trendTitle: (indicator: string, from: string) =>
    `Diễn biến ${indicator} từ ${from} so với kế hoạch`,
  trendDate: 'Ngày',
  trendActual: 'Thực hiện',
  trendPlan: 'Kế hoạch',
  trendLegend:
    'Thanh màu: thực hiện (xanh; cam khi dưới kế hoạch); thanh xám: kế hoạch. Thanh dài nhất là số lớn nhất trong bảng.',
  trendLine: (date: string, actual: string, plan: string, gap: string) =>
    `${date}: ${actual} / kế hoạch ${plan} (${gap})`,
  trendNoPlan: (date: string, actual: string) => `${date}: ${actual}`,
  // The ranking.
  rankTitle: 'Xếp hạng đơn vị (làm căn cứ khen thưởng, nhắc nhở)',
  rankShare: 'Theo tỷ lệ hoàn thành chỉ tiêu',
  rankPace: (window: number) => `Theo tốc độ (TB ${window} ngày) so với mức cần đạt`,
  best: 'Cao nhất',
  weakest: 'Thấp nhất',
  rankFlagged: (window: number, from: string, units: string) =>
    `Không xếp vào nhóm cao nhất vì có số liệu cần kiểm tra trong ${window} ngày gần nhất (từ ${from}): ${units}.`,
  rankNone: 'không có đơn vị nào',
  rankShareItem: (unit: string, percent: string) => `${unit}: ${percent}`,
  rankPaceItem: (unit: string, ratio: string, pace: string, required: string) =>
    `${unit}: ${ratio} lần (${pace}/ngày, cần ${required}/ngày)`,
} as const;

/** The reminder's words this module adds. */
export const REMINDER = {
  /**
   * The days a unit has not reported, after "chưa có số": one day by its date; a few listed
   * (`few` is all of them, the last given whole as `last`); many counted from the first to the
   * last, with the last few (`few`) named.
   */
  missingDays: (n: number, first: string, last: string, few: string[]) =>
    n === 1
      ? `của ngày ${last}`
      : few.length === n
        ? `của ${n} ngày: ${few.slice(0, -1).join(', ')} và ${last}`
        : `của ${n} ngày, từ ${first} đến ${last} (gần nhất: ${few.join(', ')})`,
} as const;
