// "Xuất PDF": Google's export link of a sheet as a PDF (A4 landscape, fit to the page's width,
// frozen rows repeated) and the dialog that offers it. Following a link needs no permission
// beyond the person's own access to the spreadsheet, so the add-on asks for no new scope.
import { escapeHtml } from './mail-text';
import { PRINT } from './messages-print';

/**
 * The link that exports one sheet as PDF: A4, landscape, fit to width, no gridlines, no sheet
 * name or title at the top, page numbers at the bottom centre, frozen rows on every page.
 */
export function pdfExportUrl(spreadsheetId: string, sheetId: number): string {
  const query = [
    'format=pdf',
    `gid=${sheetId}`,
    'size=A4',
    'portrait=false',
    'fitw=true',
    'gridlines=false',
    'printtitle=false',
    'sheetnames=false',
    'pagenum=CENTER',
    'fzr=true',
  ].join('&');
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}

/**
 * A sheet offered for export: its name, its id when the spreadsheet has it, and whether its
 * absence is worth a word (the summary) or it is simply left out (the appendix).
 */
export interface ExportSheet {
  name: string;
  sheetId: number | null;
  required?: boolean;
}

/**
 * The dialog's HTML: a link per sheet that exists (opening in a new tab: a dialog's frame
 * cannot download), a note for the summary when it does not exist yet.
 */
export function pdfExportHtml(spreadsheetId: string, sheets: ExportSheet[]): string {
  const items = sheets.flatMap((s) =>
    s.sheetId === null
      ? []
      : [
          `<li><a href="${escapeHtml(pdfExportUrl(spreadsheetId, s.sheetId))}" target="_blank" rel="noopener">${escapeHtml(PRINT.link(s.name))}</a></li>`,
        ],
  );
  const missing = sheets
    .filter((s) => s.sheetId === null && s.required)
    .map((s) => `<p>${escapeHtml(PRINT.missing(s.name))}</p>`);
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">',
    '<style>body{font-family:Arial,sans-serif;font-size:14px;line-height:1.5;margin:0 4px}',
    'li{margin:8px 0}a{color:#1155cc;font-weight:bold}</style></head><body>',
    `<p>${escapeHtml(PRINT.intro)}</p>`,
    items.length ? `<ul>${items.join('')}</ul>` : '',
    ...missing,
    `<p><button onclick="google.script.host.close()">${escapeHtml(PRINT.close)}</button></p>`,
    '</body></html>',
  ].join('');
}
