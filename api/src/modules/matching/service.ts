import { ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { AppServices, GraphQLContext } from '../../platform/graphql/context';
import { pageSize } from '../../platform/pagination';
import { authorize, can, requireViewer } from '../../platform/policy';
import { PROVINCES } from '../../platform/provinces';
import { validate, type InputError } from '../../platform/validation';
import { introduceIntoCase, type BrokeringErrorCode } from '../brokering/service';
import { Listing, Sector, type ListingContentData, type ListingKind } from '../listing/entities';
import { informativeWords, MAX_QUERY_WORDS } from '../search/service';
import { MatchProposal, type MatchReasonData, type MatchStatus } from './entities';
import { matchingPolicy } from './policy';
import { MIN_MATCH_SCORE, scoreMatch, type MatchScore } from './scoring';

export type MatchingServices = Pick<AppServices, 'orm' | 'search' | 'searchSync'>;

/** Candidates each search query brings back. */
const CANDIDATES_PER_QUERY = 50;
/** Open proposals one listing keeps: a broker reads a short list, not a ranking of the whole exchange. */
export const MAX_PROPOSALS_PER_LISTING = 10;
/** pg advisory lock: proposals are written by one computation at a time, across API processes. */
const LOCK_KEY = 7_402_002;

/** Words every listing of a technology exchange uses: they tell nothing about which technology. */
const GENERIC_PHRASES = /(công nghệ|giải pháp|hệ thống|đầu tư|cung cấp|chuyển giao)/giu;

/**
 * Words that carry no meaning for finding a counterpart, compared with their diacritics: folded,
 * "cơ" (in "cơ giới hóa") would be "có", "tự" (in "tự động") "từ" and "chưng" (in "chưng cất") "chúng".
 */
const STOP_WORDS = new Set(
  (
    'tôi chúng ta cần tìm muốn mua kiếm cho của và các những là có được để với trong một này đó theo từ ' +
    'tại về thì hay hoặc nào giúp ở the a an of for and to in with we need i looking'
  ).split(' '),
);

const tokens = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(GENERIC_PHRASES, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    // Numbers ("8–10 tấn") say how much, not what.
    .filter((w) => /\p{L}/u.test(w) && !STOP_WORDS.has(w));

/**
 * The search query for a listing's counterparts: its most informative words, at most ten (Meilisearch
 * reads no more). Words that are both in the title and among the keywords come first (the owner said
 * them twice), then the other keywords, then the rest of the title; stop words and repeats go.
 */
export function matchQuery(c: Pick<ListingContentData, 'title' | 'keywords'>): string {
  const title = tokens(c.title);
  const keywords = c.keywords.flatMap(tokens);
  const inKeywords = new Set(keywords);
  const words = [...new Set([...title.filter((w) => inKeywords.has(w)), ...keywords, ...title])];
  // Already short enough; `informativeWords` is the search module's guard on the ten-word limit.
  return informativeWords(words.slice(0, MAX_QUERY_WORDS).join(' '), MAX_QUERY_WORDS).text;
}

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Counterparts of the other kind whose maturity can match (an offer below a request's minimum never can). */
function counterpartFilter(listing: Listing): string {
  const other: ListingKind = listing.kind === 'REQUEST' ? 'OFFER' : 'REQUEST';
  const trl = listing.content.trl;
  const parts = [`kind = ${quote(other)}`];
  if (trl !== null) {
    parts.push(
      listing.kind === 'REQUEST' ? `(trl >= ${trl} OR trl IS NULL)` : `(trl <= ${trl} OR trl IS NULL)`,
    );
  }
  return parts.join(' AND ');
}

const provinceNames = new Map(PROVINCES.map((p) => [p.code, { vi: p.vi, en: p.en }]));

export interface MatchRun {
  /** Open proposals of the listing after the run. */
  proposed: number;
  created: number;
  updated: number;
  removed: number;
}

/**
 * (Re)computes the proposals of one listing, either kind: candidates of the other kind come from
 * Meilisearch (a text query of the listing's most informative words, plus the listings sharing a sector)
 * and are re-ranked here with `scoreMatch`. The best ten scoring at least `MIN_MATCH_SCORE` are kept as
 * open (PROPOSED) proposals; scores of existing ones are updated; proposals a broker already decided on
 * (DISMISSED, INTRODUCED) get their score updated but never come back as open ones, nor take one of the
 * ten places. An open proposal that no longer qualifies is deleted, unless it still ranks among the ten
 * best of its other listing (it was proposed for that one). A listing that is no longer published loses
 * its open proposals.
 *
 * Throws when Meilisearch is unreachable, so that the queue retries the job.
 */
export async function computeMatches(services: MatchingServices, listingId: string): Promise<MatchRun> {
  const em = services.orm.em.fork() as EntityManager;
  const listing = await em.findOne(Listing, listingId);
  if (!listing || listing.status !== 'PUBLISHED') {
    const removed = await em.nativeDelete(MatchProposal, {
      status: 'PROPOSED',
      $or: [{ request: listingId }, { offer: listingId }],
    });
    return { proposed: 0, created: 0, updated: 0, removed };
  }
  const sectors = await em.find(Sector, {});
  const sectorCodes = new Map(sectors.map((s) => [s.id, s.code]));
  const sectorLabels = new Map(sectors.map((s) => [s.id, { vi: s.labelVi, en: s.labelEn }]));

  // 1. Candidates from the search engine (outside the transaction: no lock held while waiting on it).
  const indexUid = services.searchSync.indexName;
  const filter = counterpartFilter(listing);
  const codes = listing.content.sectorIds.map((id) => sectorCodes.get(id)).filter((c): c is string => !!c);
  const { results } = await services.search.multiSearch({
    queries: [
      {
        indexUid,
        q: matchQuery(listing.content),
        // `last` relaxes the ten-word query by dropping words from its end, so the words it starts with
        // (in both title and keywords: the owner's core terms) are kept longest. Not `frequency`: it keeps
        // the rarest words, and in a query made from one listing those are often the listing's own, used
        // by no counterpart (on the demo data it found no offer at all for some requests).
        matchingStrategy: 'last',
        filter,
        limit: CANDIDATES_PER_QUERY,
        showRankingScore: true,
        attributesToRetrieve: ['id'],
      },
      // Listings of a shared sector, whatever their words: the ranking below decides.
      ...(codes.length
        ? [
            {
              indexUid,
              q: '',
              filter: `${filter} AND sector IN [${codes.map(quote).join(', ')}]`,
              limit: CANDIDATES_PER_QUERY,
              attributesToRetrieve: ['id'],
            },
          ]
        : []),
    ],
  });
  // Text relevance: the search engine's ranking score (0..1) of a counterpart for this listing's query;
  // 0 for a counterpart beyond its first 50 hits.
  const relevance = new Map<string, number>();
  for (const hit of results[0]?.hits ?? []) relevance.set(String(hit.id), hit._rankingScore ?? 0);
  const found = new Set<string>([...relevance.keys()]);
  for (const hit of results[1]?.hits ?? []) found.add(String(hit.id));

  // 2. Score and write, one computation at a time.
  return em.transactional(async (tx) => {
    // On the transaction's own connection (`tx.execute`), so the lock is held until it commits.
    await tx.execute('select pg_advisory_xact_lock(?)', [LOCK_KEY]);
    const side = listing.kind === 'REQUEST' ? 'request' : 'offer';
    const otherSide = side === 'request' ? 'offer' : 'request';
    const existing = await tx.find(
      MatchProposal,
      side === 'request' ? { request: listing.id } : { offer: listing.id },
    );
    const existingByOther = new Map(existing.map((p) => [p[otherSide].id, p]));
    const ids = [...new Set([...found, ...existingByOther.keys()])].filter((id) => id !== listing.id);
    const candidates = ids.length
      ? await tx.find(Listing, {
          id: { $in: ids },
          kind: listing.kind === 'REQUEST' ? 'OFFER' : 'REQUEST',
          status: 'PUBLISHED',
        })
      : [];

    const scored = new Map<string, MatchScore & { other: Listing; relevance: number }>();
    for (const other of candidates) {
      // An organisation needs no broker to meet itself.
      if (other.organization.id === listing.organization.id) continue;
      const [request, offer] = side === 'request' ? [listing, other] : [other, listing];
      const textRelevance = relevance.get(other.id) ?? 0;
      const s = scoreMatch(
        { ...request.content, kind: request.kind },
        { ...offer.content, kind: offer.kind },
        { sectorLabels, provinceNames, textRelevance },
      );
      if (s) scored.set(other.id, { ...s, other, relevance: textRelevance });
    }

    const best = [...scored.values()]
      .filter(
        (s) =>
          s.score >= MIN_MATCH_SCORE &&
          (existingByOther.get(s.other.id)?.status ?? 'PROPOSED') === 'PROPOSED',
      )
      .sort((a, b) => b.score - a.score || b.relevance - a.relevance || a.other.id.localeCompare(b.other.id))
      .slice(0, MAX_PROPOSALS_PER_LISTING);
    const keep = new Set(best.map((s) => s.other.id));

    const run: MatchRun = { proposed: 0, created: 0, updated: 0, removed: 0 };
    const now = new Date();
    const rescore = (p: MatchProposal, s: { score: number; reasons: MatchReasonData[] }) => {
      p.score = s.score;
      p.reasons = s.reasons;
      p.updatedAt = now;
      run.updated += 1;
    };
    for (const s of best) {
      const p = existingByOther.get(s.other.id);
      if (p) rescore(p, s);
      else {
        const [request, offer] = side === 'request' ? [listing, s.other] : [s.other, listing];
        tx.persist(new MatchProposal(ref(request), ref(offer), s.score, s.reasons));
        run.created += 1;
      }
    }
    const remove: string[] = [];
    for (const p of existing) {
      const otherId = p[otherSide].id;
      if (keep.has(otherId)) continue;
      const s = scored.get(otherId);
      if (p.status !== 'PROPOSED') {
        if (s) rescore(p, s);
        continue;
      }
      const stillGood =
        s &&
        s.score >= MIN_MATCH_SCORE &&
        (await tx.count(MatchProposal, {
          [otherSide]: otherId,
          status: 'PROPOSED',
          score: { $gt: s.score },
          id: { $ne: p.id },
        })) < MAX_PROPOSALS_PER_LISTING;
      if (s && stillGood) rescore(p, s);
      else remove.push(p.id);
    }
    await tx.flush();
    // By id and status: a broker's decision taken meanwhile is never deleted.
    if (remove.length)
      run.removed = await tx.nativeDelete(MatchProposal, { id: { $in: remove }, status: 'PROPOSED' });
    run.proposed = await tx.count(MatchProposal, { [side]: listing.id, status: 'PROPOSED' });
    return run;
  });
}

// ---- GraphQL ---------------------------------------------------------------------------------------

type Errors = InputError<BrokeringErrorCode>[];

const isUuid = (id: unknown): id is string => typeof id === 'string' && z.uuid().safeParse(id).success;

function proposalNotFound(ctx: GraphQLContext): GraphQLError {
  return new GraphQLError(ctx.t('matching.errors.NOT_FOUND'), { extensions: { code: 'NOT_FOUND' } });
}

export interface MatchProposalsArgs {
  listingId?: string | null;
  status?: MatchStatus[] | null;
  first?: number | null;
}

/**
 * Proposals, best first. Brokers: every proposal (of one listing, or the open ones of all listings when
 * no listing is named). Owners: only the introduced proposals of their own listings. Others: none.
 */
export async function listMatchProposals(
  ctx: GraphQLContext,
  args: MatchProposalsArgs,
): Promise<MatchProposal[]> {
  const viewer = requireViewer(ctx);
  const first = pageSize(ctx.t, args.first);
  if (!first) return [];
  if (args.listingId != null && !isUuid(args.listingId)) return [];
  const broker = can(viewer, matchingPolicy, 'match:viewAll', null);
  const and: FilterQuery<MatchProposal>[] = [];
  if (args.listingId) and.push({ $or: [{ request: args.listingId }, { offer: args.listingId }] });
  if (broker) {
    const status = args.status?.length ? args.status : args.listingId ? null : (['PROPOSED'] as const);
    if (status) and.push({ status: { $in: [...status] } });
  } else {
    if (args.status?.length && !args.status.includes('INTRODUCED')) return [];
    const orgIds = [...viewer.roles.keys()];
    if (!orgIds.length) return [];
    and.push({ status: 'INTRODUCED' });
    and.push({
      $or: [{ request: { organization: { $in: orgIds } } }, { offer: { organization: { $in: orgIds } } }],
    });
  }
  const rows = await ctx.em.find(
    MatchProposal,
    { $and: and },
    {
      populate: ['request', 'offer'],
      orderBy: [{ score: 'desc' }, { updatedAt: 'desc' }, { id: 'asc' }],
      limit: first,
    },
  );
  return rows.filter((p) =>
    can(viewer, matchingPolicy, 'match:view', {
      proposal: p,
      request: p.request.getEntity(),
      offer: p.offer.getEntity(),
    }),
  );
}

async function loadProposal(ctx: GraphQLContext, id: string): Promise<MatchProposal> {
  const p = isUuid(id) ? await ctx.em.findOne(MatchProposal, id, { populate: ['request', 'offer'] }) : null;
  if (!p) throw proposalNotFound(ctx);
  return p;
}

function statusError(ctx: GraphQLContext, p: MatchProposal): Errors {
  return [
    {
      field: null,
      code: 'INVALID_STATUS',
      message: ctx.t('matching.errors.INVALID_STATUS', { status: ctx.t(`matching.status.${p.status}`) }),
    },
  ];
}

const dismissSchema = z.object({ proposalId: z.string(), reason: z.string().trim().min(1).max(1000) });

/** A broker sets a proposal aside, saying why. */
export async function dismissMatch(ctx: GraphQLContext, input: { proposalId: string; reason: string }) {
  requireViewer(ctx);
  const proposal = await loadProposal(ctx, input.proposalId);
  authorize(ctx, matchingPolicy, 'match:dismiss', proposal);
  const v = validate(dismissSchema, input, ctx.t);
  if (!v.ok) return { proposal: null, errors: v.errors as Errors };
  if (proposal.status !== 'PROPOSED') return { proposal: null, errors: statusError(ctx, proposal) };
  proposal.status = 'DISMISSED';
  proposal.dismissReason = v.data.reason;
  proposal.decidedBy = ref(ctx.viewer.user);
  proposal.decidedAt = new Date();
  await ctx.em.flush();
  return { proposal, errors: [] as Errors };
}

const introduceSchema = z.object({
  proposalId: z.string(),
  note: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => v || null),
});

/**
 * A broker introduces the two parties: the brokering service opens (or joins) the request's case and
 * notifies both owners; the proposal remembers the case. A dismissed proposal may still be introduced
 * (the broker changed their mind); both listings must still be published.
 */
export async function introduceMatch(
  ctx: GraphQLContext,
  input: { proposalId: string; note?: string | null },
) {
  requireViewer(ctx);
  const proposal = await loadProposal(ctx, input.proposalId);
  authorize(ctx, matchingPolicy, 'match:introduce', proposal);
  const v = validate(introduceSchema, input, ctx.t);
  if (!v.ok) return { proposal: null, errors: v.errors as Errors };
  if (proposal.status === 'INTRODUCED') return { proposal: null, errors: statusError(ctx, proposal) };
  const request = proposal.request.getEntity();
  const offer = proposal.offer.getEntity();
  for (const l of [request, offer]) {
    if (l.status !== 'PUBLISHED') {
      const message = ctx.t('matching.errors.NOT_PUBLISHED', { title: l.content.title });
      return { proposal: null, errors: [{ field: null, code: 'INVALID_STATUS', message }] as Errors };
    }
  }
  const c = await introduceIntoCase(ctx, { request, offer, note: v.data.note });
  proposal.status = 'INTRODUCED';
  proposal.caseId = c.id;
  proposal.dismissReason = null;
  proposal.decidedBy = ref(ctx.viewer.user);
  proposal.decidedAt = new Date();
  await ctx.em.flush();
  return { proposal, errors: [] as Errors };
}
