import { describe, expect, it } from 'vitest';
import { asOfProblem, campaignOver } from '../../src/core/as-of';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

// 03/07/2023 (a Monday) to 21/07/2023 (a Friday); weekends do not count; cut-off 07:30.
const weekdays = smallCampaign(
  settingsRows(july(3), july(21), [
    ['Tính thứ Bảy', 'Không'],
    ['Tính Chủ nhật', 'Không'],
  ]),
  [{ name: 'Xã A', quota: 100 }],
  july(14),
);
// Friday 14/07 at 08:00: the latest day due is Thursday 13/07.
const now = at(july(14), '08:00');

describe('a data date asked for', () => {
  it('may be any counting day of the campaign already due', () => {
    expect(asOfProblem(weekdays, july(13), now)).toBeNull();
    expect(asOfProblem(weekdays, july(3), now)).toBeNull();
  });

  it('may not be outside the campaign', () => {
    expect(asOfProblem(weekdays, '2023-06-30', now)).toBe(
      'Ngày 30/06/2023 nằm ngoài thời gian chiến dịch (03/07/2023 – 21/07/2023). Hãy nhập một ngày trong khoảng đó.',
    );
    expect(asOfProblem(weekdays, '2023-07-24', at('2023-07-30', '08:00'))).toContain(
      'nằm ngoài thời gian chiến dịch',
    );
  });

  it('may not be a day that does not count (Saturday 08/07 here)', () => {
    expect(asOfProblem(weekdays, july(8), now)).toMatch(
      /^Ngày 08\/07\/2023 không phải ngày tính của chiến dịch/,
    );
  });

  it('may not be a day whose figures are not yet due, naming the due time', () => {
    // Friday 14/07 is due at 07:30 on Monday 17/07, not on Saturday.
    expect(asOfProblem(weekdays, july(14), now)).toMatch(
      /^Số liệu ngày 14\/07\/2023 chưa đến hạn \(hạn nhập là 07:30 thứ Hai 17\/07\/2023\)/,
    );
    // Thursday 13/07 is due at 07:30 on Friday 14/07: not yet at 07:29.
    expect(asOfProblem(weekdays, july(13), at(july(14), '07:29'))).toContain('chưa đến hạn');
  });
});

describe('the end of the campaign', () => {
  it('has not come while the last day is not yet due, nor on the day it is due', () => {
    expect(campaignOver(weekdays, now)).toBeNull();
    // Friday 21/07 is due on Monday 24/07: reminders about it still go out that day.
    expect(campaignOver(weekdays, at('2023-07-24', '08:00'))).toBeNull();
  });

  it('has come the day after, and years after, naming the last counting day', () => {
    expect(campaignOver(weekdays, at('2023-07-25', '08:00'))).toBe(july(21));
    expect(campaignOver(weekdays, at('2026-12-02', '08:00'))).toBe(july(21));
  });

  it('waits for a unit whose own deadline is later', () => {
    const later = smallCampaign(
      settingsRows(july(3), july(21)),
      [
        { name: 'Xã A', quota: 100 },
        { name: 'Xã B', quota: 100, deadline: july(28) },
      ],
      july(14),
    );
    expect(campaignOver(later, at('2023-07-25', '08:00'))).toBeNull();
    expect(campaignOver(later, at('2023-07-30', '08:00'))).toBe(july(28));
  });
});
