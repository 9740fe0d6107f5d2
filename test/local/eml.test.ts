import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { composeEml, emlFileName } from '../../src/local/eml';

describe('.eml files', () => {
  it('are RFC 5322 messages a real parser reads back: UTF-8 subject, recipients, both parts', async () => {
    const raw = await composeEml({
      to: ['bcd.dean06@cangio.example.vn', 'thuongtruc@cangio.example.vn'],
      cc: [],
      bcc: ['luu@cangio.example.vn'],
      from: 'tien-do@cangio.example.vn',
      name: 'Tiến Độ',
      subject: 'Tổng hợp ngày 13/07/2023: 2 đơn vị chưa báo cáo, 3 đơn vị chậm tiến độ',
      body: 'Số liệu tính đến hết ngày 13/07/2023.',
      htmlBody: '<p>Số liệu tính đến hết ngày <b>13/07/2023</b>.</p>',
      date: new Date('2023-07-14T01:00:00Z'),
    });
    const text = raw.toString('utf8');
    expect(text).not.toMatch(/^Subject: Tổng/m); // encoded, not raw 8-bit
    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe(
      'Tổng hợp ngày 13/07/2023: 2 đơn vị chưa báo cáo, 3 đơn vị chậm tiến độ',
    );
    expect(mail.from).toEqual({ name: 'Tiến Độ', address: 'tien-do@cangio.example.vn' });
    expect(mail.to?.map((a) => a.address)).toEqual([
      'bcd.dean06@cangio.example.vn',
      'thuongtruc@cangio.example.vn',
    ]);
    expect(mail.bcc?.map((a) => a.address)).toEqual(['luu@cangio.example.vn']);
    expect(mail.text?.trim()).toBe('Số liệu tính đến hết ngày 13/07/2023.');
    expect(mail.html?.trim()).toBe('<p>Số liệu tính đến hết ngày <b>13/07/2023</b>.</p>');
    expect(mail.date).toBe('2023-07-14T01:00:00.000Z');
  });

  it('get ASCII file names from their subjects', () => {
    expect(emlFileName(3, 'Nhắc báo cáo: Đơn vị Lý Nhơn')).toBe(
      '003-nhac-bao-cao-don-vi-ly-nhon.eml',
    );
  });
});
