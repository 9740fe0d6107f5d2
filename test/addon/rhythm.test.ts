// Units reporting weekly are reminded the day their report falls due, not every day.
import { describe, expect, it } from 'vitest';
import { sheetDate } from '../../src/core/dates';
import { command, runtime } from '../helpers';

/** 03–31/07/2023 (03/07 a Monday), every day counting; two silent units, one weekly. */
function silentUnits() {
  const rt = runtime({ now: Date.UTC(2023, 6, 4, 1, 0) });
  rt.addSheet('Cấu hình', [
    ['Tên chiến dịch', 'Thử'],
    ['Ngày bắt đầu', '03/07/2023'],
    ['Hạn hoàn thành', '31/07/2023'],
  ]);
  rt.addSheet('Đơn vị', [
    ['Đơn vị', 'Email', 'Chỉ tiêu Thu nhận', 'Chỉ số', 'Tần suất'],
    ['Xã Tuần', 'tuan@x.vn', 100, 'Thu nhận', 'Hằng tuần thứ Hai'],
    ['Xã Ngày', 'ngay@x.vn', 100, 'Thu nhận', 'Hằng ngày'],
  ]);
  const days = Array.from({ length: 29 }, (_, i) => [
    sheetDate(`2023-07-${String(i + 3).padStart(2, '0')}`),
    '',
  ]);
  rt.addSheet('Xã Tuần', [['Ngày', 'Thu nhận'], ...days]);
  rt.addSheet('Xã Ngày', [['Ngày', 'Thu nhận'], ...days]);
  return rt;
}

describe('a unit that reports on Mondays and misses', () => {
  it('gets one reminder a week, the day its report fell due; a daily one gets seven', () => {
    const rt = silentUnits();
    // Each morning at 08:00 from Tuesday 04/07 to Monday 10/07: seven runs, data dates 03–09/07.
    for (let day = 4; day <= 10; day++) {
      rt.setNow(Date.UTC(2023, 6, day, 1, 0));
      command(rt, 'run');
    }
    const to = (address: string) => rt.mail.sent.filter((m) => m.to.includes(address));
    expect(to('tuan@x.vn').map((m) => m.subject)).toEqual([
      '[Tiến Độ] Nhắc báo cáo: Xã Tuần chưa gửi số liệu ngày 03/07/2023',
    ]);
    expect(to('ngay@x.vn')).toHaveLength(7);
    // The next Monday's report (10/07) falls due on 11/07: a second reminder then.
    rt.setNow(Date.UTC(2023, 6, 11, 1, 0));
    command(rt, 'run');
    expect(to('tuan@x.vn')).toHaveLength(2);
  });

  it('is not missing on the days between', () => {
    const rt = silentUnits();
    rt.setNow(Date.UTC(2023, 6, 6, 1, 0)); // Thursday 06/07: data date 05/07
    const r = command(rt, 'summarize') as { units: { missing: string[] }[] };
    expect(r.units[0].missing).toEqual(['2023-07-03']);
    expect(r.units[1].missing).toEqual(['2023-07-03', '2023-07-04', '2023-07-05']);
  });
});
