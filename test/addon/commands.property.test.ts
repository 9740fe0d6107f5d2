// Property tests of the commands on random, hostile workbooks, through the built bundle in a
// fresh local runtime per case: no command throws; no value a person typed changes; every
// finding points at a cell of a sheet that exists; and the summary counts exactly the figures
// the contract counts (an oracle written from docs/workbook.md, test/fixtures/entry-oracle.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { FakeSheet, Stored } from '../../src/local/runtime';
import { ErrorCell, LocalRuntime, WallDate } from '../../src/local/runtime';
import type { ResultUnit } from '../../src/core/result';
import type { CommandName, CommandResult } from '../../src/surface';
import type { SheetState } from '../fixtures/entry-oracle';
import { expectedAsOf, fold, oracle, sheetStates } from '../fixtures/entry-oracle';
import { budget, check, runs } from '../fixtures/fuzz';
import type { WorkbookModel } from '../fixtures/random-workbook';
import {
  NAME_GROUP_OF,
  OUTPUT_GROUPS,
  instant,
  loadWorkbook,
  workbook,
} from '../fixtures/random-workbook';
import { bundle } from '../helpers';

/** Cases `npm test` runs; `npm run fuzz` runs FUZZ_RUNS (10,000). */
const CI_RUNS = 500;
const FILE = 'test/addon/commands.property.test.ts';

/** What a person does: a command line command, or a menu item (answering its questions). */
type Step =
  | { kind: 'command'; name: CommandName }
  | { kind: 'menu'; name: MenuItem; answers: ('OK' | 'YES' | 'NO')[] };
type MenuItem =
  | 'validateEntries'
  | 'summarizeProgress'
  | 'previewEmails'
  | 'showCampaignInfo'
  | 'setUpUnitTabs'
  | 'sendEmailsNow';

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom<CommandName>('validate', 'summarize', 'notify', 'run')
      .map((name): Step => ({ kind: 'command', name })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('menu' as const),
      name: fc.constantFrom<MenuItem>(
        'validateEntries',
        'summarizeProgress',
        'previewEmails',
        'showCampaignInfo',
        'setUpUnitTabs',
        'sendEmailsNow',
      ),
      answers: fc.array(fc.constantFrom<'OK' | 'YES' | 'NO'>('OK', 'YES', 'NO'), {
        minLength: 3,
        maxLength: 3,
      }),
    }),
  },
);

const scenario = fc.record({ workbook, steps: fc.array(step, { minLength: 1, maxLength: 3 }) });

/** Whether a sheet's title and a name written in `Đơn vị` are one name, as the test wrote them. */
function sameName(a: string, b: string): boolean {
  const ga =
    NAME_GROUP_OF.get(a) ?? NAME_GROUP_OF.get(a.normalize('NFC').replace(/\s+/g, ' ').trim());
  const gb =
    NAME_GROUP_OF.get(b) ?? NAME_GROUP_OF.get(b.normalize('NFC').replace(/\s+/g, ' ').trim());
  return ga !== undefined ? ga === gb : a === b;
}

/** A cell as comparable text: its type, value and formula. */
function cellKey(v: Stored | undefined, formula: string | undefined): string {
  const value =
    v instanceof WallDate
      ? `date:${v.wall}`
      : v instanceof ErrorCell
        ? `error:${v.code}`
        : `${typeof v}:${String(v ?? '')}`;
  return formula ? `${value}=${formula}` : value;
}

interface Snapshot {
  sheet: FakeSheet;
  name: string;
  rows: number;
  cols: number;
  cells: Map<string, string>;
}

function snapshot(sheet: FakeSheet): Snapshot {
  const cells = new Map<string, string>();
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const formula = sheet.formulas.get(r * 18278 + c);
      if (v !== '' || formula) cells.set(`${r + 1}:${c + 1}`, cellKey(v, formula));
    }),
  );
  return { sheet, name: sheet.name, rows: sheet.maxRows, cols: sheet.maxColumns, cells };
}

/** What changed in a person's sheet: set-up may fill blank cells and grow it, nothing else. */
function changes(rt: LocalRuntime, before: Snapshot, setUp: boolean): string[] {
  if (!rt.spreadsheet.sheets.includes(before.sheet)) return [`"${before.name}" was deleted`];
  const after = snapshot(before.sheet);
  const out: string[] = [];
  if (after.name !== before.name) out.push(`"${before.name}" renamed "${after.name}"`);
  for (const [at, was] of before.cells) {
    const now = after.cells.get(at) ?? '(blank)';
    if (now !== was) out.push(`"${before.name}"!${at}: ${was} → ${now}`);
  }
  if (!setUp) {
    for (const [at, now] of after.cells)
      if (!before.cells.has(at)) out.push(`"${before.name}"!${at}: (blank) → ${now}`);
    if (after.rows !== before.rows || after.cols !== before.cols)
      out.push(
        `"${before.name}" resized ${before.rows}×${before.cols} → ${after.rows}×${after.cols}`,
      );
  }
  return out;
}

