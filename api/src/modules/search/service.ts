import type { SearchParams } from 'meilisearch';
import { z } from 'zod';
import type { GraphQLContext } from '../../platform/graphql/context';
import { badInput, notFound } from '../../platform/graphql/errors';
import { authorize } from '../../platform/policy';
import { searchIndex } from '../../platform/search-http';
import { findProvince } from '../../platform/provinces';
import { fieldError, hasUnstorableCharacters } from '../../platform/validation';
import { foldVietnamese } from '../listing/content';
import { Listing, Sector } from '../listing/entities';
import { listingPolicy } from '../listing/policy';
import { CARD_ATTRIBUTES, cardFromDocument, type CardDocument, type ListingCardModel } from './card';
import { SearchSynonym } from './entities';
import { FACETS, MAX_TOTAL_HITS, assertTask, synonymMap, type FacetName } from './index-config';
import { FULL_SELECTION, type SearchSelection } from './selection';
import { notifySearchChanged } from './sync';

export interface SearchHitModel {
  /** Read from PostgreSQL only when the query asks for `listing` (or the index holds no card yet). */
  listing: Listing | null;
  /** Built from the index document when the query asks for `card`; else from `listing`. */
  card: ListingCardModel | null;
  titleHighlight: string;
  snippet: string;
}

export interface SearchResultsModel {
  hits: SearchHitModel[];
  totalCount: number;
  page: number;
  pageCount: number;
  facets: { name: string; values: { value: string; label: string; count: number }[] }[];
  degraded: boolean;
  searchedWords: string | null;
}

type Where = Partial<Record<FacetName, string[] | null>>;

export interface SearchArgs {
  query?: string | null;
  where?: Where | null;
  orderBy?: 'RELEVANCE' | 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC' | null;
  page?: number | null;
  pageSize?: number | null;
}

/** Meilisearch reads only the first ten words of a query. */
export const MAX_QUERY_WORDS = 10;

/** Words that carry no meaning for finding a technology. */
const STOP_WORDS_ACCENTED = new Set([
  'tôi',
  'chúng',
  'ta',
  'cần',
  'tìm',
  'muốn',
  'mua',
  'kiếm',
  'cho',
  'của',
  'và',
  'các',
  'những',
  'là',
  'có',
  'được',
  'để',
  'với',
  'trong',
  'một',
  'này',
  'đó',
  'theo',
  'từ',
  'tại',
  'về',
  'thì',
  'hay',
  'hoặc',
  'nào',
  'giúp',
  'ở',
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'to',
  'in',
  'with',
  'we',
  'need',
  'i',
  'looking',
]);
const STOP_WORDS_FOLDED = new Set([...STOP_WORDS_ACCENTED].map(foldVietnamese));

/**
 * A stop word as typed: with diacritics it must match exactly ("cơ" is not "có", "tự" is not "từ"); typed
 * without diacritics it matches the folded list.
 */
function isStopWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return STOP_WORDS_ACCENTED.has(lower) || (foldVietnamese(lower) === lower && STOP_WORDS_FOLDED.has(lower));
}

/**
 * Shortens a long query to the ten words Meilisearch will read: drops stop words, generic words of a
 * technology exchange ("công nghệ", "giải pháp") and repeats, then keeps the first ten in order — the
 * words people put first are the ones they mean (Vietnamese syllables are all short, so length says
 * nothing about how specific a word is).
 */
export function informativeWords(query: string, max = MAX_QUERY_WORDS): { text: string; shortened: boolean } {
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length <= max) return { text: words.join(' '), shortened: false };
  const seen = new Set<string>();
  const kept = words.filter((w) => {
    const f = foldVietnamese(w).replace(/[^\p{L}\p{N}]/gu, '');
    if (!f || isStopWord(w) || seen.has(f)) return false;
    seen.add(f);
    return true;
  });
  return { text: kept.slice(0, max).join(' '), shortened: true };
}

/**
 * A query's meaningful words: stop words and repeats dropped (the query itself when nothing else is
 * left). For saved-search alerts, where every word must match.
 */
