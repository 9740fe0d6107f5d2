// Who may run what. A script runs as a person (whoever chose the menu item, or whose trigger it
// is), and Sheets refuses its writes to sheets that person may not edit: the commands that write
// the leaders' sheets are for the owner and the admins (`Quản trị`) alone, and say so before
// they start instead of failing half-way. Reading (the preview, the campaign's information) is
// for everyone.
import { Refusal } from '../core/errors';
import { MSG } from '../core/messages';
import type { Settings } from '../core/settings';
import { readSettings } from '../core/settings';
import { SHEETS } from '../core/vocabulary';
import type { LoadOptions } from './load';
import type { WorkbookPort } from './workbook-port';

/** The person the script runs as, in lower case. */
export function currentUser(): string {
  return Session.getEffectiveUser().getEmail().toLowerCase();
}

/** Whether a person may edit every sheet: the owner, or one of the admins. */
export function leads(port: WorkbookPort, admins: string[], email: string): boolean {
  return email !== '' && (email === port.owner() || admins.includes(email));
}

/**
 * For loadCampaign: a check that throws a Refusal naming who may run `action` unless the person
 * running it is the owner or an admin.
 */
export function leadersOnly(port: WorkbookPort, action: string): LoadOptions {
  return {
    admit(settings: Settings) {
      const me = currentUser();
      if (!leads(port, settings.admins, me))
        throw new Refusal(MSG.leadersOnly(action, port.owner(), me), MSG.leadersOnlyTitle);
    },
  };
}

/** The same check, for an action that reads nothing else: it reads `Cấu hình` alone. */
export function requireLeader(port: WorkbookPort, action: string): void {
  leadersOnly(port, action).admit!(readSettings(port.readValues(SHEETS.settings) ?? []).settings);
}
