// Reading the campaign through the port: `Cấu hình`, `Đơn vị` and every unit's tab, each once.
import type { Campaign } from '../core/campaign';
import { readCampaign } from '../core/campaign';
import type { Rows } from '../core/values';
import { SHEETS } from '../core/vocabulary';
import type { WorkbookPort } from './workbook-port';

/**
 * The campaign as the workbook holds it; `today` is the date in the spreadsheet's zone. A tab
 * is read through `readTab` (by default the port: set-up passes a reader that keeps the rows).
 * Reserved sheets that are some unit's tab are left alone by the port from then on.
 */
export function loadCampaign(
  port: WorkbookPort,
  today: string,
  readTab: (name: string) => Rows | null = (name) => port.readValues(name),
  { merges = false }: { merges?: boolean } = {},
): Campaign {
  const campaign = readCampaign(
    {
      settings: port.readValues(SHEETS.settings),
      units: port.readValues(SHEETS.units),
      tab: readTab,
      prefetch: (names) => port.prefetch(names),
      matches: (name) => port.matches(name),
      // A call per tab on the standard path: asked for only where findings are shown.
      ...(merges || port.mergesKnown ? { merges: (name: string) => port.mergedRanges(name) } : {}),
    },
    today,
  );
  port.leaveAlone(campaign.claimed);
  return campaign;
}
