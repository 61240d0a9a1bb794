import { badInput } from './graphql/errors';
import type { T } from './i18n';

/** The most items one page may hold; documented on every connection field. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Keyset {
  createdAt: Date;
  id: string;
}

export function encodeCursor(k: Keyset): string {
  return Buffer.from(`${k.createdAt.toISOString()}|${k.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(t: T, cursor: string): Keyset {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const [iso, id] = raw.split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw badInput(t, 'after', t('errors.INVALID', { field: t('fields.after') }));
  }
  return { createdAt, id };
}

export function pageSize(t: T, first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw badInput(t, 'first', t('errors.FIRST_RANGE', { field: t('fields.first'), max: MAX_PAGE_SIZE }));
  }
  return n;
}

/** MikroORM `where` fragment for "older than the cursor" in newest-first order. */
export function afterKeyset(k: Keyset) {
  return { $or: [{ createdAt: { $lt: k.createdAt } }, { createdAt: k.createdAt, id: { $lt: k.id } }] };
}

export interface Connection<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Builds a connection from `size + 1` fetched rows (the extra one tells whether a next page exists). */
export function toConnection<N extends Keyset>(
  rows: N[],
  size: number,
  totalCount: number,
  hasPrevious: boolean,
): Connection<N> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
