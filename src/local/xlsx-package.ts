// Repairs around ExcelJS, at the level of the .xlsx package (a ZIP of XML parts), for workbooks
// Google Sheets exports or Excel saves that ExcelJS 4.4 refuses or would spoil:
// - sheet names it throws on ("History", "Xã A/B", "Tổ [1]", names over 31 characters) are
//   given stand-ins while it reads, and put back in the file it writes (xlsx-names.ts);
// - drawings (charts, shapes, pictures) and tables are kept out of its hands and put back as they
//   were: it drops charts on writing, throws on a chart holding its own drawing with pictures,
//   throws on a table sorted or filtered by date or by top 10, and writes a table's header row
//   as none (it reads a headerRowCount left at its default of 1 as 0);
// - comments stored where it does not look (xl/comments/comment1.xml, absolute targets, as
//   openpyxl writes them), on which it throws, are moved where it looks;
// - a sheet protection's legacy password (the 16-bit hash LibreOffice and older Excel write),
//   which it drops, is written back.
import JSZip from 'jszip';
import { posix } from 'node:path';
import { SheetNames } from './xlsx-names';
import type { Relationship } from './xlsx-xml';
import {
  ContentTypes,
  attr,
  escapeXml,
  partRelationships,
  relKind,
  relationships,
  relationshipsXml,
  relativeTarget,
  relsPath,
  resolveTarget,
  startTags,
  unescapeXml,
  withAttr,
} from './xlsx-xml';

const WORKBOOK = 'xl/workbook.xml';
const CONTENT_TYPES = '[Content_Types].xml';

interface KeptPart {
  data: Uint8Array;
  type: { type: string; byExtension: boolean } | undefined;
}

/** A part kept out of ExcelJS's hands, with how its sheet refers to it. */
interface KeptRoot {
  part: string;
  relType: string;
}

export interface PackageRepair {
  /** The package as ExcelJS is to read it. */
  bytes: Buffer;
  names: SheetNames;
  /** Drawings and tables kept out of ExcelJS's hands, by the sheet's name in the file. */
  kept: Map<string, { drawing: KeptRoot | null; tables: KeptRoot[] }>;
  /** Every part of the trees under those, .rels parts included, as they were. */
  parts: Map<string, KeptPart>;
  /** The parts each kept root leads to, itself first. */
  trees: Map<string, string[]>;
  /** Legacy sheet protection passwords (hashes), by the sheet's name in the file. */
  passwords: Map<string, string>;
  /** Each sheet's part in the file, by its name in the file. */
  sheetParts: Map<string, string>;
  /** The package as read, repaired. */
  zip: JSZip;
}

interface SheetEntry {
  tag: string;
  name: string;
  part: string | null;
  kind: string;
}

async function workbookSheets(zip: JSZip, workbookXml: string): Promise<SheetEntry[]> {
  const rels = await partRelationships(zip, WORKBOOK);
  return startTags(workbookXml, 'sheet').map((tag) => {
    const rel = rels.find((r) => r.id === attr(tag, 'r:id'));
    return {
      tag,
      name: attr(tag, 'name') ?? '',
      part: rel && !rel.external ? resolveTarget(WORKBOOK, rel.target) : null,
      kind: rel ? relKind(rel) : '',
    };
  });
}

