// What the command line leaves in --out: the mail folder holds exactly what this command sent.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { DIST, sampleWorkbook, tempDir } from '../helpers';

const run = (args: string[]) => runCli(args, { dist: DIST });

describe('DIR/mail', () => {
  it('holds only what this command sent: messages of an earlier run go, other files stay', async () => {
    const input = await sampleWorkbook();
    const out = tempDir();
    const first = await run([
      'run',
      '--workbook',
      input,
      '--now',
      '2023-07-14T08:00',
      '--out',
      out,
    ]);
    expect(first.status).toBe(0);
    const sent = readdirSync(join(out, 'mail'));
    expect(sent.length).toBeGreaterThan(0);
    writeFileSync(join(out, 'mail', 'ghi-chu.txt'), 'của người dùng');

    const second = await run([
      'validate',
      '--workbook',
      input,
      '--now',
      '2023-07-14T08:00',
      '--out',
      out,
    ]);
    expect(second.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).emails).toEqual([]);
    expect(readdirSync(join(out, 'mail'))).toEqual(['ghi-chu.txt']);
  });
});