export function meaningfulWords(query: string): string {
  const seen = new Set<string>();
  const kept = query.split(/\s+/).filter((w) => {
    const f = foldVietnamese(w).replace(/[^\p{L}\p{N}]/gu, '');
    if (!f || isStopWord(w) || seen.has(f)) return false;
    seen.add(f);
    return true;
  });
  return kept.length ? kept.join(' ') : query.trim();
}

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Meilisearch filter clauses for search filters (facet names and values, quoted). */
export function filterExpression(where: Where | null | undefined): string[] {
  const parts: string[] = [];
  for (const name of FACETS) {
    const values = where?.[name];
    if (values?.length) parts.push(`${name} IN [${values.map(quote).join(', ')}]`);
  }
  return parts;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** One pass over the text (every hit's title and snippet go through it). */
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);

/** Meilisearch highlights with placeholder tags; everything else is escaped, then marks restored. */
const PRE = '\u0001';
const POST = '\u0002';
const safeHighlight = (s: string | undefined) =>
  escapeHtml(s ?? '')
    .replaceAll(PRE, '<mark>')
    .replaceAll(POST, '</mark>');

const argsSchema = z.object({
  query: z.string().max(500).nullish(),
  page: z.number().int().min(1).nullish(),
  pageSize: z.number().int().min(1).max(100).nullish(),
});

/** Vietnamese alphabetical order; one collator (localeCompare with a locale builds one per call). */
const VI_ORDER = new Intl.Collator('vi');

async function facetLabels(ctx: GraphQLContext) {
  // Kept by the public cache until the sectors change: one query per change, not per search.
  const sectors = await ctx.publicCache.value('sectorLabels', async () =>
    (await ctx.em.find(Sector, {}, { orderBy: { position: 'asc' } })).map((s) => ({
      code: s.code,
      labelVi: s.labelVi,
      labelEn: s.labelEn,
    })),
  );
  const byCode = new Map(sectors.map((s) => [s.code, ctx.lang === 'en' ? s.labelEn : s.labelVi]));
  return (name: FacetName, value: string) => {
    switch (name) {
      case 'sector':
        return byCode.get(value) ?? value;
      case 'province': {
        const p = findProvince(value);
        return p ? (ctx.lang === 'en' ? p.en : p.vi) : value;
      }
      default:
        return enumLabel(ctx, name, value);
    }
  };
}

/**
 * The label of an enum facet value, translated once per language: the translations are fixed while the
 * process runs, and every search with facets asks for the same few dozen (i18next took about 3 % of a
 * signed-in search's API CPU).
 */
const enumLabels = new Map<string, string>();
function enumLabel(ctx: GraphQLContext, name: FacetName, value: string): string {
  const key = `${ctx.lang}\u0000${name}\u0000${value}`;
  let label = enumLabels.get(key);
  if (label === undefined) {
    const type =
      name === 'kind'
        ? 'ListingKind'
        : name === 'ipStatus'
          ? 'IpStatus'
          : `${name[0]!.toUpperCase()}${name.slice(1)}`;
    label = ctx.t(`enums.${type}.${value}`);
    // Facet values come from the index (enum values); the bound only guards against a runaway index.
    if (enumLabels.size < 10_000) enumLabels.set(key, label);
  }
  return label;
}

type HitDocument = Partial<CardDocument> & { id: string; _formatted?: Record<string, string> };

/**
 * The Meilisearch search request for a search: only the attributes, highlights, crops and facets the
 * selection needs (the bench sends the same request straight to Meilisearch as its baseline).
 */
export function meiliSearchParams(
  args: Pick<SearchArgs, 'where' | 'orderBy'>,
  page: number,
  pageSize: number,
  want: SearchSelection,
): SearchParams {
  const sort =
    args.orderBy === 'NEWEST'
      ? ['publishedAt:desc']
      : args.orderBy === 'PRICE_ASC'
        ? ['price:asc']
        : args.orderBy === 'PRICE_DESC'
          ? ['price:desc']
          : undefined;
  return {
    filter: filterExpression(args.where),
    sort,
    page,
    hitsPerPage: pageSize,
    facets: want.facets ? [...FACETS] : undefined,
    attributesToRetrieve: want.card ? [...CARD_ATTRIBUTES] : ['id'],
    attributesToHighlight: want.titleHighlight ? ['title'] : undefined,
    attributesToCrop: want.snippet ? ['summary', 'description', 'advantages', 'specification'] : undefined,
    cropLength: want.snippet ? 30 : undefined,
    highlightPreTag: PRE,
    highlightPostTag: POST,
    showMatchesPosition: false,
    locales: ['vie', 'eng'],
  };
}

/**
 * Searches published listings. With `want` from the GraphQL selection, a query asking only for cards
 * is answered from Meilisearch alone; `listing` reads the hits' listings from PostgreSQL (and leaves out
 * those unpublished since the index last caught up).
 */
export async function search(
  ctx: GraphQLContext,
  args: SearchArgs,
  want: SearchSelection = FULL_SELECTION,
): Promise<SearchResultsModel> {
  const parsed = argsSchema.safeParse(args);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'query');
    throw badInput(ctx.t, field, ctx.t('errors.INVALID', { field: ctx.t(`fields.${field}`) }));
  }
  const page = args.page ?? 1;
  const pageSize = args.pageSize ?? 20;
  if ((page - 1) * pageSize >= MAX_TOTAL_HITS) {
    throw badInput(ctx.t, 'page', ctx.t('errors.PAGE_RANGE'));
  }
  const { text, shortened } = informativeWords((args.query ?? '').trim());
  try {
    const result = await searchIndex<HitDocument>(
      ctx.search,
      ctx.searchSync.indexName,
      text,
      meiliSearchParams(args, page, pageSize, want),
    );
    const cards = want.card ? result.hits.map((h) => cardFromDocument(h)) : [];
    // Cards alone need no database; `listing`, or documents indexed before cards, do.
    const needListings = want.listing || cards.some((c) => !c);
    const ids = needListings ? result.hits.map((h) => h.id) : [];
    const listings = new Map(
      (ids.length ? await ctx.em.find(Listing, { id: { $in: ids }, status: 'PUBLISHED' }) : []).map((l) => [
        l.id,
        l,
      ]),
    );
    const hits: SearchHitModel[] = [];
    result.hits.forEach((hit, i) => {
      const listing = listings.get(hit.id) ?? null;
      // Unpublished since indexing (the outbox will remove it): known only when PostgreSQL was asked.
      if (needListings && !listing) return;
      const f = hit._formatted ?? {};
      const snippetSource = [f.summary, f.specification, f.advantages, f.description].find((s) =>
        s?.includes(PRE),
      );
      const card = cards[i] ?? null;
      hits.push({
        listing,
        card,
        titleHighlight: safeHighlight(f.title ?? card?.title ?? listing?.content.title),
        snippet: safeHighlight(snippetSource ?? f.summary ?? listing?.content.summary),
      });
    });
    const label = want.facets ? await facetLabels(ctx) : null;
    const facets = (label ? FACETS : []).map((name) => ({
      name,
      values: Object.entries(result.facetDistribution?.[name] ?? {})
        .map(([value, count]) => ({ value, label: label!(name, value), count }))
        .sort((a, b) => b.count - a.count || VI_ORDER.compare(a.label, b.label)),
    }));
    return {
      hits,
      totalCount: (result as { totalHits?: number }).totalHits ?? 0,
      page,
      pageCount: (result as { totalPages?: number }).totalPages ?? 0,
      facets,
      degraded: false,
      searchedWords: shortened ? text : null,
    };
  } catch (error) {
    if (indexMissing(error) || (!ctx.searchSync.indexIsReady && settingsPending(error))) {
      // Nothing published has reached the index yet (a fresh exchange): no hits, and the worker is told
      // to set the index up.
      ctx.searchSync.markIndexStale();
      ctx.searchSync.kick();
      ctx.res.locals.publicNoStore = true;
      return {
        hits: [],
        totalCount: 0,
        page,
        pageCount: 0,
        facets: [],
        degraded: false,
        searchedWords: null,
      };
    }
    if (!isUnreachable(error)) throw error;
    ctx.logger.warn({ err: error }, 'search engine unreachable: answering from PostgreSQL');
    // Not kept for other visitors: the next one should get the search engine's answer once it is back.
    ctx.res.locals.publicNoStore = true;
    return fallbackSearch(ctx, text, args.where, page, pageSize, shortened);
  }
}