/** Findings that name no existing sheet, or a cell outside it. */
function strayFindings(sheets: SheetState[], result: CommandResult): string[] {
  const out: string[] = [];
  for (const f of result.issues) {
    const exact = sheets.find((s) => s.name === f.sheet);
    const same = sheets.filter((s) => sameName(s.name, f.sheet));
    const sheet = exact ?? (same.length === 1 ? same[0] : undefined);
    if (!sheet) {
      out.push(`${f.code}: no sheet "${f.sheet}"`);
      continue;
    }
    if (f.cell === undefined) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
    if (!m) {
      out.push(`${f.code}: "${f.cell}" is not a cell`);
      continue;
    }
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    if (row < 1 || row > sheet.maxRows || col < 1 || col > sheet.maxColumns)
      out.push(
        `${f.code}: ${f.sheet}!${f.cell} is outside its ${sheet.maxRows}×${sheet.maxColumns} grid`,
      );
  }
  return out;
}

/** Where the summary's cumulative differs from what the contract counts. */
function miscounted(sheets: SheetState[], model: WorkbookModel, result: CommandResult): string[] {
  const today = model.now.slice(0, 10);
  const asOf = result.asOf ?? null;
  const o = oracle(sheets, today, asOf, sameName);
  if (o === 'fatal') return ['the oracle finds the workbook unusable, the add-on did not'];
  const out: string[] = [];
  const canSummarize = o.settings.start !== null && o.settings.deadline !== null;
  if (canSummarize !== (result.summaryError === undefined))
    out.push(
      `summaryError ${JSON.stringify(result.summaryError)} but start/deadline readable: ${canSummarize}`,
    );
  if (result.units.length !== o.units.length)
    out.push(
      `${result.units.length} units, the contract reads ${o.units.length}: ${o.units.map((u) => u.name).join(' | ')}`,
    );
  if (!canSummarize || result.summaryError !== undefined || out.length) return out;
  if (o.settings.everyDay) {
    const last = o.units.reduce(
      (d, u) => (u.deadline && u.deadline > d ? u.deadline : d),
      o.settings.deadline!,
    );
    const expected = expectedAsOf(o.settings, last, model.now);
    if (asOf !== expected) out.push(`asOf ${asOf}, expected ${expected}`);
  }
  (result.units as ResultUnit[]).forEach((u, i) => {
    const expected = o.units[i];
    if (!u.indicators) return;
    const seen = new Set<string>();
    for (const [name, figures] of Object.entries(u.indicators)) {
      seen.add(fold(name));
      const allowed = expected.cumulative.get(fold(name)) ?? new Set([0]);
      if (allowed.has(NaN)) continue;
      if (!allowed.has(figures.cumulative))
        out.push(
          `${u.name} (tab ${expected.sheet ?? 'none'}) ${name}: cumulative ${figures.cumulative}, the contract allows ${[...allowed].join(' or ')}`,
        );
    }
    for (const x of expected.required)
      if (!seen.has(x)) out.push(`${u.name}: indicator "${x}" missing from the result`);
  });
  return out;
}

/** Runs one scenario and returns every property it breaks (empty: all hold). */
function broken(model: WorkbookModel, steps: Step[]): string[] {
  const rt = new LocalRuntime({ now: instant(model.now), ui: true });
  loadWorkbook(rt, model);
  // A sheet a person named like one the add-on writes is overwritten: docs/workbook.md says so
  // ("no unit tab may be named like one of these four"), and the add-on cannot tell such a sheet
  // from its own. Reported as an open problem; these sheets are left out of the check.
  const people = rt.spreadsheet.sheets
    .filter((s) => !OUTPUT_GROUPS.includes(NAME_GROUP_OF.get(s.name) ?? ''))
    .map(snapshot);
  const script = bundle(rt);
  const problems: string[] = [];
  let setUp = false;
  for (const s of steps) {
    rt.answers.splice(0);
    rt.dialogs.splice(0);
    rt.setNow(instant(model.now));
    if (s.kind === 'menu') {
      for (const a of s.answers) rt.answer(a);
      script[s.name]();
      const unexpected = rt.dialogs.filter((d) => /ngoài dự kiến/.test(d.message));
      for (const d of unexpected) problems.push(`${s.name}: ${d.message}`);
      if (s.name === 'setUpUnitTabs') setUp = true;
      continue;
    }
    // The workbook as the command finds it: what it counts, what its findings point at.
    const found = sheetStates(rt.spreadsheet.sheets);
    const answer = script.runCommand_(s.name, {});
    if (!answer.result) {
      const o = oracle(found, model.now.slice(0, 10), null, sameName);
      if (o !== 'fatal') problems.push(`${s.name}: refused a usable workbook: ${answer.fatal}`);
      continue;
    }
    problems.push(...strayFindings(found, answer.result).map((p) => `${s.name}: ${p}`));
    if (s.name !== 'validate')
      problems.push(...miscounted(found, model, answer.result).map((p) => `${s.name}: ${p}`));
  }
  for (const before of people) problems.push(...changes(rt, before, setUp));
  return problems;
}

describe('commands on random hostile workbooks (property)', () => {
  const n = runs(CI_RUNS);
  it(
    `hold every property over ${n} workbooks`,
    () => {
      check(
        fc.property(scenario, ({ workbook: model, steps }) => {
          const problems = broken(model, steps);
          if (problems.length) throw new Error(problems.join('\n'));
        }),
        CI_RUNS,
        FILE,
      );
    },
    budget(n, 40),
  );
});
