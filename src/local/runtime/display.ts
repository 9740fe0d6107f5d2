// Display values: what a cell shows, for the number formats the add-on uses (dates, times,
// thousands, percentages). Other formats show the plain value.
import type { Stored } from './cells';
import { ErrorCell, WallDate } from './cells';
import { formatJava } from './tz';

/** Sheets date patterns to Java ones: "mm" next to hours or seconds is minutes, else month. */
function javaPattern(sheetsPattern: string): string {
  return sheetsPattern
    .replace(/(h+[^a-z]*)mm/gi, '$1§')
    .replace(/mm([^a-z]*s)/gi, '§$1')
    .replace(/m/g, 'M')
    .replace(/§/g, 'mm')
    .replace(/h/g, 'H')
    .replace(/am\/pm/gi, 'a');
}

function groupThousands(n: number, decimals: number): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const shown = new Map<string, Map<number, string>>();

export function tzDisplay(v: Stored, format: string | undefined): string {
  if (v instanceof ErrorCell) return v.code;
  if (v instanceof WallDate) {
    // Sheets hold few distinct dates: each (format, date) is formatted once.
    const pattern = format ?? 'dd/MM/yyyy';
    let byWall = shown.get(pattern);
    if (!byWall) shown.set(pattern, (byWall = new Map()));
    let text = byWall.get(v.wall);
    if (text === undefined) {
      text = formatJava(v.wall, 'UTC', javaPattern(pattern));
      if (byWall.size > 100_000) byWall.clear();
      byWall.set(v.wall, text);
    }
    return text;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number' && format) {
    const decimals = (/0\.(0+)/.exec(format)?.[1] ?? '').length;
    if (format.includes('%')) return `${groupThousands(v * 100, decimals)}%`;
    if (format.includes('#,##0')) return groupThousands(v, decimals);
  }
  return String(v);
}
