// E-mail sent through the runtime's MailApp, as RFC 5322 messages (nodemailer's MailComposer):
// UTF-8 subjects encoded, plain-text and HTML alternatives.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SentMail } from './runtime';

export async function composeEml(mail: SentMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.name ? { name: mail.name, address: mail.from } : mail.from,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    bcc: mail.bcc.length ? mail.bcc : undefined,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.body,
    html: mail.htmlBody,
    date: mail.date,
  });
  const node = composer.compile();
  // Bcc recipients are part of what was sent: keep them in the saved copy.
  (node as unknown as { keepBcc: boolean }).keepBcc = true;
  return node.build();
}

/** A file name for the n-th message: 001-<subject words>.eml, ASCII only. */
export function emlFileName(index: number, subject: string): string {
  const slug = subject
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${String(index).padStart(3, '0')}-${slug || 'thu'}.eml`;
}
