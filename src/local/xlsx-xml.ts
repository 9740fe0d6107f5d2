// The little of an .xlsx package's XML the repairs around ExcelJS need: attributes of start tags,
// relationships, content types and part paths. Only small parts (the workbook, .rels files,
// [Content_Types].xml) are read whole this way; a sheet's XML is only searched for one element.
import { posix } from 'node:path';
import type JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? all;
    return String.fromCodePoint(
      e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1),
    );
  });
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The start tags (or empty elements) named `local`, whatever their namespace prefix. */
export function startTags(xml: string, local: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, 'g')) ?? [];
}

/** An attribute of a start tag, unescaped; a prefixed name ("r:id") matches any prefix. */
export function attr(tag: string, name: string): string | undefined {
  const local = name.includes(':') ? `[\\w.-]+:${name.split(':')[1]}` : name;
  const m = new RegExp(`\\s${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/** The tag with the attribute set (added, or its value replaced). */
export function withAttr(tag: string, name: string, value: string): string {
  const escaped = escapeXml(value);
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escaped}"`);
  return tag.replace(/(\s*\/?>)$/, ` ${name}="${escaped}"$1`);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(xml: string): Relationship[] {
  return startTags(xml, 'Relationship').map((tag) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
    external: attr(tag, 'TargetMode') === 'External',
  }));
}

export function relationshipsXml(rels: Relationship[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** The .rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** The part a relationship of `source` leads to, as a path inside the package. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return posix.normalize(target.slice(1));
  return posix.normalize(posix.join(posix.dirname(source), target));
}

/** `part` as a relative target from `source`. */
export function relativeTarget(source: string, part: string): string {
  return posix.relative(posix.dirname(source), part);
}

/** The relationships of a part (empty when it has none). */
export async function partRelationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const file = zip.file(relsPath(part));
  return file ? relationships(await file.async('string')) : [];
}

/** [Content_Types].xml: types by extension (Default) and by part (Override). */
export class ContentTypes {
  readonly defaults = new Map<string, string>();
  readonly overrides = new Map<string, string>();

  constructor(xml: string) {
    for (const tag of startTags(xml, 'Default'))
      this.defaults.set(
        (attr(tag, 'Extension') ?? '').toLowerCase(),
        attr(tag, 'ContentType') ?? '',
      );
    for (const tag of startTags(xml, 'Override'))
      this.overrides.set(
        (attr(tag, 'PartName') ?? '').replace(/^\//, ''),
        attr(tag, 'ContentType') ?? '',
      );
  }

  /** The part's type, and whether it comes from its extension. */
  of(part: string): { type: string; byExtension: boolean } | undefined {
    const override = this.overrides.get(part);
    if (override !== undefined) return { type: override, byExtension: false };
    const type = this.defaults.get(posix.extname(part).slice(1).toLowerCase());
    return type === undefined ? undefined : { type, byExtension: true };
  }

  toXml(): string {
    const defaults = [...this.defaults].map(
      ([ext, type]) => `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`,
    );
    const overrides = [...this.overrides].map(
      ([part, type]) =>
        `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`,
    );
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
  }
}

/** The relationship type's last word: ".../relationships/drawing" → "drawing". */
export function relKind(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1);
}
