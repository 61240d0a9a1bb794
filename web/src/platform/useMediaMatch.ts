import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, read at the first render. A page the server rendered (it has no
 * screen) is taken over as "does not match", then rendered again at once if it does: React's way of
 * reading the browser while hydrating, with no mismatch between the server's markup and the first render.
 */
export function useMediaMatch(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
