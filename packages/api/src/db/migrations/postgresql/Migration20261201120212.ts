import { Migration } from '@mikro-orm/migrations';

export class Migration20261201120212 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_attempt" ("id" serial primary key, "key" varchar(400) not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_attempt_key_at_index" on "login_attempt" ("key", "at");`);
    this.addSql(`create index "login_attempt_at_index" on "login_attempt" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_attempt" cascade;`);
  }

}
