import type { BoxProps } from '@mantine/core';
import { Box } from '@mantine/core';
import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/**
 * HTML from the API, sanitized again in the browser before it touches the DOM: rich text (a listing's
 * description, rendered from Markdown and sanitized by the server) may hold only the tags the server's
 * renderer emits. Anything else is dropped, its text kept. (Search highlights need no HTML: Highlighted.)
 */
const PROFILES = {
  richText: {
    ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote', 'code', 'pre'],
    ALLOWED_ATTR: ['href', 'rel', 'target'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  },
} as const;

export type SafeHtmlProfile = keyof typeof PROFILES;

/** DOMPurify needs a DOM: on the server (entry-server.tsx) there is none. */
const inBrowser = typeof window !== 'undefined';

/**
 * On the server, the API's own rich text goes out as the API sanitized it (sanitize-html, the same
 * allowed tags); the browser sanitizes it again when it renders it.
 */
export function sanitizeHtml(html: string, profile: SafeHtmlProfile): string {
  if (!inBrowser) return html;
  const { ALLOWED_TAGS, ALLOWED_ATTR, ...rest } = PROFILES[profile];
  return DOMPurify.sanitize(html, {
    ...rest,
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
  });
}

// Links in rich text leave the exchange: never give the opened page a handle on this one.
if (inBrowser) {
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.getAttribute('target') === '_blank') {
      node.setAttribute('rel', 'nofollow noopener noreferrer');
    }
  });
}

export function SafeHtml({
  html,
  profile,
  component = 'div',
  ...props
}: { html: string; profile: SafeHtmlProfile; component?: 'div' | 'span' | 'p' } & BoxProps) {
  const clean = useMemo(() => sanitizeHtml(html, profile), [html, profile]);
  return <Box component={component} {...props} dangerouslySetInnerHTML={{ __html: clean }} />;
}
