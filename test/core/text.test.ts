import { describe, expect, it } from 'vitest';
import { cellText, normalizeLabel, sameLabel } from '../../src/core/text';

describe('label matching', () => {
  it('ignores case, diacritics and spacing', () => {
    expect(normalizeLabel('  Ngày  bắt đầu ')).toBe('ngay bat dau');
    expect(sameLabel('ngay bat dau', 'Ngày bắt đầu')).toBe(true);
    expect(sameLabel('HẠN HOÀN THÀNH', 'hạn hoàn thành')).toBe(true);
    expect(sameLabel('Đơn vị', 'don vi')).toBe(true);
    expect(sameLabel('Ngày bắt đầu', 'Ngày kết thúc')).toBe(false);
  });

  it('treats composed and decomposed Unicode alike ("Hòa" / "Hoà")', () => {
    const composed = 'Long H\u00f2a';
    const decomposed = 'Long Ho\u0300a';
    expect(composed).not.toBe(decomposed);
    expect(sameLabel(composed, decomposed)).toBe(true);
    expect(cellText(decomposed)).toBe('Long Hòa'.normalize('NFC'));
  });
});
