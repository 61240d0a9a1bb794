import { Migration } from '@mikro-orm/migrations';

export class Migration20261122024521_report_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "listings_published_at_index" on "listings" ("published_at");`);

    this.addSql(`create index "interests_created_at_index" on "interests" ("created_at");`);

    this.addSql(`create index "complaints_created_at_index" on "complaints" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaints_created_at_index";`);

    this.addSql(`drop index "interests_created_at_index";`);

    this.addSql(`drop index "listings_published_at_index";`);
  }

}
