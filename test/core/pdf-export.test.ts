import { describe, expect, it } from 'vitest';
import { pdfExportHtml, pdfExportUrl } from '../../src/core/pdf-export';

describe('the PDF export link', () => {
  it('asks Google for one sheet as A4 landscape, fit to width, frozen rows repeated', () => {
    expect(pdfExportUrl('1AbC-d_9', 123)).toBe(
      'https://docs.google.com/spreadsheets/d/1AbC-d_9/export?format=pdf&gid=123&size=A4&portrait=false&fitw=true&gridlines=false&printtitle=false&sheetnames=false&pagenum=CENTER&fzr=true',
    );
  });
});

describe('the Xuất PDF dialog', () => {
  it('links each sheet present, escaping the link, and leaves out an absent appendix', () => {
    const html = pdfExportHtml('ID', [
      { name: 'Tổng hợp', sheetId: 7, required: true },
      { name: 'Phụ lục thống kê', sheetId: null },
    ]);
    expect(html).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/ID/export?format=pdf&amp;gid=7&amp;size=A4&amp;portrait=false&amp;fitw=true&amp;gridlines=false&amp;printtitle=false&amp;sheetnames=false&amp;pagenum=CENTER&amp;fzr=true" target="_blank" rel="noopener">Tải PDF trang &quot;Tổng hợp&quot;</a>',
    );
    expect(html).not.toContain('Phụ lục thống kê');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('lang="vi"');
  });

  it('links the appendix too when it exists', () => {
    const html = pdfExportHtml('ID', [
      { name: 'Tổng hợp', sheetId: 7, required: true },
      { name: 'Phụ lục thống kê', sheetId: 9 },
    ]);
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toContain('gid=9&amp;');
    expect(html).toContain('Tải PDF trang &quot;Phụ lục thống kê&quot;');
  });

  it('says to summarise first when there is no Tổng hợp, and escapes what it shows', () => {
    const html = pdfExportHtml('ID', [
      { name: '<Tổng & hợp>', sheetId: null, required: true },
      { name: 'Phụ lục thống kê', sheetId: null },
    ]);
    expect(html).not.toContain('<a ');
    expect(html).toContain(
      'Chưa có trang &quot;&lt;Tổng &amp; hợp&gt;&quot;: hãy chạy &quot;Tổng hợp tiến độ&quot; trước rồi mở lại mục này.',
    );
  });
});
