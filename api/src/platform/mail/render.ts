import type { T } from '../i18n';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface EmailContent {
  t: T;
  department: string;
  recipientName: string;
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
}

/** Renders a plain-text and an escaped HTML body from the same parts. */
export function renderEmail(c: EmailContent): { subject: string; text: string; html: string } {
  const greeting = c.t('mail.greeting', { name: c.recipientName });
  const signature = c.t('mail.signature', { department: c.department });
  const text = [
    greeting,
    ...c.paragraphs,
    ...(c.action ? [`${c.action.label}: ${c.action.url}`] : []),
    ...(c.footnote ? [c.footnote] : []),
    signature,
  ].join('\n\n');
  const p = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1a1b1e">',
    p(greeting),
    ...c.paragraphs.map(p),
    c.action
      ? `<p><a href="${escapeHtml(c.action.url)}" style="background:#1c4f9c;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(c.action.label)}</a></p>`
      : '',
    c.footnote ? p(c.footnote) : '',
    p(signature),
    '</body></html>',
  ].join('');
  return { subject: c.subject, text, html };
}
