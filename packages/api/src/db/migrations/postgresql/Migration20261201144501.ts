import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144501 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "message" ("id" serial primary key, "key" varchar(200) not null, "kind" varchar(32) not null, "channel" varchar(8) not null, "recipient_id" int null, "address" varchar(320) not null, "child_id" int null, "language" varchar(2) not null, "params" jsonb not null, "area_id" int null, "status" varchar(16) not null default 'queued', "attempts" int not null default 0, "last_error" text null, "not_before" timestamptz not null, "claim" varchar(32) null, "lease_until" timestamptz null, "created_at" timestamptz not null, "sent_at" timestamptz null);`);
    this.addSql(`alter table "message" add constraint "message_key_unique" unique ("key");`);
    this.addSql(`create index "message_recipient_id_index" on "message" ("recipient_id");`);
    this.addSql(`create index "message_child_id_index" on "message" ("child_id");`);
    this.addSql(`create index "message_claim_index" on "message" ("claim");`);
    this.addSql(`create index "message_status_not_before_index" on "message" ("status", "not_before");`);
    this.addSql(`create index "message_kind_status_index" on "message" ("kind", "status");`);

    this.addSql(`alter table "survey" add column "opened_notice_at" timestamptz null, add column "closing_notice_at" timestamptz null;`);

    this.addSql(`alter table "app_user" add column "language" varchar(2) null, add column "message_channels" varchar(8) not null default 'email', add column "reminders" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "message" cascade;`);

    this.addSql(`alter table "app_user" drop column "language", drop column "message_channels", drop column "reminders";`);

    this.addSql(`alter table "survey" drop column "opened_notice_at", drop column "closing_notice_at";`);
  }

}
