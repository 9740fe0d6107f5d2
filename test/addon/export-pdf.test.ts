// "Xuất PDF": a dialog of Google's export links, with no new permission asked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, bundle, sampleRuntime } from '../helpers';

describe('Xuất PDF', () => {
  it("opens a dialog linking Tổng hợp's PDF export, the appendix's and the monthly reports' once they exist", async () => {
    const rt = await sampleRuntime();
    bundle(rt).summarizeProgress();
    // A workbook summarised before the appendix existed: Tổng hợp alone.
    rt.spreadsheet.deleteSheet(rt.spreadsheet.getSheetByName('Phụ lục thống kê')!);
    rt.calls.reset();
    bundle(rt).exportPdf();
    expect(rt.dialogs.map((d) => [d.kind, d.title])).toEqual([['modal', 'Xuất PDF để in']]);
    const id = rt.spreadsheet.getId();
    const gid = rt.spreadsheet.getSheetByName('Tổng hợp')!.getSheetId();
    const html = rt.dialogs[0].message!;
    expect(html).toContain(
      `href="https://docs.google.com/spreadsheets/d/${id}/export?format=pdf&amp;gid=${gid}&amp;size=A4&amp;portrait=false&amp;fitw=true&amp;`,
    );
    expect(html.match(/<a /g)).toHaveLength(1);
    // It writes nothing.
    expect(rt.calls.summary().writes).toBe(0);

    bundle(rt).summarizeProgress();
    const appendix = rt.spreadsheet.getSheetByName('Phụ lục thống kê')!.getSheetId();
    bundle(rt).exportPdf();
    expect(rt.dialogs[1].message!.match(/<a /g)).toHaveLength(2);
    expect(rt.dialogs[1].message).toContain(`gid=${appendix}&amp;`);

    // Once a monthly report is written, its sheet is offered too.
    rt.spreadsheet.insertSheet('Báo cáo tháng');
    const monthly = rt.spreadsheet.getSheetByName('Báo cáo tháng')!.getSheetId();
    bundle(rt).exportPdf();
    expect(rt.dialogs[2].message!.match(/<a /g)).toHaveLength(3);
    expect(rt.dialogs[2].message).toContain(`gid=${monthly}&amp;`);
    expect(rt.dialogs[2].message).toContain('Báo cáo tháng');
  });

  it('says to summarise first when there is no Tổng hợp yet', async () => {
    const rt = await sampleRuntime();
    bundle(rt).exportPdf();
    expect(rt.dialogs[0].message).toContain('Chưa có trang &quot;Tổng hợp&quot;');
    expect(rt.dialogs[0].message).not.toContain('<a ');
  });

  it('needs no new OAuth scope: the manifest keeps its five, and the bundle fetches nothing', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as {
      oauthScopes: string[];
    };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    // Fetching the PDF in the script would need script.external_request and drive.readonly.
    const code = readFileSync(`${DIST}/Code.js`, 'utf8');
    expect(code).not.toMatch(/UrlFetchApp|DriveApp|getOAuthToken/);
  });
});
