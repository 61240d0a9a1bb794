import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>»”’]+$/;

/**
 * Splits plain text into strings and http(s) links. Only http and https are linked, so nothing else
 * (javascript:, data:) can ever become clickable.
 */
export function linkify(text: string): (string | { url: string })[] {
  const parts: (string | { url: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    let url = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    if (start > last) parts.push(text.slice(last, start));
    parts.push({ url });
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A link on this site stays in the app; any other opens in a new tab. */
function MailLink({ url }: { url: string }) {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    return <>{url}</>;
  }
  if (parsed.origin === window.location.origin) {
    return (
      <Anchor component={Link} to={parsed.pathname + parsed.search + parsed.hash} underline="always">
        {url}
      </Anchor>
    );
  }
  return (
    <Anchor href={parsed.href} target="_blank" rel="noopener noreferrer" underline="always">
      {url}
    </Anchor>
  );
}

/** An e-mail's plain-text body, as text, with its URLs as links. Never the HTML body. */
export function MailText({ text }: { text: string }) {
  const nodes: ReactNode[] = linkify(text).map((part, index) =>
    typeof part === 'string' ? part : <MailLink key={index} url={part.url} />,
  );
  return <pre className="tb-mail-text">{nodes}</pre>;
}
