import { describe, expect, it } from 'vitest';
import {
  clean,
  digestMail,
  escapeHtml,
  missingDays,
  reminderMail,
  vnNumber,
  vnPercent,
} from '../../src/core/email';
import type { Mail, MailLinks } from '../../src/core/email';
import { previewHtml } from '../../src/core/mail-preview';
import { computeProgress } from '../../src/core/progress';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

const everyDay = { countSaturday: true, countSunday: true, holidays: [] };
const weekdays = { countSaturday: false, countSunday: false, holidays: [] };

describe('text a person typed, made safe for a message', () => {
  it('hides phone numbers and 12-digit ID numbers, however they are spaced', () => {
    expect(clean('Xã An 0912 345 678')).toBe('Xã An [đã ẩn]');
    expect(clean('0912.345.678')).toBe('[đã ẩn]');
    expect(clean('0912-345-678')).toBe('[đã ẩn]');
    expect(clean('+84 912 345 678')).toBe('[đã ẩn]');
    expect(clean('CCCD 079123456789 chưa kích hoạt')).toBe('CCCD [đã ẩn] chưa kích hoạt');
    // Nine digits is the shortest run hidden.
    expect(clean('Tổ 123456789')).toBe('Tổ [đã ẩn]');
  });

  it('hides them whatever sits between the digits, in any digits', () => {
    expect(clean('SĐT 0912 - 345 - 678.')).toBe('SĐT [đã ẩn].');
    expect(clean('CCCD 079/123/456/789')).toBe('CCCD [đã ẩn]');
    expect(clean('079_123_456_789')).toBe('[đã ẩn]');
    expect(clean('(079) 123 456 789')).toBe('([đã ẩn]');
    expect(clean('ĐT ０９１２３４５６７８')).toBe('ĐT [đã ẩn]');
    expect(clean('0912 345 678 và 0913 111 222')).toBe('[đã ẩn] và [đã ẩn]');
    // A run that looks like a date but is not one (month 45) is a number.
    expect(clean('13/45/6789 12')).toBe('[đã ẩn]');
  });

  it('keeps dates, also two in a row', () => {
    expect(clean('từ 27/06/2023 - 28/06/2023')).toBe('từ 27/06/2023 - 28/06/2023');
    expect(clean('ngày 1.7.2023')).toBe('ngày 1.7.2023');
  });

  it('keeps shorter numbers: 8 digits, dates, quotas', () => {
    expect(clean('Mã 12345678')).toBe('Mã 12345678');
    expect(clean('KH 135/KH-BCĐ ngày 27/06/2023')).toBe('KH 135/KH-BCĐ ngày 27/06/2023');
    expect(clean('Chỉ tiêu 66.392')).toBe('Chỉ tiêu 66.392');
  });

  it('replaces angle brackets and folds line breaks and runs of spaces', () => {
    expect(clean('<b>Xã</b> An')).toBe('‹b›Xã‹/b› An');
    expect(clean('  Tổ 1\r\nKhu phố\t2  ')).toBe('Tổ 1 Khu phố 2');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('numbers the Vietnamese way', () => {
  it('group thousands with dots and use a decimal comma', () => {
    expect(vnNumber(66392)).toBe('66.392');
    expect(vnNumber(1234567)).toBe('1.234.567');
    expect(vnNumber(999)).toBe('999');
    expect(vnNumber(0)).toBe('0');
    expect(vnNumber(346.29, 1)).toBe('346,3');
    expect(vnNumber(51.6, 1)).toBe('51,6');
    expect(vnNumber(20 / 3, 1)).toBe('6,7');
  });

  it('keep the sign of negative numbers', () => {
    expect(vnNumber(-5)).toBe('-5');
    expect(vnNumber(-1234.5, 1)).toBe('-1.234,5');
  });

  it('show percentages with one decimal', () => {
    expect(vnPercent(2173 / 10152)).toBe('21,4%'); // 0.2140…
    expect(vnPercent(1.25)).toBe('125,0%');
    expect(vnPercent(0)).toBe('0,0%');
  });
});

describe('the e-mails', () => {
  // Every day counts, 01–20/07/2023; summary at data date 06/07, on 07/07 at 08:00.
  // Xã An …: 200 to collect, 10 a day 01–05/07, nothing for 06/07 (missing).
  // Xã Bình: 300 to collect, 20 a day 01–06/07. C: no quota, never reported.
  const settings = settingsRows(july(1), july(20));
  settings[0] = ['Tên chiến dịch', 'Chiến dịch <Thử>'];
  const AN = 'Xã An 0912 345 678';
  const c = smallCampaign(
    settings,
    [
      { name: AN, quota: 200, rows: [1, 2, 3, 4, 5].map((d) => [july(d), 10]) },
      { name: 'Xã Bình', quota: 300, rows: [1, 2, 3, 4, 5, 6].map((d) => [july(d), 20]) },
      { name: 'C' },
    ],
    july(7),
    { activated: false },
  );
  const p = computeProgress(c, july(6), at(july(7), '08:00'));
  const SHEET = 'https://docs.google.com/spreadsheets/d/abc/edit';
  const links: MailLinks = {
    sheet: SHEET,
    tab: (tab) => (tab === AN ? `${SHEET}#gid=11&range=A1` : null),
  };
  const noPersonalNumber = (m: Mail) => {
    for (const part of [m.subject, m.html, m.text]) expect(part).not.toMatch(/0912|345.?678/);
  };

  describe('the digest', () => {
    const m = digestMail(p, ['bcd@example.vn'], links);

    it('says in its subject how many units are missing and how many are behind', () => {
      expect(m.subject).toBe(
        '[Tiến Độ] Chiến dịch ‹Thử› — số liệu đến 06/07/2023: 2 đơn vị chưa báo cáo, 1 đơn vị chậm tiến độ',
      );
      expect(m).toMatchObject({ kind: 'digest', unit: '', to: ['bcd@example.vn'] });
      expect(m.dataDate).toBe(july(6));
      // Missing: Xã An, C; behind: Xã An (named once).
      expect(m.units).toEqual([AN, 'C']);
    });

    it('gives the overall figures worked out from the totals', () => {
      // 170 of 500 = 34%; on 06/07 only Xã Bình reported: +20; 330 remaining (150 + 180) over
      // 14 days (07–20/07) = 23.6 → 24; pace 50/6 + 120/6 = 28.3; ⌈330 ÷ 28.3⌉ = 12 counting
      // days after 06/07 → 18/07.
      expect(m.text).toContain(
        'Số liệu tính đến hết ngày 06/07/2023 — còn 14 ngày đến hạn 20/07/2023.',
      );
      expect(m.text).toContain(
        '- Thu nhận: 170 / 500 (34,0%); ngày 06/07: +20; cần đạt 24/ngày; TB 7 ngày: 28,3/ngày; dự kiến xong 18/07/2023',
      );
    });

    it('names the units missing (since when) and behind (with percent, remaining, required)', () => {
      // Xã An: missing since 06/07; 50 of 200 = 25%; 150 ÷ 14 = 10.7 → 11; pace 8.3 < 11.
      expect(m.text).toContain(
        '- Xã An [đã ẩn] [chưa báo cáo từ ngày 06/07] — Thu nhận: ngày 06/07: chưa có số, lũy kế 50/200 (25,0%), còn lại 150, cần 11/ngày; Chậm tiến độ',
      );
      // C never reported: missing since the first day, 01/07; no target, so no status.
      expect(m.text).toContain(
        '- C [chưa báo cáo từ ngày 01/07] — Thu nhận: ngày 06/07: chưa có số, lũy kế 0\n',
      );
      // Xã Bình is on track (pace 20 ≥ 13 a day): among the others.
      expect(m.text).toContain('Các đơn vị khác (1):\n- Xã Bình — Thu nhận: ngày 06/07: +20');
    });

    it("links each listed unit's tab and the spreadsheet", () => {
      expect(m.html).toContain(`<a href="${SHEET}#gid=11&amp;range=A1">Xã An [đã ẩn]</a>`);
      expect(m.html).toContain(`<a href="${SHEET}">Mở bảng tính</a>`);
      expect(m.text).toContain(`Mở bảng tính: ${SHEET}`);
      // C has no tab link: its name is plain text.
      expect(m.html).toContain('<tr><td>C<br>');
    });

    it('carries no personal number and no markup typed by a person', () => {
      noPersonalNumber(m);
      expect(m.html).not.toContain('<Thử>');
      expect(m.html).toContain('Chiến dịch ‹Thử›');
    });

    it('says so when every unit reported and none is behind', () => {
      // Xã Bình alone at 05/07: 100 done, 200 left over 15 days → 14 a day, pace 20.
      const fine = smallCampaign(
        settingsRows(july(1), july(20)),
        [{ name: 'Xã Bình', quota: 300, rows: [1, 2, 3, 4, 5].map((d) => [july(d), 20]) }],
        july(6),
        { activated: false },
      );
      const quiet = digestMail(
        computeProgress(fine, july(5), at(july(6), '08:00')),
        ['x@y.vn'],
        links,
      );
      expect(quiet.subject).toBe(
        '[Tiến Độ] Thử — số liệu đến 05/07/2023: 0 đơn vị chưa báo cáo, 0 đơn vị chậm tiến độ',
      );
      expect(quiet.units).toEqual([]);
      expect(quiet.text).toContain('Tất cả đơn vị đã báo cáo.');
      expect(quiet.text).toContain('Không có đơn vị nào chậm tiến độ.');
    });
  });

  describe('at the deadline (no day left, no required per day)', () => {
    // 01–06/07, data date 06/07 = the deadline: Xã An (200) has 50 and missed 06/07; Xã Bình
    // (300) has 120. Neither is done: both overdue.
    const due = smallCampaign(
      settingsRows(july(1), july(6)),
      [
        { name: 'Xã An', quota: 200, rows: [1, 2, 3, 4, 5].map((d) => [july(d), 10]) },
        { name: 'Xã Bình', quota: 300, rows: [1, 2, 3, 4, 5, 6].map((d) => [july(d), 20]) },
      ],
      july(7),
      { activated: false },
    );
    const q = computeProgress(due, july(6), at(july(7), '08:00'));
    const digest = digestMail(q, ['bcd@example.vn'], links);
    const an = q.units.find((u) => u.name === 'Xã An')!;
    const reminder = reminderMail(q, an, ['a@example.vn'], { cutoff: 450, rules: everyDay }, links);
    /** A comma or semicolon left hanging before a full stop, the end of a line or a tag. */
    const dangling = /[,;] ?(\.|$|<\/)/m;

    it('leaves no separator dangling where required per day would have been', () => {
      expect(q.daysLeft).toBe(0);
      // The reminder's greeting ("Kính gửi …,") ends with its comma on purpose.
      const body = reminder.text.split('\n').slice(1).join('\n');
      for (const text of [digest.text, body]) expect(text).not.toMatch(dangling);
      expect(digest.html.replace(/style="[^"]*"/g, '')).not.toMatch(dangling);
      expect(digest.text).toContain(
        'Số liệu tính đến hết ngày 06/07/2023 — đã đến hạn 06/07/2023.',
      );
      expect(digest.text).toContain(
        '- Xã An [chưa báo cáo từ ngày 06/07] — Thu nhận: ngày 06/07: chưa có số, lũy kế 50/200 (25,0%), còn lại 150; Quá hạn',
      );
      // No "cần đạt": the pace (50/6 + 120/6 = 28,3) and where it would end, past the deadline.
      expect(digest.text).toContain(
        '- Thu nhận: 170 / 500 (34,0%); ngày 06/07: +20; TB 7 ngày: 28,3/ngày; dự kiến xong 18/07/2023',
      );
    });

    it("ends the reminder's progress line with a full stop, nothing owed until the deadline", () => {
      expect(reminder.text).toContain('Thu nhận: 50 / 200 (25,0%).');
      expect(reminder.text).not.toContain('từ nay đến hạn');
      // Before the deadline the line says what a day needs until then (see above).
      expect(
        reminderMail(p, p.units[0], ['x@y.vn'], { cutoff: 450, rules: everyDay }, links).text,
      ).toContain('Thu nhận: 50 / 200 (25,0%); cần đạt 11/ngày từ nay đến hạn.');
    });
  });

  describe('a reminder', () => {
    const an = p.units.find((u) => u.name === AN)!;
    const m = reminderMail(p, an, ['ca.an@example.vn'], { cutoff: 450, rules: everyDay }, links);

    it('names the unit and the day in its subject', () => {
      expect(m.subject).toBe(
        '[Tiến Độ] Nhắc báo cáo: Xã An [đã ẩn] chưa gửi số liệu ngày 06/07/2023',
      );
      expect(m).toMatchObject({
        kind: 'reminder',
        unit: AN,
        to: ['ca.an@example.vn'],
        dataDate: july(6),
        units: [AN],
      });
    });

    it("gives the days missing, the cut-off, the unit's progress and a link to its tab", () => {
      expect(m.text).toContain('Kính gửi cán bộ phụ trách Xã An [đã ẩn],');
      expect(m.text).toContain('06/07/2023');
      expect(m.text).toContain('số của ngày 07/07/2023 cần nhập trước 07:30 thứ Bảy 08/07/2023.');
      expect(m.text).toContain('Thu nhận: 50 / 200 (25,0%); cần đạt 11/ngày');
      expect(m.text).toContain(`Mở trang nhập số liệu: ${SHEET}#gid=11&range=A1`);
      expect(m.html).toContain(`<a href="${SHEET}#gid=11&amp;range=A1">Mở trang nhập số liệu</a>`);
      noPersonalNumber(m);
    });

    it('has no link without a tab, and no progress line without a quota', () => {
      const cUnit = p.units.find((u) => u.name === 'C')!;
      const r = reminderMail(p, cUnit, ['c@example.vn'], { cutoff: 1020, rules: weekdays }, links);
      expect(r.subject).toBe('[Tiến Độ] Nhắc báo cáo: C chưa gửi số liệu ngày 06/07/2023');
      // C has reported nothing since the start, 01/07: six days to 06/07, counted, the last
      // three named, and no leading ellipsis.
      expect(r.text).toContain(
        'chưa có số của 6 ngày, từ 01/07 đến 06/07/2023 (gần nhất: 04/07, 05/07, 06/07): xin nhập bổ sung ngay.',
      );
      expect(r.text).not.toContain('…');
      // Data date Thursday 06/07; the next day, Friday 07/07, is due on Monday 10/07 at 17:00
      // when weekends do not count: no "sáng", no "hôm sau".
      expect(r.text).toContain(
        'Số liệu của mỗi ngày cần nhập trước 17:00 ngày tính tiếp theo: số của ngày 07/07/2023 cần nhập trước 17:00 thứ Hai 10/07/2023.',
      );
      expect(r.text).not.toMatch(/sáng|hôm sau/);
      expect(r.text).not.toContain('Thu nhận');
      expect(r.text).not.toContain('Mở trang nhập số liệu');
      expect(r.html).not.toContain('<a ');
    });
  });

  describe('the preview', () => {
    const labels = {
      none: 'Không có thư nào cần gửi.',
      count: (n: number, r: number) => `Sẽ gửi ${n} thư tới ${r} người nhận:`,
      quota: 'Hạn mức còn lại: 100 người nhận.',
      to: 'Gửi tới',
      subject: 'Tiêu đề',
    };
    const digest = digestMail(p, ['bcd@example.vn'], links);
    const an = p.units.find((u) => u.name === AN)!;
    const reminder = reminderMail(
      p,
      an,
      ['ca.an@example.vn', 'pho.an@example.vn'],
      { cutoff: 450, rules: everyDay },
      links,
    );

    it('lists each mail with its recipients, subject and body, and the counts', () => {
      const html = previewHtml([digest, reminder], july(6), labels);
      expect(html).toContain('Sẽ gửi 2 thư tới 3 người nhận:');
      expect(html).toContain('Hạn mức còn lại: 100 người nhận.');
      expect(html).toContain('bcd@example.vn');
      expect(html).toContain('ca.an@example.vn, pho.an@example.vn');
      expect(html).toContain(escapeHtml(digest.subject));
      expect(html).toContain(escapeHtml(reminder.subject));
      expect(html).toContain(digest.html);
      expect(html).toContain(reminder.html);
    });

    it('says there is nothing to send when there is no mail or no data date', () => {
      expect(previewHtml([], july(6), labels)).toContain('Không có thư nào cần gửi.');
      expect(previewHtml([digest], null, labels)).toContain('Không có thư nào cần gửi.');
    });
  });
});

describe("a reminder's days not reported", () => {
  const days = (from: string, n: number) =>
    Array.from({ length: n }, (_, k) =>
      new Date(Date.parse(`${from}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10),
    );

  it('names one day by its date, and up to five all of them', () => {
    expect(missingDays(['2023-08-09'])).toBe('của ngày 09/08/2023');
    expect(missingDays(['2023-08-07', '2023-08-08', '2023-08-09'])).toBe(
      'của 3 ngày: 07/08, 08/08 và 09/08/2023',
    );
    // Weekends not counted: the days named are the days due.
    expect(
      missingDays(['2023-08-03', '2023-08-04', '2023-08-07', '2023-08-08', '2023-08-09']),
    ).toBe('của 5 ngày: 03/08, 04/08, 07/08, 08/08 và 09/08/2023');
  });

  it('counts a long streak from its first day to its last, and names the last three', () => {
    // 14/07–31/07 is 18 days, 01/08–09/08 is 9: 27.
    expect(missingDays(days('2023-07-14', 27))).toBe(
      'của 27 ngày, từ 14/07 đến 09/08/2023 (gần nhất: 07/08, 08/08, 09/08)',
    );
  });

  it('gives the first day its year when the streak began the year before', () => {
    expect(missingDays(days('2023-12-29', 8))).toBe(
      'của 8 ngày, từ 29/12/2023 đến 05/01/2024 (gần nhất: 03/01, 04/01, 05/01)',
    );
  });
});
