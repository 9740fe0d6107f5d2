// Protections of sheets and ranges, with their editors: recorded but not enforced against
// scripts, as Apps Script itself does not; canEdit() tells whether a person may edit a range,
// which LocalRuntime.edit enforces.
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
