import type { NormalizedCacheObject } from '@apollo/client';

/** The id of the JSON data block a server-rendered page carries (entry-server.tsx writes it, main.tsx reads it). */
export const SSR_STATE_ID = 'tb-ssr-state';

/** What the server's render read, for the browser to take the page over with the same data. */
export interface SsrState {
  apollo: NormalizedCacheObject;
  /** The language the page was rendered in. */
  language: 'vi';
}
