import { Migration } from '@mikro-orm/migrations';

export class Migration20261122020714_brokering extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "actor_id" uuid null, "action" varchar(16) not null, "entity" varchar(64) not null, "entity_id" varchar(64) not null, "changes" jsonb not null, "at" timestamptz not null);`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(`create index "audit_log_entity_entity_id_index" on "audit_log" ("entity", "entity_id");`);
    this.addSql(`create index "audit_log_actor_id_at_index" on "audit_log" ("actor_id", "at");`);

    this.addSql(`create table "listing_view_counts" ("listing_id" uuid not null, "day" date not null, "count" int not null default 0, constraint "listing_view_counts_pkey" primary key ("listing_id", "day"));`);

    this.addSql(`create table "notification_settings" ("user_id" uuid not null, "kind" varchar(64) not null, "email" boolean not null, constraint "notification_settings_pkey" primary key ("user_id", "kind"));`);

    this.addSql(`create table "saved_searches" ("id" uuid not null, "user_id" uuid not null, "name" varchar(128) not null, "query" varchar(500) not null, "where" jsonb not null, "alerts" boolean not null default true, "created_at" timestamptz not null, "last_alert_at" timestamptz null, constraint "saved_searches_pkey" primary key ("id"));`);
    this.addSql(`create index "saved_searches_user_id_created_at_index" on "saved_searches" ("user_id", "created_at");`);
    this.addSql(`create index "saved_searches_alerts_index" on "saved_searches" ("alerts");`);

    this.addSql(`create table "match_proposals" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "offer_id" uuid not null, "score" int not null, "reasons" jsonb not null, "status" text check ("status" in ('PROPOSED', 'DISMISSED', 'INTRODUCED')) not null default 'PROPOSED', "dismiss_reason" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, "case_id" uuid null, constraint "match_proposals_pkey" primary key ("id"));`);
    this.addSql(`create index "match_proposals_status_score_index" on "match_proposals" ("status", "score");`);
    this.addSql(`create index "match_proposals_offer_id_index" on "match_proposals" ("offer_id");`);
    this.addSql(`alter table "match_proposals" add constraint "match_proposals_request_id_offer_id_unique" unique ("request_id", "offer_id");`);

    this.addSql(`create table "interests" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "listing_id" uuid not null, "organization_id" uuid not null, "sender_id" uuid not null, "who_we_are" text not null, "intended_use" text not null, "timeline" text check ("timeline" in ('WITHIN_3_MONTHS', 'WITHIN_6_MONTHS', 'WITHIN_12_MONTHS', 'LATER')) not null, "message" text not null default '', "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')) not null default 'PENDING', "decline_reason" text check ("decline_reason" in ('TOO_EARLY', 'BENEFIT_UNCLEAR', 'PRICE', 'NOT_OUR_FIELD', 'ALREADY_IN_TALKS', 'OTHER')) null, "decline_text" text null, "answered_at" timestamptz null, "answered_by_id" uuid null, "reminder_sent_at" timestamptz null, "broker_alerted_at" timestamptz null, constraint "interests_pkey" primary key ("id"));`);
    this.addSql(`create index "interests_sender_id_index" on "interests" ("sender_id");`);
    this.addSql(`create index "interests_listing_id_status_index" on "interests" ("listing_id", "status");`);
    this.addSql(`create index "interests_organization_id_created_at_index" on "interests" ("organization_id", "created_at");`);
    this.addSql(`create index "interests_status_created_at_index" on "interests" ("status", "created_at");`);

    this.addSql(`create table "brokering_cases" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(32) not null, "title" varchar(256) not null, "need" text not null, "requester_id" uuid not null, "requested_by_id" uuid not null, "listing_id" uuid null, "counterpart_ids" jsonb not null, "stage" text check ("stage" in ('RECEIVED', 'SCREENING', 'MATCHING', 'INTRODUCED', 'NEGOTIATING', 'AGREED', 'CLOSED')) not null default 'RECEIVED', "outcome" text check ("outcome" in ('DEAL', 'NO_DEAL', 'WITHDRAWN')) null, "assignee_id" uuid null, "stage_started_at" timestamptz not null, "due_at" timestamptz null, "opened_at" timestamptz not null, "closed_at" timestamptz null, "first_response_at" timestamptz null, "agreement_type" text check ("agreement_type" in ('ASSIGNMENT', 'LICENCE', 'CAPITAL_CONTRIBUTION', 'JOINT_RND', 'TECHNICAL_SERVICE', 'TURNKEY', 'FRANCHISE')) null, "agreement_value" bigint null, "agreement_date" date null, "contract_registered" boolean null, "rating" smallint null, "rating_comment" text null, "rated_at" timestamptz null, "version" int not null default 1, constraint "brokering_cases_pkey" primary key ("id"));`);
    this.addSql(`alter table "brokering_cases" add constraint "brokering_cases_number_unique" unique ("number");`);
    this.addSql(`create index "brokering_cases_requester_id_index" on "brokering_cases" ("requester_id");`);
    this.addSql(`create index "brokering_cases_listing_id_index" on "brokering_cases" ("listing_id");`);
    this.addSql(`create index "brokering_cases_stage_due_at_index" on "brokering_cases" ("stage", "due_at");`);
    this.addSql(`create index "brokering_cases_assignee_id_stage_index" on "brokering_cases" ("assignee_id", "stage");`);
    this.addSql(`create index "brokering_cases_opened_at_index" on "brokering_cases" ("opened_at");`);
    this.addSql(`create index "brokering_cases_closed_at_index" on "brokering_cases" ("closed_at");`);

    this.addSql(`create table "complaints" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid null, "organization_id" uuid not null, "author_id" uuid not null, "text" text not null, "due_at" timestamptz not null, "answer" text null, "answered_by_id" uuid null, "answered_at" timestamptz null, constraint "complaints_pkey" primary key ("id"));`);
    this.addSql(`create index "complaints_case_id_index" on "complaints" ("case_id");`);
    this.addSql(`create index "complaints_organization_id_index" on "complaints" ("organization_id");`);
    this.addSql(`create index "complaints_answered_at_due_at_index" on "complaints" ("answered_at", "due_at");`);

    this.addSql(`create table "case_events" ("id" uuid not null, "case_id" uuid not null, "kind" text check ("kind" in ('OPENED', 'STAGE_CHANGED', 'ASSIGNED', 'MESSAGE', 'INTERNAL_NOTE', 'DOCUMENT', 'MEETING', 'INTRODUCTION', 'CLOSED', 'RATED')) not null, "author_id" uuid null, "text" text not null, "internal" boolean not null default false, "from_stage" text check ("from_stage" in ('RECEIVED', 'SCREENING', 'MATCHING', 'INTRODUCED', 'NEGOTIATING', 'AGREED', 'CLOSED')) null, "to_stage" text check ("to_stage" in ('RECEIVED', 'SCREENING', 'MATCHING', 'INTRODUCED', 'NEGOTIATING', 'AGREED', 'CLOSED')) null, "document_id" uuid null, "document_type" text check ("document_type" in ('NDA', 'TERM_SHEET', 'CONTRACT', 'OTHER')) null, "meeting_at" timestamptz null, "meeting_place" varchar(256) null, "created_at" timestamptz not null, constraint "case_events_pkey" primary key ("id"));`);
    this.addSql(`create index "case_events_case_id_created_at_index" on "case_events" ("case_id", "created_at");`);

    this.addSql(`alter table "match_proposals" add constraint "match_proposals_request_id_foreign" foreign key ("request_id") references "listings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "match_proposals" add constraint "match_proposals_offer_id_foreign" foreign key ("offer_id") references "listings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "match_proposals" add constraint "match_proposals_decided_by_id_foreign" foreign key ("decided_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "interests" add constraint "interests_listing_id_foreign" foreign key ("listing_id") references "listings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interests" add constraint "interests_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interests" add constraint "interests_sender_id_foreign" foreign key ("sender_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "interests" add constraint "interests_answered_by_id_foreign" foreign key ("answered_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "brokering_cases" add constraint "brokering_cases_requester_id_foreign" foreign key ("requester_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "brokering_cases" add constraint "brokering_cases_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "brokering_cases" add constraint "brokering_cases_listing_id_foreign" foreign key ("listing_id") references "listings" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "brokering_cases" add constraint "brokering_cases_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaints" add constraint "complaints_case_id_foreign" foreign key ("case_id") references "brokering_cases" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaints" add constraint "complaints_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "complaints" add constraint "complaints_answered_by_id_foreign" foreign key ("answered_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "case_events" add constraint "case_events_case_id_foreign" foreign key ("case_id") references "brokering_cases" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_events" add constraint "case_events_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "case_events" add constraint "case_events_document_id_foreign" foreign key ("document_id") references "attachments" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaints" drop constraint "complaints_case_id_foreign";`);

    this.addSql(`alter table "case_events" drop constraint "case_events_case_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "listing_view_counts" cascade;`);

    this.addSql(`drop table if exists "notification_settings" cascade;`);

    this.addSql(`drop table if exists "saved_searches" cascade;`);

    this.addSql(`drop table if exists "match_proposals" cascade;`);

    this.addSql(`drop table if exists "interests" cascade;`);

    this.addSql(`drop table if exists "brokering_cases" cascade;`);

    this.addSql(`drop table if exists "complaints" cascade;`);

    this.addSql(`drop table if exists "case_events" cascade;`);
  }

}
