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

  it('leave out the [Tiến Độ] every subject starts with', () => {
    // 54 characters of words: no need to shorten.
    expect(
      emlFileName(2, '[Tiến Độ] Nhắc báo cáo: Thạnh An chưa gửi số liệu ngày 13/07/2023'),
    ).toBe('002-nhac-bao-cao-thanh-an-chua-gui-so-lieu-ngay-13-07-2023.eml');
  });

  it('keep the whole date of a long subject, shortening the words before it', () => {
    // 86 characters of words; 49 are left before "-13-07-2023": the first eleven words make 49.
    expect(
      emlFileName(
        4,
        '[Tiến Độ] Nhắc báo cáo: Công an thị trấn Cần Thạnh huyện Cần Giờ chưa gửi số liệu ngày 13/07/2023',
      ),
    ).toBe('004-nhac-bao-cao-cong-an-thi-tran-can-thanh-huyen-can-13-07-2023.eml');
    // The digest: the campaign's words before the date, the counts after it left out.
    expect(
      emlFileName(
        1,
        '[Tiến Độ] Cấp tài khoản định danh điện tử mức 2 — huyện Cần Giờ (KH 135/KH-BCĐ) — số liệu đến 13/07/2023: 2 đơn vị chưa báo cáo, 6 đơn vị chậm tiến độ',
      ),
    ).toBe('001-cap-tai-khoan-dinh-danh-dien-tu-muc-2-huyen-can-13-07-2023.eml');
  });

  it('cut a long subject without a date at a word', () => {
    // "thong-bao-…-chien" is 58 characters; "-dich" would make 63.
    expect(
      emlFileName(
        5,
        'Thông báo về việc cập nhật danh sách đơn vị tham gia chiến dịch cấp tài khoản định danh',
      ),
    ).toBe('005-thong-bao-ve-viec-cap-nhat-danh-sach-don-vi-tham-gia-chien.eml');
  });
});
