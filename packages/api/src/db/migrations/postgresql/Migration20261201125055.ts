import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125055 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_link" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "purpose" varchar(16) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null);`);
    this.addSql(`alter table "sign_in_link" add constraint "sign_in_link_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "sign_in_link" add constraint "sign_in_link_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_link" cascade;`);
  }

}
