import type { ReactNode } from 'react';
import { useEffect } from 'react';

let pending: (() => void) | null = null;

/**
 * Calls `done` once, when the page inside the layout has been committed for the first time. On a page
 * the server rendered, that is once the page itself is hydrated: React hydrates what is inside the
 * layout's Suspense boundary after the rest (the header and footer), in a pass of its own.
 */
export function whenPageCommitted(done: () => void): void {
  pending = done;
}

/** Wraps the layout's page (AppLayout): its effect runs after every effect of the page. */
export function PageCommitted({ children }: { children: ReactNode }) {
  useEffect(() => {
    const done = pending;
    pending = null;
    done?.();
  }, []);
  return children;
}
