import { Migration } from '@mikro-orm/migrations';

/**
 * Listing updates notify `techbridge_public_data` only when they touch what visitors see: a reminder sent,
 * a pending edit or a version bump leave every process's public cache as it is (the freshness job updates
 * listings every ten minutes).
 */
export class Migration20261205202500_public_data_columns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists "listings_public_data" on "listings";`);
    this.addSql(
      `create trigger "listings_public_data" after insert or delete or truncate on "listings" for each statement execute function notify_public_data();`,
    );
    this.addSql(
      `create trigger "listings_public_data_update" after update of "kind", "status", "slug", "organization_id", "content", "published_at", "expires_at", "last_confirmed_at" on "listings" for each statement execute function notify_public_data();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "listings_public_data_update" on "listings";`);
    this.addSql(`drop trigger if exists "listings_public_data" on "listings";`);
    this.addSql(
      `create trigger "listings_public_data" after insert or update or delete or truncate on "listings" for each statement execute function notify_public_data();`,
    );
  }
}
