import fs from 'node:fs';
import path from 'node:path';
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../../generated/graphql';
import { ROOT_DIR } from '../config';
import { siteResolvers } from './site';
import { accountResolvers } from '../../modules/account/resolvers';
import { organizationResolvers } from '../../modules/organization/resolvers';
import { mailResolvers } from '../../modules/mail/resolvers';
import { attachmentResolvers } from '../../modules/attachment/resolvers';
import { listingResolvers } from '../../modules/listing/resolvers';
import { searchResolvers } from '../../modules/search/resolvers';
import { notificationResolvers } from '../../modules/notification/resolvers';
import { brokeringResolvers } from '../../modules/brokering/resolvers';
import { reportResolvers } from '../../modules/report/resolvers';
import { auditResolvers } from '../../modules/audit/resolvers';
import { matchingResolvers } from '../../modules/matching/resolvers';

/** The SDL, read from schema/*.graphql: the same files codegen reads. */
export function loadTypeDefs(): string[] {
  const dir = path.join(ROOT_DIR, 'schema');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

function merge(...parts: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      if (fields instanceof GraphQLScalarType) {
        out[type] = fields as unknown as Record<string, unknown>;
        continue;
      }
      out[type] = { ...(out[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return out as Resolvers;
}

export function buildResolvers(): Resolvers {
  return merge(
    { DateTime: DateTimeResolver } as Resolvers,
    siteResolvers,
    accountResolvers,
    organizationResolvers,
    mailResolvers,
    attachmentResolvers,
    listingResolvers,
    searchResolvers,
    notificationResolvers,
    brokeringResolvers,
    reportResolvers,
    auditResolvers,
    matchingResolvers,
  );
}