/** The first free path like `like` (chart1.xml → chart2.xml …), none of `taken`. */
function freshPath(like: string, taken: (path: string) => boolean): string {
  if (!taken(like)) return like;
  const ext = posix.extname(like);
  const stem = like.slice(0, like.length - ext.length).replace(/\d+$/, '');
  for (let n = 1; ; n++) if (!taken(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
}

const DRAWING_ELEMENT = /<(?:[\w.-]+:)?drawing\b[^>]*\/>/;
const TABLE_PARTS = /<(?:[\w.-]+:)?tableParts\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?tableParts>)/;

/** Reads the package and makes the copy ExcelJS is to read. */
export async function repairForExcelJs(zip: JSZip, bytes: Buffer): Promise<PackageRepair> {
  const types = new ContentTypes(await zip.file(CONTENT_TYPES)!.async('string'));
  let workbookXml = await zip.file(WORKBOOK)!.async('string');
  const sheets = await workbookSheets(zip, workbookXml);
  const names = new SheetNames(sheets.map((s) => s.name));
  const repair: PackageRepair = {
    bytes,
    names,
    kept: new Map(),
    parts: new Map(),
    trees: new Map(),
    passwords: new Map(),
    sheetParts: new Map(),
    zip,
  };
  let changed = false;
  for (const sheet of sheets) {
    const standIn = names.forExcelJs(sheet.name);
    if (standIn === sheet.name) continue;
    workbookXml = workbookXml.replace(sheet.tag, withAttr(sheet.tag, 'name', standIn));
    changed = true;
  }
  if (changed) zip.file(WORKBOOK, workbookXml);

  const keep = async (root: string): Promise<void> => {
    const tree: string[] = [];
    const queue = [root];
    while (queue.length) {
      const part = queue.shift()!;
      if (tree.includes(part) || !zip.file(part)) continue;
      tree.push(part);
      repair.parts.set(part, {
        data: await zip.file(part)!.async('uint8array'),
        type: types.of(part),
      });
      const relsFile = zip.file(relsPath(part));
      if (!relsFile) continue;
      const xml = await relsFile.async('string');
      repair.parts.set(relsPath(part), { data: Buffer.from(xml), type: types.of(relsPath(part)) });
      for (const rel of relationships(xml))
        if (!rel.external) queue.push(resolveTarget(part, rel.target));
    }
    repair.trees.set(root, tree);
  };

  for (const sheet of sheets) {
    if (!sheet.part || sheet.kind !== 'worksheet') continue;
    repair.sheetParts.set(sheet.name, sheet.part);
    const rels = await partRelationships(zip, sheet.part);
    const kept = { drawing: null as KeptRoot | null, tables: [] as KeptRoot[] };
    const left: Relationship[] = [];
    let relsChanged = false;
    for (const rel of rels) {
      const target = rel.external ? '' : resolveTarget(sheet.part, rel.target);
      const kind = rel.external ? '' : relKind(rel);
      if (kind === 'drawing' || kind === 'table') {
        await keep(target);
        if (kind === 'drawing') kept.drawing = { part: target, relType: rel.type };
        else kept.tables.push({ part: target, relType: rel.type });
        relsChanged = true;
      } else if (kind === 'comments' || kind === 'vmlDrawing') {
        // ExcelJS finds comments only at xl/commentsN.xml and their shapes only at
        // xl/drawings/vmlDrawingN.vml, each by a target relative to the sheet.
        const where =
          kind === 'comments'
            ? /^xl\/comments\d+\.xml$/.test(target)
              ? target
              : freshPath('xl/comments1.xml', (p) => !!zip.file(p))
            : /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(target)
              ? target
              : freshPath('xl/drawings/vmlDrawing1.vml', (p) => !!zip.file(p));
        if (where !== target && zip.file(target)) {
          zip.file(where, await zip.file(target)!.async('uint8array'));
          zip.remove(target);
        }
        const relative = relativeTarget(sheet.part, where);
        if (relative !== rel.target) relsChanged = true;
        left.push({ ...rel, target: relative });
      } else {
        left.push(rel);
      }
    }
    if (!relsChanged) continue;
    changed = true;
    zip.file(relsPath(sheet.part), relationshipsXml(left));
    if (kept.drawing || kept.tables.length) {
      repair.kept.set(sheet.name, kept);
      const xml = await zip.file(sheet.part)!.async('string');
      zip.file(sheet.part, xml.replace(DRAWING_ELEMENT, '').replace(TABLE_PARTS, ''));
    }
  }
  if (repair.parts.size) await removeKept(zip, repair);
  if (changed) repair.bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  return repair;
}

/**
 * Takes the kept parts out of ExcelJS's sight (it reads every drawing and table it finds, linked
 * or not), except pictures something left in its hands still uses.
 */
async function removeKept(zip: JSZip, repair: PackageRepair): Promise<void> {
  const stillUsed = new Set<string>();
  for (const path of Object.keys(zip.files)) {
    if (!path.endsWith('.rels') || repair.parts.has(path)) continue;
    const source = posix.join(posix.dirname(posix.dirname(path)), posix.basename(path, '.rels'));
    for (const rel of relationships(await zip.file(path)!.async('string')))
      if (!rel.external) stillUsed.add(resolveTarget(source, rel.target));
  }
  for (const path of repair.parts.keys()) if (!stillUsed.has(path)) zip.remove(path);
}

/** Finds the legacy password of each protected sheet whose protection ExcelJS read without one. */
export async function findLegacyPasswords(repair: PackageRepair, sheets: string[]): Promise<void> {
  for (const name of sheets) {
    const part = repair.sheetParts.get(name);
    const file = part && repair.zip.file(part);
    if (!file) continue;
    const tag = startTags(await file.async('string'), 'sheetProtection')[0];
    const password = tag && attr(tag, 'password');
    if (password) repair.passwords.set(name, password);
  }
}

/** A loaded sheet as saved: its name in the file it came from, and now. */
export interface SavedSheetName {
  fileName: string;
  name: string;
  restructured: boolean;
}

/** Puts back into the package ExcelJS wrote what the repair took out or ExcelJS dropped. */
export async function finishPackage(
  written: Buffer,
  repair: PackageRepair | null,
  names: SheetNames,
  sheets: SavedSheetName[],
): Promise<Buffer> {
  const standIns = names.standInNames;
  if (!standIns.size && !repair?.kept.size && !repair?.passwords.size) return written;
  const zip = await JSZip.loadAsync(written);
  let workbookXml = await zip.file(WORKBOOK)!.async('string');
  for (const [standIn, real] of standIns) workbookXml = restoreName(workbookXml, standIn, real);
  zip.file(WORKBOOK, workbookXml);
  const app = zip.file('docProps/app.xml');
  if (app) {
    let xml = await app.async('string');
    for (const [standIn, real] of standIns)
      xml = xml.split(`>${escapeXml(standIn)}<`).join(`>${escapeXml(real)}<`);
    zip.file('docProps/app.xml', xml);
  }
  const partOf = new Map(
    (await workbookSheets(zip, workbookXml)).map((s) => [s.name, s.part] as const),
  );
  const types = new ContentTypes(await zip.file(CONTENT_TYPES)!.async('string'));
  const copies = new Map<string, string>();
  for (const sheet of sheets) {
    const part = partOf.get(sheet.name);
    const kept = repair?.kept.get(sheet.fileName);
    const password = repair?.passwords.get(sheet.fileName);
    if (!repair || !part || !zip.file(part) || (!kept && !password)) continue;
    let xml = await zip.file(part)!.async('string');
    const rels = await partRelationships(zip, part);
    const link = (root: KeptRoot): string => {
      const target = copyTree(zip, repair, types, copies, root.part);
      const id = freshId(rels);
      rels.push({ id, type: root.relType, target: relativeTarget(part, target), external: false });
      return id;
    };
    if (kept?.drawing && !DRAWING_ELEMENT.test(xml)) {
      xml = insertBefore(xml, `<drawing r:id="${link(kept.drawing)}"/>`, AFTER_DRAWING);
    }
    // Rows moved in a sheet written whole: its tables' ranges would point at other rows.
    if (kept?.tables.length && !sheet.restructured && !TABLE_PARTS.test(xml)) {
      const ids = kept.tables.map((t) => `<tablePart r:id="${link(t)}"/>`);
      xml = insertBefore(xml, `<tableParts count="${ids.length}">${ids.join('')}</tableParts>`, [
        'extLst',
      ]);
    }
    if (password)
      xml = xml.replace(/<sheetProtection\b[^>]*>/, (tag) =>
        attr(tag, 'password') ? tag : withAttr(tag, 'password', password),
      );
    zip.file(part, xml);
    if (rels.length) zip.file(relsPath(part), relationshipsXml(rels));
  }
  zip.file(CONTENT_TYPES, types.toXml());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The sheet's name and every reference to it in defined names, from the stand-in back. */
function restoreName(workbookXml: string, standIn: string, real: string): string {
  const quoted = `'${real.replace(/'/g, "''")}'!`;
  const reference = new RegExp(`'?${standIn.replace(/[-]/g, '\\-')}'?!`, 'g');
  return workbookXml
    .replace(/<(?:[\w.-]+:)?sheet\b[^>]*>/g, (tag) =>
      attr(tag, 'name') === standIn ? withAttr(tag, 'name', real) : tag,
    )
    .replace(
      /(<(?:[\w.-]+:)?definedName\b[^>]*>)([^<]*)/g,
      (_, open: string, text: string) =>
        open + escapeXml(unescapeXml(text).replace(reference, quoted)),
    );
}

/** Elements that come after <drawing> in a worksheet (ECMA-376 CT_Worksheet). */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** The sheet's XML with `element` before the first of `before` present, else at the end. */
function insertBefore(xml: string, element: string, before: string[]): string {
  let at = -1;
  for (const name of before) {
    const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf('</');
  return xml.slice(0, at) + element + xml.slice(at);
}

function freshId(rels: Relationship[]): string {
  let n = 1;
  while (rels.some((r) => r.id === `rIdTienDo${n}`)) n++;
  return `rIdTienDo${n}`;
}

/**
 * Copies a kept tree into the package, each part under its own name unless ExcelJS wrote one
 * there (then the next free number), with its relationships pointing to the copies; returns
 * where the root went. A part two trees share is copied once.
 */
function copyTree(
  zip: JSZip,
  repair: PackageRepair,
  types: ContentTypes,
  copies: Map<string, string>,
  root: string,
): string {
  const tree = repair.trees.get(root) ?? [];
  const used = new Set(copies.values());
  for (const part of tree) {
    if (copies.has(part)) continue;
    const to = freshPath(part, (p) => used.has(p) || !!zip.file(p));
    copies.set(part, to);
    used.add(to);
  }
  for (const part of tree) {
    const to = copies.get(part)!;
    if (zip.file(to)) continue;
    const kept = repair.parts.get(part)!;
    zip.file(to, kept.data);
    if (kept.type?.byExtension) {
      const ext = posix.extname(to).slice(1).toLowerCase();
      if (!types.defaults.has(ext)) types.defaults.set(ext, kept.type.type);
    } else if (kept.type) types.overrides.set(to, kept.type.type);
    const rels = repair.parts.get(relsPath(part));
    if (!rels) continue;
    const moved = relationships(Buffer.from(rels.data).toString('utf8')).map((rel) => {
      if (rel.external) return rel;
      const target = resolveTarget(part, rel.target);
      return { ...rel, target: relativeTarget(to, copies.get(target) ?? target) };
    });
    zip.file(relsPath(to), relationshipsXml(moved));
  }
  return copies.get(root) ?? root;
}
