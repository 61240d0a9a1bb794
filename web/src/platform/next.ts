/**
 * `?next=` carries where to go after signing in or registering. Only paths on this site are accepted,
 * so a crafted link cannot send someone elsewhere.
 */
export function safeNext(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

export function withNext(path: string, next: string | null | undefined): string {
  const safe = safeNext(next);
  return safe ? `${path}?next=${encodeURIComponent(safe)}` : path;
}

export function signInPath(next?: string | null): string {
  return withNext('/sign-in', next);
}