function indexMissing(error: unknown): boolean {
  return (error as { cause?: { code?: string } } | null)?.cause?.code === 'index_not_found';
}

/** The index exists but its settings task has not run yet (a fresh exchange starting up). */
function settingsPending(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code ?? '';
  return ['invalid_search_facets', 'invalid_search_filter', 'invalid_search_sort'].includes(code);
}

function isUnreachable(error: unknown): boolean {
  // Walks the cause chain: the client wraps fetch's error, which wraps the socket's.
  for (
    let e = error as { name?: string; code?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as never
  ) {
    if (/^Mei[Ll]i[Ss]earch(RequestError|RequestTimeOutError|CommunicationError)$/.test(e.name ?? ''))
      return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT'].includes(e.code ?? ''))
      return true;
  }
  return false;
}

/**
 * PostgreSQL fallback while Meilisearch is unreachable: every folded word must appear in the listing's
 * public text; kind, sector and province filters apply; no typos, synonyms or facets. Says it is degraded.
 */
async function fallbackSearch(
  ctx: GraphQLContext,
  text: string,
  where: Where | null | undefined,
  page: number,
  pageSize: number,
  shortened: boolean,
): Promise<SearchResultsModel> {
  const words = foldVietnamese(text).split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
  const qb = ctx.em.createQueryBuilder(Listing, 'l').where({ status: 'PUBLISHED' });
  for (const w of words) qb.andWhere({ searchText: { $like: `%${w.replace(/[%_\\]/g, '\\$&')}%` } });
  if (where?.kind?.length) qb.andWhere({ kind: { $in: where.kind as Listing['kind'][] } });
  if (where?.province?.length) qb.andWhere(`l.content->>'provinceCode' in (?)`, [where.province] as never);
  if (where?.sector?.length) {
    const ids = (await ctx.em.find(Sector, { code: { $in: where.sector } })).map((s) => s.id);
    if (ids.length) qb.andWhere(`jsonb_exists_any(l.content->'sectorIds', array[?]::text[])`, [ids] as never);
    else qb.andWhere('1 = 0');
  }
  const [rows, total] = await qb
    .orderBy({ publishedAt: 'desc', id: 'desc' })
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .getResultAndCount();
  return {
    hits: rows.map((listing) => ({
      listing,
      card: null,
      titleHighlight: escapeHtml(listing.content.title),
      snippet: escapeHtml(listing.content.summary),
    })),
    totalCount: total,
    page,
    pageCount: Math.ceil(total / pageSize),
    facets: [],
    degraded: true,
    searchedWords: shortened ? text : null,
  };
}

// ---- synonyms -------------------------------------------------------------------------------------

const synonymInput = z.object({
  id: z.uuid().nullish(),
  terms: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(64)
        .refine((t) => !hasUnstorableCharacters(t)),
    )
    .min(2)
    .max(20),
});

