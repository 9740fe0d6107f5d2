// The daily report composed from the Cần Giờ appendix (test/fixtures/digest-campaign.ts): every
// expected figure below is the appendix's own, or worked out by hand from the fixture's rows.
import { describe, expect, it } from 'vitest';
import { digestContext } from '../../src/core/digest-context';
import { DIGEST_BODY_MAX, digestMail } from '../../src/core/digest-email';
import { ranking, unitOrder } from '../../src/core/digest-order';
import type { MailLinks } from '../../src/core/email';
import { historySheet } from '../../src/core/history-sheet';
import { computeProgress } from '../../src/core/progress';
import { DIGEST } from '../../src/core/messages-digest';
import { STATUS_LABELS, SUMMARY_COLUMN } from '../../src/core/vocabulary';
import { MORNING, digestCampaign } from '../fixtures/digest-campaign';

const SHEET = 'https://docs.google.com/spreadsheets/d/abc/edit';
const links: MailLinks = { sheet: SHEET, tab: (tab) => `${SHEET}#gid=${tab.length}` };

const campaign = digestCampaign();
const p = computeProgress(campaign, '2023-07-13', MORNING);
const context = digestContext(campaign, p);
const m = digestMail(p, ['bcd@example.vn'], links, [], context);
const line = (start: string) => m.text.split('\n').find((l) => l.startsWith(start));

