import { describe, expect, it } from 'vitest';

describe('test environment', () => {
  it('runs in UTC, so code that reads dates in the machine zone fails', () => {
    expect(new Date(2023, 6, 13).toISOString()).toBe('2023-07-13T00:00:00.000Z');
  });
});