export async function listSynonyms(ctx: GraphQLContext) {
  authorize(ctx, listingPolicy, 'synonym:manage', null);
  return ctx.em.find(SearchSynonym, {}, { orderBy: { updatedAt: 'desc', id: 'asc' } });
}

/** Pushes every synonym group to the live index (settings task, awaited). */
export async function pushSynonyms(ctx: GraphQLContext) {
  const groups = (await ctx.em.find(SearchSynonym, {})).map((s) => s.terms);
  try {
    // A settings task may queue behind indexing: wait for it as long as for a batch.
    await assertTask(
      ctx.search
        .index(ctx.searchSync.indexName)
        .updateSynonyms(synonymMap(groups))
        .waitTask({ timeout: 60_000 }),
    );
  } finally {
    // Even when waiting failed, Meilisearch may apply them: cached searches must not outlive that. This
    // process empties its own at once (the broker's next search); the others hear the notification.
    ctx.publicCache.invalidateSearch();
    await notifySearchChanged(ctx.em);
  }
}

export async function saveSynonym(ctx: GraphQLContext, input: { id?: string | null; terms: string[] }) {
  authorize(ctx, listingPolicy, 'synonym:manage', null);
  const parsed = synonymInput.safeParse(input);
  const terms = parsed.success
    ? [...new Map(parsed.data.terms.map((t) => [t.toLowerCase(), t])).values()]
    : [];
  if (!parsed.success || terms.length < 2) {
    return { synonym: null, errors: [fieldError(ctx.t, 'terms', 'INVALID', 'SYNONYM_TERMS')] };
  }
  let synonym: SearchSynonym;
  if (parsed.data.id) {
    const found = await ctx.em.findOne(SearchSynonym, parsed.data.id);
    if (!found) throw notFound(ctx.t, 'synonym');
    synonym = found;
    synonym.terms = terms;
    synonym.updatedAt = new Date();
  } else {
    synonym = new SearchSynonym(terms);
    ctx.em.persist(synonym);
  }
  await ctx.em.flush();
  await pushSynonymsOrLog(ctx);
  return { synonym, errors: [] };
}

export async function deleteSynonym(ctx: GraphQLContext, input: { id: string }) {
  authorize(ctx, listingPolicy, 'synonym:manage', null);
  const found = z.uuid().safeParse(input.id).success ? await ctx.em.findOne(SearchSynonym, input.id) : null;
  if (!found) throw notFound(ctx.t, 'synonym');
  await ctx.em.remove(found).flush();
  await pushSynonymsOrLog(ctx);
  return { deleted: true, errors: [] };
}

/** The database keeps the synonyms; if Meilisearch is down they are pushed when the index is next set up. */
async function pushSynonymsOrLog(ctx: GraphQLContext) {
  try {
    await pushSynonyms(ctx);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    ctx.logger.warn({ err: error }, 'synonyms saved; search engine unreachable, will push on next sync');
    ctx.searchSync.markIndexStale();
  }
}
