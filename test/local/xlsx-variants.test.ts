// Workbooks Excel saves or Google Sheets exports that ExcelJS refuses or spoils on its own: each
// loads, the command runs on it, and the workbook it writes keeps what was there and loads again.
import JSZip from 'jszip';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/local/cli';
import { loadXlsx } from '../../src/local/xlsx';
import {
  CHART_XML,
  PNG,
  addChart,
  addComment,
  addPrintArea,
  addTable,
  editXlsx,
  renameUnitTab,
  sheetPart,
  text,
} from '../fixtures/xlsx-variants';
import { DIST, runtime, sampleWorkbook, tempDir } from '../helpers';

/** The sample as a file of its own, edited. */
async function variant(edit: (file: string) => Promise<unknown>): Promise<string> {
  const file = join(tempDir(), 'can-gio.xlsx');
  copyFileSync(await sampleWorkbook(), file);
  await edit(file);
  return file;
}

/** Runs a command on the file; returns the outcome, result.json and the written package. */
async function runOn(file: string, now = '2023-07-14T08:00', command = 'run') {
  const out = tempDir();
  const outcome = await runCli([command, '--workbook', file, '--now', now, '--out', out], {
    dist: DIST,
  });
  expect(outcome.lines.join('\n')).not.toMatch(/https?:|Error/);
  expect(outcome.status).toBe(0);
  const written = join(out, 'can-gio.xlsx');
  const zip = await JSZip.loadAsync(readFileSync(written));
  expect(await packageProblems(zip)).toEqual([]);
  return {
    result: JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')),
    written,
    zip,
  };
}

/**
 * What would make Excel repair the package: a part without a content type, a content type or a
 * relationship for a part that is not there.
 */
async function packageProblems(zip: JSZip): Promise<string[]> {
  const types = await text(zip, '[Content_Types].xml');
  const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) =>
    m[1].toLowerCase(),
  );
  const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
  const problems: string[] = [];
  for (const part of overrides) if (!zip.file(part)) problems.push(`type of no part: ${part}`);
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir || path === '[Content_Types].xml') continue;
    const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.includes(path) && !defaults.includes(ext)) problems.push(`no type: ${path}`);
    if (!path.endsWith('.rels')) continue;
    const [, dir, name] = /^(.*?)_rels\/([^/]*)\.rels$/.exec(path)!;
    const source = dir + name;
    for (const rel of (await text(zip, path)).matchAll(/<Relationship [^>]*>/g)) {
      if (/TargetMode="External"/.test(rel[0])) continue;
      const target = rel[0].match(/Target="([^"]+)"/)![1];
      const part = new URL(target, `file:///${source}`).pathname.slice(1);
      if (!zip.file(decodeURI(part))) problems.push(`${path} → ${part}`);
    }
  }
  return problems;
}

function cumulative(result: { units: { name: string; indicators: unknown }[] }, unit: string) {
  const u = result.units.find((x) => x.name === unit)!;
  const indicators = u.indicators as Record<string, { cumulative: number }>;
  return [indicators['Thu nhận'].cumulative, indicators['Kích hoạt'].cumulative];
}

/** The parts a sheet's relationship of the given kind leads to, by relationship id in the sheet. */
async function linked(zip: JSZip, sheet: string, element: string): Promise<string[]> {
  const part = await sheetPart(zip, sheet);
  const xml = await text(zip, part);
  const ids = [...xml.matchAll(new RegExp(`<${element} r:id="([^"]+)"`, 'g'))].map((m) => m[1]);
  const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = await text(zip, relsPath);
  return ids.map((id) => {
    const target = rels.match(
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`),
    )!;
    const path = target[1] ?? target[2];
    return new URL(path, `file:///${part}`).pathname.slice(1);
  });
}

/** The one part a part's relationships lead to. */
async function next(zip: JSZip, part: string): Promise<string> {
  const rels = await text(zip, part.replace(/([^/]+)$/, '_rels/$1.rels'));
  const target = rels.match(/Target="([^"]+)"/)![1];
  return new URL(target, `file:///${part}`).pathname.slice(1);
}

