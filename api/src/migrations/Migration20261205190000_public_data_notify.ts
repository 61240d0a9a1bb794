import { Migration } from '@mikro-orm/migrations';

/**
 * Every statement that changes data visitors can see notifies `techbridge_public_data`; PostgreSQL
 * delivers it when the transaction commits (and not at all if it rolls back), to every API process,
 * which then empties its public caches (`PublicDataCache`).
 */
const TABLES = ['listings', 'organizations', 'sectors', 'attachments'];

export class Migration20261205190000_public_data_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function notify_public_data() returns trigger language plpgsql as $$
begin
  perform pg_notify('techbridge_public_data', tg_table_name);
  return null;
end
$$;`);
    for (const table of TABLES) {
      this.addSql(
        `create trigger "${table}_public_data" after insert or update or delete or truncate on "${table}" for each statement execute function notify_public_data();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`drop trigger if exists "${table}_public_data" on "${table}";`);
    this.addSql(`drop function if exists notify_public_data();`);
  }
}
