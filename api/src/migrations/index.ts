import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122010925_initial } from './Migration20261122010925_initial';
import { Migration20261122013831_listings } from './Migration20261122013831_listings';
import { Migration20261122015710_notifications } from './Migration20261122015710_notifications';
import { Migration20261122020714_brokering } from './Migration20261122020714_brokering';
import { Migration20261122022531_outgoing_emails } from './Migration20261122022531_outgoing_emails';
import { Migration20261122024521_report_indexes } from './Migration20261122024521_report_indexes';
import { Migration20261205190000_public_data_notify } from './Migration20261205190000_public_data_notify';
import { Migration20261205202500_public_data_columns } from './Migration20261205202500_public_data_columns';

/**
 * Every migration, in order. Listed statically (not found by a file glob) so that they load the
 * same way under tsx, vitest and a bundle. `pnpm migration:create` writes a file; add it here.
 * The schema-drift test fails when one is missing.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122010925_initial', class: Migration20261122010925_initial },
  { name: 'Migration20261122013831_listings', class: Migration20261122013831_listings },
  { name: 'Migration20261122015710_notifications', class: Migration20261122015710_notifications },
  { name: 'Migration20261122020714_brokering', class: Migration20261122020714_brokering },
  { name: 'Migration20261122022531_outgoing_emails', class: Migration20261122022531_outgoing_emails },
  { name: 'Migration20261122024521_report_indexes', class: Migration20261122024521_report_indexes },
  { name: 'Migration20261205190000_public_data_notify', class: Migration20261205190000_public_data_notify },
  { name: 'Migration20261205202500_public_data_columns', class: Migration20261205202500_public_data_columns },
];
