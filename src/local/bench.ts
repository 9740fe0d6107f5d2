// npm run bench [-- --json] [-- --sizes 10x130,200x130] [-- --runs 5] [-- --costs low|mid|high]
// Runs the scheduled job (validate → summarise → e-mail) through the built bundle on synthetic
// campaigns in the local runtime and prints, per size and read path: Spreadsheet calls by kind,
// MailApp calls; the job's length on the modelled Apps Script clock against its floor there;
// local CPU time (median) against the in-memory floor (one bare read of every sheet through the
// same runtime); the grid cells of the workbook; peak memory and the bundle's size. Each size
// runs in its own process so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import { BATCH_CELLS, BATCH_RANGES } from '../addon/spreadsheet-port';
import type { CostModel } from './runtime';
import { COSTS, ExecutionStopped, LocalRuntime } from './runtime';
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
  /** The job's length on the modelled clock (one execution, start-up included). */
  virtualMs: number;
  /**
   * On the same clock: start-up, reading every sheet the job needs once (by the path's calls),
   * writing each output sheet's block once, and one sendEmail per message.
   */
  virtualFloorMs: number;
  /** Cells of every sheet's grid, which Sheets caps at 10 million a spreadsheet. */
  cells: number;
  /** The cost range the virtual figures used. */
  costs: 'low' | 'mid' | 'high';
  /** The job was stopped at 6 minutes on the modelled clock. */
  stopped: boolean;
  peakMB: number;
  bundleBytes: number;
}

/** A full collection between runs when node runs with --expose-gc (as `npm run bench` does). */
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * A synthetic campaign on which the scheduled job already ran the day before, so its output
 * sheets exist, as on every day but the first: the job measured is the next morning's, 08:00
 * after the last day of figures (UTC+7).
 */
