import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../platform/graphql/context';
import { authorize, can } from '../../platform/policy';
import { findProvince } from '../../platform/provinces';
import { hasUnstorableCharacters, type InputError } from '../../platform/validation';
import { Sector } from '../listing/entities';
import { SavedSearch } from './entities';
import { SavedSearchAlert } from './alerts';
import { FACETS, type FacetName } from './index-config';
import { savedSearchPolicy } from './policy';

/** Limits shown to the member as they type. */
export const SAVED_SEARCH_LIMITS = { name: 128, query: 500, perUser: 20, valuesPerFilter: 50 } as const;
/** pg advisory lock namespace: one save per user at a time, so the per-user limit holds. */
const LOCK_KEY = 7_402_020;

export type SavedSearchErrorCode = 'REQUIRED' | 'INVALID' | 'LENGTH' | 'TOO_MANY';
type Errors = InputError<SavedSearchErrorCode>[];
type WhereInput = Partial<Record<FacetName, readonly string[] | null>> | null | undefined;

const label = (ctx: GraphQLContext, field: string) => ctx.t(`savedSearches.fields.${field}`);

/** NUL or broken Unicode: PostgreSQL cannot store it (see platform/validation). */
function unstorable(ctx: GraphQLContext, field: 'name' | 'query'): Errors[number] {
  return { field, code: 'INVALID', message: ctx.t('errors.UNSTORABLE_TEXT', { field: label(ctx, field) }) };
}

function nameErrors(ctx: GraphQLContext, name: string): Errors {
  if (hasUnstorableCharacters(name)) return [unstorable(ctx, 'name')];
  if (!name)
    return [
      { field: 'name', code: 'REQUIRED', message: ctx.t('errors.REQUIRED', { field: label(ctx, 'name') }) },
    ];
  if (name.length > SAVED_SEARCH_LIMITS.name) {
    return [
      {
        field: 'name',
        code: 'LENGTH',
        message: ctx.t('errors.LENGTH_MAX', { field: label(ctx, 'name'), max: SAVED_SEARCH_LIMITS.name }),
      },
    ];
  }
  return [];
}

/**
 * Keeps the filters a search understands: known facets, non-empty, each value once; sector and province
 * codes must exist (a filter on an unknown code would silently never match). Null when invalid.
 */
async function cleanWhere(em: EntityManager, where: WhereInput): Promise<Record<string, string[]> | null> {
  const out: Record<string, string[]> = {};
  for (const name of FACETS) {
    const values = [...new Set((where?.[name] ?? []).map((v) => v.trim()).filter(Boolean))];
    if (!values.length) continue;
    if (
      values.length > SAVED_SEARCH_LIMITS.valuesPerFilter ||
      values.some((v) => v.length > 64 || hasUnstorableCharacters(v))
    )
      return null;
    out[name] = values;
  }
  if (out.province?.some((code) => !findProvince(code))) return null;
  if (out.sector) {
    const known = await em.count(Sector, { code: { $in: out.sector } });
    if (known !== out.sector.length) return null;
  }
  return out;
}

/** The signed-in person's saved searches, newest first. */
export async function listSavedSearches(ctx: GraphQLContext): Promise<SavedSearch[]> {
  authorize(ctx, savedSearchPolicy, 'savedSearch:create', null);
  return ctx.em.find(
    SavedSearch,
    { userId: ctx.viewer.user.id },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
}

export async function saveSearch(
  ctx: GraphQLContext,
  input: { name: string; query?: string | null; where?: WhereInput; alerts?: boolean | null },
): Promise<{ savedSearch: SavedSearch | null; errors: Errors }> {
  authorize(ctx, savedSearchPolicy, 'savedSearch:create', null);
  const userId = ctx.viewer.user.id;
  const name = input.name.trim();
  const query = (input.query ?? '').trim();
  const errors = nameErrors(ctx, name);
  if (hasUnstorableCharacters(query)) errors.push(unstorable(ctx, 'query'));
  else if (query.length > SAVED_SEARCH_LIMITS.query) {
    errors.push({
      field: 'query',
      code: 'LENGTH',
      message: ctx.t('errors.LENGTH_MAX', { field: label(ctx, 'query'), max: SAVED_SEARCH_LIMITS.query }),
    });
  }
  const where = await cleanWhere(ctx.em, input.where);
  if (!where) {
    errors.push({
      field: 'where',
      code: 'INVALID',
      message: ctx.t('errors.INVALID', { field: label(ctx, 'where') }),
    });
  }
  if (errors.length) return { savedSearch: null, errors };
  return ctx.em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [LOCK_KEY, userId]);
    if ((await tx.count(SavedSearch, { userId })) >= SAVED_SEARCH_LIMITS.perUser) {
      return {
        savedSearch: null,
        errors: [
          {
            field: null,
            code: 'TOO_MANY' as const,
            message: ctx.t('errors.SAVED_SEARCH_LIMIT', { max: SAVED_SEARCH_LIMITS.perUser }),
          },
        ],
      };
    }
    const saved = new SavedSearch(userId, name, query, where!);
    saved.alerts = input.alerts ?? true;
    tx.persist(saved);
    return { savedSearch: saved, errors: [] as Errors };
  });
}

async function loadOwn(ctx: GraphQLContext, id: string): Promise<SavedSearch> {
  authorize(ctx, savedSearchPolicy, 'savedSearch:create', null);
  const found = z.uuid().safeParse(id).success ? await ctx.em.findOne(SavedSearch, id) : null;
  // Someone else's saved search does not exist, as far as the caller can tell.
  if (!found || !can(ctx.viewer, savedSearchPolicy, 'savedSearch:manage', found)) {
    throw new GraphQLError(ctx.t('errors.NOT_FOUND', { what: ctx.t('savedSearches.thing') }), {
      extensions: { code: 'NOT_FOUND' },
    });
  }
  return found;
}

export async function updateSavedSearch(
  ctx: GraphQLContext,
  input: { id: string; name?: string | null; alerts?: boolean | null },
): Promise<{ savedSearch: SavedSearch | null; errors: Errors }> {
  const saved = await loadOwn(ctx, input.id);
  if (input.name != null) {
    const name = input.name.trim();
    const errors = nameErrors(ctx, name);
    if (errors.length) return { savedSearch: null, errors };
    saved.name = name;
  }
  if (input.alerts != null) saved.alerts = input.alerts;
  await ctx.em.flush();
  return { savedSearch: saved, errors: [] };
}

export async function deleteSavedSearch(
  ctx: GraphQLContext,
  input: { id: string },
): Promise<{ deleted: boolean; errors: Errors }> {
  const saved = await loadOwn(ctx, input.id);
  await ctx.em.nativeDelete(SavedSearchAlert, { savedSearchId: saved.id });
  await ctx.em.remove(saved).flush();
  return { deleted: true, errors: [] };
}
