// The monthly report's e-mail as a browser shows it, for a campaign of five indicators (the Bỉm
// Sơn sample, whose report of 10/04/2023 covers 24/03–09/04): at 800 px neither the page nor any
// of its tables scrolls sideways, and every unit, subtotal and the total is on screen in each
// table; at 390 px (a phone) the page itself does not scroll sideways (a table's box may) and the
// names are readable. Screenshots go to out/. Same skip rule as the digest's (fixtures/chromium.ts).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBimSonSample } from '../../src/local/sample-bim-son';
import { loadXlsx } from '../../src/local/xlsx';
import type { Chromium } from '../fixtures/chromium';
import { CHROMIUM, close, launch, present, render, required } from '../fixtures/chromium';
import { command, runtime, tempDir } from '../helpers';

if (!present && !required)
  console.warn(`Chromium not found at ${CHROMIUM}: the report's rendering is not checked here.`);

let chromium: Chromium | null = null;
beforeAll(async () => {
  if (present) chromium = await launch();
}, 60_000);
afterAll(() => close(chromium));

/** The names in the tables' second column: unit, subtotal and total rows. */
function rowNames(html: string): string[] {
  const names = [...html.matchAll(/<tr><td>\d*<\/td><td>(?:&nbsp;)*(?:<b>)?([^<]+)/g)].map((m) =>
    m[1].replace(/&amp;/g, '&').trim(),
  );
  return [...new Set(names)];
}

describe.skipIf(!present && !required)('the monthly report’s e-mail in Chromium', () => {
  it('tells a table too wide for 800 px (the check can fail)', async () => {
    const wide =
      '<div style="overflow-x:auto"><table><tr><td>Xã Đầu</td><td style="min-width:1200px"></td></tr></table></div>';
    const r = await render(
      chromium!.browser,
      wide,
      800,
      ['Xã Đầu', 'Xã Vắng'],
      'report-self-check.png',
    );
    expect(r.wrappers.some(([scroll, client]) => scroll > client)).toBe(true);
    expect(r.hidden).toEqual(['Xã Vắng']);
  }, 60_000);

  it('fits five indicators (Bỉm Sơn, 10/04/2023) at 800 px, every name visible', async () => {
    const file = join(tempDir(), 'bim-son.xlsx');
    await buildBimSonSample(file);
    const rt = runtime({ now: Date.UTC(2023, 3, 10, 1, 0) });
    await loadXlsx(rt, file);
    expect(command(rt, 'run').reports).toEqual([
      { kind: 'monthly', from: '2023-03-24', to: '2023-04-09' },
    ]);
    const mail = rt.mail.sent.find((m) => m.subject.startsWith('[Tiến Độ] Báo cáo tháng'))!;
    const html = mail.htmlBody!;
    expect(html.split('<table').length - 1).toBeGreaterThan(1);
    const names = rowNames(html);
    expect(names.length).toBeGreaterThan(10);
    expect(names).toContain('Tổng số');
    const wide = await render(chromium!.browser, html, 800, names, 'report-bim-son-800.png');
    expect(wide.hidden).toEqual([]);
    expect(wide.page[0]).toBeLessThanOrEqual(wide.page[1]);
    for (const [scroll, client] of wide.wrappers) expect(scroll).toBeLessThanOrEqual(client);
    const phone = await render(chromium!.browser, html, 390, names, 'report-bim-son-390.png');
    expect(phone.page[0]).toBeLessThanOrEqual(phone.page[1]);
  }, 120_000);
});
