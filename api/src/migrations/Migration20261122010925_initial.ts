import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010925_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dev_mails" ("id" uuid not null, "to" varchar(320) not null, "subject" varchar(300) not null, "text" text not null, "html" text not null, "created_at" timestamptz not null, constraint "dev_mails_pkey" primary key ("id"));`);
    this.addSql(`create index "dev_mails_to_index" on "dev_mails" ("to");`);
    this.addSql(`create index "dev_mails_created_at_index" on "dev_mails" ("created_at");`);

    this.addSql(`create table "rate_limit_buckets" ("key" varchar(200) not null, "count" int not null, "reset_at" timestamptz not null, constraint "rate_limit_buckets_pkey" primary key ("key"));`);
    this.addSql(`create index "rate_limit_buckets_reset_at_index" on "rate_limit_buckets" ("reset_at");`);

    this.addSql(`create table "users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "password_hash" varchar(255) not null, "display_name" varchar(120) not null, "role" text check ("role" in ('MEMBER', 'BROKER', 'ADMIN')) not null default 'MEMBER', "language" text check ("language" in ('VI', 'EN')) not null default 'VI', "email_verified_at" timestamptz null, "version" int not null default 1, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_role_index" on "users" ("role");`);

    this.addSql(`create table "organizations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(256) not null, "type" text check ("type" in ('BUSINESS', 'RESEARCH_INSTITUTE', 'UNIVERSITY', 'INDIVIDUAL_INVENTOR', 'INTERMEDIARY', 'AGENCY')) not null, "tax_code" varchar(64) not null, "province_code" varchar(64) not null, "address" varchar(500) not null default '', "website" varchar(500) null, "description" text not null default '', "verification_status" text check ("verification_status" in ('UNVERIFIED', 'VERIFIED', 'REJECTED')) not null default 'UNVERIFIED', "verified_at" timestamptz null, "verified_by_id" uuid null, "verification_note" varchar(1000) null, "version" int not null default 1, constraint "organizations_pkey" primary key ("id"));`);
    this.addSql(`create index "organizations_type_index" on "organizations" ("type");`);
    this.addSql(`create index "organizations_tax_code_index" on "organizations" ("tax_code");`);
    this.addSql(`create index "organizations_province_code_index" on "organizations" ("province_code");`);
    this.addSql(`create index "organizations_verification_status_index" on "organizations" ("verification_status");`);
    this.addSql(`create index "organizations_created_at_index" on "organizations" ("created_at");`);

    this.addSql(`create table "sessions" ("id" varchar(64) not null, "user_id" uuid not null, "active_organization_id" uuid null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(512) null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`create table "memberships" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "organization_id" uuid not null, "role" text check ("role" in ('OWNER', 'MEMBER')) not null, constraint "memberships_pkey" primary key ("id"));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
    this.addSql(`create index "memberships_organization_id_index" on "memberships" ("organization_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_organization_id_unique" unique ("user_id", "organization_id");`);

    this.addSql(`create table "invitations" ("id" uuid not null, "organization_id" uuid not null, "email" varchar(320) not null, "role" text check ("role" in ('OWNER', 'MEMBER')) not null, "token_hash" varchar(64) not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED')) not null default 'PENDING', "expires_at" timestamptz not null, "invited_by_id" uuid not null, "created_at" timestamptz not null, "answered_at" timestamptz null, constraint "invitations_pkey" primary key ("id"));`);
    this.addSql(`create index "invitations_organization_id_index" on "invitations" ("organization_id");`);
    this.addSql(`create index "invitations_email_index" on "invitations" ("email");`);
    this.addSql(`alter table "invitations" add constraint "invitations_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "user_tokens" ("id" uuid not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('VERIFY_EMAIL', 'RESET_PASSWORD')) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "user_tokens_pkey" primary key ("id"));`);
    this.addSql(`create index "user_tokens_user_id_index" on "user_tokens" ("user_id");`);
    this.addSql(`alter table "user_tokens" add constraint "user_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "organizations" add constraint "organizations_verified_by_id_foreign" foreign key ("verified_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sessions" add constraint "sessions_active_organization_id_foreign" foreign key ("active_organization_id") references "organizations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitations" add constraint "invitations_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitations" add constraint "invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_tokens" add constraint "user_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organizations" drop constraint "organizations_verified_by_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);

    this.addSql(`alter table "invitations" drop constraint "invitations_invited_by_id_foreign";`);

    this.addSql(`alter table "user_tokens" drop constraint "user_tokens_user_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_active_organization_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_organization_id_foreign";`);

    this.addSql(`alter table "invitations" drop constraint "invitations_organization_id_foreign";`);

    this.addSql(`drop table if exists "dev_mails" cascade;`);

    this.addSql(`drop table if exists "rate_limit_buckets" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);

    this.addSql(`drop table if exists "invitations" cascade;`);

    this.addSql(`drop table if exists "user_tokens" cascade;`);
  }

}
