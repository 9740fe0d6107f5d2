// Protections of sheets and ranges, with their editors: recorded but not enforced against
// scripts, as Apps Script itself does not; RuntimeContext.edit enforces them on a person editing.
import type { Counted } from './calls';
import { instrument } from './calls';
import type { RuntimeContext } from './context';
import type { FakeRange, FakeSheet } from './spreadsheet';
import { FakeUser } from './user';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

function emailOf(user: string | FakeUser): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class FakeProtection implements Counted {
  description = '';
  warningOnly = false;
  domainEdit = false;
  editors: string[];
  unprotected: FakeRange[] = [];
  removed = false;

  constructor(
    readonly rt: RuntimeContext,
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: FakeSheet,
    readonly range: FakeRange | null,
  ) {
    // A new protection leaves the owner and the person who made it as editors.
    this.editors = [...new Set([rt.owner, rt.activeUser])];
  }

  getProtectionType(): string {
    return this.type;
  }
  getRange(): FakeRange {
    return (
      this.range ?? this.sheet.getRange(1, 1, this.sheet.getMaxRows(), this.sheet.getMaxColumns())
    );
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
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this.unprotected];
  }
  remove(): void {
    this.removed = true;
    this.sheet.parent.protections = this.sheet.parent.protections.filter((p) => p !== this);
  }
}
instrument(FakeProtection, 'Protection');
