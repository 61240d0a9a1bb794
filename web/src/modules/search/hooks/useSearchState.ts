import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchOrder, SearchWhere } from '../../../generated/graphql';

/** The filters of `SearchWhere`, named as the API names facets; each is a repeated URL parameter. */
export const FILTERS = [
  'kind',
  'sector',
  'maturityStage',
  'ipStatus',
  'transferForm',
  'province',
  'organizationType',
  'priceBand',
] as const;
export type FilterName = (typeof FILTERS)[number];

export const ORDERS: SearchOrder[] = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC'];

export const SEARCH_PATH = '/tim-kiem';

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  sort: SearchOrder;
  page: number;
}

/** A search page URL: `/tim-kiem?q=…&sector=…&sector=…&sort=NEWEST&page=2`. */
export function searchUrl(state: {
  q?: string;
  filters?: Partial<Record<FilterName, string[]>>;
  sort?: SearchOrder;
  page?: number;
}): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) for (const value of state.filters?.[name] ?? []) params.append(name, value);
  if (state.sort && state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  if (state.page && state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/**
 * All of a search lives in the URL (text, filters, order, page), so that a result list can be bookmarked
 * and shared. Changing the text, a filter or the order goes back to page 1.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();

  const fromUrl = useMemo<SearchState>(() => {
    const filters = Object.fromEntries(
      FILTERS.map((name) => [name, [...new Set(params.getAll(name).filter(Boolean))]]),
    ) as Record<FilterName, string[]>;
    const sort = params.get('sort') as SearchOrder | null;
    const page = Number(params.get('page'));
    return {
      q: (params.get('q') ?? '').trim(),
      filters,
      sort: sort && ORDERS.includes(sort) ? sort : 'RELEVANCE',
      page: Number.isInteger(page) && page > 1 ? page : 1,
    };
  }, [params]);

  // A navigation lands a moment after the click that asked for it: until then the page shows (and the
  // next change builds on) the state asked for, so a checkbox never flickers back.
  const [asked, setAsked] = useState<SearchState | null>(null);
  useEffect(() => setAsked(null), [params]);
  const state = asked ?? fromUrl;

  const update = useCallback(
    (changes: Partial<SearchState>) => {
      const resetsPage = 'q' in changes || 'filters' in changes || 'sort' in changes;
      const next = { ...state, ...changes, page: changes.page ?? (resetsPage ? 1 : state.page) };
      setAsked(next);
      setParams(new URLSearchParams(searchUrl(next).split('?')[1] ?? ''));
    },
    [state, setParams],
  );

  const toggle = useCallback(
    (name: FilterName, value: string, on: boolean) => {
      const current = state.filters[name];
      const next = on ? [...current, value] : current.filter((v) => v !== value);
      update({ filters: { ...state.filters, [name]: next } });
    },
    [state, update],
  );

  const where = useMemo<SearchWhere | undefined>(() => {
    const entries = FILTERS.filter((name) => state.filters[name].length > 0).map((name) => [
      name,
      state.filters[name],
    ]);
    return entries.length > 0 ? (Object.fromEntries(entries) as SearchWhere) : undefined;
  }, [state.filters]);

  const activeCount = FILTERS.reduce((sum, name) => sum + state.filters[name].length, 0);

  return { state, update, toggle, where, activeCount };
}
