import { Migration } from '@mikro-orm/migrations';

export class Migration20261201195707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "choice_refusal" ("id" serial primary key, "run_id" int not null, "child_id" int not null, "group_id" int not null, "rank" int not null, "why" varchar(40) not null);`);
    this.addSql(`create index "choice_refusal_child_id_index" on "choice_refusal" ("child_id");`);

    this.addSql(`alter table "choice_refusal" add constraint "choice_refusal_run_id_foreign" foreign key ("run_id") references "match_run" ("id") on update cascade;`);
    this.addSql(`alter table "choice_refusal" add constraint "choice_refusal_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "choice_refusal" add constraint "choice_refusal_group_id_foreign" foreign key ("group_id") references "hobby_group" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "choice_refusal" cascade;`);
  }

}
