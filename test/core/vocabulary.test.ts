import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, SETTING, SHEETS, UNIT_COLUMN } from '../../src/core/vocabulary';

const contract = readFileSync(new URL('../../docs/workbook.md', import.meta.url), 'utf8');

describe('the vocabulary and the documented contract', () => {
  it('documents every finding code the add-on can report', () => {
    expect(FINDING_CODES.filter((code) => !contract.includes(`\`${code}\``))).toEqual([]);
  });

  it('documents every sheet, setting label and units header by its exact name', () => {
    const names = [
      ...Object.values(SHEETS),
      ...Object.values(SETTING).map((s) => s.label),
      ...Object.values(UNIT_COLUMN),
    ];
    expect(names.filter((name) => !contract.includes(name))).toEqual([]);
  });

  it('names each sheet once', () => {
    const names = Object.values(SHEETS);
    expect(new Set(names).size).toBe(names.length);
  });
});
