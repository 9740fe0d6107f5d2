// What a user trial and a review found in the daily report: figures flagged in Kiểm tra that
// still count, settings errors, an empty heading, a phase name typed by a person, a ranking of
// silent units or of zeros. Expected values worked out by hand from the Cần Giờ fixture
// (test/fixtures/digest-campaign.ts: every commune enters the same figures a day from 07/07,
// the header in row 1, so 07/07 is row 2 and 13/07 row 8).
import { describe, expect, it } from 'vitest';
import { digestContext } from '../../src/core/digest-context';
import { digestMail } from '../../src/core/digest-email';
import { ranking } from '../../src/core/digest-order';
import type { MailLinks } from '../../src/core/email';
import { computeProgress } from '../../src/core/progress';
import { MORNING, digestCampaign } from '../fixtures/digest-campaign';
import type { DigestCampaignOptions } from '../fixtures/digest-campaign';

const SHEET = 'https://docs.google.com/spreadsheets/d/abc/edit';
const links: MailLinks = { sheet: SHEET, tab: (tab) => `${SHEET}#gid=${tab.length}` };

function digest(options: DigestCampaignOptions, asOf = '2023-07-13') {
  const campaign = digestCampaign(options);
  const p = computeProgress(campaign, asOf, MORNING);
  const context = digestContext(campaign, p);
  const mail = digestMail(p, ['bcd@example.vn'], links, [], context);
  return { campaign, p, context, mail };
}
const names = (list: { unit: { name: string } }[]) => list.map((x) => x.unit.name);

describe('a figure flagged in Kiểm tra that still counts', () => {
  // Long Hòa types 6300 for 13/07 where it enters 70 a day: six times its usual day and more,
  // an `outlier` warning at B8, counted all the same. Its cumulative becomes 2.181 + 6.230 =
  // 8.411 of 9.949 (84,5%), its pace (6 × 70 + 6.300) ÷ 7 = 960 a day against 13 required
  // (1.538 ÷ 115 = 13,4 → 13): on track, and first of both rankings were it not flagged.
  const { campaign, p, context, mail } = digest({ typed: { 'Long Hòa': { 13: [6300, 30] } } });

  it('is a warning of Kiểm tra, and moves the unit as the trial saw', () => {
    expect(campaign.findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ['warning', 'outlier', 'Long Hòa', 'B8'],
    ]);
    const longHoa = p.units.find((u) => u.name === 'Long Hòa')!;
    expect(longHoa.indicators['Thu nhận'].cumulative).toBe(8411);
    expect(longHoa.status).toBe('on-track');
  });

  it('is named in the quality section: unit, cell, date, value and what the check says', () => {
    expect(context.quality.flags.counted).toEqual([
      { unit: 'Long Hòa', cell: 'B8', code: 'outlier', value: 6300, date: '2023-07-13' },
    ]);
    expect(mail.text).toContain(
      'Chất lượng số liệu:\n' +
        '- Trang "Kiểm tra" không có lỗi; có 1 cảnh báo nên xem.\n' +
        '- Số liệu có cảnh báo nhưng vẫn được tính vào tổng (1): Long Hòa ô B8, ngày 13/07: 6.300 (số bất thường) — ' +
        'hãy kiểm tra: nếu số sai, tiến độ, trạng thái và xếp hạng của đơn vị (và tổng) sai theo.',
    );
    expect(mail.html).toContain('Long Hòa ô B8, ngày 13/07: 6.300 (số bất thường)');
    expect(mail.html).toContain('Mở trang &quot;Kiểm tra&quot;');
  });

  it("marks the unit's row of the table", () => {
    expect(mail.text).toMatch(
      /\n- Long Hòa \[⚠ số liệu cần kiểm tra\] — Thu nhận: ngày 13\/07: \+6\.300,/,
    );
    expect(mail.html).toMatch(/>Long Hòa<\/a><br><span [^>]*>⚠ số liệu cần kiểm tra<\/span>/);
    // The others are not marked.
    expect(mail.text.match(/⚠/g)).toHaveLength(1);
  });

  it('leaves the unit out of the best of both rankings, and says so in one line', () => {
    expect(context.quality.flags.recent).toEqual(['Long Hòa']);
    const r = ranking(p, context.quality.flags.recent);
    // Shares: Long Hòa 84,5%, Thạnh An 28,4% and Lý Nhơn 27,9% (missing), Tam Thôn Hiệp 21,7%;
    // the weakest three An Thới Đông, Bình Khánh, Cần Thạnh. Only Tam Thôn Hiệp is left.
    expect(names(r.share.best)).toEqual(['Tam Thôn Hiệp']);
    expect(names(r.share.weakest)).toEqual(['An Thới Đông', 'Bình Khánh', 'Cần Thạnh']);
    // Pace ÷ required: Long Hòa 960/13 = 73,8, An Thới Đông 1,05, Bình Khánh 1,04, Lý Nhơn
    // (6 × 40 ÷ 7)/35 = 0,98 (missing); weakest Thạnh An 0,69, Cần Thạnh 0,72, Tam Thôn Hiệp 0,81.
    expect(names(r.pace.best)).toEqual(['An Thới Đông', 'Bình Khánh']);
    expect(mail.text).toContain(
      'Xếp hạng đơn vị (làm căn cứ khen thưởng, nhắc nhở):\n' +
        'Không xếp vào nhóm cao nhất vì có số liệu cần kiểm tra trong 7 ngày gần nhất (từ 07/07): Long Hòa.\n',
    );
    expect(mail.text).toContain('Cao nhất: 1. Tam Thôn Hiệp: 21,7%\n');
    expect(mail.text).not.toMatch(/Cao nhất: [^\n]*Long Hòa/);
  });
});

