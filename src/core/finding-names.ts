// The Vietnamese name of each finding code, shown beside the code in `Kiểm tra` so a person reads
// what kind of problem it is; the code itself stays as result.json and tools know it.
import type { FindingCode } from './vocabulary';

export const FINDING_NAMES: Record<FindingCode, string> = {
  'not-a-number': 'Không phải số',
  negative: 'Số âm',
  'not-integer': 'Không phải số nguyên',
  'error-value': 'Ô báo lỗi công thức',
  outlier: 'Số bất thường',
  'date-invalid': 'Ngày không hợp lệ',
  'date-outside': 'Ngày ngoài thời hạn',
  'date-duplicate': 'Trùng ngày',
  'future-entry': 'Số liệu ngày chưa tới',
  'cumulative-decrease': 'Lũy kế bị giảm',
  'activated-exceeds-collected': 'Kích hoạt vượt thu nhận',
  'missing-tab': 'Thiếu trang',
  'header-missing': 'Thiếu hàng tiêu đề',
  'missing-column': 'Thiếu cột',
  'unit-duplicate': 'Trùng đơn vị',
  'unit-name-missing': 'Thiếu tên đơn vị',
  'quota-invalid': 'Chỉ tiêu không hợp lệ',
  'opening-invalid': 'Số đầu kỳ không hợp lệ',
  'email-invalid': 'Email không hợp lệ',
  'setting-missing': 'Thiếu thiết lập',
  'setting-invalid': 'Thiết lập không hợp lệ',
  implausible: 'Số quá lớn',
  'column-duplicate': 'Trùng cột',
  'name-reserved': 'Trùng tên trang dành riêng',
  'merged-cells': 'Ô bị gộp',
  'population-missing': 'Thiếu số đối tượng',
  'phase-invalid': 'Giai đoạn không hợp lệ',
  'frequency-invalid': 'Tần suất không hợp lệ',
  'admin-invalid': 'Địa chỉ quản trị không hợp lệ',
  'mail-log-unsigned': 'Nhật ký thư không có chữ ký',
  'digest-over-quota': 'Vượt hạn mức gửi thư',
};

/** The name of a code; a code this version does not know is shown as it is. */
export function findingName(code: string): string {
  return (FINDING_NAMES as Record<string, string>)[code] ?? code;
}
