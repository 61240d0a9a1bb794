import { Migration } from '@mikro-orm/migrations';

export class Migration20261122013831_listings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "search_outbox" ("id" bigserial primary key, "listing_id" uuid not null, "created_at" timestamptz not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "processed_at" timestamptz null, "lag_ms" int null);`);
    this.addSql(`create index "search_outbox_listing_id_index" on "search_outbox" ("listing_id");`);
    this.addSql(`create index "search_outbox_processed_at_next_attempt_at_index" on "search_outbox" ("processed_at", "next_attempt_at");`);

    this.addSql(`create table "search_synonyms" ("id" uuid not null, "terms" jsonb not null, "updated_at" timestamptz not null, constraint "search_synonyms_pkey" primary key ("id"));`);

    this.addSql(`create table "sectors" ("id" uuid not null, "code" varchar(64) not null, "label_vi" varchar(128) not null, "label_en" varchar(128) not null, "position" int not null, "active" boolean not null default true, constraint "sectors_pkey" primary key ("id"));`);
    this.addSql(`alter table "sectors" add constraint "sectors_code_unique" unique ("code");`);
    this.addSql(`create index "sectors_position_index" on "sectors" ("position");`);

    this.addSql(`create table "listings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('OFFER', 'REQUEST')) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN', 'FULFILLED')) not null default 'DRAFT', "slug" varchar(300) not null, "organization_id" uuid not null, "created_by_id" uuid not null, "content" jsonb not null, "pending_content" jsonb null, "pending_status" text check ("pending_status" in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED')) null, "submitted_at" timestamptz null, "published_at" timestamptz null, "expires_at" timestamptz null, "last_confirmed_at" timestamptz null, "expiry_reminder_sent_at" timestamptz null, "search_text" text not null default '', "version" int not null default 1, constraint "listings_pkey" primary key ("id"));`);
    this.addSql(`create index "listings_kind_index" on "listings" ("kind");`);
    this.addSql(`alter table "listings" add constraint "listings_slug_unique" unique ("slug");`);
    this.addSql(`create index "listings_created_by_id_index" on "listings" ("created_by_id");`);
    this.addSql(`create index "listings_status_updated_at_index" on "listings" ("status", "updated_at");`);
    this.addSql(`create index "listings_organization_id_updated_at_index" on "listings" ("organization_id", "updated_at");`);
    this.addSql(`create index "listings_pending_status_index" on "listings" ("pending_status");`);
    this.addSql(`create index "listings_expires_at_index" on "listings" ("expires_at");`);

    this.addSql(`create table "listing_revisions" ("id" uuid not null, "listing_id" uuid not null, "version" int not null, "author_id" uuid not null, "changes" jsonb not null, "snapshot" jsonb not null, "created_at" timestamptz not null, constraint "listing_revisions_pkey" primary key ("id"));`);
    this.addSql(`create index "listing_revisions_author_id_index" on "listing_revisions" ("author_id");`);
    this.addSql(`create index "listing_revisions_listing_id_created_at_index" on "listing_revisions" ("listing_id", "created_at");`);

    this.addSql(`create table "listing_reviews" ("id" uuid not null, "listing_id" uuid not null, "decision" text check ("decision" in ('PUBLISHED', 'CHANGES_REQUESTED', 'REJECTED')) not null, "reason" text not null, "broker_id" uuid not null, "created_at" timestamptz not null, constraint "listing_reviews_pkey" primary key ("id"));`);
    this.addSql(`create index "listing_reviews_broker_id_index" on "listing_reviews" ("broker_id");`);
    this.addSql(`create index "listing_reviews_listing_id_created_at_index" on "listing_reviews" ("listing_id", "created_at");`);

    this.addSql(`create table "attachments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('IMAGE', 'DOCUMENT')) not null, "organization_id" uuid not null, "uploaded_by_id" uuid not null, "file_name" varchar(256) not null, "content_type" varchar(64) not null, "byte_size" int not null, "storage_key" varchar(256) not null, "confidential" boolean not null default false, "width" int null, "height" int null, constraint "attachments_pkey" primary key ("id"));`);
    this.addSql(`create index "attachments_organization_id_index" on "attachments" ("organization_id");`);
    this.addSql(`create index "attachments_uploaded_by_id_index" on "attachments" ("uploaded_by_id");`);
    this.addSql(`alter table "attachments" add constraint "attachments_storage_key_unique" unique ("storage_key");`);

    this.addSql(`alter table "listings" add constraint "listings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "listings" add constraint "listings_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "listing_revisions" add constraint "listing_revisions_listing_id_foreign" foreign key ("listing_id") references "listings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "listing_revisions" add constraint "listing_revisions_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "listing_reviews" add constraint "listing_reviews_listing_id_foreign" foreign key ("listing_id") references "listings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "listing_reviews" add constraint "listing_reviews_broker_id_foreign" foreign key ("broker_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "attachments" add constraint "attachments_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attachments" add constraint "attachments_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade;`);

    // The default sector taxonomy for a Vietnamese province; admins edit it afterwards.
    const sectors: [string, string, string][] = [
      ['agriculture', 'Nông nghiệp và công nghệ sau thu hoạch', 'Agriculture and post-harvest technology'],
      ['aquaculture', 'Thủy sản', 'Aquaculture and fisheries'],
      ['food-processing', 'Chế biến thực phẩm', 'Food processing'],
      ['forestry', 'Lâm nghiệp và chế biến gỗ', 'Forestry and wood processing'],
      ['biotechnology', 'Công nghệ sinh học', 'Biotechnology'],
      ['renewable-energy', 'Năng lượng tái tạo', 'Renewable energy'],
      ['environment', 'Môi trường và xử lý chất thải', 'Environment and waste treatment'],
      ['mechanics-automation', 'Cơ khí và tự động hóa', 'Mechanics and automation'],
      ['materials', 'Vật liệu và phụ phẩm công nghiệp', 'Materials and industrial by-products'],
      ['construction', 'Xây dựng và giao thông', 'Construction and transport'],
      ['it-digital', 'Công nghệ thông tin và chuyển đổi số', 'IT and digital transformation'],
      ['health', 'Y tế và dược liệu', 'Health and medicinal plants'],
    ];
    sectors.forEach(([code, vi, en], index) => {
      this.addSql(
        `insert into "sectors" ("id", "code", "label_vi", "label_en", "position", "active") values (gen_random_uuid(), '${code}', '${vi}', '${en}', ${(index + 1) * 10}, true);`,
      );
    });
    const synonyms: string[][] = [
      ['AI', 'trí tuệ nhân tạo'],
      ['IoT', 'internet vạn vật'],
      ['năng lượng mặt trời', 'điện mặt trời', 'solar'],
      ['chuyển đổi số', 'số hóa'],
    ];
    for (const terms of synonyms) {
      this.addSql(
        `insert into "search_synonyms" ("id", "terms", "updated_at") values (gen_random_uuid(), '${JSON.stringify(terms)}', now());`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "listing_revisions" drop constraint "listing_revisions_listing_id_foreign";`);

    this.addSql(`alter table "listing_reviews" drop constraint "listing_reviews_listing_id_foreign";`);

    this.addSql(`drop table if exists "search_outbox" cascade;`);

    this.addSql(`drop table if exists "search_synonyms" cascade;`);

    this.addSql(`drop table if exists "sectors" cascade;`);

    this.addSql(`drop table if exists "listings" cascade;`);

    this.addSql(`drop table if exists "listing_revisions" cascade;`);

    this.addSql(`drop table if exists "listing_reviews" cascade;`);

    this.addSql(`drop table if exists "attachments" cascade;`);
  }

}