describe('flagged figures and the pace window', () => {
  // Errors in rows added below the seven days: Cần Thạnh's row dated 01/07 (its Kích hoạt, 5,
  // counts; "năm" is left out) is before the window 07/07–13/07; Long Hòa's second row for 13/07
  // (a duplicate date, the whole row left out) has no date of its own, and after the row of 13/07
  // it can only be in the window.
  const { context, mail } = digest({
    extraRows: {
      'Cần Thạnh': [[{ kind: 'date', date: '2023-07-01', day: 19539, minutes: 0 }, 'năm', 5]],
      'Long Hòa': [[{ kind: 'date', date: '2023-07-13', day: 19551, minutes: 0 }, 999, 5]],
    },
  });

  it('marks both units, and keeps from the best only the one flagged in the window', () => {
    expect(context.quality.flags.marked).toEqual(['Cần Thạnh', 'Long Hòa']);
    expect(context.quality.flags.recent).toEqual(['Long Hòa']);
    expect(context.quality.flags.counted).toEqual([]);
    expect(mail.text).toContain('- Cần Thạnh [⚠ số liệu cần kiểm tra] —');
  });

  it('says figures of unit tabs were left out, so progress may be wrong', () => {
    expect(mail.text).toContain(
      '- Trang "Kiểm tra" có 2 lỗi: số liệu ở các ô lỗi của trang đơn vị không được tính, nên tiến độ và trạng thái của các đơn vị đó có thể sai.',
    );
  });
});

describe('an error in Cấu hình', () => {
  // `Ngày báo cáo tháng` = 31 in row 5 of Cấu hình (below the four rows): no figure is left out.
  const { context, mail } = digest({ settings: [['Ngày báo cáo tháng', 31]] });

  it('is named by sheet and cell, without saying figures were left out', () => {
    expect(context.quality.settings).toEqual([
      { sheet: 'Cấu hình', cell: 'B5', code: 'setting-invalid' },
    ]);
    expect(mail.text).toContain('- Trang "Kiểm tra" có 1 lỗi.\n');
    expect(mail.text).toContain(
      '- Lỗi ở trang thiết lập (1): Cấu hình ô B5: Thiết lập không hợp lệ — cách sửa: xem trang "Kiểm tra".',
    );
    expect(mail.text).not.toContain('không được tính');
  });
});

describe('the table when every unit behind is also missing', () => {
  // Cần Thạnh enters 100 a day instead of 50 (2.523, 7.629 left ÷ 115 = 66,3 → 66 a day: on
  // track at 100) and Tam Thôn Hiệp 60 instead of 30 (1.384, 4.035 ÷ 115 = 35,1 → 35: on track
  // at 60); the three others reporting are on track already. Behind: Thạnh An (17,1 a day for
  // 25) and Lý Nhơn (240 ÷ 7 = 34,3 for 3.981 ÷ 115 = 34,6 → 35), both missing 13/07.
  const week = (c: number, a: number) =>
    Object.fromEntries([7, 8, 9, 10, 11, 12, 13].map((d) => [d, [c, a] as [number, number]]));
  const { p, mail } = digest({
    typed: { 'Cần Thạnh': week(100, 20), 'Tam Thôn Hiệp': week(60, 10) },
  });

  it('says in one sentence that they are listed above, with no empty heading', () => {
    const behind = p.units.filter((u) => u.status === 'behind').map((u) => u.name);
    expect(behind).toEqual(['Thạnh An', 'Lý Nhơn']);
    const sections = mail.text
      .split('\n')
      .filter((l) => /^(Chưa báo cáo|Chậm tiến độ|Cả |Các đơn vị|Theo cấp)/.test(l));
    expect(sections).toEqual([
      'Chưa báo cáo (2):',
      'Cả 2 đơn vị chậm tiến độ hoặc quá hạn đều chưa báo cáo, đã nêu ở mục trên.',
      'Các đơn vị khác (5):',
      'Theo cấp:',
    ]);
    expect(mail.html).not.toContain('Chậm tiến độ hoặc quá hạn (');
    expect(mail.html).toMatch(
      /<tr><td colspan="\d+" style="color:#5f6368">Cả 2 đơn vị chậm tiến độ hoặc quá hạn đều chưa báo cáo, đã nêu ở mục trên\.<\/td><\/tr>/,
    );
  });
});

describe('the phase name in the head', () => {
  it('is cleaned as any text a person typed', () => {
    const { mail } = digest({
      phases: [
        ['Giai đoạn', 'Từ ngày', 'Đến ngày'],
        [
          'Cao điểm <b>1</b> gọi 0912 345 678',
          { kind: 'date', date: '2023-06-26', day: 19534, minutes: 0 },
          { kind: 'date', date: '2023-11-05', day: 19666, minutes: 0 },
        ],
      ],
    });
    const head = mail.text.split('\n')[1];
    expect(head).toContain('Giai đoạn Cao điểm ‹b›1‹/b› gọi [đã ẩn] (26/06/2023 – 05/11/2023)');
    expect(mail.text).not.toMatch(/0912|<b>/);
  });
});
