// npm run bench [-- --json] [-- --sizes 10x130,200x130] [-- --runs 5]
// Runs the scheduled job (validate → summarise → e-mail) through the built bundle on synthetic
// campaigns in the local runtime and prints, per size and read path: Spreadsheet calls by kind,
// MailApp calls, wall time (median), the floor (one bare read of every sheet through the same
// runtime), their ratio, peak memory, and the bundle's size. Each size runs in its own process
// so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import { BATCH_RANGES } from '../addon/spreadsheet-port';
import { LocalRuntime } from './runtime';
import type { AddonSurface } from '../surface';
import { syntheticCampaign } from './synthetic';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const DEFAULT_SIZES = ['10x130', '200x130', '500x365', '1000x365'];

export interface BenchLine {
  units: number;
  days: number;
  path: 'standard' | 'batchGet';
  reads: number;
  writes: number;
  other: number;
  calls: number;
  mailCalls: number;
  ms: number;
  floorMs: number;
  ratio: number;
  peakMB: number;
  bundleBytes: number;
}

/** A full collection between runs when node runs with --expose-gc (as `npm run bench` does). */
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function fresh(units: number, days: number, batch: boolean): LocalRuntime {
  const rt = new LocalRuntime({ ui: false, account: 'workspace', advancedSheets: batch });
  const { lastDay } = syntheticCampaign(rt, { units, days, badCells: true });
  // 08:00 the morning after the last day of figures (UTC+7).
  rt.setNow(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 3_600_000);
  return rt;
}

/**
 * The floor of each read path: every sheet read once with that path's calls and nothing else.
 * Standard: getValues per sheet. batchGet: the titles in one Spreadsheets.get, then the values
 * BATCH_RANGES sheets per Values.batchGet, with the options the add-on uses.
 */
const FLOOR = {
  standard:
    'var s = SpreadsheetApp.getActiveSpreadsheet().getSheets(); for (var i = 0; i < s.length; i++) s[i].getDataRange().getValues();',
  batchGet: `var id = SpreadsheetApp.getActiveSpreadsheet().getId();
var t = Sheets.Spreadsheets.get(id, { fields: 'sheets.properties(sheetId,title)' }).sheets.map(function (m) { return "'" + m.properties.title.replace(/'/g, "''") + "'"; });
for (var i = 0; i < t.length; i += ${BATCH_RANGES}) Sheets.Spreadsheets.Values.batchGet(id, { ranges: t.slice(i, i + ${BATCH_RANGES}), valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' });`,
};

/** Measures one size on one read path, in this process. */
function measure(
  units: number,
  days: number,
  path: 'standard' | 'batchGet',
  runs: number,
): BenchLine {
  const times: number[] = [];
  const floors: number[] = [];
  let last: LocalRuntime | null = null;
  for (let r = 0; r < runs; r++) {
    const rt = fresh(units, days, path === 'batchGet');
    const script = rt.loadBundle<AddonSurface>(DIST);
    // The previous run's runtime is garbage: collect it now, not in the middle of this one.
    gc();
    const t0 = performance.now();
    script.dailyJob();
    times.push(performance.now() - t0);
    last = rt;
    const floorRt = fresh(units, days, path === 'batchGet');
    const context = vm.createContext(floorRt.globals());
    gc();
    const f0 = performance.now();
    vm.runInContext(FLOOR[path], context);
    floors.push(performance.now() - f0);
  }
  const s = last!.calls.summary();
  const ms = median(times);
  const floorMs = median(floors);
  // Each run's job and floor are measured back to back: the median of their ratios is steadier
  // on a shared machine than the ratio of the two medians.
  const ratio = median(times.map((t, i) => t / floors[i]));
  return {
    units,
    days,
    path,
    reads: s.reads,
    writes: s.writes,
    other: s.other,
    calls: s.calls,
    mailCalls: s.mailCalls,
    ms: Math.round(ms),
    floorMs: Math.round(floorMs),
    ratio: Math.round(ratio * 10) / 10,
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    bundleBytes: statSync(join(DIST, 'Code.js')).size,
  };
}

function table(lines: BenchLine[]): string {
  const head = [
    'units × days',
    'path',
    'reads',
    'writes',
    'other',
    'calls',
    'mail',
    'ms',
    'floor ms',
    'ratio',
    'peak MB',
  ];
  const rows = lines.map((l) =>
    [
      `${l.units} × ${l.days}`,
      l.path,
      l.reads,
      l.writes,
      l.other,
      l.calls,
      l.mailCalls,
      l.ms,
      l.floorMs,
      `${l.ratio}×`,
      l.peakMB,
    ].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      one: { type: 'string' },
      path: { type: 'string' },
    },
  });
  if (values.one) {
    const [units, days] = values.one.split('x').map(Number);
    const line = measure(
      units,
      days,
      values.path === 'batchGet' ? 'batchGet' : 'standard',
      Number(values.runs ?? 5),
    );
    process.stdout.write(JSON.stringify(line) + '\n');
    return;
  }
  const sizes = (values.sizes ?? DEFAULT_SIZES.join(',')).split(',');
  const lines: BenchLine[] = [];
  for (const size of sizes) {
    const [units, days] = size.split('x').map(Number);
    if (!Number.isInteger(units) || !Number.isInteger(days) || units < 1 || days < 1) {
      console.error(`Kích thước không hợp lệ: "${size}" (ví dụ 200x130)`);
      process.exitCode = 1;
      return;
    }
    const runs = values.runs ?? '5';
    for (const path of ['standard', 'batchGet'] as const) {
      const child = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          fileURLToPath(import.meta.url),
          '--one',
          size,
          '--path',
          path,
          '--runs',
          runs,
        ],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      if (child.status !== 0) {
        console.error(child.stderr);
        process.exitCode = 1;
        return;
      }
      const line = JSON.parse(child.stdout.trim().split('\n').pop()!) as BenchLine;
      lines.push(line);
      if (values.json) process.stdout.write(JSON.stringify(line) + '\n');
    }
  }
  if (!values.json) {
    const bundle = statSync(join(DIST, 'Code.js')).size;
    console.log(table(lines));
    console.log(
      `\nBundle dist/Code.js: ${bundle} bytes (${(bundle / 1024).toFixed(1)} KB). Node ${process.version}, ${readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'CPU?'}.`,
    );
    console.log(
      'ms: median wall time of the scheduled job through the bundle; floor: one bare read of every sheet through the same runtime, with the same read path;',
    );
    console.log('ratio: median over the runs of job / floor, each pair measured back to back.');
  }
}

const invokedAs = process.argv[1] ?? '';
if (invokedAs.endsWith('bench.mjs') || invokedAs.endsWith('bench.ts')) await main();
