import { describe, expect, it } from 'vitest';
import { readTarget, targetCount, targetLabel } from '../../src/core/targets';

const count = (text: string | number, population: number | null, shown?: string) =>
  targetCount(readTarget(text, shown)!, population);

describe('a target as the plans write it', () => {
  it('asks at least ⌈share × population⌉ for "p%" and "≥ p%", ⌊share × population⌋ + 1 for "> p%"', () => {
    // 99 members: 49.5 → at least 50; strictly more than 49.5 → 50. 100 members: > 50 → 51.
    expect(count('> 50%', 99)).toBe(50);
    expect(count('≥ 50%', 99)).toBe(50);
    expect(count('50%', 99)).toBe(50);
    expect(count('> 50%', 100)).toBe(51);
    expect(count('trên 50%', 100)).toBe(51);
    expect(count('>= 50%', 100)).toBe(50);
    expect(count('100%', 412)).toBe(412);
    // 29% of 100 is 29 exactly, not 28.999…: the share is kept as a fraction.
    expect(count('29%', 100)).toBe(29);
    expect(count('> 29%', 100)).toBe(30);
    expect(count('12,5%', 80)).toBe(10);
  });

  it('reads a number shown as a percentage (what Sheets stores for 100%) as a share', () => {
    expect(count(1, 412, '100%')).toBe(412);
    expect(count(0.5, 99, '50%')).toBe(50);
    // The number 1 shown as 1 is a count of one.
    expect(count(1, 412, '1')).toBe(1);
  });

  it('keeps whole numbers as counts, whatever the population', () => {
    expect(count(10152, null)).toBe(10152);
    expect(count('4.055', 9999)).toBe(4055);
  });

  it('marks an encouraged target, of either kind', () => {
    expect(readTarget('Khuyến khích 100%')).toEqual({
      kind: 'share',
      num: 100,
      den: 100,
      strict: false,
      soft: true,
    });
    expect(readTarget('khuyen khich 200')).toEqual({ kind: 'count', count: 200, soft: true });
  });

  it('has no count for a share without a population', () => {
    expect(count('100%', null)).toBeNull();
  });

  it('refuses what is neither a whole number nor a share above 0', () => {
    for (const bad of ['0%', '-5%', 'nhiều', '> 12', '12,5', '0', 1.5, '%'])
      expect(readTarget(bad)).toBeNull();
  });

  it('is shown as written', () => {
    const soft = { share: 1, strict: false, soft: true };
    expect(targetLabel(soft, 'Số')).toBe('Khuyến khích 100%');
    expect(targetLabel({ share: 0.5, strict: true, soft: false }, 'Số')).toBe('> 50%');
    expect(targetLabel({ share: 0.125, strict: false, soft: false }, 'Số')).toBe('12,5%');
    expect(targetLabel({ share: null, strict: false, soft: false }, 'Số')).toBe('Số');
  });
});