function dayTwo(
  units: number,
  days: number,
  batch: boolean,
  costs: BenchLine['costs'] = 'mid',
): { rt: LocalRuntime; script: AddonSurface; mailBefore: number } {
  const rt = new LocalRuntime({ ui: false, account: 'workspace', advancedSheets: batch, costs });
  const { lastDay } = syntheticCampaign(rt, { units, days, badCells: true });
  const morning = Date.parse(`${lastDay}T00:00:00Z`) + 3_600_000;
  const script = rt.loadBundle<AddonSurface>(DIST);
  rt.setNow(morning);
  try {
    script.dailyJob();
  } catch (error) {
    if (!(error instanceof ExecutionStopped)) throw error;
  }
  rt.setNow(morning + 86_400_000);
  rt.calls.reset();
  return { rt, script, mailBefore: rt.mail.sent.length };
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
var s = Sheets.Spreadsheets.get(id, { fields: 'sheets.properties(title,gridProperties(rowCount,columnCount))' }).sheets;
var chunk = [], cells = 0;
function flush() { if (chunk.length) Sheets.Spreadsheets.Values.batchGet(id, { ranges: chunk, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' }); chunk = []; cells = 0; }
for (var i = 0; i < s.length; i++) {
  var g = s[i].properties.gridProperties, n = g.rowCount * g.columnCount;
  if (chunk.length && (cells + n > ${BATCH_CELLS} || chunk.length === ${BATCH_RANGES})) flush();
  chunk.push("'" + s[i].properties.title.replace(/'/g, "''") + "'"); cells += n;
}
flush();`,
};

/** Cells of a sheet's content (its data range), read off the runtime's storage, uncounted. */
function contentCells(rt: LocalRuntime, name: string): number {
  const sheet = rt.spreadsheet.getSheets().find((s) => s.name === name);
  if (!sheet) return 0;
  const rows = sheet.values;
  return rows.length * rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
}

const OUTPUT_SHEETS = ['Kiểm tra', 'Tổng hợp', 'Lịch sử', 'Nhật ký gửi thư'];
/** Output sheets the job writes without reading (Lịch sử and the log it reads, then writes). */
const WRITTEN_ONLY = ['Kiểm tra', 'Tổng hợp'];

/**
 * The floor of the scheduled job on the modelled clock: start-up; every sheet it needs read once
 * (Cấu hình, Đơn vị, Lịch sử and the mail log by getValues; the tabs by getValues each, or by
 * batchGet in chunks of BATCH_CELLS after one Spreadsheets.get); each output sheet's block
 * written once; one sendEmail per message. `inputs` are the sheets read, measured before the job.
 */
function virtualFloor(
  c: CostModel,
  path: 'standard' | 'batchGet',
  inputs: { name: string; cells: number; grid: number }[],
  outputs: number[],
  messages: number,
): number {
  const read = (cells: number) => c.readBase + cells * c.readPerCell;
  const byGetValues = ['Cấu hình', 'Đơn vị', 'Lịch sử', 'Nhật ký gửi thư'];
  const tabs = inputs.filter((i) => !byGetValues.includes(i.name));
  let ms = c.startup;
  for (const i of inputs) if (byGetValues.includes(i.name)) ms += read(i.cells);
  if (path === 'standard') for (const t of tabs) ms += read(t.cells);
  else {
    let chunks = 0;
    let inChunk = BATCH_CELLS;
    for (const t of tabs) {
      if (inChunk + t.grid > BATCH_CELLS) {
        chunks++;
        inChunk = 0;
      }
      inChunk += t.grid;
    }
    const cells = tabs.reduce((n, t) => n + t.cells, 0);
    ms += c.apiGet + chunks * c.batchGetBase + cells * c.batchGetPerCell;
  }
  for (const cells of outputs) ms += c.writeBase + cells * c.writePerCell;
  return ms + messages * c.sendEmail;
}

/** Measures one size on one read path, in this process. */
function measure(
  units: number,
  days: number,
  path: 'standard' | 'batchGet',
  runs: number,
  costs: BenchLine['costs'] = 'mid',
): BenchLine {
  const times: number[] = [];
  const floors: number[] = [];
  let last: LocalRuntime | null = null;
  let inputs: { name: string; cells: number; grid: number }[] = [];
  let mails = 0;
  for (let r = 0; r < runs; r++) {
    const { rt, script, mailBefore } = dayTwo(units, days, path === 'batchGet', costs);
    inputs = rt.spreadsheet
      .getSheets()
      .filter((sheet) => !WRITTEN_ONLY.includes(sheet.name))
      .map((sheet) => ({
        name: sheet.name,
        cells: contentCells(rt, sheet.name),
        grid: sheet.maxRows * sheet.maxColumns,
      }));
    // The previous run's runtime is garbage: collect it now, not in the middle of this one.
    gc();
    // Only the job's own calls are counted: not the reads above, which measured the inputs.
    rt.calls.reset();
    const t0 = performance.now();
    try {
      script.dailyJob();
    } catch (error) {
      // Stopped at Apps Script's 6 minutes: the line says so.
      if (!(error instanceof ExecutionStopped)) throw error;
    }
    times.push(performance.now() - t0);
    mails = rt.mail.sent.length - mailBefore;
    last = rt;
    const floorRt = dayTwo(units, days, path === 'batchGet').rt;
    const context = vm.createContext(floorRt.globals());
    gc();
    const f0 = performance.now();
    vm.runInContext(FLOOR[path], context);
    floors.push(performance.now() - f0);
  }
  const s = last!.calls.summary();
  const job = last!.executions.history.at(-1)!;
  const model = COSTS[costs];
  const outputs = OUTPUT_SHEETS.map((name) => contentCells(last!, name));
  const virtualFloorMs = virtualFloor(model, path, inputs, outputs, mails);
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
    virtualMs: Math.round(job.ms),
    virtualFloorMs: Math.round(virtualFloorMs),
    cells: last!.spreadsheet.cellCount,
    costs,
    stopped: job.stopped,
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
    'virtual s',
    'floor s',
    'v. ratio',
    'cells',
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
      l.stopped ? `${(l.virtualMs / 1000).toFixed(1)} stopped` : (l.virtualMs / 1000).toFixed(1),
      (l.virtualFloorMs / 1000).toFixed(1),
      `${(l.virtualMs / l.virtualFloorMs).toFixed(2)}×`,
      l.cells,
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
      costs: { type: 'string' },
    },
  });
  const costs = (['low', 'mid', 'high'] as const).find((c) => c === (values.costs ?? 'mid'));
  if (!costs) {
    console.error(`--costs chỉ nhận low, mid hoặc high (không phải "${values.costs}")`);
    process.exitCode = 1;
    return;
  }
  if (values.one) {
    const [units, days] = values.one.split('x').map(Number);
    const line = measure(
      units,
      days,
      values.path === 'batchGet' ? 'batchGet' : 'standard',
      Number(values.runs ?? 5),
      costs,
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
          '--costs',
          costs,
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
    console.log(
      `virtual: the job on the modelled Apps Script clock (${costs} costs) and its floor there (start-up, every sheet read once, each output block written once, one sendEmail per message); cells: every sheet's grid.`,
    );
  }
}

const invokedAs = process.argv[1] ?? '';
if (invokedAs.endsWith('bench.mjs') || invokedAs.endsWith('bench.ts')) await main();
