// Reading the campaign through the port: `Cấu hình`, `Đơn vị` and every unit's tab, each once.
import type { Campaign } from '../core/campaign';
import { readCampaign } from '../core/campaign';
import { SETUP } from '../core/messages';
import type { Settings } from '../core/settings';
import { readSettings } from '../core/settings';
import type { Rows } from '../core/values';
import { SHEETS } from '../core/vocabulary';
import type { WorkbookPort } from './workbook-port';

export interface LoadOptions {
  /** How a tab is read (by default the port: set-up passes a reader that keeps the rows). */
  readTab?: (name: string) => Rows | null;
  /**
   * Look for merged cells in the tabs: a call per tab on the standard path, so only where
   * findings are shown (free when the Sheets API gave them with the metadata).
   */
  merges?: boolean;
  /**
   * Runs on the settings as soon as `Cấu hình` is read, before anything else is: throws to stop
   * (see leadersOnly).
   */
  admit?: (settings: Settings) => void;
}

/**
 * The campaign as the workbook holds it; `today` is the date in the spreadsheet's zone. The
 * sheets the port creates from then on are born protected for the admins (`Quản trị`), and
 * reserved sheets that are some unit's tab are left alone.
 */
export function loadCampaign(
  port: WorkbookPort,
  today: string,
  options: LoadOptions = {},
): Campaign {
  const settings = port.readValues(SHEETS.settings);
  if (settings && options.admit) options.admit(readSettings(settings).settings);
  const campaign = readCampaign(
    {
      settings,
      units: port.readValues(SHEETS.units),
      tab: options.readTab ?? ((name) => port.readValues(name)),
      prefetch: (names) => port.prefetch(names),
      matches: (name) => port.matches(name),
      phases: port.readValues(SHEETS.phases),
      shown: (name) => port.readDisplay(name),
      ...(options.merges || port.mergesKnown
        ? { merges: (name: string) => port.mergedRanges(name) }
        : {}),
    },
    today,
  );
  port.leaveAlone(campaign.claimed);
  port.guardNewSheets({
    description: SETUP.leadersProtection,
    editors: campaign.settings.admins,
  });
  return campaign;
}
