// The built bundle is what Apps Script runs: one file, no modules, a top-level function per
// entry point, loadable in a bare V8 context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DIST } from './helpers';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const exported = [
  ...readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8').matchAll(
    /export (?:function (\w+)|\{([\s\w,]+)\})/g,
  ),
]
  .flatMap((m) =>
    m[1]
      ? [m[1]]
      : m[2]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
  )
  .sort();

describe('dist/Code.js', () => {
  it('has a top-level function for every entry point src/index.ts exports', () => {
    expect(exported).toEqual([
      'continueDailyJob',
      'continueSetUp',
      'createTemplateSheets',
      'dailyJob',
      'exportPdf',
      'onEntryEdit',
      'onInstall',
      'onOpen',
      'previewEmails',
      'runCommand_',
      'sendEmailsNow',
      'setUpUnitTabs',
      'showCampaignInfo',
      'summarizeProgress',
      'summarizeUpTo',
      'turnOffDailySchedule',
      'turnOnDailySchedule',
      'validateEntries',
    ]);
    for (const name of exported)
      expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{$`, 'm'));
  });

  it('has no import, export or require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\s*\(/);
  });

  it('loads in a bare vm context with no Node globals and exposes the entry points', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(vm.runInContext('typeof require + typeof process + typeof module', context)).toBe(
      'undefinedundefinedundefined',
    );
    for (const name of exported)
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('function');
  });

  it('keeps Vietnamese text readable (UTF-8, not \\u escapes)', () => {
    expect(code).toContain('Thông tin chiến dịch');
    // Vietnamese letters live in U+00C0–U+01B0 and U+1EA0–U+1EF9: none may appear escaped.
    expect(code).not.toMatch(/\\u(00[c-f]|01[0-9a-b]|1e[a-f])[0-9a-f]/i);
  });

  it('leaves only the bundle and the manifest in dist/ (clasp pushes all of it)', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(DIST).sort()).toEqual(['Code.js', 'appsscript.json']);
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      timeZone: 'Asia/Ho_Chi_Minh',
      exceptionLogging: 'STACKDRIVER',
    });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});
