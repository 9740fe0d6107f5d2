// The preview dialog of "Xem trước thư sẽ gửi": exactly the messages that would go now, to
// whom, and the day's quota left.
import type { Mail } from './mail-text';
import { FONT, escapeHtml } from './mail-text';

/** The preview dialog: what would be sent now, to whom, and the quota left today. */
export function previewHtml(
  mails: Mail[],
  asOf: string | null,
  labels: {
    none: string;
    count: (n: number, r: number) => string;
    quota: string;
    to: string;
    subject: string;
  },
): string {
  const recipients = mails.reduce((n, m) => n + m.to.length, 0);
  const parts = [
    `<div style="${FONT}font-size:13px">`,
    `<p><b>${escapeHtml(labels.quota)}</b></p>`,
    `<p>${escapeHtml(asOf === null || mails.length === 0 ? labels.none : labels.count(mails.length, recipients))}</p>`,
  ];
  for (const m of mails) {
    parts.push(
      '<div style="border:1px solid #dadce0;border-radius:6px;margin:10px 0;padding:8px">',
      `<p style="margin:2px 0"><b>${escapeHtml(labels.to)}:</b> ${escapeHtml(m.to.join(', '))}</p>`,
      `<p style="margin:2px 0"><b>${escapeHtml(labels.subject)}:</b> ${escapeHtml(m.subject)}</p>`,
      // The digest's table fits the dialog (860 px); should a body be wider, it scrolls alone.
      `<div style="border-top:1px solid #eee;margin-top:6px;padding-top:6px;overflow-x:auto">${m.html}</div>`,
      '</div>',
    );
  }
  parts.push('</div>');
  return parts.join('\n');
}