describe('the daily report, like the appendix of plan 135/KH-BCĐ', () => {
  it("gives each unit the day's figure, cumulative, %, remaining, required a day, backlog", () => {
    // Cần Thạnh: 2.173 of 10.152 = 21,4%; 7.979 left ÷ 115 days = 69,4 → 69; backlog
    // 2.173 − 1.122 = 1.051 ÷ 115 = 9,1 → 9; 50 collected and 20 activated on 13/07; its pace
    // (50 a day) is under 69: behind.
    expect(line('- Cần Thạnh')).toBe(
      '- Cần Thạnh — Thu nhận: ngày 13/07: +50, lũy kế 2.173/10.152 (21,4%), còn lại 7.979, cần 69/ngày; ' +
        'Kích hoạt: ngày 13/07: +20, lũy kế 1.122; Chưa kích hoạt: 1.051, cần 9/ngày; Chậm tiến độ',
    );
    // Thạnh An did not report 13/07: no figure of the day, missing since 13/07.
    expect(line('- Thạnh An')).toBe(
      '- Thạnh An [chưa báo cáo từ ngày 13/07] — Thu nhận: ngày 13/07: chưa có số, lũy kế 1.151/4.055 (28,4%), còn lại 2.904, cần 25/ngày; ' +
        'Kích hoạt: ngày 13/07: chưa có số, lũy kế 260; Chưa kích hoạt: 891, cần 8/ngày; Chậm tiến độ',
    );
    for (const [name, required, backlog] of [
      ['Bình Khánh', '125', '15'],
      ['Tam Thôn Hiệp', '37', '7'],
      ['An Thới Đông', '95', '8'],
      ['Long Hòa', '68', '13'],
      ['Lý Nhơn', '35', '8'],
    ]) {
      expect(line(`- ${name}`)).toContain(`cần ${required}/ngày; Kích hoạt`);
      expect(line(`- ${name}`)).toContain(`, cần ${backlog}/ngày;`);
    }
  });

  it('gives the total as the appendix does, and the figure of the day summed', () => {
    // 14.210 of 66.392; 52.182 ÷ 115 = 453,8 → 454; backlog 7.739 ÷ 115 = 67,3 → 67; on 13/07
    // the five communes that reported collected 50 + 130 + 30 + 100 + 70 = 380 and activated
    // 20 + 60 + 10 + 40 + 30 = 160.
    expect(line('= Tổng số')).toBe(
      '= Tổng số — Thu nhận: ngày 13/07: +380, lũy kế 14.210/66.392 (21,4%), còn lại 52.182, cần 454/ngày; ' +
        'Kích hoạt: ngày 13/07: +160, lũy kế 6.471; Chưa kích hoạt: 7.739, cần 67/ngày; Chậm tiến độ',
    );
    expect(m.text).toContain(
      '- Chưa kích hoạt: 7.739 hồ sơ đã thu nhận chưa kích hoạt; cần kích hoạt 67/ngày',
    );
    expect(m.text).toContain('- Kích hoạt: lũy kế 6.471; ngày 13/07: +160;');
    expect(line('- Cộng Huyện Cần Giờ')).toContain('lũy kế 14.210/66.392 (21,4%)');
  });

  it('puts the units missing first, then those behind (lowest share first), then the rest', () => {
    const order = m.text
      .split('\n')
      .filter((l) => /^- (?!Cộng)/.test(l) && l.includes(' — '))
      .map((l) => l.slice(2, l.indexOf(' ')) + (l.includes('Thôn') ? ' Thôn' : ''));
    expect(unitOrder(p).missing.map((u) => u.name)).toEqual(['Thạnh An', 'Lý Nhơn']);
    // Behind and reporting: Cần Thạnh 21,40% before Tam Thôn Hiệp 21,66%.
    expect(unitOrder(p).behind.map((u) => u.name)).toEqual(['Cần Thạnh', 'Tam Thôn Hiệp']);
    expect(unitOrder(p).rest.map((u) => u.name)).toEqual([
      'Bình Khánh',
      'An Thới Đông',
      'Long Hòa',
    ]);
    expect(order).toHaveLength(7);
    const sections = m.text
      .split('\n')
      .filter((l) => /^(Chưa báo cáo|Chậm tiến độ|Các đơn vị|Theo cấp)/.test(l));
    expect(sections).toEqual([
      'Chưa báo cáo (2):',
      'Chậm tiến độ hoặc quá hạn (4, trong đó 2 đơn vị đã nêu ở mục chưa báo cáo):',
      'Các đơn vị khác (3):',
      'Theo cấp:',
    ]);
    // The HTML table in the same order.
    const names = [...m.html.matchAll(/<tr><td><a [^>]*>([^<]+)<\/a>/g)].map((x) => x[1]);
    expect(names).toEqual([
      'Thạnh An',
      'Lý Nhơn',
      'Cần Thạnh',
      'Tam Thôn Hiệp',
      'Bình Khánh',
      'An Thới Đông',
      'Long Hòa',
    ]);
  });

  it('ranks the best and the weakest by share of target and by pace against required', () => {
    // Shares: Thạnh An 28,4%, Lý Nhơn 27,9%, Long Hòa 21,9%, Tam Thôn Hiệp 21,7% … An Thới
    // Đông 16,2%, Bình Khánh 21,2%, Cần Thạnh 21,4%. Thạnh An and Lý Nhơn did not report
    // 13/07: ranked by old figures, never among the best (the weakest keep them); of the four
    // above the weakest three, Long Hòa and Tam Thôn Hiệp are left. Pace ÷ required: An Thới
    // Đông 100/95 = 1,05, Bình Khánh 130/125 = 1,04, Long Hòa 70/68 = 1,03 … Thạnh An
    // (120/7)/25 = 0,69, Cần Thạnh 50/69 = 0,72, Tam Thôn Hiệp 30/37 = 0,81.
    const r = ranking(p);
    const names = (list: { unit: { name: string } }[]) => list.map((x) => x.unit.name);
    expect(names(r.share.best)).toEqual(['Long Hòa', 'Tam Thôn Hiệp']);
    expect(names(r.share.weakest)).toEqual(['An Thới Đông', 'Bình Khánh', 'Cần Thạnh']);
    expect(names(r.pace.best)).toEqual(['An Thới Đông', 'Bình Khánh', 'Long Hòa']);
    expect(names(r.pace.weakest)).toEqual(['Thạnh An', 'Cần Thạnh', 'Tam Thôn Hiệp']);
    expect(m.text).toContain('Cao nhất: 1. Long Hòa: 21,9%; 2. Tam Thôn Hiệp: 21,7%\n');
    expect(m.text).toContain('1. An Thới Đông: 1,05 lần (100,0/ngày, cần 95/ngày)');
    expect(m.text).toContain('Thấp nhất: 1. Thạnh An: 0,69 lần (17,1/ngày, cần 25/ngày)');
  });

  it('draws the trend week by week from the start against the plan line, without images', () => {
    // Openings: 14.210 − 7 × 380 − 6 × 60 = 11.190 until the first rows (07/07). The plan runs
    // from 11.190 to 66.392 over the 133 days 26/06–05/11: 11.190 + 55.202 × k ÷ 133 after k
    // days: 1 → 11.605, 4 → 12.850, 11 → 15.756, 18 → 18.661.
    expect(context.trend!.points).toEqual([
      { date: '2023-06-26', cumulative: 11190, plan: 11605 },
      { date: '2023-06-29', cumulative: 11190, plan: 12850 },
      { date: '2023-07-06', cumulative: 11190, plan: 15756 },
      { date: '2023-07-13', cumulative: 14210, plan: 18661 },
    ]);
    // Ten blocks for the largest figure, 18.661: 14.210 is 7,6 of them → 8.
    expect(m.text).toContain('████████░░ 13/07: 14.210 / kế hoạch 18.661 (-4.451)');
    expect(m.html).not.toMatch(/<img|<script|<link|<style|url\(/i);
  });

  it("ends the trend where Lịch sử's row of the data date stands", () => {
    // The same total and the same plan line as the sheet's chart, by two separate paths.
    const [, cumulative, plan] = historySheet(null, p, campaign, '14/07/2023 08:00').rows[1];
    expect(context.trend!.points.at(-1)).toEqual({ date: '2023-07-13', cumulative, plan });
  });

  it('starts the plan line, in Lịch sử and in the trend alike, from the openings of the units that report the indicator', () => {
    // A school that reports Kích hoạt only (Chỉ số) has a Đầu kỳ Thu nhận of 500 typed: it has no
    // Thu nhận in any total, so neither has its opening. The plan still starts from 11.190 and
    // stands at 18.661 on 13/07 (not 11.690 + 54.702 × 18 ÷ 133 = 19.093).
    const c = digestCampaign({
      reportsOnly: [{ name: 'Trường THCS', quota: '', opening: [500, 100], reports: 'Kích hoạt' }],
    });
    const q = computeProgress(c, '2023-07-13', MORNING);
    const [, cumulative, plan] = historySheet(null, q, c, '14/07/2023 08:00').rows[1];
    expect([cumulative, plan]).toEqual([14210, 18661]);
    const t = digestContext(c, q).trend!;
    expect(t.points[0]).toEqual({ date: '2023-06-26', cumulative: 11190, plan: 11605 });
    expect(t.points.at(-1)).toEqual({ date: '2023-07-13', cumulative: 14210, plan: 18661 });
  });

  it('says the data is clean when Kiểm tra has no error', () => {
    expect(m.text).toContain('Chất lượng số liệu:\n- Trang "Kiểm tra" không có lỗi.');
  });

  it('keeps the subject and the units named', () => {
    expect(m.subject).toBe(
      '[Tiến Độ] Cấp tài khoản ĐDĐT mức 2 — huyện Cần Giờ — số liệu đến 13/07/2023: 2 đơn vị chưa báo cáo, 4 đơn vị chậm tiến độ',
    );
    // Missing or behind, in the order of Đơn vị.
    expect(m.units).toEqual(['Cần Thạnh', 'Tam Thôn Hiệp', 'Thạnh An', 'Lý Nhơn']);
  });
});

describe('the data-quality line', () => {
  const bad = digestCampaign({
    withoutTab: [{ name: 'Xã Mới', parent: 'Huyện Cần Giờ', quota: 1000 }],
    extraRows: {
      // A duplicate date (the whole row left out), and text and a negative in a row of their own.
      'Long Hòa': [[{ kind: 'date', date: '2023-07-13', day: 19551, minutes: 0 }, 999, 5]],
      'Cần Thạnh': [[{ kind: 'date', date: '2023-07-01', day: 19539, minutes: 0 }, 'năm', -3]],
    },
  });
  const q = digestContext(bad, computeProgress(bad, '2023-07-13', MORNING)).quality;
  const mail = digestMail(computeProgress(bad, '2023-07-13', MORNING), ['x@y.vn'], links, [], {
    quality: q,
    trend: null,
  });

  it('counts the errors of Kiểm tra per sheet and the cells left out of the totals', () => {
    // Cần Thạnh: "năm" and the negative in row 9 (the header, 7 rows 07–13/07, then this row);
    // Long Hòa: the duplicate 13/07 in row 9; Đơn vị: the missing tab, found when Xã Mới (after
    // the seven) is read. In the order of Kiểm tra: sheets as first found.
    expect(q.sheets.map((s) => [s.sheet, s.errors, s.leftOut])).toEqual([
      ['Cần Thạnh', 2, ['B9', 'C9']],
      ['Long Hòa', 1, ['A9']],
      ['Đơn vị', 1, []],
    ]);
    expect(q.noTab).toEqual(['Xã Mới']);
    expect(mail.text).toContain('Trang "Kiểm tra" có 4 lỗi');
    expect(mail.text).toContain(
      'Ô số liệu không được tính vào tổng (3): Cần Thạnh: 2 ô (B9, C9), Long Hòa: 1 ô (A9).',
    );
    expect(mail.text).toContain('Đơn vị chưa có trang số liệu (1): Xã Mới');
  });

  it('says a unit without a tab has no tab, not that it has not reported for 18 days', () => {
    expect(mail.text).toContain('- Xã Mới [chưa có trang số liệu] —');
    expect(mail.text).not.toMatch(/Xã Mới.*chưa báo cáo từ/);
  });
});

describe('text a person typed, in every section', () => {
  it('has no personal number and no markup in the table, the quality line or the ranking', () => {
    const odd = 'Xã <b>Mới</b> 0912 345 678';
    const c = digestCampaign({
      withoutTab: [{ name: odd, parent: 'Huyện "Mới" & Cần Giờ', quota: 1000 }],
      more: [{ name: 'Ấp 079123456789', parent: 'Huyện "Mới" & Cần Giờ', quota: 3000 }],
    });
    const q = computeProgress(c, '2023-07-13', MORNING);
    const mail = digestMail(q, ['x@y.vn'], links, [], digestContext(c, q));
    for (const part of [mail.html, mail.text]) {
      expect(part).not.toMatch(/0912|345 678|079123456789|<b>Mới/);
      expect(part).toContain('Xã ‹b›Mới‹/b› [đã ẩn]');
    }
    // Named in the quality line (no tab), the table, and the ranking (Ấp [đã ẩn], 2.173 of 3.000).
    expect(mail.text).toContain('Đơn vị chưa có trang số liệu (1): Xã ‹b›Mới‹/b› [đã ẩn]');
    expect(mail.text).toContain('Cao nhất: 1. Ấp [đã ẩn]: 72,4%');
    // A level's name escaped too ('>' separates levels in Cấp trên, so no '<' here).
    expect(mail.html).toContain('Cộng Huyện &quot;Mới&quot; &amp; Cần Giờ');
  });
});

describe('the size rules', () => {
  it('cuts a province down to the worst of each list and of the levels, and says how many more', () => {
    // 1,500 units without a tab, each under a district and a commune of its own: 3,000 levels
    // and 1,500 units missing. Whatever cut fits, what is shown and what is counted add up.
    const withoutTab = Array.from({ length: 1500 }, (_, k) => ({
      name: `Tổ dân phố số ${k + 1} thuộc khu dân cư mới`,
      parent: `Huyện ${k + 1} > Xã ${k + 1}`,
      quota: 100,
    }));
    const c = digestCampaign({ withoutTab });
    const q = computeProgress(c, '2023-07-13', MORNING);
    const big = digestMail(q, ['x@y.vn'], links, [], digestContext(c, q));
    expect(Buffer.byteLength(big.html)).toBeLessThanOrEqual(DIGEST_BODY_MAX);
    expect(Buffer.byteLength(big.text)).toBeLessThanOrEqual(DIGEST_BODY_MAX);
    const levels = q.groups.length;
    expect(levels).toBe(1 + 3000); // Huyện Cần Giờ and the new ones
    const shownLevels = (big.html.match(/>Cộng /g) ?? []).length;
    expect(shownLevels).toBeLessThan(levels);
    expect(big.text).toContain(
      `Hàng cộng theo cấp: thêm ${levels - shownLevels} hàng ở trang "Tổng hợp".`,
    );
    const shownUnits = (big.html.match(/<tr><td><a /g) ?? []).length;
    // The missing: the 1,500 and Thạnh An, Lý Nhơn; the behind that reported: 2.
    expect(big.text).toContain(
      `bảng chỉ gồm ${shownUnits} đơn vị chưa báo cáo hoặc chậm tiến độ (trong 1507 đơn vị).`,
    );
    expect(big.text).toContain(`… và ${1502 + 2 - shownUnits} đơn vị khác`);
  });

  it('keeps a small campaign whole, well under 200 KB', () => {
    expect(Buffer.byteLength(m.html)).toBeLessThan(DIGEST_BODY_MAX / 4);
    expect(m.text).not.toContain('Bảng đầy đủ');
  });
});

describe('the words of the digest', () => {
  it('takes the words Tổng hợp uses from its vocabulary rather than repeating them', () => {
    // A word or a phrase of one argument ("Cộng X") that DIGEST would hold a second copy of.
    const say = (v: unknown) =>
      typeof v === 'string' ? v : typeof v === 'function' && v.length === 1 ? String(v('X')) : null;
    const summary = new Set(
      [...Object.values(SUMMARY_COLUMN), ...Object.values(STATUS_LABELS)].map(say).filter(Boolean),
    );
    // "Số" over the backlog's count is not Tổng hợp's "Số" (a target given as a count).
    const homonyms = ['backlogCount'];
    const repeated = Object.entries(DIGEST)
      .filter(([k, v]) => summary.has(say(v)) && !homonyms.includes(k))
      .map(([k]) => k);
    expect(repeated).toEqual([]);
    // And the table says them as Tổng hợp does.
    expect(m.html).toContain('>Đơn vị</th>');
    expect(m.html).toContain('>Trạng thái</th>');
    expect(m.html).toContain('<th colspan="2">Chưa kích hoạt</th>');
    expect(m.text).toContain('\n= Tổng số — ');
  });

  it('writes the first day of a streak the same way in Tổng hợp and in the digest', () => {
    expect(SUMMARY_COLUMN.missing('2023-07-13')).toBe('Chưa báo cáo từ 13/07');
    expect(line('- Thạnh An')).toContain('[chưa báo cáo từ ngày 13/07]');
  });
});
