// The digest as a browser shows it: headless Chromium renders the HTML part at a phone's width
// (390 px) and a desktop mail client's (800 px). At 800 px nothing scrolls sideways, neither the
// page nor a table; at both widths every unit the table names is on screen, not clipped or
// covered. Screenshots go to out/ (git-ignored) for a person to look at. Without Chromium the
// test is skipped, unless TIEN_DO_REQUIRE_OFFICE=1 (CI), where it fails.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestContext } from '../../src/core/digest-context';
import { digestMail } from '../../src/core/digest-email';
import { previewHtml } from '../../src/core/mail-preview';
import { computeProgress } from '../../src/core/progress';
import { buildBimSonSample } from '../../src/local/sample-bim-son';
import { loadXlsx } from '../../src/local/xlsx';
import type { Chromium, Rendered } from '../fixtures/chromium';
import {
  CHROMIUM,
  close,
  launch,
  present,
  render as renderIn,
  required,
} from '../fixtures/chromium';
import { MORNING, digestCampaign } from '../fixtures/digest-campaign';
import { command, runtime, sampleRuntime, tempDir } from '../helpers';

const WIDTHS = [800, 390] as const;

if (!present && !required)
  console.warn(`Chromium not found at ${CHROMIUM}: the digest's rendering is not checked here.`);

let chromium: Chromium | null = null;
beforeAll(async () => {
  if (present) chromium = await launch();
}, 60_000);
afterAll(() => close(chromium));

/** Renders an HTML body at a width, checks what it can, and saves a screenshot. */
const render = (html: string, width: number, names: string[], shot: string): Promise<Rendered> =>
  renderIn(chromium!.browser, html, width, names, shot, { startsWith: true });

/** The names the digest's table lists: the text of each row's first cell up to its note. */
function tableNames(html: string): string[] {
  return [...html.matchAll(/<tr><td>(?:<a [^>]*>)?([^<]+)/g)].map((m) =>
    m[1]
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"'),
  );
}

async function check(html: string, name: string): Promise<void> {
  const names = tableNames(html);
  expect(names.length).toBeGreaterThan(0);
  for (const width of WIDTHS) {
    const r = await render(html, width, names, `${name}-${width}.png`);
    expect(r.hidden, `names hidden at ${width} px`).toEqual([]);
    // No sideways scroll of the page at either width.
    expect(r.page[0], `page scroll at ${width} px`).toBeLessThanOrEqual(r.page[1]);
    // At 800 px every table fits: no scroll inside its wrapper either.
    if (width === 800)
      for (const [scroll, client] of r.wrappers) expect(scroll).toBeLessThanOrEqual(client);
  }
}

describe.skipIf(!present && !required)('the digest in Chromium, 390 and 800 px wide', () => {
  it('finds Chromium (CI sets TIEN_DO_REQUIRE_OFFICE=1 and installs it)', () => {
    expect(present, `no Chromium at ${CHROMIUM}`).toBe(true);
  });

  it('tells a page that scrolls sideways and a name pushed off screen (the checks can fail)', async () => {
    const wide =
      '<table width="1200"><tr><td>Xã Đầu</td><td width="1100"></td><td>Xã Cuối</td></tr></table>';
    const r = await render(wide, 800, ['Xã Đầu', 'Xã Cuối', 'Xã Vắng'], 'self-check.png');
    expect(r.page[0]).toBeGreaterThan(r.page[1]);
    expect(r.hidden).toEqual(['Xã Cuối', 'Xã Vắng']);
  }, 60_000);

  it("renders the Cần Giờ sample's digest (what npm start sends)", async () => {
    const rt = await sampleRuntime();
    command(rt, 'run');
    await check(rt.mail.sent[0].htmlBody!, 'digest');
  }, 60_000);

  it('fits the preview dialog (860 px wide) with the digest and a reminder in it', async () => {
    const rt = await sampleRuntime();
    command(rt, 'run');
    const [digest, reminder] = rt.mail.sent;
    const asMail = (m: typeof digest, kind: 'digest' | 'reminder') => ({
      kind,
      unit: '',
      to: m.to,
      subject: m.subject,
      html: m.htmlBody!,
      text: m.body,
      dataDate: '2023-07-13',
      units: [],
    });
    const html = previewHtml(
      [asMail(digest, 'digest'), asMail(reminder, 'reminder')],
      '2023-07-13',
      {
        none: '',
        count: () => 'Sẽ gửi 2 thư',
        quota: 'Hạn mức',
        to: 'Gửi tới',
        subject: 'Tiêu đề',
      },
    );
    // The dialog's content is narrower than the dialog: 860 less its frame.
    const r = await render(html, 820, tableNames(html), 'digest-preview-820.png');
    expect(r.hidden).toEqual([]);
    expect(r.page[0]).toBeLessThanOrEqual(r.page[1]);
  }, 60_000);

  it('renders long names on two levels, a unit without a tab, figures left out and flagged', async () => {
    const long = 'Khu phố 12 — Phường Nguyễn Thị Minh Khai mở rộng (địa bàn dân cư mới)';
    const campaign = digestCampaign({
      more: [
        { name: long, parent: 'Huyện Cần Giờ > Xã Bình Khánh', quota: 20000 },
        { name: 'Ấp Bình Mỹ', parent: 'Huyện Cần Giờ > Xã Bình Khánh', quota: 9000 },
      ],
      withoutTab: [{ name: 'Xã Mới Thành Lập', parent: 'Huyện Cần Giờ', quota: 5000 }],
      extraRows: {
        'Cần Thạnh': [[{ kind: 'date', date: '2023-07-01', day: 19539, minutes: 0 }, 'năm', -3]],
      },
      // An outlier counted all the same: listed in the quality section, marked in the table.
      typed: { 'Long Hòa': { 13: [6300, 30] } },
    });
    const p = computeProgress(campaign, '2023-07-13', MORNING);
    const links = {
      sheet: 'https://example.vn/s',
      tab: (t: string) => `https://example.vn/s#${t.length}`,
    };
    const m = digestMail(p, ['x@y.vn'], links, [], digestContext(campaign, p));
    expect(m.html).toContain(long);
    expect(m.html).toContain('⚠ số liệu cần kiểm tra');
    await check(m.html, 'digest-levels');
  }, 60_000);

  it('renders a campaign of five indicators (Bỉm Sơn) in tables that fit', async () => {
    const file = join(tempDir(), 'bim-son.xlsx');
    await buildBimSonSample(file);
    const rt = runtime({ now: Date.UTC(2023, 3, 15, 1, 0) });
    await loadXlsx(rt, file);
    command(rt, 'run');
    const digest = rt.mail.sent.find((m) => m.subject.includes('số liệu đến'))!;
    await check(digest.htmlBody!, 'digest-bim-son');
  }, 60_000);
});
