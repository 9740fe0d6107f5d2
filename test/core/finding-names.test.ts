import { describe, expect, it } from 'vitest';
import { FINDING_NAMES, findingName } from '../../src/core/finding-names';
import { FINDING_CODES } from '../../src/core/vocabulary';

describe('the Vietnamese names of finding codes', () => {
  it('name every code, each differently, in Vietnamese', () => {
    expect(Object.keys(FINDING_NAMES).sort()).toEqual([...FINDING_CODES].sort());
    const names = FINDING_CODES.map((c) => FINDING_NAMES[c]);
    expect(new Set(names).size).toBe(FINDING_CODES.length);
    for (const name of names) {
      expect(name).toMatch(/^\p{Lu}/u);
      // A name, not a code: no hyphenated English.
      expect(name).not.toMatch(/-|[a-z]+-[a-z]+/);
    }
    expect(findingName('negative')).toBe('Số âm');
    expect(findingName('missing-tab')).toBe('Thiếu trang');
  });

  it('shows a code this version does not know as it is', () => {
    expect(findingName('some-new-code')).toBe('some-new-code');
  });
});
