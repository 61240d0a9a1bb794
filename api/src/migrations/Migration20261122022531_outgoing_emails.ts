import { Migration } from '@mikro-orm/migrations';

export class Migration20261122022531_outgoing_emails extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deadline_alerts" ("case_id" uuid not null, "stage" varchar(32) not null, "alerted_at" timestamptz not null, constraint "deadline_alerts_pkey" primary key ("case_id", "stage"));`);

    this.addSql(`create table "outgoing_emails" ("id" uuid not null, "to" varchar(320) not null, "subject" varchar(300) not null, "text" text not null, "html" text not null, "created_at" timestamptz not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "last_error" text null, constraint "outgoing_emails_pkey" primary key ("id"));`);
    this.addSql(`create index "outgoing_emails_to_index" on "outgoing_emails" ("to");`);
    this.addSql(`create index "outgoing_emails_sent_at_next_attempt_at_index" on "outgoing_emails" ("sent_at", "next_attempt_at");`);
    this.addSql(`create index "outgoing_emails_created_at_index" on "outgoing_emails" ("created_at");`);

    this.addSql(`create table "saved_search_alerts" ("saved_search_id" uuid not null, "listing_id" uuid not null, "created_at" timestamptz not null, constraint "saved_search_alerts_pkey" primary key ("saved_search_id", "listing_id"));`);
    this.addSql(`create index "saved_search_alerts_listing_id_index" on "saved_search_alerts" ("listing_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deadline_alerts" cascade;`);

    this.addSql(`drop table if exists "outgoing_emails" cascade;`);

    this.addSql(`drop table if exists "saved_search_alerts" cascade;`);
  }

}
