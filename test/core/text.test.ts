import { describe, expect, it } from 'vitest';
import { cellText, normalizeLabel, sameLabel, sameName, visible } from '../../src/core/text';

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

describe('name matching (units, tabs, groups)', () => {
  it('keeps tone marks, and folds case, spacing, Unicode form, invisible characters, tone position', () => {
    expect(sameName('Tấn Hòa', 'Tân Hòa')).toBe(false);
    expect(sameName('CAN THANH', 'Cần Thạnh')).toBe(false);
    expect(sameName('Long Hoà', 'Long Hòa')).toBe(true);
    expect(sameName('Thuỷ', 'Thủy')).toBe(true);
    expect(sameName('  CẦN   THẠNH ', 'cần thạnh')).toBe(true);
    expect(sameName('Xã A\u200b', 'Xã A')).toBe(true);
    expect(sameName('Long Ho\u0300a', 'Long H\u00f2a')).toBe(true);
    // "Hoá" (acute) and "Hòa" (grave) are different tones.
    expect(sameName('Hoá', 'Hòa')).toBe(false);
  });

  it('shows invisible characters in a name', () => {
    expect(visible('Xã A\u200b')).toBe('Xã A⟨U+200B⟩');
    expect(visible('Xã\ufeffB')).toBe('Xã⟨U+FEFF⟩B');
    expect(visible('Cần Thạnh')).toBe('Cần Thạnh');
  });
});
