// The repository stands alone: nothing in it points outside it, and every relative link of its
// Markdown leads to a file that is in it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && f !== 'package-lock.json' && existsSync(join(ROOT, f)));
const text = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const isText = (f: string) => /\.(ts|mjs|js|json|md|yml|yaml|txt)$|^\.ci\/|^\.[a-z]+rc/.test(f);

describe('the repository', () => {
  it('has files to check', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('src/index.ts');
  });

  it('names no path outside itself: no folder beside the clone, no path of one machine', () => {
    // Built from parts, so this file does not match itself.
    const beside = ['\\.\\.', 'shared\\b'].join('/');
    const machine = ['(^|[\\s(\'"`=])', '(work|home|tmp|root)', ''].join('/');
    const outside = new RegExp(`${beside}|${machine}`, 'm');
    const found = files.filter(isText).filter((f) => outside.test(text(f)));
    expect(found).toEqual([]);
  });

  it('links, in every Markdown file, only to files inside it that exist', () => {
    const broken: string[] = [];
    for (const f of files.filter((name) => name.endsWith('.md'))) {
      for (const [, target] of text(f).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = resolve(ROOT, dirname(f), target.split('#')[0]);
        if (relative(ROOT, path).startsWith('..') || !existsSync(path))
          broken.push(`${f}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
