// Protections of sheets and ranges, with their editors, enforced as Sheets enforces them: on a
// person typing (LocalRuntime.edit) and on a script's writes alike.
//
// A script has no rights of its own: it runs as a user, and its calls can do what that user can.
// Apps Script's authorization guide (https://developers.google.com/apps-script/guides/services/
// authorization, "Permissions and types of scripts"): a script bound to a spreadsheet or an
// add-on runs as "the user at the keyboard"; an installable trigger as "the user who created the
// trigger" (installable triggers guide: "Installable triggers always run under the account of the
// person who created them", https://developers.google.com/apps-script/guides/triggers/installable).
// The Protection reference (https://developers.google.com/apps-script/reference/spreadsheet/
// protection) states each protection per user: canEdit() "determines whether the user has
// permission to edit the protected range or sheet", and its samples remove only the protections
// "the user has permission to edit". So a write by a script to cells its user may not edit fails
// with the message Sheets gives a person, PROTECTED_MESSAGE below. The runtime checks every
// counted call that changes cells or a sheet, made inside an execution, against the execution's
// user (calls.ts: _assertEditable), when the call is made.
import type { Counted } from './calls';
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import { exception } from './errors';
import type { RangeRef, SheetRef } from './refs';
import { FakeUser } from './user';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

/** What a protection needs of its sheet (FakeSheet is one). */
export interface ProtectedSheet extends SheetRef {
  readonly parent: { protections: FakeProtection[] };
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeRef;
}

function emailOf(user: string | FakeUser): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class FakeProtection implements Counted {
  description = '';
  warningOnly = false;
  domainEdit = false;
  editors: string[];
  unprotected: RangeRef[] = [];
  removed = false;

  constructor(
    readonly rt: RuntimeContext,
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: ProtectedSheet,
    public range: RangeRef | null,
  ) {
    // A new protection leaves the owner and the person who made it as editors.
    this.editors = [...new Set([rt.owner, rt.activeUser])];
  }

  getProtectionType(): string {
    return this.type;
  }
  getRange(): RangeRef {
    return (
      this.range ?? this.sheet.getRange(1, 1, this.sheet.getMaxRows(), this.sheet.getMaxColumns())
    );
  }
  /**
   * Protection.setRange: "Changes the range that is being protected"; a sheet protection has no
   * range of its own to change (https://developers.google.com/apps-script/reference/spreadsheet/protection#setRange(Range)).
   */
  setRange(range: RangeRef): FakeProtection {
    if (this.type === 'SHEET') throw exception('Cannot set the range of a sheet protection.');
    this.range = range;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): FakeProtection {
    this.description = description;
    return this;
  }
  addEditor(user: string | FakeUser): FakeProtection {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emails: string[]): FakeProtection {
    for (const e of emails) if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  removeEditor(user: string | FakeUser): FakeProtection {
    return this.removeEditors([emailOf(user)]);
  }
  removeEditors(users: (string | FakeUser)[]): FakeProtection {
    // The owner and the person running the script cannot be removed.
    const keep = new Set([this.rt.owner, this.rt.activeUser]);
    const drop = new Set(users.map(emailOf).filter((e) => !keep.has(e)));
    this.editors = this.editors.filter((e) => !drop.has(e));
    return this;
  }
  getEditors(): FakeUser[] {
    return this.editors.map((e) => new FakeUser(e));
  }
  canEdit(): boolean {
    return this.editors.includes(this.rt.activeUser);
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.domainEdit = editable;
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setUnprotectedRanges(ranges: RangeRef[]): FakeProtection {
    this.unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): RangeRef[] {
    return [...this.unprotected];
  }
  remove(): void {
    this.removed = true;
    this.sheet.parent.protections = this.sheet.parent.protections.filter((p) => p !== this);
  }
}
instrument(FakeProtection, 'Protection');

/** What Sheets says to a person, and a script's user, editing what they may not. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Throws PROTECTED_MESSAGE unless `allowed`. */
export function assertAllowed(allowed: boolean): void {
  if (!allowed) throw exception(PROTECTED_MESSAGE);
}

/**
 * Whether a user may change a sheet as a whole (insert or delete rows and columns, resize, freeze,
 * rename, delete it): no protection of the whole sheet shuts them out. Range protections inside it
 * guard their own cells.
 */
export function canEditSheet(
  protections: FakeProtection[],
  user: string,
  sheet: SheetRef,
): boolean {
  return !protections.some(
    (p) => p.type === 'SHEET' && p.sheet === sheet && !p.warningOnly && !p.editors.includes(user),
  );
}

/** Whether a user may edit a range, by the spreadsheet's protections. */
export function canEdit(protections: FakeProtection[], user: string, range: RangeRef): boolean {
  const inside = (r: RangeRef, outer: RangeRef) =>
    r.sheet === outer.sheet &&
    r.row >= outer.row &&
    r.col >= outer.col &&
    r.row + r.rows <= outer.row + outer.rows &&
    r.col + r.cols <= outer.col + outer.cols;
  const overlaps = (a: RangeRef, b: RangeRef) =>
    a.sheet === b.sheet &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols;
  for (const p of protections) {
    if (p.warningOnly || p.editors.includes(user)) continue;
    if (
      p.type === 'SHEET' &&
      p.sheet === range.sheet &&
      !p.unprotected.some((u) => inside(range, u))
    )
      return false;
    if (p.type === 'RANGE' && p.range && overlaps(p.range, range)) return false;
  }
  return true;
}
