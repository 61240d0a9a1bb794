import type { BoxProps } from '@mantine/core';
import { Box } from '@mantine/core';
import { useMemo } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Splits a highlight into plain text and marked words. */
export function highlightParts(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece) parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/**
 * A search highlight from the API (HTML-escaped text with `<mark>` around the matched words), shown as
 * React text and `<mark>` elements, never parsed as HTML: nothing but the marks can become markup, and
 * the search page needs no HTML sanitizer (SafeHtml's DOMPurify is for rich text).
 */
export function Highlighted({
  html,
  component = 'span',
  ...props
}: { html: string; component?: 'span' | 'p' } & BoxProps) {
  const parts = useMemo(() => highlightParts(html), [html]);
  return (
    <Box component={component} {...props}>
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </Box>
  );
}
