import path from 'node:path';
import { defineConfig, MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { DataloaderType, type LoggerNamespace } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { ROOT_DIR } from '../config';
import { BaseEntitySchema } from './base';
import { RateLimitBucketSchema } from '../rate-limit';
import { SessionSchema, UserSchema, UserTokenSchema } from '../../modules/account/entities';
import { InvitationSchema, MembershipSchema, OrganizationSchema } from '../../modules/organization/entities';
import { DevMailSchema } from '../../modules/mail/entities';
import { MIGRATIONS } from '../../migrations';
import {
  ListingRevisionSchema,
  ListingReviewSchema,
  ListingSchema,
  SectorSchema,
} from '../../modules/listing/entities';
import { SavedSearchSchema, SearchOutboxSchema, SearchSynonymSchema } from '../../modules/search/entities';
import { AttachmentSchema } from '../../modules/attachment/entities';
import { NotificationSchema, NotificationSettingSchema } from '../../modules/notification/entities';
import {
  BrokeringCaseSchema,
  CaseEventSchema,
  ComplaintSchema,
  InterestSchema,
  ListingViewCountSchema,
} from '../../modules/brokering/entities';
import { MatchProposalSchema } from '../../modules/matching/entities';
import { AuditEntrySchema } from '../../modules/audit/entities';
import { OutgoingEmailSchema } from '../mail/outbox';
import { DeadlineAlertSchema } from '../../modules/notification/reminders';
import { SavedSearchAlertSchema } from '../../modules/search/alerts';
import { AuditSubscriber } from '../../modules/audit/subscriber';

export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'api', 'src', 'migrations');

/** Every entity of every feature; a feature adds its schemas here. */
export const ENTITIES = [
  BaseEntitySchema,
  RateLimitBucketSchema,
  UserSchema,
  SessionSchema,
  UserTokenSchema,
  OrganizationSchema,
  MembershipSchema,
  InvitationSchema,
  DevMailSchema,
  SectorSchema,
  ListingSchema,
  ListingRevisionSchema,
  ListingReviewSchema,
  AttachmentSchema,
  SearchSynonymSchema,
  SearchOutboxSchema,
  NotificationSchema,
  NotificationSettingSchema,
  SavedSearchSchema,
  InterestSchema,
  ListingViewCountSchema,
  BrokeringCaseSchema,
  CaseEventSchema,
  ComplaintSchema,
  MatchProposalSchema,
  AuditEntrySchema,
  OutgoingEmailSchema,
  DeadlineAlertSchema,
  SavedSearchAlertSchema,
];

export interface OrmOptions {
  databaseUrl: string;
  debug?: LoggerNamespace[];
  poolMax?: number;
}

export function ormConfig({ databaseUrl, debug, poolMax = 10 }: OrmOptions): Options {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities: ENTITIES,
    // Writes an audit_log row for every change flushed, in the same transaction.
    subscribers: [new AuditSubscriber()],
    discovery: { warnWhenNoEntities: true },
    loadStrategy: 'balanced',
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: debug ?? false,
    pool: { min: 0, max: poolMax },
    extensions: [Migrator],
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      migrationsList: MIGRATIONS,
      emit: 'ts',
      snapshot: true,
      snapshotName: '.snapshot-techbridge',
      transactional: true,
      silent: true,
      allOrNothing: true,
      disableForeignKeys: false,
      dropTables: true,
    },
  });
}

export type Orm = MikroORM;

export function initOrm(options: OrmOptions): Promise<Orm> {
  return MikroORM.init(ormConfig(options));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
