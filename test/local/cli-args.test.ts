// The command line refuses what it cannot take at its word: a --now without a time, an --as-of
// that is no calendar date, and an --out that would overwrite the input or cannot be written.
import { describe, expect, it } from 'vitest';
import { parseNow, runCli } from '../../src/local/cli';
import { DIST, sampleWorkbook, tempDir } from '../helpers';

const run = (args: string[]) => runCli(args, { dist: DIST });

describe('--now', () => {
  it('needs a time: a date alone is not taken as midnight', async () => {
    expect(parseNow('2023-07-14', 'Asia/Ho_Chi_Minh')).toBeNull();
    const input = await sampleWorkbook();
    const outcome = await run([
      'run',
      '--workbook',
      input,
      '--now',
      '2023-07-14',
      '--out',
      tempDir(),
    ]);
    expect(outcome).toMatchObject({
      status: 1,
      lines: ['--now cần cả giờ, ví dụ 2023-07-14T08:00.'],
    });
  });
});

describe('--as-of', () => {
  it('must be a day of the calendar', async () => {
    const input = await sampleWorkbook();
    for (const asOf of ['2023-02-30', '2023-13-45', '2023-04-31']) {
      const outcome = await run([
        'run',
        '--workbook',
        input,
        '--now',
        '2023-07-14T08:00',
        '--as-of',
        asOf,
        '--out',
        tempDir(),
      ]);
      expect(outcome).toMatchObject({
        status: 1,
        lines: [`--as-of "${asOf}": không có ngày này trong lịch.`],
      });
    }
  });

  it('takes a leap day of a leap year', async () => {
    const { isCalendarDate } = await import('../../src/local/cli');
    expect([isCalendarDate('2024-02-29'), isCalendarDate('2023-02-29')]).toEqual([true, false]);
  });
});
