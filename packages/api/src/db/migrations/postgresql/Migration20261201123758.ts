import { Migration } from '@mikro-orm/migrations';

export class Migration20261201123758 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor_role" varchar(16) not null, "address" varchar(64) not null, "operation" varchar(64) not null, "kind" varchar(8) not null, "child_ids" jsonb not null);`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_actor_id_at_index" on "audit_event" ("actor_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }

}
