import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSchema,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { loadConfig, ROOT_DIR } from '../../api/src/platform/config';
import { loadTypeDefs } from '../../api/src/platform/graphql/schema';
import { graphqlLimits } from '../../api/src/platform/graphql/limits';
import { LIMITS } from '../../api/src/modules/listing/content';

/**
 * The web app must keep working under the query limits: every operation it can send (the documents
 * codegen collected from `graphql()` calls in web/src into web/src/generated/gql.ts) is validated here with
 * the server's own limit rules at their defaults, the way Apollo Client sends it (with `__typename` added).
 */
const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'w'.repeat(40) });
const schema = buildSchema(loadTypeDefs().join('\n'));

/** The source text of every document in web/src/generated/gql.ts (the keys of its `Documents` map). */
function webDocuments(): string[] {
  const source = fs.readFileSync(path.join(ROOT_DIR, 'web/src/generated/gql.ts'), 'utf8');
  const block = source.slice(
    source.indexOf('type Documents = {'),
    source.indexOf('};', source.indexOf('type Documents = {')),
  );
  return [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\.\w+,$/gm)].map(
    (m) => JSON.parse(m[1]) as string,
  );
}

/** What Apollo Client's cache adds before sending: `__typename` in every selection set below the root. */
function withTypename(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
        return undefined;
      return {
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      };
    },
  });
}

/** Each operation with the fragments it uses (transitively): the document the browser posts. */
function webOperations(): { name: string; text: string }[] {
  const definitions = webDocuments().flatMap((text) => parse(text).definitions as DefinitionNode[]);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const operations = definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.map((op) => {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const f = fragments.get(spread.name.value);
          if (f && !used.has(f.name.value)) {
            used.set(f.name.value, f);
            collect(f);
          }
        },
      });
    collect(op);
    const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] };
    return { name: op.name?.value ?? '(anonymous)', text: print(withTypename(doc)) };
  });
}

describe('the web app under the query limits', () => {
  it('sends only operations that pass the depth, alias, directive, token and cost limits', () => {
    const limits = graphqlLimits(config);
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(50);
    const refused: string[] = [];
    for (const op of operations) {
      let errors: readonly { message: string }[];
      try {
        errors = validate(schema, parse(op.text, limits.parseOptions), [
          ...specifiedRules,
          ...limits.validationRules,
        ]);
      } catch (err) {
        errors = [err as Error];
      }
      if (errors.length) refused.push(`${op.name}: ${errors.map((e) => e.message).join('; ')}`);
    }
    expect(refused).toEqual([]);
  });

  it('fits the largest listing the editor can save in the /graphql body limit', () => {
    // Every text field at its maximum, in three-byte UTF-8 characters (Vietnamese letters with two marks).
    const text = (n: number) => 'ấ'.repeat(n);
    const content = {
      title: text(LIMITS.title),
      summary: text(LIMITS.summary),
      description: text(LIMITS.description),
      advantages: text(LIMITS.advantages),
      specification: text(LIMITS.specification),
      expectedResult: text(LIMITS.expectedResult),
      confidentialDetail: text(LIMITS.confidentialDetail),
      testResults: text(LIMITS.testResults),
      partnerRole: text(LIMITS.partnerRole),
      keywords: Array.from({ length: LIMITS.keywords }, () => text(LIMITS.keyword)),
      ipRecords: Array.from({ length: LIMITS.ipRecords }, () => ({
        type: 'PATENT',
        number: text(LIMITS.ipNumber),
        status: 'GRANTED',
        date: '2026-01-01',
        territory: 'PCT',
      })),
      languages: Array.from({ length: LIMITS.languages }, () => 'vi'),
      imageIds: Array.from({ length: LIMITS.images }, () => '00000000-0000-4000-8000-000000000000'),
      documents: Array.from({ length: LIMITS.documents }, () => ({
        attachmentId: '00000000-0000-4000-8000-000000000000',
        confidential: true,
      })),
      contactName: text(LIMITS.contactName),
      contactEmail: `${'a'.repeat(300)}@example.vn`,
      contactPhone: '0'.repeat(LIMITS.contactPhone),
      sectorIds: Array.from({ length: 20 }, () => '00000000-0000-4000-8000-000000000000'),
    };
    const save = webOperations().find((op) => op.name === 'ListingAutosave_updateListing');
    expect(save).toBeDefined();
    const body = JSON.stringify({
      operationName: save!.name,
      query: save!.text,
      variables: { input: { listingId: '00000000-0000-4000-8000-000000000000', version: 1, content } },
    });
    const bytes = Buffer.byteLength(body, 'utf8');
    expect(bytes).toBeLessThan(config.GRAPHQL_MAX_BODY_BYTES * 0.8);
  });
});
