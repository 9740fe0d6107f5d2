// Shared set-up: a fresh runtime per test, the built bundle loaded into it, the sample workbook.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalRuntime, type RuntimeOptions } from '../src/local/runtime';
import { buildSample } from '../src/local/sample-campaign';
import type {
  AddonSurface,
  CommandName,
  CommandOptions,
  CommandResult,
  SummarizedResult,
} from '../src/surface';
import { isSummarized } from '../src/core/result';

export const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * The command line keeps its script properties (the mail log's key) in TIEN_DO_HOME: a folder
 * of each test file's own, never the user's, and never shared by files running at once.
 */
process.env.TIEN_DO_HOME = mkdtempSync(join(tmpdir(), 'tien-do-home-'));

/** 14/07/2023 08:00 in Asia/Ho_Chi_Minh (UTC+7). */
export const JULY_14_0800 = Date.UTC(2023, 6, 14, 1, 0);

export function runtime(options: RuntimeOptions = {}): LocalRuntime {
  return new LocalRuntime({ now: JULY_14_0800, ...options });
}

/** Loads dist/Code.js into the runtime with a fresh globals object. */
export function bundle(rt: LocalRuntime): AddonSurface {
  return rt.loadBundle<AddonSurface>(DIST);
}

/** Runs a command through the bundle; fails the test when the workbook cannot be used. */
export function command(
  rt: LocalRuntime,
  name: CommandName,
  options: CommandOptions = {},
): CommandResult {
  const answer = bundle(rt).runCommand_(name, options);
  if (!answer.result) throw new Error(`the workbook cannot be used: ${answer.fatal}`);
  return answer.result;
}

/** Runs a command that must summarise; fails the test when there is no summary. */
export function summarized(
  rt: LocalRuntime,
  name: CommandName,
  options: CommandOptions = {},
): SummarizedResult {
  const result = command(rt, name, options);
  if (!isSummarized(result)) throw new Error(`no summary: ${result.summaryError}`);
  return result;
}

export function tempDir(prefix = 'tien-do-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let sample: Promise<string> | null = null;
/** The sample Cần Giờ workbook, built once per test file into a temporary folder. */
export function sampleWorkbook(): Promise<string> {
  if (!sample) {
    const file = join(tempDir(), 'can-gio.xlsx');
    sample = buildSample(file).then(() => file);
  }
  return sample;
}

/** A runtime holding the sample Cần Giờ workbook, as the command line loads it. */
export async function sampleRuntime(options: RuntimeOptions = {}): Promise<LocalRuntime> {
  const { loadXlsx } = await import('../src/local/xlsx');
  const rt = runtime(options);
  await loadXlsx(rt, await sampleWorkbook());
  rt.calls.reset();
  return rt;
}

/** Every value and formula of every sheet, to compare before and after an action. */
export function snapshot(rt: LocalRuntime, names?: string[]): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const sheet of rt.spreadsheet.sheets) {
    if (names && !names.includes(sheet.name)) continue;
    out[sheet.name] = sheet.values.map((row, i) =>
      (row ?? []).map((v, j) => [v, sheet.formulas.get(i * 18278 + j) ?? null]),
    );
  }
  return out;
}

/** Lists `emails` under `Quản trị` in `Cấu hình` (as the owner would type them). */
export function setAdmins(rt: LocalRuntime, emails: string[]): void {
  const settings = rt.spreadsheet.getSheetByName('Cấu hình')!;
  const labels = settings
    .getDataRange()
    .getValues()
    .map((r) => r[0]);
  const row = labels.indexOf('Quản trị') + 1;
  if (row) settings.getRange(row, 2).setValue(emails.join(', '));
  else settings.appendRow(['Quản trị', emails.join(', ')]);
}
