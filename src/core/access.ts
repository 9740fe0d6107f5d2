// Who may edit which sheet: a unit's tab, that unit's people and the admins (`Quản trị`); every
// other sheet (`Cấu hình`, `Đơn vị`, the sheets the add-on writes, any other), the admins alone.
// The owner may edit everything and is never listed. Also what set-up would change, sheet by
// sheet, said in a few lines for the person who must confirm it before anything is granted.
import { vnNumber } from './email';
import { SETUP } from './messages';
import type { Unit } from './units';

/** A sheet's protection as set-up makes it: who besides the owner may edit it. */
export interface SheetAccess {
  sheet: string;
  /** Addresses in lower case, each once. */
  editors: string[];
  description: string;
  /** The sheet is a unit's tab (else one only the admins edit). */
  unit: boolean;
}

/** What set-up changes in one sheet's editors (besides the owner's). */
export interface AccessChange {
  sheet: string;
  added: string[];
  removed: string[];
}

/** Addresses in lower case, each once, in the order first given. */
function distinct(emails: string[]): string[] {
  return [...new Set(emails.map((e) => e.toLowerCase()))];
}

/**
 * Every sheet's access: `titles` are the sheets there are, `tabs` each unit with the title of
 * its tab (as found, or as set-up will create it; null when no one sheet is its tab). A tab two
 * units name is both units' tab.
 */
export function accessPlan(
  titles: string[],
  tabs: { unit: Unit; title: string | null }[],
  admins: string[],
): SheetAccess[] {
  const byTab = new Map<string, SheetAccess>();
  for (const { unit, title } of tabs) {
    if (title === null) continue;
    const known = byTab.get(title);
    if (known) known.editors = distinct([...known.editors, ...unit.emails]);
    else
      byTab.set(title, {
        sheet: title,
        editors: distinct([...unit.emails, ...admins]),
        description: SETUP.protection(unit.name),
        unit: true,
      });
  }
  const leaders = (sheet: string): SheetAccess => ({
    sheet,
    editors: distinct(admins),
    description: SETUP.leadersProtection,
    unit: false,
  });
  const others = titles.filter((t) => !byTab.has(t)).map(leaders);
  return [...others, ...byTab.values()];
}

/**
 * The changes a plan makes to the editors set-up found (`current`: each protected sheet's editors
 * besides the owner; a sheet absent is not protected yet, and everyone it names is new).
 */
export function accessChanges(
  plan: SheetAccess[],
  current: ReadonlyMap<string, string[]>,
): AccessChange[] {
  const changes: AccessChange[] = [];
  for (const { sheet, editors } of plan) {
    const had = distinct(current.get(sheet) ?? []);
    const added = editors.filter((e) => !had.includes(e));
    const removed = had.filter((e) => !editors.includes(e));
    if (added.length || removed.length) changes.push({ sheet, added, removed });
  }
  return changes;
}

/** Lines of the confirmation at most; the rest is counted. */
const CONFIRM_LINES = 10;
const SHEETS_A_LINE = 3;
const PEOPLE_A_LINE = 5;

function some(items: string[], max: number, more: (n: number) => string): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} ${more(items.length - max)}` : shown;
}

/**
 * The question set-up asks before it grants or takes away anything: one line per set of sheets
 * gaining and losing the same people (the admins added to every sheet are one line, not one per
 * sheet), long lists cut short with a count, and how many sheets it locks for the first time.
 */
export function confirmText(changes: AccessChange[], newlyLocked: number): string {
  const groups = new Map<string, { sheets: string[]; change: AccessChange }>();
  for (const change of changes) {
    const key = JSON.stringify([change.added, change.removed]);
    const group = groups.get(key);
    if (group) group.sheets.push(change.sheet);
    else groups.set(key, { sheets: [change.sheet], change });
  }
  const all = [...groups.values()];
  const lines = all.slice(0, CONFIRM_LINES).map(({ sheets, change }) =>
    SETUP.confirmLine(
      some(
        sheets.map((s) => `"${s}"`),
        SHEETS_A_LINE,
        (n) => SETUP.confirmMoreSheets(vnNumber(n)),
      ),
      some(change.added, PEOPLE_A_LINE, (n) => SETUP.confirmMorePeople(vnNumber(n))),
      some(change.removed, PEOPLE_A_LINE, (n) => SETUP.confirmMorePeople(vnNumber(n))),
    ),
  );
  const rest = all.slice(CONFIRM_LINES);
  if (rest.length) {
    const count = (f: (c: AccessChange) => number) =>
      rest.reduce((n, g) => n + g.sheets.length * f(g.change), 0);
    lines.push(
      SETUP.confirmRest(
        vnNumber(rest.reduce((n, g) => n + g.sheets.length, 0)),
        vnNumber(count((c) => c.added.length)),
        vnNumber(count((c) => c.removed.length)),
      ),
    );
  }
  const parts = [SETUP.confirmIntro, lines.join('\n')];
  if (newlyLocked) parts.push(SETUP.confirmLocked(vnNumber(newlyLocked)));
  parts.push(SETUP.confirmQuestion);
  return parts.join('\n\n');
}
