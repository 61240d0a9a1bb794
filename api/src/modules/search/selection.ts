import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Which parts of a `search` answer the query asks for: the service does only the work they need. */
export interface SearchSelection {
  /** `hits.listing`: the listings are read from PostgreSQL. */
  listing: boolean;
  /** `hits.card`: the card attributes are asked of Meilisearch. */
  card: boolean;
  titleHighlight: boolean;
  snippet: boolean;
  facets: boolean;
}

/** Everything: for callers outside GraphQL. */
export const FULL_SELECTION: SearchSelection = {
  listing: true,
  card: true,
  titleHighlight: true,
  snippet: true,
  facets: true,
};

/**
 * The fields named in selection sets, through fragments. Fields under `@skip`/`@include` count as asked
 * (doing the work for a field then skipped costs time, never correctness).
 */
function fieldsOf(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]) {
  const out: { name: string; selectionSet?: SelectionSetNode }[] = [];
  const walk = (set: SelectionSetNode | undefined, depth: number) => {
    if (!set || depth > 20) return;
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push({ name: s.name.value, selectionSet: s.selectionSet });
      else if (s.kind === 'InlineFragment') walk(s.selectionSet, depth + 1);
      else walk(info.fragments[s.name.value]?.selectionSet, depth + 1);
    }
  };
  for (const set of sets) walk(set, 0);
  return out;
}

/** What the `search` field being resolved asks for. */
export function searchSelection(info: GraphQLResolveInfo): SearchSelection {
  const results = fieldsOf(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  );
  const hitFields = new Set(
    fieldsOf(
      info,
      results.filter((f) => f.name === 'hits').map((f) => f.selectionSet),
    ).map((f) => f.name),
  );
  return {
    listing: hitFields.has('listing'),
    card: hitFields.has('card'),
    titleHighlight: hitFields.has('titleHighlight'),
    snippet: hitFields.has('snippet'),
    facets: results.some((f) => f.name === 'facets'),
  };
}
