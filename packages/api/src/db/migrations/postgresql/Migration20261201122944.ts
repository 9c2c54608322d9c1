import { Migration } from '@mikro-orm/migrations';

export class Migration20261201122944 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calendar_feed" ("id" serial primary key, "child_id" int not null, "guardian_id" int not null, "key" varchar(64) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_key_unique" unique ("key");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_child_id_guardian_id_unique" unique ("child_id", "guardian_id");`);

    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_guardian_id_foreign" foreign key ("guardian_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
  }

}