describe('a chart', () => {
  it('is kept: ExcelJS alone dropped it from the workbook it wrote', async () => {
    const file = await variant((f) => editXlsx(f, (zip) => addChart(zip, 'Cần Thạnh')));
    const { result, zip, written } = await runOn(file);
    expect(cumulative(result, 'Cần Thạnh')).toEqual([2173, 1122]);
    const [drawing] = await linked(zip, 'Cần Thạnh', 'drawing');
    expect(await text(zip, drawing)).toContain('name="Biểu đồ 1"');
    expect(await text(zip, await next(zip, drawing))).toBe(CHART_XML('Cần Thạnh'));
    // And the workbook written loads and runs again, the chart still there.
    const again = await runOn(written, '2023-07-15T08:00');
    const [drawingAgain] = await linked(again.zip, 'Cần Thạnh', 'drawing');
    expect(await text(again.zip, await next(again.zip, drawingAgain))).toBe(CHART_XML('Cần Thạnh'));
  });

  it('with a picture drawn on it loads (ExcelJS threw on reading it) and is kept whole', async () => {
    const file = await variant((f) => editXlsx(f, (zip) => addChart(zip, 'Cần Thạnh', true)));
    const { result, zip } = await runOn(file);
    expect(cumulative(result, 'Cần Thạnh')).toEqual([2173, 1122]);
    const [drawing] = await linked(zip, 'Cần Thạnh', 'drawing');
    const chart = await next(zip, drawing);
    const shapes = await next(zip, chart);
    expect(await text(zip, shapes)).toContain('<cdr:cNvPr id="3" name="Logo"/>');
    expect(Buffer.from(await zip.file(await next(zip, shapes))!.async('uint8array'))).toEqual(PNG);
    expect(await text(zip, '[Content_Types].xml')).toContain(
      `<Override PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    );
  });

  it('that the add-on drew in Lịch sử, exported from Google Sheets, survives the next run', async () => {
    const first = await runOn(await sampleWorkbook());
    const file = join(tempDir(), 'can-gio.xlsx');
    copyFileSync(first.written, file);
    await editXlsx(file, (zip) => addChart(zip, 'Lịch sử'));
    // Lịch sử is written whole by the next day's run (its rows move): the chart goes with it.
    const second = await runOn(file, '2023-07-15T08:00');
    const [drawing] = await linked(second.zip, 'Lịch sử', 'drawing');
    expect(await text(second.zip, await next(second.zip, drawing))).toBe(CHART_XML('Lịch sử'));
    const third = await runOn(second.written, '2023-07-16T08:00');
    expect(await linked(third.zip, 'Lịch sử', 'drawing')).toHaveLength(1);
  });
});

describe('a table', () => {
  it('is written back as Excel stored it: ExcelJS wrote its header row as none', async () => {
    let xml = '';
    const file = await variant((f) =>
      editXlsx(f, async (zip) => {
        xml = await addTable(zip, 'Cần Thạnh');
      }),
    );
    const { result, zip } = await runOn(file);
    expect(cumulative(result, 'Cần Thạnh')).toEqual([2173, 1122]);
    const [table] = await linked(zip, 'Cần Thạnh', 'tablePart');
    expect(await text(zip, table)).toBe(xml);
  });

  it.each([
    ['sorted', '<sortState ref="A4:C10"><sortCondition ref="B4:B10" descending="1"/></sortState>'],
    [
      'filtered by date',
      '<filterColumn colId="0"><dynamicFilter type="thisMonth"/></filterColumn>',
    ],
    ['filtered to its top 10', '<filterColumn colId="1"><top10 val="10"/></filterColumn>'],
  ])('%s loads (ExcelJS threw on reading it) and is kept', async (_, filter) => {
    let xml = '';
    const file = await variant((f) =>
      editXlsx(f, async (zip) => {
        xml = await addTable(zip, 'Cần Thạnh', filter);
      }),
    );
    const { zip } = await runOn(file);
    const [table] = await linked(zip, 'Cần Thạnh', 'tablePart');
    expect(await text(zip, table)).toBe(xml);
  });
});

describe('a comment (note)', () => {
  it.each(['excel', 'openpyxl'] as const)('stored as %s stores it is read and kept', async (as) => {
    const file = await variant((f) => editXlsx(f, (zip) => addComment(zip, 'Cần Thạnh', as)));
    const rt = runtime();
    await loadXlsx(rt, file);
    const note = 'Nguyễn Văn A: số liệu đã đối chiếu';
    expect(rt.spreadsheet.getSheetByName('Cần Thạnh')!.getRange('B5').getNote()).toBe(note);
    const { written } = await runOn(file);
    const again = runtime();
    await loadXlsx(again, written);
    expect(again.spreadsheet.getSheetByName('Cần Thạnh')!.getRange('B5').getNote()).toBe(note);
  });
});

describe('a sheet name Excel does not allow but Google Sheets does', () => {
  it.each([
    ['History', 'History'],
    ['a slash', 'Xã Cần Thạnh/Cần Giờ'],
    ['brackets', 'Cần Thạnh [CT]'],
    ['over 31 characters', 'Công an xã Cần Thạnh — huyện Cần Giờ, Thành phố Hồ Chí Minh'],
  ])('(%s) loads under its own name and is kept', async (_, name) => {
    const file = await variant(async (f) => {
      await renameUnitTab(f, 'Cần Thạnh', name);
      await editXlsx(f, (zip) => addPrintArea(zip, 2, name));
    });
    const { result, zip, written } = await runOn(file);
    expect(result.issues).toEqual([]);
    expect(cumulative(result, 'Cần Thạnh')).toEqual([2173, 1122]);
    expect(await sheetPart(zip, name)).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(await text(zip, 'docProps/app.xml')).not.toContain('TienDo-tam');
    // ExcelJS rewrites a print area from the sheet's name (and drops two of its $).
    expect(await text(zip, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'${name}'!$A1:$E10</definedName>`,
    );
    const rt = runtime();
    await loadXlsx(rt, written);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toContain(name);
    expect(rt.spreadsheet.getSheetByName(name)!.getRange('B3').getValue()).toBe('Thu nhận');
  });
});
