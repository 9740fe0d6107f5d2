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

/** Characters of a file name's words, after its number. */
const NAME_LENGTH = 60;

/**
 * A file name for the n-th message: 001-<subject words>.eml, ASCII only. The "[Tiến Độ]" every
 * subject starts with is left out. A name too long is cut at a word, and when the subject has a
 * date (dd/MM/yyyy) the date stays whole: the words before it are shortened and those after it
 * (counts, which the message itself gives) go.
 */
export function emlFileName(index: number, subject: string): string {
  const slug = subject
    .replace(/^\s*\[[^\]]*\]\s*/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${String(index).padStart(3, '0')}-${shorten(slug) || 'thu'}.eml`;
}

/** The first words of a slug that fit in `length` characters. */
function firstWords(slug: string, length: number): string {
  let out = '';
  for (const word of slug.split('-')) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > length) break;
    out = next;
  }
  return out;
}

function shorten(slug: string): string {
  if (slug.length <= NAME_LENGTH) return slug;
  const dates = [...slug.matchAll(/(?:^|-)(\d{2}-\d{2}-\d{4})(?=-|$)/g)];
  const last = dates[dates.length - 1];
  if (!last) return firstWords(slug, NAME_LENGTH) || slug.slice(0, NAME_LENGTH);
  const date = last[1];
  const before = slug.slice(0, last.index + last[0].length - date.length).replace(/-$/, '');
  const words = firstWords(before, NAME_LENGTH - date.length - 1);
  return words ? `${words}-${date}` : date;
}
